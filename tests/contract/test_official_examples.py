"""Docker's official request examples, replayed against fakehub: each must succeed.

For every operation of Docker's official description (``tests/contract/official/latest.yaml``)
this sends the request a reader of Docker's reference would send: the path parameters' own
``example`` values, and the request body Docker's rendered reference shows: the body's explicit
``example`` when it has one, else one assembled from its schema's examples, property by property
(:func:`example_of`). fakehub holds the demo data plus :data:`WORLD`, a document of the accounts,
organizations, teams and repositories those examples name (``myusername`` / ``p@ssw0rd``,
``myorganization``, ``jonsnow``, the ``developers`` team...). Where an example cannot work as
written (a placeholder secret, a parameter the spec gives no example for), :class:`Replay` swaps
that one value, and says why in a comment.

Every replay must answer a 2xx, the status Docker documents for success.
"""

from __future__ import annotations

import copy
import json
import random
import re
from collections.abc import Callable
from typing import Any, Final

import pytest
from attrs import field, frozen
from flask import Flask
from flask.testing import FlaskClient

from dockerhub_sdk._generated.operations import OPERATIONS
from dockerhub_sdk._operation import Operation
from fakehub.app import create_app, get_backend
from fakehub.clock import ManualClock
from fakehub.totp import totp

from .test_official_spec import official

METHODS: Final = ("get", "head", "post", "put", "patch", "delete")


def example_of(schema: Any, document: dict[str, Any], trail: tuple[str, ...] = ()) -> Any:
    """The example Docker's reference renders for ``schema``: its own ``example``, else one
    assembled from its parts (properties, ``allOf``, array items, the first enum value, or the
    bare type's placeholder as Swagger UI shows it: ``"string"``, ``0``, ``true``)."""
    if not isinstance(schema, dict):
        return None
    ref = schema.get("$ref")
    if isinstance(ref, str):
        name = ref.rsplit("/", 1)[1]
        if name in trail:  # a recursive schema: stop here
            return None
        target = document["components"]["schemas"].get(name, {})
        return example_of(target, document, (*trail, name))
    if "example" in schema:
        return copy.deepcopy(schema["example"])
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = example_of(part, document, trail)
            if isinstance(value, dict):
                merged.update(value)
        return merged
    if schema.get("type") == "object" or "properties" in schema:
        return {
            name: example_of(prop, document, trail)
            for name, prop in schema.get("properties", {}).items()
        }
    if schema.get("type") == "array":
        return [example_of(schema.get("items", {}), document, trail)]
    if "enum" in schema:
        return schema["enum"][0]
    # no example: what Swagger UI's "Example Value" shows for the bare type
    return _BARE.get(schema.get("type", ""))


_BARE: Final[dict[str, Any]] = {"string": "string", "integer": 0, "number": 0, "boolean": True}


def _resolve(node: dict[str, Any], document: dict[str, Any]) -> dict[str, Any]:
    ref = node.get("$ref")
    if isinstance(ref, str):
        parts = ref.removeprefix("#/").split("/")
        target: Any = document
        for part in parts:
            target = target[part]
        return _resolve(target, document)
    return node


def official_request(method: str, path: str) -> tuple[dict[str, Any], Any, str | None]:
    """The official path parameters' examples, the request body's example and its media type."""
    document = official()
    item = document["paths"][path]
    operation = item[method]
    examples: dict[str, Any] = {}
    for raw in [*item.get("parameters", []), *operation.get("parameters", [])]:
        param = _resolve(raw, document)
        if param.get("in") != "path":
            continue
        value = param.get("example", _resolve(param.get("schema", {}), document).get("example"))
        if value is not None:
            examples[param["name"]] = value
    if "requestBody" not in operation:
        return examples, None, None
    body = _resolve(operation["requestBody"], document)
    media_type, content = next(iter(body["content"].items()))
    if "example" in content:
        return examples, copy.deepcopy(content["example"]), media_type
    named = content.get("examples") or {}
    if named:
        first = _resolve(next(iter(named.values())), document)
        return examples, copy.deepcopy(first["value"]), media_type
    return examples, example_of(content.get("schema", {}), document), media_type


def official_operations() -> list[tuple[str, str]]:
    """Every ``(method, path)`` of the official document."""
    return [
        (method, path)
        for path, item in official()["paths"].items()
        for method in METHODS
        if method in item
    ]


