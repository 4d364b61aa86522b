"""What a token made from an organization access token may do, over HTTP, for EVERY operation
of the spec: only what its resources and scopes grant, acting as the organization.

acme owns the public ``acme/tools`` and the private ``acme/internal``. Two organization access
tokens: ``FULL`` (``acme/*`` with ``repo-push``, ``acme`` with ``member-edit``) and ``PULL``
(``acme/*`` with ``repo-pull``). Each case starts from the same state; a refused request
(401/403) leaves it untouched.
"""

from __future__ import annotations

import random
import re
from typing import Any, Final

import pytest
from flask import Flask

from dockerhub_sdk._generated.operations import OPERATIONS
from dockerhub_sdk._operation import Operation
from fakehub.app import create_app, get_backend
from fakehub.clock import ManualClock

FULL_ID: Final = "f0110000-0000-4000-a000-000000000001"
PULL_ID: Final = "f0110000-0000-4000-a000-000000000002"
PUBLIC_ID: Final = "f0110000-0000-4000-a000-000000000003"
HUB_OPERATIONS: Final = [op for op in OPERATIONS.values() if op.service == "hub"]
"""The Hub API's operations (the registry's read the registry's own tokens)."""
REFUSED: Final = frozenset(op.id for op in HUB_OPERATIONS if op.org_token == "refused")
"""Operations no organization access token may do (the spec's ``access: {org_token: refused}``,
the default)."""
ORG_RESOURCES: Final = frozenset({"org_members", "org_groups", "groups"})


def _token(token_id: str, *resources: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": token_id,
        "token_hash": f"{int(token_id[-1]):064x}",
        "label": token_id,
        "created_by": "alice",
        "resources": list(resources),
    }


DOCUMENT: Final = {
    "users": [{"username": "alice", "password": "alice-password-1"}],
    "orgs": [
        {
            "name": "acme",
            "members": ["alice"],
            "groups": [{"name": "developers", "members": ["alice"]}],
            "access_tokens": [
                _token(
                    FULL_ID,
                    {"type": "TYPE_REPO", "path": "acme/*", "scopes": ["repo-push"]},
                    {"type": "TYPE_ORG", "path": "acme", "scopes": ["member-edit"]},
                ),
                _token(PULL_ID, {"type": "TYPE_REPO", "path": "acme/*", "scopes": ["repo-pull"]}),
                _token(
                    PUBLIC_ID, {"type": "TYPE_REPO", "path": "*/*/public", "scopes": ["repo-pull"]}
                ),
            ],
        }
    ],
    "repositories": [
        {"namespace": "acme", "name": "tools", "tags": [{"name": "latest"}]},
        {"namespace": "acme", "name": "internal", "is_private": True, "tags": [{"name": "v1"}]},
    ],
}
_UUID: Final = re.compile(r"\[0-9a-f\]\{8\}")


def _path_value(op: Operation, name: str, repository: str) -> object:
    param = next(p for p in op.path_params if p.name == name)
    if param.type is int:
        return 1
    if param.format is not None and _UUID.search(param.format.pattern):
        return "00000000-0000-4000-a000-000000000000"
    if param.format is not None and param.format.min_length == 32:  # an account's id
        return "0" * 32
    return {"repository": repository, "build_code": "b1", "tag": "latest"}.get(name, "acme")


@pytest.fixture(scope="module")
def app() -> Flask:
    app = create_app(clock=ManualClock(), rng=random.Random(7))
    app.testing = True
    return app


def _call(app: Flask, op: Operation, token_id: str, repository: str) -> tuple[int, bool]:
    """The status of ``op`` called with an access token of ``token_id``, and whether the
    state is unchanged afterwards."""
    backend = get_backend(app)
    backend.state.reset()
    backend.state.load(DOCUMENT)
    before = backend.state.snapshot()
    token = backend.tokens.issue("acme", oat=token_id)
    path = op.path.format(**{p.wire: _path_value(op, p.name, repository) for p in op.path_params})
    response = app.test_client().open(
        path,
        method=op.method,
        json={} if op.body is not None else None,
        headers={"Authorization": f"Bearer {token}"},
    )
    assert response.status_code < 500, response.get_data(as_text=True)
    return response.status_code, backend.state.snapshot() == before


