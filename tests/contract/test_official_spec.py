"""fakehub's answers against Docker's OFFICIAL OpenAPI description of the Hub API.

The conformance suite. Each ``Case`` sends one request to fakehub (demo data) and validates the
JSON it gets against the schema that ``tests/contract/official/latest.yaml`` (vendored; see the
README beside it) gives for that path, method and status (OpenAPI 3.0, converted to JSON
Schema: ``nullable`` → ``"null"`` in ``type``, every ``$ref`` inlined). The official
document's known defects are worked around in one place, :func:`patch_official_defects`, one
commented line per defect.

To cover another operation: add ``Case`` rows to ``CASES`` (and, when the official schema is
wrong about live behaviour, one line to :func:`patch_official_defects`).
"""

from __future__ import annotations

import copy
import csv
import functools
import io
import os
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

import jsonschema
import pytest
import yaml
from attrs import field, frozen
from flask import Flask

from dockerhub_sdk._generated.operations import OPERATIONS
from fakehub.app import Backend, create_app, get_backend
from fakehub.clock import ManualClock
from fakehub.demo import DEMO_INVITE_ID, DEMO_SCIM_TOKENS, DEMO_TOTP_SECRETS, demo_document
from fakehub.state import State
from fakehub.totp import totp

OFFICIAL: Final = Path(
    os.environ.get(
        "DOCKERHUB_OFFICIAL_OPENAPI", str(Path(__file__).parent / "official" / "latest.yaml")
    )
)


_IMAGE: Final = "#/components/schemas/image"