def _shape(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "{}", path.rstrip("/"))


def our_operation(method: str, path: str) -> Operation:
    """The spec's operation serving the official ``method path`` (parameter names may differ)."""
    found = [
        op
        for op in OPERATIONS.values()
        if op.method == method.upper() and _shape(op.path) == _shape(path)
    ]
    assert len(found) == 1, f"{method.upper()} {path}: {[op.id for op in found]}"
    return found[0]


_INVITE_ID: Final = "1a71e000-0000-4000-a000-000000000ed0"
"""A pending invite of myorganization (the invite operations' `id` has no official example)."""

# The accounts, organizations and repositories the official examples name.
WORLD: Final = {
    "users": [
        {"username": "myusername", "password": "p@ssw0rd"},
        {"username": "jonsnow", "password": "jonsnow-password-1"},
    ],
    "orgs": [
        {
            "name": "myorganization",
            "members": ["myusername", "jonsnow"],
            "groups": [
                {"name": "owners", "members": ["myusername"]},
                # the team-access example gives the team with id 12345 write access
                {"id": 12345, "name": "developers", "members": ["jonsnow"]},
            ],
            "invites": [{"id": _INVITE_ID, "invitee": "ned@example.com", "inviter": "myusername"}],
            # SCIM: the organization's token, and jonsnow as the official SCIM examples name him
            "scim_token": "myorganization-scim-token",
            "scim_users": [
                {
                    "id": "d80f7c79-7730-49d8-9a41-7c42fb622d9c",
                    "username": "jonsnow",
                    "email": "jon.snow@docker.com",
                }
            ],
        },
        # the bulk-invite example invites to the organization "docker", team "owners"
        {
            "name": "docker",
            "members": ["myusername"],
            "groups": [{"name": "owners", "members": ["myusername"]}],
        },
    ],
    "repositories": [
        {
            "namespace": "myorganization",
            "name": "myrepo",
            "is_private": True,
            "tags": [{"name": "latest"}, {"name": "v1.0.0"}],
        },
    ],
}

_ORG: Final = {"namespace": "myorganization"}
_REPO: Final = {**_ORG, "repository": "myrepo"}

Setup = Callable[[FlaskClient, dict[str, Any]], None]
"""Prepares what one replay needs (a live secret...) and may change the request it gets."""


@frozen(kw_only=True)
class Replay:
    """How one official operation's example is sent: who sends it, and the values swapped."""

    caller: str | None = "myusername"
    """Who is logged in (``None``: anonymous)."""
    path: dict[str, str] = field(factory=dict)
    """Values for path parameters the official document gives no example for."""
    body: dict[str, Any] = field(factory=dict)
    """Body fields replaced, each with a comment at its row saying why."""
    setup: Setup | None = None
    scim: bool = False
    """Sent with myorganization's SCIM token instead of a login."""


def _live_2fa(client: FlaskClient, request: dict[str, Any]) -> None:
    # the example's `login_2fa_token` is a placeholder JWT and its `code` a placeholder: take a
    # live token from the demo account with two-factor auth, and its current TOTP code
    answer = client.post(
        "/v2/users/login/", json={"username": "carol", "password": "carol-password-1"}
    )
    request["body"]["login_2fa_token"] = answer.get_json()["login_2fa_token"]
    request["body"]["code"] = totp("JBSWY3DPEHPK3PXP", int(request["now"]))


def _live_pat(client: FlaskClient, request: dict[str, Any]) -> None:
    # the example's `dckr_pat_124509ugsdjga93` is a placeholder: create myusername's real one
    token = request["login"]("myusername")
    answer = client.post(
        "/v2/access-tokens/",
        json={"token_label": "replay", "scopes": ["repo:read"]},
        headers={"Authorization": f"Bearer {token}"},
    )
    request["body"]["secret"] = answer.get_json()["token"]


def _a_pat(client: FlaskClient, request: dict[str, Any]) -> None:
    # `uuid` has no official example: one of myusername's tokens
    token = request["login"]("myusername")
    answer = client.post(
        "/v2/access-tokens/",
        json={"token_label": "replay", "scopes": ["repo:read"]},
        headers={"Authorization": f"Bearer {token}"},
    )
    request["path"]["uuid"] = answer.get_json()["uuid"]


_MYORG_RESOURCES: Final = [
    {"type": "TYPE_REPO", "path": "myorganization/myrepo", "scopes": ["scope-image-pull"]}
]


