"""Text responses (`response: text` + `media_type` in the spec): the body as a `str`, checked
against the promised media type."""

from __future__ import annotations

import pytest

from dockerhub_sdk import APIResponseValidationError, PermissionDeniedError
from dockerhub_sdk._base_client import BaseClient
from dockerhub_sdk._transport import Response

from .fakes import FakeTransport, _op, json_response

PATH = "/v2/orgs/acme/members/export/"
EXPORT = _op("org_members.export", "GET", PATH, response_kind="text", media_type="text/csv")
CSV = "Name,Username\nAlice,alice\n"


def _csv(content_type: str = "text/csv; charset=utf-8", body: bytes = CSV.encode()) -> Response:
    return Response(status=200, headers={"Content-Type": content_type}, content=body)


def test_the_body_is_returned_as_text(client: BaseClient, transport: FakeTransport) -> None:
    transport.on("GET", PATH, _csv())
    assert client._request_text(EXPORT) == CSV
    assert transport.last.headers["Accept"] == "text/csv"


def test_another_media_type_is_a_validation_error(
    client: BaseClient, transport: FakeTransport
) -> None:
    transport.on("GET", PATH, _csv("application/json"))
    with pytest.raises(APIResponseValidationError, match="expected text/csv"):
        client._request_text(EXPORT)


def test_a_body_that_is_not_utf8_is_a_validation_error(
    client: BaseClient, transport: FakeTransport
) -> None:
    transport.on("GET", PATH, _csv(body=b"\xff\xfe"))
    with pytest.raises(APIResponseValidationError, match="not UTF-8"):
        client._request_text(EXPORT)


def test_an_error_status_raises_as_usual(client: BaseClient, transport: FakeTransport) -> None:
    transport.on("GET", PATH, json_response({"detail": "no"}, status=403))
    with pytest.raises(PermissionDeniedError):
        client._request_text(EXPORT)


def test_a_text_operation_refuses_the_other_request_kinds(client: BaseClient) -> None:
    with pytest.raises(TypeError):
        client._request_none(EXPORT)
