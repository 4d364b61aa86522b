"""``hub.scim_users.patch`` and ``hub.scim_users.delete`` on the wire: a typed PatchOp
(``ScimPatchOperation``) sent as RFC 7644's ``{"schemas": [...PatchOp], "Operations": [...]}``
in application/scim+json with the SCIM token, a SCIM error read into ``scim_type``, and a
DELETE sent without a body."""

from __future__ import annotations

import json

import pytest

from dockerhub_sdk import BadRequestError, DockerHub, NotFoundError, ScimPatchOperation, ScimUser
from dockerhub_sdk._transport import Request, Response

from .fakes import FakeTransport, body_of, empty_response

SCIM = "application/scim+json"
SCIM_TOKEN = "scim-SECRET-0c1d2e3f4a5b6c7d"
PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp"
USER_URL = "/v2/scim/2.0/Users/u1/"
USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User"
BOB = {
    "schemas": [USER_SCHEMA],
    "id": "u1",
    "userName": "bob@example.com",
    "active": False,
}


def _scim(data: object, status: int = 200) -> Response:
    return Response(
        status=status, headers={"Content-Type": SCIM}, content=json.dumps(data).encode()
    )


@pytest.fixture
def hub(transport: FakeTransport) -> DockerHub:
    return DockerHub(
        base_url="https://hub.example.test",
        transport=transport,
        cache=False,
        sleep=lambda _: None,
        scim_token=SCIM_TOKEN,
    )


def test_patch_sends_a_patch_op_with_its_operations(
    transport: FakeTransport, hub: DockerHub
) -> None:
    transport.on("PATCH", USER_URL, _scim(BOB))
    user = hub.scim_users.patch(
        "u1",
        operations=[
            ScimPatchOperation(op="replace", path="active", value=False),
            ScimPatchOperation(op="add", value={"name": {"givenName": "Bob"}}),
            ScimPatchOperation(op="remove", path="name.familyName"),
        ],
    )
    assert user == ScimUser(
        schemas=[USER_SCHEMA], id="u1", user_name="bob@example.com", active=False
    )
    (request,) = transport.calls("PATCH", USER_URL)
    assert body_of(request) == {
        "schemas": [PATCH_OP],
        "Operations": [
            {"op": "replace", "path": "active", "value": False},
            {"op": "add", "value": {"name": {"givenName": "Bob"}}},
            {"op": "remove", "path": "name.familyName"},
        ],
    }


def test_patch_speaks_scim_json_with_the_scim_token(
    transport: FakeTransport, hub: DockerHub
) -> None:
    transport.on("PATCH", USER_URL, _scim(BOB))
    hub.scim_users.patch("u1", operations=[ScimPatchOperation(op="remove", path="active")])
    (request,) = transport.calls("PATCH", USER_URL)
    assert request.headers["Content-Type"] == SCIM
    assert request.headers["Accept"] == SCIM
    assert request.headers["Authorization"] == f"Bearer {SCIM_TOKEN}"


def test_a_refused_patch_raises_with_the_scim_type(
    transport: FakeTransport, hub: DockerHub
) -> None:
    error = {
        "schemas": ["urn:ietf:params:scim:api:messages:2.0:Error"],
        "status": "400",
        "scimType": "invalidPath",
        "detail": "Operations[0].path: 'nickName' is not an attribute of Docker's users",
    }
    transport.on("PATCH", USER_URL, _scim(error, 400))
    with pytest.raises(BadRequestError) as info:
        hub.scim_users.patch(
            "u1", operations=[ScimPatchOperation(op="add", path="nickName", value="b")]
        )
    assert info.value.scim_type == "invalidPath"
    assert "nickName" in (info.value.detail or "")


def test_delete_sends_no_body_with_the_scim_token(transport: FakeTransport, hub: DockerHub) -> None:
    seen: list[Request] = []

    def answer(request: Request) -> Response:
        seen.append(request)
        return empty_response(204)

    transport.on("DELETE", USER_URL, answer)
    hub.scim_users.delete("u1")
    (request,) = seen
    assert (request.body, request.headers["Accept"]) == (None, SCIM)
    assert request.headers["Authorization"] == f"Bearer {SCIM_TOKEN}"


def test_a_delete_of_an_unknown_user_raises_not_found(
    transport: FakeTransport, hub: DockerHub
) -> None:
    error = {
        "schemas": ["urn:ietf:params:scim:api:messages:2.0:Error"],
        "status": "404",
        "detail": "User u1 not found.",
    }
    transport.on("DELETE", USER_URL, _scim(error, 404))
    with pytest.raises(NotFoundError) as info:
        hub.scim_users.delete("u1")
    assert info.value.detail == "User u1 not found."