def _an_oat(client: FlaskClient, request: dict[str, Any]) -> None:
    # the example's id (a7a5ef25-...) names no token of myorganization: create one and use it
    token = request["login"]("myusername")
    answer = client.post(
        "/v2/orgs/myorganization/access-tokens/",
        json={"label": "replay", "resources": _MYORG_RESOURCES},
        headers={"Authorization": f"Bearer {token}"},
    )
    request["path"]["access_token_id"] = answer.get_json()["id"]


REPLAYS: Final[dict[tuple[str, str], Replay]] = {
    ("post", "/v2/users/login"): Replay(caller=None),
    ("post", "/v2/users/2fa-login"): Replay(caller=None, setup=_live_2fa),
    ("post", "/v2/auth/token"): Replay(caller=None, setup=_live_pat),
    ("post", "/v2/access-tokens"): Replay(
        # the example's `expires_at` (2021-10-28) is in the past for a token created today
        body={"expires_at": "2031-10-28T18:30:19.520861Z"},
    ),
    ("get", "/v2/access-tokens"): Replay(),
    ("get", "/v2/access-tokens/{uuid}"): Replay(setup=_a_pat),
    ("patch", "/v2/access-tokens/{uuid}"): Replay(setup=_a_pat),
    ("delete", "/v2/access-tokens/{uuid}"): Replay(setup=_a_pat),
    ("get", "/v2/namespaces/{namespace}/repositories"): Replay(
        path={"namespace": "myorganization"}
    ),
    ("post", "/v2/namespaces/{namespace}/repositories"): Replay(
        path={"namespace": "myorganization"}
    ),
    ("get", "/v2/namespaces/{namespace}/repositories/{repository}"): Replay(path=_REPO),
    ("head", "/v2/namespaces/{namespace}/repositories/{repository}"): Replay(path=_REPO),
    ("get", "/v2/namespaces/{namespace}/repositories/{repository}/tags"): Replay(path=_REPO),
    ("head", "/v2/namespaces/{namespace}/repositories/{repository}/tags"): Replay(path=_REPO),
    ("get", "/v2/namespaces/{namespace}/repositories/{repository}/tags/{tag}"): Replay(
        path={**_REPO, "tag": "latest"}
    ),
    ("head", "/v2/namespaces/{namespace}/repositories/{repository}/tags/{tag}"): Replay(
        path={**_REPO, "tag": "latest"}
    ),
    ("patch", "/v2/namespaces/{namespace}/repositories/{repository}/immutabletags"): Replay(
        path=_REPO
    ),
    ("post", "/v2/namespaces/{namespace}/repositories/{repository}/immutabletags/verify"): Replay(
        path=_REPO
    ),
    ("get", "/v2/auditlogs/{account}"): Replay(path={"account": "myorganization"}),
    ("get", "/v2/auditlogs/{account}/actions"): Replay(path={"account": "myorganization"}),
    ("get", "/v2/orgs/{org_name}/invites"): Replay(),
    ("post", "/v2/invites/bulk"): Replay(),
    ("patch", "/v2/invites/{id}/resend"): Replay(path={"id": _INVITE_ID}),
    ("delete", "/v2/invites/{id}"): Replay(path={"id": _INVITE_ID}),
    ("patch", "/v2/orgs/{org_name}/groups/{group_name}"): Replay(),
    ("get", "/v2/orgs/{org_name}/groups/{group_name}/members"): Replay(),
    ("post", "/v2/orgs/{org_name}/groups/{group_name}/members"): Replay(),
    ("delete", "/v2/orgs/{org_name}/groups/{group_name}/members/{username}"): Replay(),
    ("post", "/v2/repositories/{namespace}/{repository}/groups"): Replay(path=_REPO),
    ("get", "/v2/orgs/{org_name}/members"): Replay(),
    ("get", "/v2/orgs/{org_name}/members/export"): Replay(),
    ("put", "/v2/orgs/{org_name}/members/{username}"): Replay(),
    ("delete", "/v2/orgs/{org_name}/members/{username}"): Replay(),
    ("get", "/v2/orgs/{org_name}/groups"): Replay(),
    ("post", "/v2/orgs/{org_name}/groups"): Replay(),
    ("get", "/v2/orgs/{org_name}/groups/{group_name}"): Replay(),
    ("put", "/v2/orgs/{org_name}/groups/{group_name}"): Replay(),
    ("delete", "/v2/orgs/{org_name}/groups/{group_name}"): Replay(),
    ("get", "/v2/scim/2.0/ServiceProviderConfig"): Replay(scim=True),
    ("get", "/v2/scim/2.0/ResourceTypes"): Replay(scim=True),
    ("get", "/v2/scim/2.0/ResourceTypes/{name}"): Replay(scim=True),
    ("get", "/v2/scim/2.0/Schemas"): Replay(scim=True),
    ("get", "/v2/scim/2.0/Schemas/{id}"): Replay(scim=True),
    ("get", "/v2/scim/2.0/Users"): Replay(scim=True),
    ("post", "/v2/scim/2.0/Users"): Replay(
        scim=True,
        # jon.snow@docker.com is the SCIM user the `id` examples name: provision someone else
        body={"userName": "arya.stark@docker.com"},
    ),
    ("get", "/v2/scim/2.0/Users/{id}"): Replay(scim=True),
    ("put", "/v2/scim/2.0/Users/{id}"): Replay(scim=True),
    # organization settings and organization access tokens: `{name}` has no official example
    ("get", "/v2/orgs/{name}/settings"): Replay(path={"name": "myorganization"}),
    ("put", "/v2/orgs/{name}/settings"): Replay(path={"name": "myorganization"}),
    ("post", "/v2/orgs/{name}/access-tokens"): Replay(
        path={"name": "myorganization"},
        body={
            # the example's `myorg/myrepo` is no repository of myorganization (its scope
            # `scope-image-pull` is kept)
            "resources": _MYORG_RESOURCES,
            # the example's `expires_at` (2023-05-20) is in the past for a token created today
            "expires_at": "2033-05-20T00:54:18Z",
        },
    ),
    ("get", "/v2/orgs/{name}/access-tokens"): Replay(path={"name": "myorganization"}),
    ("get", "/v2/orgs/{org_name}/access-tokens/{access_token_id}"): Replay(setup=_an_oat),
    ("patch", "/v2/orgs/{org_name}/access-tokens/{access_token_id}"): Replay(
        setup=_an_oat,
        # the example's `myorg/myrepo` is no repository of myorganization
        body={"resources": _MYORG_RESOURCES},
    ),
    ("delete", "/v2/orgs/{org_name}/access-tokens/{access_token_id}"): Replay(setup=_an_oat),
}