def _repository_scoped(op: Operation) -> bool:
    names = {p.name for p in op.path_params}
    return {"namespace", "repository"} <= names


AUTHENTICATED: Final = [op for op in HUB_OPERATIONS if op.auth != "none"]


@pytest.mark.parametrize("op", AUTHENTICATED, ids=lambda op: op.id)
def test_a_full_token_does_only_what_an_org_token_may(app: Flask, op: Operation) -> None:
    status, unchanged = _call(app, op, FULL_ID, "internal")
    if op.session == "logout":
        assert status == 204
    elif op.auth == "scim":  # only the organization's SCIM token opens SCIM
        assert (status, unchanged) == (401, True)
    elif _repository_scoped(op) and op.id in REFUSED:
        assert (status, unchanged) == (403, True)
    elif _repository_scoped(op) or op.resource in ORG_RESOURCES:
        assert status not in (401, 403)  # let through (a missing body or id may still 400/404)
    elif op.auth == "optional" and not op.is_write:
        assert status not in (401, 403)  # made anonymously
    else:  # the user's profile, tokens, settings, listings of the caller...
        assert (status, unchanged) == (403, True)


@pytest.mark.parametrize(
    "op", [op for op in AUTHENTICATED if _repository_scoped(op)], ids=lambda op: op.id
)
def test_a_pull_token_reads_but_never_writes_repositories(app: Flask, op: Operation) -> None:
    status, unchanged = _call(app, op, PULL_ID, "internal")
    if op.is_write or op.id in REFUSED:  # a team's permission: no org token reads it either
        assert (status, unchanged) == (403, True)
    else:
        assert status not in (401, 403)


@pytest.mark.parametrize(
    "op", [op for op in AUTHENTICATED if op.resource in ORG_RESOURCES], ids=lambda op: op.id
)
def test_a_token_without_an_org_resource_cannot_touch_members_or_groups(
    app: Flask, op: Operation
) -> None:
    assert _call(app, op, PULL_ID, "internal") == (403, True)


def test_a_public_repositories_token_does_not_see_private_ones(app: Flask) -> None:
    get = OPERATIONS["repositories.get"]
    assert _call(app, get, PUBLIC_ID, "tools")[0] == 200
    assert _call(app, get, PUBLIC_ID, "internal")[0] == 404  # read anonymously
    assert _call(app, get, PULL_ID, "internal")[0] == 200


def test_a_write_on_another_namespace_is_forbidden(app: Flask) -> None:
    backend = get_backend(app)
    backend.state.reset()
    backend.state.load(DOCUMENT)
    backend.state.load(
        {
            "users": [{"username": "bob", "password": "bob-password-1"}],
            "repositories": [{"namespace": "bob", "name": "app"}],
        }
    )
    token = backend.tokens.issue("acme", oat=FULL_ID)
    response = app.test_client().patch(
        "/v2/repositories/bob/app/",
        json={"description": "x"},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert response.status_code == 403
    assert backend.state.find_repository("bob", "app").description == ""  # type: ignore[union-attr]


def test_a_deleted_token_is_unauthorized_everywhere(app: Flask) -> None:
    backend = get_backend(app)
    backend.state.reset()
    backend.state.load(DOCUMENT)
    token = backend.tokens.issue("acme", oat=FULL_ID)
    backend.state.delete_org_access_token("alice", "acme", FULL_ID)
    response = app.test_client().get(
        "/v2/repositories/acme/tools/", headers={"Authorization": f"Bearer {token}"}
    )
    assert response.status_code == 401
    assert response.get_json() == {"detail": "Token has been revoked."}


def test_the_list_is_a_total_page(app: Flask) -> None:
    backend = get_backend(app)
    backend.state.reset()
    backend.state.load(DOCUMENT)
    token = backend.tokens.issue("alice")
    response = app.test_client().get(
        "/v2/orgs/acme/access-tokens/?page_size=2", headers={"Authorization": f"Bearer {token}"}
    )
    body = response.get_json()
    assert response.status_code == 200 and list(body) == ["total", "next", "previous", "results"]
    assert body["total"] == 3 and len(body["results"]) == 2
    assert body["next"].endswith("/v2/orgs/acme/access-tokens/?page=2&page_size=2")
    assert "token" not in body["results"][0] and "token_hash" not in body["results"][0]
