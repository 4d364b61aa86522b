"""Operations with another JSON media type (`media_type: application/scim+json`) and the
`scim` auth mode (an organization's SCIM token, `scim_token=`), in the runtime."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from dockerhub_sdk import AuthenticationError, MissingCredentialsError
from dockerhub_sdk._base_client import BaseClient
from dockerhub_sdk._operation import BodyField
from dockerhub_sdk._transport import Response
from tests.sdk.fakes import (
    TOKEN,
    FakeTransport,
    Link,
    LinkCreate,
    Repo,
    _op,
    body_of,
    json_response,
)

SCIM = "application/scim+json"
SCIM_TOKEN = "scim-SECRET-0c1d2e3f4a5b6c7d"
CREATE = _op(
    "links.create",
    "POST",
    "/v2/links/",
    body=LinkCreate,
    body_fields=(BodyField(name="to_repo", wire="to_repo"),),
    response=Link,
    response_kind="model",
    success_status=201,
    auth="scim",
    media_type=SCIM,
)
GET = _op(
    "repos.get",
    "GET",
    "/v2/repo/",
    response=Repo,
    response_kind="model",
    auth="required",
    media_type=SCIM,
)


def _scim_answer(data: object, status: int = 200) -> Response:
    return Response(
        status=status, headers={"Content-Type": SCIM}, content=json.dumps(data).encode()
    )


def test_a_json_media_type_is_sent_as_content_type_and_accept(
    make_client: Callable[..., BaseClient], transport: FakeTransport
) -> None:
    client = make_client(scim_token=SCIM_TOKEN)
    transport.on("POST", "/v2/links/", _scim_answer({"id": 1, "to_repo": "a/b"}, 201))
    link = client._request_model(CREATE, Link, body={"to_repo": "a/b"})
    assert link == Link(id=1, to_repo="a/b")
    request = transport.last
    assert request.headers["Content-Type"] == SCIM
    assert request.headers["Accept"] == SCIM
    assert body_of(request) == {"to_repo": "a/b"}


def test_an_operation_without_a_media_type_sends_application_json(
    make_client: Callable[..., BaseClient], transport: FakeTransport
) -> None:
    plain = _op(
        "links.plain",
        "POST",
        "/v2/plain/",
        body=LinkCreate,
        body_fields=(BodyField(name="to_repo", wire="to_repo"),),
        response=Link,
        response_kind="model",
        auth="none",
    )
    transport.on("POST", "/v2/plain/", json_response({"id": 2, "to_repo": "c/d"}))
    make_client()._request_model(plain, Link, body={"to_repo": "c/d"})
    assert transport.last.headers["Content-Type"] == "application/json"
    assert transport.last.headers["Accept"] == "application/json"


def test_a_scim_operation_sends_the_scim_token_not_the_login_token(
    make_client: Callable[..., BaseClient], transport: FakeTransport
) -> None:
    client = make_client(token=TOKEN, scim_token=SCIM_TOKEN)
    transport.on("POST", "/v2/links/", _scim_answer({"id": 1, "to_repo": "a/b"}, 201))
    transport.on("GET", "/v2/repo/", _scim_answer({"namespace": "a", "name": "b", "star_count": 0}))
    client._request_model(CREATE, Link, body={"to_repo": "a/b"})
    assert transport.last.headers["Authorization"] == f"Bearer {SCIM_TOKEN}"
    client._request_model(GET, Repo)
    assert transport.last.headers["Authorization"] == f"Bearer {TOKEN}"


def test_a_scim_operation_without_a_scim_token_is_refused_before_sending(
    make_client: Callable[..., BaseClient], transport: FakeTransport
) -> None:
    client = make_client(token=TOKEN)
    with pytest.raises(MissingCredentialsError, match="pass scim_token="):
        client._request_model(CREATE, Link, body={"to_repo": "a/b"})
    assert transport.requests == []


def test_a_scim_error_body_gives_detail_and_scim_type_never_the_token(
    make_client: Callable[..., BaseClient], transport: FakeTransport
) -> None:
    client = make_client(scim_token=SCIM_TOKEN)
    error = {
        "schemas": ["urn:ietf:params:scim:api:messages:2.0:Error"],
        "status": "401",
        "detail": f"Invalid SCIM token {SCIM_TOKEN}.",
    }
    transport.on("POST", "/v2/links/", _scim_answer(error, 401))
    with pytest.raises(AuthenticationError) as info:
        client._request_model(CREATE, Link, body={"to_repo": "a/b"})
    assert info.value.detail == "Invalid SCIM token [REDACTED]."
    assert SCIM_TOKEN not in str(info.value)
    assert info.value.scim_type is None
    assert len(transport.requests) == 1  # a 401 to a SCIM token is not retried


def test_an_empty_scim_token_is_refused() -> None:
    with pytest.raises(ValueError, match="scim_token must be a non-empty string"):
        BaseClient(scim_token="")