@pytest.fixture(scope="module")
def app() -> Flask:
    clock = ManualClock()
    app = create_app(demo=True, clock=clock, rng=random.Random(3))
    get_backend(app).state.load(copy.deepcopy(WORLD))
    app.testing = True
    return app


@pytest.mark.parametrize(("method", "path"), sorted(REPLAYS), ids=lambda v: str(v))
def test_the_official_example_succeeds(app: Flask, method: str, path: str) -> None:
    backend = get_backend(app)
    snapshot = copy.deepcopy(backend.state.snapshot())
    replay = REPLAYS[(method, path)]
    op = our_operation(method, path)
    examples, body, media_type = official_request(method, path)
    if isinstance(body, dict):
        body.update(copy.deepcopy(replay.body))
    request: dict[str, Any] = {
        "path": {**examples, **replay.path},
        "body": body,
        "now": backend.state.now().timestamp(),
        "login": backend.tokens.issue,
    }
    client = app.test_client()
    try:
        if replay.setup is not None:
            replay.setup(client, request)
        url = re.sub(r"\{(\w+)\}", lambda m: str(request["path"][m.group(1)]), path) + "/"
        headers = {"Content-Type": media_type} if media_type else {}
        if replay.scim:
            headers["Authorization"] = f"Bearer {WORLD['orgs'][0]['scim_token']}"
        elif replay.caller is not None:
            headers["Authorization"] = f"Bearer {backend.tokens.issue(replay.caller)}"
        data = None if request["body"] is None else _encode(request["body"])
        response = client.open(url, method=method.upper(), data=data, headers=headers)
    finally:
        backend.state.reset()
        backend.state.load(snapshot)
    assert response.status_code == op.success_status, response.get_data(as_text=True)


def _encode(body: Any) -> bytes:
    return json.dumps(body).encode()


def test_every_replay_names_an_official_operation() -> None:
    assert set(REPLAYS) <= set(official_operations())
