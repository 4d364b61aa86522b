"""The operation table's access facts say exactly what fakehub's hand-kept tables said.

Until the spec carried them, ``fakehub/app.py`` decided what a token made from a personal or an
organization access token may do from the tables and rules copied below (as of the commit that
moved them into the spec). These tests prove the generated facts give the same decisions, so
switching fakehub's access layer to ``Operation.pat_scope`` / ``public_read_anonymous`` /
``org_token`` changes no behaviour.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Literal

import pytest

from dockerhub_sdk._generated.operations import OPERATIONS
from dockerhub_sdk._operation import Operation

# -- fakehub/app.py's tables, verbatim ------------------------------------------------------

ADMIN_ONLY = frozenset({"repositories.delete", "tags.delete", "repositories.set_privacy"})
PUBLIC_ONLY_LISTINGS = frozenset({"repositories.list", "repositories.starred"})
OAT_REFUSED = frozenset(
    {
        "repositories.star",
        "repositories.unstar",
        # a team's permission on a repository: managed by people, never by an org token
        "repository_groups.create",
        "repository_groups.get",
        "repository_groups.update",
        "repository_groups.delete",
        *ADMIN_ONLY,
    }
)
OAT_ORG_RESOURCES = frozenset({"org_members", "org_groups", "groups"})
PAT_MANAGEMENT = frozenset({"access_tokens", "api_tokens"})  # api_tokens: the older path

# The operations whose access is decided from a login token (auth none reads none; SCIM
# operations read the SCIM token instead).
# The registry's operations read the registry's own tokens: the Hub's access facts skip them.
HUB_OPERATIONS = [op for op in OPERATIONS.values() if op.service == "hub"]
TOKEN_OPERATIONS = [op for op in HUB_OPERATIONS if op.auth in ("optional", "required")]


def _has_repository_path(op: Operation) -> bool:
    return {"namespace", "repository"} <= {p.name for p in op.path_params}


def _old_pat_rule(op: Operation) -> tuple[str, bool]:
    """``_enforce_scopes``' decision: (what the token needs, whether repo:public_read alone
    makes the caller anonymous)."""
    if op.resource in PAT_MANAGEMENT:
        return "refused", False
    if op.session == "logout":
        return "repo:public_read", False  # any token, whatever its scopes
    if op.is_write:
        return ("repo:admin" if op.id in ADMIN_ONLY else "repo:write"), False
    return "repo:public_read", op.id in PUBLIC_ONLY_LISTINGS


def _old_org_token_rule(op: Operation) -> str:
    """``_enforce_org_token``'s decision, branch by branch."""
    if op.session == "logout":
        return "any"
    if _has_repository_path(op):
        return "refused" if op.id in OAT_REFUSED else "repository"
    if op.resource in OAT_ORG_RESOURCES:
        return "members"
    if not op.is_write and op.auth == "optional":
        return "anonymous"
    return "refused"


@pytest.mark.parametrize("op", TOKEN_OPERATIONS, ids=lambda op: op.id)
def test_the_pat_facts_decide_as_fakehubs_scope_rules_did(op: Operation) -> None:
    assert (op.pat_scope, op.public_read_anonymous) == _old_pat_rule(op)


@pytest.mark.parametrize("op", TOKEN_OPERATIONS, ids=lambda op: op.id)
def test_the_org_token_fact_decides_as_fakehubs_org_token_rules_did(op: Operation) -> None:
    assert op.org_token == _old_org_token_rule(op)


def _ids(
    attribute: Literal["pat_scope", "org_token", "public_read_anonymous"], value: object
) -> set[str]:
    return {op.id for op in TOKEN_OPERATIONS if getattr(op, attribute) == value}


def test_admin_scope_operations_are_fakehubs_admin_only_table() -> None:
    assert _ids("pat_scope", "repo:admin") == ADMIN_ONLY


def test_public_read_anonymous_operations_are_fakehubs_public_only_listings() -> None:
    assert _ids("public_read_anonymous", True) == PUBLIC_ONLY_LISTINGS


def test_pat_refused_operations_are_the_access_token_resource() -> None:
    assert _ids("pat_scope", "refused") == {
        op.id for op in OPERATIONS.values() if op.resource in PAT_MANAGEMENT
    }


def test_org_token_refused_repository_operations_are_fakehubs_oat_refused_table() -> None:
    refused = _ids("org_token", "refused")
    assert {i for i in refused if _has_repository_path(OPERATIONS[i])} == OAT_REFUSED


def test_org_token_members_operations_are_fakehubs_org_resources() -> None:
    assert {OPERATIONS[i].resource for i in _ids("org_token", "members")} == OAT_ORG_RESOURCES
    assert _ids("org_token", "members") == {
        op.id for op in TOKEN_OPERATIONS if op.resource in OAT_ORG_RESOURCES
    }


def test_operations_without_a_login_token_keep_the_defaults() -> None:
    others = [op for op in OPERATIONS.values() if op not in TOKEN_OPERATIONS]
    assert others
    for op in others:
        assert (op.pat_scope, op.public_read_anonymous, op.org_token) == (
            "repo:public_read",
            False,
            "refused",
        ), op.id


# -- the OpenAPI document carries the same facts ------------------------------------------


def _openapi_operations(root: Path) -> dict[str, dict[str, object]]:
    doc = json.loads((root / "spec" / "openapi.json").read_text(encoding="utf-8"))
    return {
        op["operationId"]: op
        for item in doc["paths"].values()
        for op in item.values()
        if isinstance(op, dict)
    }


def test_openapi_security_lists_the_least_pat_scope_of_each_operation(root: Path) -> None:
    documented = _openapi_operations(root)
    for op in TOKEN_OPERATIONS:
        roles = [] if op.pat_scope == "refused" else [op.pat_scope]
        expected = [{"bearerAuth": roles}]
        if op.auth == "optional":
            expected = [{}, *expected]
        assert documented[f"{op.resource}_{op.name}"]["security"] == expected, op.id


def test_openapi_x_access_carries_every_access_fact(root: Path) -> None:
    documented = _openapi_operations(root)
    for op in OPERATIONS.values():
        entry = documented[f"{op.resource}_{op.name}"]
        if op.auth in ("none", "scim") or op.service != "hub":
            assert "x-access" not in entry, op.id
            continue
        assert entry["x-access"] == {
            "pat_scope": op.pat_scope,
            "public_read_anonymous": op.public_read_anonymous,
            "org_token": op.org_token,
        }, op.id
