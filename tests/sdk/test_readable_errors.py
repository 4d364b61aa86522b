"""Errors read well: a 400 names its fields, a refused connection is a short traceback."""

from __future__ import annotations

import json
import socket
import traceback
from collections.abc import Callable

import pytest
import urllib3
from hypothesis import given
from hypothesis import strategies as st

from dockerhub_sdk._base_client import BaseClient
from dockerhub_sdk._exceptions import (
    APIConnectError,
    BadRequestError,
    field_errors,
    make_status_error,
)
from dockerhub_sdk._transport import Request, Urllib3Transport

from .fakes import OPS, TOKEN, FakeTransport, Repo, json_response

URL = "https://hub.example/v2/repositories/"


def _error(body: object, secrets: tuple[str, ...] = ()) -> BadRequestError:
    error = make_status_error(
        status_code=400, method="POST", url=URL, headers={}, body=body, secrets=secrets
    )
    assert isinstance(error, BadRequestError)
    return error


def test_a_400_message_names_each_offending_field_and_why() -> None:
    error = _error(
        {
            "detail": "Invalid request body",
            "errors": {"name": ["expected a string"], "is_private": ["expected a boolean"]},
        }
    )

    assert str(error) == (
        f"400 Bad Request for POST {URL}: Invalid request body: "
        "name: expected a string; is_private: expected a boolean"
    )


def test_a_400_keeps_the_field_errors_apart() -> None:
    error = _error({"detail": "Invalid", "errors": {"name": ["expected a string", "too long"]}})

    assert error.errors == {"name": ["expected a string", "too long"]}


def test_a_django_rest_framework_body_of_fields_names_them() -> None:
    error = _error({"name": ["This field is required."], "namespace": "Unknown."})

    assert str(error).endswith("name: This field is required.; namespace: Unknown.")


def test_nested_field_errors_are_named_by_their_path() -> None:
    body = {"detail": "Invalid", "errors": {"build_tags": [{"name": ["required"]}, {}]}}

    assert field_errors(body) == {"build_tags[0].name": ["required"]}


def test_a_detail_only_body_has_no_field_errors() -> None:
    error = _error({"detail": "Bad thing"})

    assert error.errors == {}
    assert str(error) == f"400 Bad Request for POST {URL}: Bad thing"


def test_a_secret_echoed_in_a_field_error_is_redacted() -> None:
    error = _error({"errors": {"password": [f"{TOKEN} is wrong"]}}, secrets=(TOKEN,))

    assert TOKEN not in str(error)
    assert error.errors == {"password": ["[REDACTED] is wrong"]}


def test_a_huge_list_of_field_errors_is_cut_in_the_message() -> None:
    error = _error({"errors": {f"field{i}": ["bad"] * 10 for i in range(500)}})

    assert len(str(error)) < 700
    assert len(error.errors) == 500


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner),
    max_leaves=20,
)


@given(json_values)
def test_any_error_body_gives_a_message_and_string_field_errors(body: object) -> None:
    error = _error(body)

    assert str(error).startswith(f"400 Bad Request for POST {URL}")
    for name, messages in error.errors.items():
        assert isinstance(name, str)
        assert all(isinstance(message, str) for message in messages)


def test_a_client_call_raises_the_named_fields(
    make_client: Callable[..., BaseClient], transport: FakeTransport
) -> None:
    body = {"detail": "Invalid request body", "errors": {"repository": ["not found"]}}
    transport.on("GET", "/v2/repositories/alice/app/", json_response(body, status=400))
    client = make_client()

    with pytest.raises(BadRequestError, match=r"Invalid request body: repository: not found"):
        client._request_model(
            OPS["repositories.get"], Repo, path={"namespace": "alice", "repository": "app"}
        )


def _closed_port() -> int:
    """A port of 127.0.0.1 that nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def _refused() -> APIConnectError:
    transport = Urllib3Transport()
    request = Request(method="GET", url=f"http://127.0.0.1:{_closed_port()}/v2/")
    with pytest.raises(APIConnectError) as caught:
        transport.send(request, timeout=5)
    transport.close()
    return caught.value


def test_a_refused_connection_is_one_exception_not_a_chain() -> None:
    error = _refused()

    text = "".join(traceback.format_exception(error))
    assert error.__cause__ is None
    assert "During handling of the above exception" not in text
    assert "direct cause" not in text


def test_a_refused_connection_keeps_its_cause_as_an_attribute() -> None:
    error = _refused()

    assert isinstance(error.cause, urllib3.exceptions.NewConnectionError)


def test_a_refused_connection_message_is_short_and_says_refused() -> None:
    error = _refused()

    assert "HTTPConnection(" not in str(error)
    assert "refused" in str(error).lower()


def test_field_errors_of_a_non_mapping_body_are_empty() -> None:
    assert field_errors(json.loads('["a", "b"]')) == {}