def patch_official_defects(document: dict[str, Any]) -> None:
    """Make the official document say what Docker Hub really does; one line per known defect."""
    schemas = document["components"]["schemas"]
    # response codes written as a mix of integers and strings: make every one a string
    for item in document["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and "responses" in operation:
                operation["responses"] = {str(k): v for k, v in operation["responses"].items()}
    # a dangling reference to `team_repo`: define it as "anything"
    schemas.setdefault("team_repo", {})
    # tag `images` typed as an object: real responses carry an array of images
    schemas["tag"]["properties"]["images"] = {"type": "array", "items": {"$ref": _IMAGE}}
    # tag `v2` typed as a string: real responses carry a boolean
    schemas["tag"]["properties"]["v2"] = {"type": "boolean"}
    # image `variant` and `os_version` are `null` in real responses (amd64 has no variant)
    schemas["image"]["properties"]["variant"]["nullable"] = True
    schemas["image"]["properties"]["os_version"]["nullable"] = True
    # org members listed as an array of pages: real responses are one page
    members = document["paths"]["/v2/orgs/{org_name}/members"]["get"]["responses"]["200"]
    members["content"]["application/json"]["schema"] = {
        "$ref": "#/components/schemas/org_member_paginated"
    }
    # its `next` and `previous` not nullable: real pages carry null on the first and last page
    for link in ("next", "previous"):
        schemas["org_member_paginated"]["properties"][link]["nullable"] = True
    # the members CSV requires a `Role` column its properties call `Permission`: use the latter
    export = document["paths"]["/v2/orgs/{org_name}/members/export"]["get"]["responses"]["200"]
    columns = export["content"]["text/csv"]["schema"]["items"]
    columns["required"] = ["Permission" if c == "Role" else c for c in columns["required"]]
    # group pages' `next` and `previous` not nullable either
    groups = document["paths"]["/v2/orgs/{org_name}/groups"]["get"]["responses"]["200"]
    for link in ("next", "previous"):
        groups["content"]["application/json"]["schema"]["properties"][link]["nullable"] = True
    # `required: true` written inside properties (orgAccessTokenResource, createOrgAccessToken-
    # Request): move each into its object's `required` list
    for name in ("orgAccessTokenResource", "createOrgAccessTokenRequest"):
        props = schemas[name]["properties"]
        schemas[name]["required"] = [k for k, v in props.items() if v.pop("required", False)]
    # organization access token pages' `next` and `previous` not nullable either
    oat_page = schemas["getOrgAccessTokensResponse"]["properties"]
    for link in ("next", "previous"):
        oat_page[link]["nullable"] = True
    # personal access token pages' `next` and `previous` not nullable either
    tokens = schemas["getAccessTokensResponse"]["properties"]
    for link in ("next", "previous"):
        tokens[link]["nullable"] = True
    # audit-log endpoints document their errors only as `default` (rpcStatus): list them
    for audit in ("/v2/auditlogs/{account}", "/v2/auditlogs/{account}/actions"):
        answers = document["paths"][audit]["get"]["responses"]
        answers.update({s: answers["default"] for s in ("400", "401", "403", "404")})
    # HEAD answers documented with a JSON body (CheckRepository): a HEAD answer has none;
    # `Case.check` asserts the empty body instead
    # bulk invites' answer nests `{invitees: {invitees: [...]}}`: Docker's own Terraform provider
    # (docker/terraform-provider-docker, hubclient) reads `{invitees: [...]}`, the inner shape
    bulk = document["paths"]["/v2/invites/bulk"]["post"]["responses"]["202"]["content"]
    bulk["application/json"]["schema"] = {"$ref": "#/components/schemas/bulk_invite"}
    # group member pages' `next` and `previous` not nullable (as group pages')
    members_of_group = document["paths"]["/v2/orgs/{org_name}/groups/{group_name}/members"]
    page = members_of_group["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    for link in ("next", "previous"):
        page["properties"][link]["nullable"] = True
    # SCIM `authenticationSchemes` typed as an object: RFC 7643 section 5 makes it an array
    config = schemas["scim_service_provider_config"]["properties"]
    config["authenticationSchemes"] = {"type": "array", "items": config["authenticationSchemes"]}
    # -- defects that only requests generated from the document meet (test_official_fuzz) --
    paths = document["paths"]
    # create-repository names a security scheme `BearerAuth` that is not defined: `bearerAuth`
    paths["/v2/namespaces/{namespace}/repositories"]["post"]["security"] = [{"bearerAuth": []}]
    # the `search` query parameter typed as an integer: it is a search term, a string
    document["components"]["parameters"]["search"]["schema"] = {"type": "string"}
    # `/v2/orgs/{name}/access-tokens` does not declare its `name` path parameter: declare it
    for operation in paths["/v2/orgs/{name}/access-tokens"].values():
        operation["parameters"] = [*operation.get("parameters", []), _NAME_IN_PATH]
    # `/v2/auth/token`'s body (whose `identifier` and `secret` are required) is not required
    paths["/v2/auth/token"]["post"]["requestBody"]["required"] = True
    # bodies described without `type: object` (any JSON value would do): make them objects
    for path, method in _UNTYPED_BODIES:
        body = paths[path][method]["requestBody"]["content"]["application/json"]["schema"]
        body["type"] = "object"
    # an org member's `role` lacks `Editor`, the role `editor` of the member role PUT
    schemas["org_member"]["properties"]["role"]["enum"].append("Editor")
    # PATCH of an organization access token documents no 400, though its body has the
    # create's rules (at least one resource, known scopes), which document it
    oat = paths["/v2/orgs/{org_name}/access-tokens/{access_token_id}"]["patch"]["responses"]
    oat["400"] = {"$ref": "#/components/responses/BadRequest"}
    # PUT and PATCH of a group, and adding a group member, document no 400 though their bodies
    # have rules (a group name's, as the create that documents 400; a member's username)
    group = paths["/v2/orgs/{org_name}/groups/{group_name}"]
    add_member = paths["/v2/orgs/{org_name}/groups/{group_name}/members"]["post"]
    for operation in (group["put"], group["patch"], add_member):
        operation["responses"]["400"] = {"$ref": "#/components/responses/BadRequest"}
    # the personal access token list documents no 404, the answer of a page past the end
    # (`Invalid page.`, Django REST framework's, as every other page of the description)
    tokens_list = paths["/v2/access-tokens"]["get"]["responses"]
    tokens_list["404"] = {"$ref": "#/components/responses/NotFound"}
    # the token lists type `page` and `page_size` as numbers (1.5): they are integers
    for path in ("/v2/access-tokens", "/v2/orgs/{name}/access-tokens"):
        for parameter in paths[path]["get"]["parameters"]:
            if parameter.get("name") in ("page", "page_size"):
                parameter["schema"]["type"] = "integer"


_NAME_IN_PATH: Final = {
    "in": "path",
    "name": "name",
    "required": True,
    "schema": {"type": "string"},
}
_UNTYPED_BODIES: Final = [
    ("/v2/orgs/{name}/settings", "put"),
    ("/v2/orgs/{org_name}/members/{username}", "put"),
    ("/v2/orgs/{org_name}/groups", "post"),
    ("/v2/orgs/{org_name}/groups/{group_name}", "put"),
    ("/v2/orgs/{org_name}/groups/{group_name}", "patch"),
]


@functools.cache
def official() -> dict[str, Any]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's: ten times faster
    document: dict[str, Any] = yaml.load(OFFICIAL.read_text(encoding="utf-8"), Loader=loader)
    patch_official_defects(document)
    return document


def to_json_schema(node: Any, schemas: dict[str, Any], trail: tuple[str, ...] = ()) -> Any:
    """An OpenAPI 3.0 schema as a JSON Schema: ``$ref``s inlined, ``nullable`` as ``"null"``."""
    if isinstance(node, list):
        return [to_json_schema(item, schemas, trail) for item in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    if isinstance(ref, str):
        name = ref.removeprefix("#/components/schemas/")
        assert name != ref, f"unsupported reference {ref}"
        assert name not in trail, f"recursive schema {name}"
        return to_json_schema(schemas[name], schemas, (*trail, name))
    out = {k: to_json_schema(v, schemas, trail) for k, v in node.items() if k != "nullable"}
    if node.get("nullable") is True:
        if "type" in out:
            out["type"] = [out["type"], "null"]
        if "enum" in out and None not in out["enum"]:
            out["enum"] = [*out["enum"], None]
    return out


def response_schema(
    path: str, method: str, status: int, media_type: str = "application/json"
) -> dict[str, Any]:
    """The JSON Schema the official document gives for this answer."""
    document = official()
    responses = document["paths"][path][method.lower()]["responses"]
    assert str(status) in responses, f"{method} {path}: {status} is not an official answer"
    response = responses[str(status)]
    ref = response.get("$ref")
    if isinstance(ref, str):
        response = document["components"]["responses"][ref.rsplit("/", 1)[1]]
    if "content" not in response:  # documented without a body: any body will do
        return {}
    schema = response["content"][media_type]["schema"]
    converted: dict[str, Any] = to_json_schema(schema, document["components"]["schemas"])
    return converted


def official_path_of(path: str) -> str:
    """The official path of one of the spec's paths: no trailing slash, and placeholders
    matched by position (the spec may name them differently: ``{invite_id}`` for ``{id}``)."""
    shape = re.sub(r"\{[^}]*\}", "{}", path.rstrip("/"))
    matches = [p for p in official()["paths"] if re.sub(r"\{[^}]*\}", "{}", p) == shape]
    assert len(matches) == 1, f"{path}: official paths {matches}"
    return matches[0]


@frozen(kw_only=True)
class Case:
    """One request to fakehub and the official answer it must match."""

    operation: str
    """The spec's operation id, e.g. ``namespace_repositories.get``."""
    path: dict[str, str]
    status: int
    caller: str | None = None
    """A user (a login's token), or ``SCIM`` (acme's SCIM token)."""
    query: dict[str, str | int] = field(factory=dict)
    body: dict[str, Any] | None = None
    prepare: Callable[[Backend], dict[str, str]] | None = None
    """Makes what the request needs; returns values for the path's placeholders (a new token's
    uuid) and, for the other names, the body's fields (a live login_2fa_token)."""

    @property
    def id(self) -> str:
        return f"{self.operation}-{self.status}-{self.caller or 'anonymous'}"


def _alices_token(backend: Backend) -> dict[str, str]:
    token, _ = backend.state.create_access_token(
        "alice",
        token_label="ci",
        scopes=["repo:read"],
        expires_at=None,
        creator_ip="",
        creator_ua="",
    )
    return {"uuid": token.uuid}


def _carols_second_step(backend: Backend) -> dict[str, str]:
    return {
        "login_2fa_token": backend.tokens.issue_login_2fa("carol"),
        "code": totp(DEMO_TOTP_SECRETS["carol"], backend.state.now().timestamp()),
    }


SCIM: Final = "acme-scim-token"
_NGINX: Final = {"namespace": "library", "repository": "nginx"}
_SECRET: Final = {"namespace": "alice", "repository": "secret-project"}
_ACME: Final = {"org_name": "acme"}
_DEVS: Final = {"org_name": "acme", "group_name": "developers"}
_TOOLS: Final = {"namespace": "acme", "repository": "tools"}
_INVITE: Final = {"invite_id": DEMO_INVITE_ID}
_NO_INVITE: Final = {"invite_id": "00000000-0000-4000-a000-000000000000"}


def _demo_group_id(name: str) -> int:
    state = State(clock=ManualClock(), rng=random.Random(0))
    state.load(demo_document())
    return state.get_org("acme").groups[name].id


_DEVS_ID: Final = _demo_group_id("developers")
_SCIM_USER: Final = "urn:ietf:params:scim:schemas:core:2.0:User"
_BOB_SCIM: Final = "5c1a0000-0000-4000-a000-000000000b0b"

_ACME_NAME: Final = {"name": "acme"}
_DEMO_OAT: Final = {"org_name": "acme", "access_token_id": "ac3e0a70-0000-4000-a000-0000000000a1"}
_OAT_RESOURCES: Final = [{"type": "TYPE_REPO", "path": "acme/tools", "scopes": ["repo-pull"]}]
_RESTRICTED: Final = {
    "enabled": True,
    "allow_official_images": False,
    "allow_verified_publishers": True,
}

CASES: Final = [
    Case(
        operation="auth.login",
        path={},
        body={"username": "alice", "password": "alice-password-1"},
        status=200,
    ),
    Case(
        operation="auth.login",
        path={},
        body={"username": "alice", "password": "wrong-password"},
        status=401,
    ),
    Case(
        operation="auth.login",  # the first step of a two-factor login
        path={},
        body={"username": "carol", "password": "carol-password-1"},
        status=401,
    ),
    Case(
        operation="auth.login_2fa",
        path={},
        body={"login_2fa_token": "", "code": ""},
        prepare=_carols_second_step,
        status=200,
    ),
    Case(
        operation="auth.login_2fa",
        path={},
        body={"login_2fa_token": "not-a-token", "code": "123456"},
        status=401,
    ),
    Case(
        operation="auth.token",
        path={},
        body={"identifier": "alice", "secret": "alice-password-1"},
        status=200,
    ),
    Case(
        operation="auth.token",
        path={},
        body={"identifier": "alice", "secret": "dckr_pat_wrong"},
        status=401,
    ),
    Case(
        operation="access_tokens.create",
        path={},
        body={"token_label": "ci", "scopes": ["repo:read"]},
        caller="alice",
        status=201,
    ),
    Case(
        operation="access_tokens.create",
        path={},
        body={"token_label": "ci", "scopes": ["repo:read"]},
        status=401,
    ),
    Case(operation="access_tokens.list", path={}, caller="alice", status=200),
    Case(operation="access_tokens.get", path={}, prepare=_alices_token, caller="alice", status=200),
    Case(operation="access_tokens.get", path={}, prepare=_alices_token, caller="bob", status=404),
    Case(
        operation="access_tokens.update",
        path={},
        prepare=_alices_token,
        body={"token_label": "renamed", "is_active": False},
        caller="alice",
        status=200,
    ),
    Case(
        operation="access_tokens.delete", path={}, prepare=_alices_token, caller="alice", status=204
    ),
    Case(
        operation="access_tokens.get",
        path={"uuid": "00000000-0000-4000-8000-000000000000"},
        caller="alice",
        status=404,
    ),
    Case(operation="namespace_repositories.list", path={"namespace": "library"}, status=200),
    Case(
        operation="namespace_repositories.list",
        path={"namespace": "alice"},
        query={"ordering": "-last_updated", "page_size": 100},
        caller="alice",
        status=200,
    ),
    Case(
        operation="namespace_repositories.create",
        path={"namespace": "alice"},
        body={"namespace": "alice", "name": "conform", "description": "d", "registry": "docker.io"},
        caller="alice",
        status=201,
    ),
    Case(  # a name that exists: Docker documents 400 (no 409)
        operation="namespace_repositories.create",
        path={"namespace": "alice"},
        body={"namespace": "alice", "name": "webapp"},
        caller="alice",
        status=400,
    ),
    Case(operation="namespace_repositories.get", path=_NGINX, status=200),
    Case(operation="namespace_repositories.get", path=_SECRET, caller="alice", status=200),
    Case(operation="namespace_repositories.get", path=_SECRET, status=404),
    Case(
        operation="namespace_repositories.create",
        path={"namespace": "alice"},
        body={"namespace": "alice", "name": "x1"},
        status=401,
    ),
    Case(
        operation="namespace_repositories.create",
        path={"namespace": "alice"},
        body={"namespace": "alice", "name": "x1"},
        caller="bob",
        status=403,
    ),
    Case(
        operation="namespace_repositories.update_immutable_tags",
        path=_SECRET,
        body={"immutable_tags": True, "immutable_tags_rules": ["v.*", ".*-release"]},
        caller="alice",
        status=200,
    ),
    Case(
        operation="namespace_repositories.update_immutable_tags",
        path=_NGINX,
        body={"immutable_tags": True, "immutable_tags_rules": []},
        caller="alice",
        status=403,
    ),
    Case(
        operation="namespace_repositories.verify_immutable_tags",
        path=_SECRET,
        body={"regex": "latest"},
        caller="alice",
        status=200,
    ),
    Case(
        operation="namespace_repositories.verify_immutable_tags",
        path=_SECRET,
        body={"regex": "v("},
        caller="alice",
        status=400,
    ),
    Case(operation="namespace_repositories.exists", path=_NGINX, status=200),
    Case(operation="namespace_repositories.exists", path=_SECRET, status=404),
    Case(operation="namespace_tags.list", path=_NGINX, query={"page_size": 100}, status=200),
    Case(operation="namespace_tags.list", path=_SECRET, status=404),
    Case(operation="namespace_tags.exists_any", path=_NGINX, status=200),
    Case(operation="namespace_tags.get", path={**_NGINX, "tag": "latest"}, status=200),
    Case(operation="namespace_tags.get", path={**_NGINX, "tag": "nope"}, status=404),
    Case(operation="namespace_tags.exists", path={**_NGINX, "tag": "latest"}, status=200),
    Case(operation="namespace_tags.exists", path={**_NGINX, "tag": "nope"}, status=404),
    Case(operation="org_members.list", path=_ACME, caller="alice", status=200),
    Case(
        operation="org_members.list", path=_ACME, caller="bob", query={"role": "member"}, status=200
    ),
    Case(operation="org_members.list", path=_ACME, caller="carol", status=403),
    Case(operation="org_members.list", path=_ACME, status=401),
    Case(operation="org_members.export", path=_ACME, caller="bob", status=200),
    Case(operation="org_groups.list", path=_ACME, caller="bob", status=200),
    Case(operation="org_groups.list", path=_ACME, caller="carol", status=403),
    Case(
        operation="org_groups.create",
        path=_ACME,
        body={"name": "qa", "description": "QA"},
        caller="alice",
        status=201,
    ),
    Case(operation="org_groups.create", path=_ACME, body={"name": "qa"}, caller="bob", status=403),
    Case(operation="org_groups.get", path=_DEVS, caller="bob", status=200),
    Case(
        operation="org_groups.get", path={**_ACME, "group_name": "nope"}, caller="bob", status=404
    ),
    Case(
        operation="org_groups.update",
        path=_DEVS,
        body={"name": "devs", "description": "D"},
        caller="alice",
        status=200,
    ),
    Case(operation="org_groups.update", path=_DEVS, body={"name": "d"}, caller="bob", status=403),
    Case(operation="org_groups.delete", path=_DEVS, caller="alice", status=204),
    Case(operation="org_groups.delete", path=_DEVS, caller="bob", status=403),
    Case(operation="org_members.export", path=_ACME, caller="carol", status=403),
    Case(operation="org_members.list", path={"org_name": "nope"}, caller="alice", status=404),
    Case(
        operation="org_members.update_role",
        path={**_ACME, "username": "bob"},
        body={"role": "owner"},
        caller="alice",
        status=200,
    ),
    Case(
        operation="org_members.update_role",
        path={**_ACME, "username": "alice"},
        body={"role": "member"},
        caller="alice",
        status=400,
    ),
    Case(
        operation="org_members.update_role",
        path={**_ACME, "username": "alice"},
        body={"role": "member"},
        caller="bob",
        status=403,
    ),
    Case(
        operation="org_members.remove",
        path={**_ACME, "username": "bob"},
        caller="alice",
        status=204,
    ),
    Case(
        operation="org_members.remove",
        path={**_ACME, "username": "carol"},
        caller="alice",
        status=404,
    ),
    *(
        # organization settings and organization access tokens (alice owns acme, bob is a
        # member, carol a stranger; the demo's token ci-pull has _DEMO_OAT's id)
        Case(operation="org_settings.get", path=_ACME_NAME, caller="bob", status=200),
        Case(operation="org_settings.get", path=_ACME_NAME, caller="carol", status=403),
        Case(operation="org_settings.get", path=_ACME_NAME, status=401),
        Case(operation="org_settings.get", path={"name": "nope"}, caller="alice", status=404),
        Case(
            operation="org_settings.update",
            path=_ACME_NAME,
            body={"restricted_images": _RESTRICTED},
            caller="alice",
            status=200,
        ),
        Case(
            operation="org_settings.update",
            path=_ACME_NAME,
            body={"restricted_images": _RESTRICTED},
            caller="bob",
            status=403,
        ),
        Case(
            operation="org_access_tokens.create",
            path=_ACME_NAME,
            body={"label": "ci", "description": "CI", "resources": _OAT_RESOURCES},
            caller="alice",
            status=201,
        ),
        Case(
            operation="org_access_tokens.create",
            path=_ACME_NAME,
            body={"label": "ci", "resources": [{**_OAT_RESOURCES[0], "path": "alice/webapp"}]},
            caller="alice",
            status=400,
        ),
        Case(
            operation="org_access_tokens.create",
            path=_ACME_NAME,
            body={"label": "ci", "resources": _OAT_RESOURCES},
            caller="bob",
            status=403,
        ),
        Case(operation="org_access_tokens.list", path=_ACME_NAME, caller="alice", status=200),
        Case(operation="org_access_tokens.list", path=_ACME_NAME, status=401),
        Case(operation="org_access_tokens.get", path=_DEMO_OAT, caller="alice", status=200),
        Case(operation="org_access_tokens.get", path=_DEMO_OAT, caller="bob", status=403),
        Case(
            operation="org_access_tokens.get",
            path={**_DEMO_OAT, "access_token_id": "00000000-0000-4000-a000-000000000000"},
            caller="alice",
            status=404,
        ),
        Case(
            operation="org_access_tokens.update",
            path=_DEMO_OAT,
            body={"label": "renamed", "is_active": False, "resources": _OAT_RESOURCES},
            caller="alice",
            status=200,
        ),
        Case(operation="org_access_tokens.delete", path=_DEMO_OAT, caller="alice", status=204),
        Case(operation="org_access_tokens.delete", path=_DEMO_OAT, caller="bob", status=403),
    ),
    # audit logs (acme: alice owns it, bob is a member)
    Case(operation="audit_logs.list_actions", path={"account": "acme"}, caller="alice", status=200),
    Case(operation="audit_logs.list_actions", path={"account": "acme"}, caller="bob", status=403),
    Case(operation="audit_logs.list_actions", path={"account": "acme"}, status=401),
    Case(operation="audit_logs.list_actions", path={"account": "nope"}, caller="bob", status=404),
    Case(operation="audit_logs.list", path={"account": "acme"}, caller="alice", status=200),
    Case(
        operation="audit_logs.list",
        path={"account": "acme"},
        caller="alice",
        query={"actor": "alice", "from": "2024-11-01T00:00:00Z", "page_size": 2},
        status=200,
    ),
    Case(
        operation="audit_logs.list",
        path={"account": "acme"},
        caller="alice",
        query={"to": "2024-02-30T00:00:00Z"},
        status=400,
    ),
    Case(operation="audit_logs.list", path={"account": "acme"}, caller="bob", status=403),
    Case(operation="audit_logs.list", path={"account": "acme"}, status=401),
    # -- invites, group members, team access ---------------------------------------------------
    Case(operation="invites.list", path=_ACME, caller="alice", status=200),
    Case(
        operation="org_members.list",
        path=_ACME,
        query={"type": "all", "page_size": 100},
        caller="alice",
        status=200,
    ),
    Case(operation="invites.list", path=_ACME, caller="bob", status=403),
    Case(operation="invites.list", path=_ACME, status=401),
    Case(operation="invites.list", path={"org_name": "nope"}, caller="alice", status=404),
    Case(
        operation="invites.bulk_create",
        path={},
        body={
            "org": "acme",
            "invitees": ["new@example.org", "bob", "carol", "nobody"],
            "team": "developers",
            "role": "member",
        },
        caller="alice",
        status=202,
    ),
    Case(
        operation="invites.bulk_create",
        path={},
        body={"org": "acme", "invitees": ["new@example.org"], "dry_run": True},
        caller="alice",
        status=202,
    ),
    Case(
        operation="invites.bulk_create",
        path={},
        body={"org": "acme", "invitees": ["x@example.org"], "team": "nope"},
        caller="alice",
        status=400,
    ),
    Case(operation="invites.resend", path=_INVITE, caller="alice", status=204),
    Case(operation="invites.resend", path=_INVITE, caller="bob", status=403),
    Case(operation="invites.resend", path=_NO_INVITE, caller="alice", status=404),
    Case(operation="invites.cancel", path=_INVITE, caller="alice", status=204),
    Case(operation="invites.cancel", path=_INVITE, caller="bob", status=403),
    Case(operation="invites.cancel", path=_NO_INVITE, caller="alice", status=404),
    Case(operation="invites.cancel", path=_INVITE, status=401),
    Case(
        operation="org_groups.patch",
        path=_DEVS,
        body={"description": "Builders"},
        caller="alice",
        status=200,
    ),
    Case(operation="org_groups.patch", path=_DEVS, body={}, caller="bob", status=403),
    Case(
        operation="org_groups.patch",
        path={**_ACME, "group_name": "nope"},
        body={},
        caller="alice",
        status=404,
    ),
    Case(operation="org_groups.list_members", path=_DEVS, caller="alice", status=200),
    Case(
        operation="org_groups.list_members",
        path=_DEVS,
        query={"search": "bob", "page_size": 1},
        caller="bob",
        status=200,
    ),
    Case(operation="org_groups.list_members", path=_DEVS, caller="carol", status=403),
    Case(operation="org_groups.list_members", path=_DEVS, status=401),
    Case(
        operation="org_groups.remove_member",
        path={**_DEVS, "username": "bob"},
        caller="alice",
        status=204,
    ),
    Case(
        operation="org_groups.remove_member",
        path={**_DEVS, "username": "bob"},
        caller="bob",
        status=403,
    ),
    Case(
        operation="org_groups.remove_member",
        path={**_DEVS, "username": "alice"},
        caller="alice",
        status=404,
    ),
    Case(
        operation="groups.add_member",
        path={"org": "acme", "group": "owners"},
        body={"member": "bob"},
        caller="alice",
        status=200,
    ),
    Case(
        operation="groups.add_member",
        path={"org": "acme", "group": "owners"},
        body={"member": "bob"},
        caller="bob",
        status=403,
    ),
    Case(
        operation="groups.add_member",
        path={"org": "acme", "group": "nope"},
        body={"member": "bob"},
        caller="alice",
        status=404,
    ),
    Case(
        operation="repository_groups.create",
        path=_TOOLS,
        body={"group_id": _DEVS_ID, "permission": "write"},
        caller="alice",
        status=200,
    ),
    Case(
        operation="repository_groups.create",
        path=_SECRET,
        body={"group_id": _DEVS_ID, "permission": "read"},
        caller="alice",
        status=400,
    ),
    Case(
        operation="repository_groups.create",
        path=_TOOLS,
        body={"group_id": _DEVS_ID, "permission": "admin"},
        caller="bob",
        status=403,
    ),
    Case(
        operation="repository_groups.create",
        path={"namespace": "acme", "repository": "nope"},
        body={"group_id": _DEVS_ID, "permission": "admin"},
        caller="alice",
        status=404,
    ),
    Case(
        operation="repository_groups.create",
        path=_TOOLS,
        body={"group_id": _DEVS_ID, "permission": "read"},
        status=401,
    ),
    # SCIM: acme's SCIM token; a login (even the owner's) is a 401
    Case(operation="scim.service_provider_config", path={}, caller=SCIM, status=200),
    Case(operation="scim.service_provider_config", path={}, status=401),
    Case(operation="scim.service_provider_config", path={}, caller="alice", status=401),
    Case(operation="scim.resource_types", path={}, caller=SCIM, status=200),
    Case(operation="scim.resource_type", path={"name": "User"}, caller=SCIM, status=200),
    Case(operation="scim.resource_type", path={"name": "Group"}, caller=SCIM, status=404),
    Case(operation="scim.schemas", path={}, caller=SCIM, status=200),
    Case(operation="scim.schema", path={"schema_id": _SCIM_USER}, caller=SCIM, status=200),
    Case(operation="scim.schema", path={"schema_id": "urn:x"}, caller=SCIM, status=404),
    Case(
        operation="scim_users.create",
        path={},
        body={"schemas": [_SCIM_USER], "userName": "dana@example.com"},
        caller=SCIM,
        status=201,
    ),
    Case(
        operation="scim_users.create",
        path={},
        body={"schemas": [_SCIM_USER], "userName": "not an email"},
        caller=SCIM,
        status=400,
    ),
    Case(
        operation="scim_users.create",
        path={},
        body={"schemas": [_SCIM_USER], "userName": "bob@example.com"},
        caller=SCIM,
        status=409,
    ),
    Case(operation="scim_users.list", path={}, caller=SCIM, status=200),
    Case(
        operation="scim_users.list",
        path={},
        query={"filter": 'userName eq "bob@example.com"', "startIndex": 1, "count": 10},
        caller=SCIM,
        status=200,
    ),
    Case(
        operation="scim_users.list",
        path={},
        query={"filter": 'userName gt "a"'},
        caller=SCIM,
        status=400,
    ),
    Case(operation="scim_users.list", path={}, status=401),
    Case(operation="scim_users.get", path={"user_id": _BOB_SCIM}, caller=SCIM, status=200),
    Case(operation="scim_users.get", path={"user_id": _BOB_SCIM}, caller="alice", status=401),
    Case(operation="scim_users.get", path={"user_id": "nope"}, caller=SCIM, status=404),
    Case(
        operation="scim_users.update",
        path={"user_id": _BOB_SCIM},
        body={"schemas": [_SCIM_USER], "active": False},
        caller=SCIM,
        status=200,
    ),
    Case(
        operation="scim_users.update",
        path={"user_id": _BOB_SCIM},
        body={"schemas": ["urn:other"], "active": True},
        caller=SCIM,
        status=400,
    ),
    Case(
        operation="scim_users.update",
        path={"user_id": "nope"},
        body={"schemas": [_SCIM_USER]},
        caller=SCIM,
        status=404,
    ),
]


@pytest.fixture(scope="module")
def app() -> Flask:
    app = create_app(demo=True, clock=ManualClock(), rng=random.Random(11))
    app.testing = True
    return app


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_fakehub_answers_as_the_official_spec_says(app: Flask, case: Case) -> None:
    backend = get_backend(app)
    snapshot = copy.deepcopy(backend.state.snapshot())
    op = OPERATIONS[case.operation]
    prepared = case.prepare(backend) if case.prepare else {}
    in_path = {p.wire for p in op.path_params}
    path = {**case.path, **{k: v for k, v in prepared.items() if k in in_path}}
    body = case.body
    if body is not None:
        body = {**body, **{k: v for k, v in prepared.items() if k not in in_path}}
    url = op.path.format(**path)
    headers = (
        {"Authorization": f"Bearer {backend.tokens.issue(case.caller)}"} if case.caller else {}
    )
    if case.caller == SCIM:
        headers = {"Authorization": f"Bearer {DEMO_SCIM_TOKENS['acme']}"}
    try:
        response = app.test_client().open(
            url, method=op.method, query_string=case.query, json=body, headers=headers
        )
    finally:
        backend.state.reset()
        backend.state.load(snapshot)
    assert response.status_code == case.status, response.get_data(as_text=True)
    official_path = official_path_of(op.path)
    if op.response_kind == "text" and case.status == 200:  # CSV: the documented columns
        documented = official()["paths"][official_path]["get"]["responses"]["200"]["content"]
        item = documented[op.media_type]["schema"]["items"]
        assert response.mimetype == op.media_type
        header = next(csv.reader(io.StringIO(response.get_data(as_text=True))))
        assert set(item["required"]) <= set(header) <= set(item["properties"])
        return
    if case.status == 204:
        assert "204" in official()["paths"][official_path][op.method.lower()]["responses"]
        assert response.get_data() == b""
        return
    if op.method == "HEAD":
        assert str(case.status) in official()["paths"][official_path]["head"]["responses"]
        assert response.get_data() == b""
        return
    assert response.mimetype == op.json_media_type
    schema = response_schema(official_path, op.method, case.status, op.json_media_type)
    jsonschema.validate(
        response.get_json(), schema, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER
    )
