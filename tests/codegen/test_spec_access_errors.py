"""The `access` key (spec/README.md, "Access facts"): values are checked, with the line and
what is accepted; resource defaults and operation keys combine key by key."""

from __future__ import annotations

from pathlib import Path

import pytest

from codegen.errors import SpecError
from codegen.load import parse_spec

FIXTURES = Path(__file__).parent / "fixtures"
PATH = "spec/dockerhub.yaml"
LIST_ACCESS = "access: {public_read_anonymous: true, org_token: anonymous}"
DELETE_ACCESS = 'access: {pat_scope: "repo:admin"}'
RESOURCE_ACCESS = "access: {org_token: refused}"


def _mini() -> str:
    return (FIXTURES / "mini.yaml").read_text(encoding="utf-8")


def _error(text: str) -> SpecError:
    with pytest.raises(SpecError) as info:
        parse_spec(text, PATH)
    return info.value


def _line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


def _facts(text: str) -> dict[str, tuple[str, bool, str]]:
    return {
        op.id: (op.pat_scope, op.public_read_anonymous, op.org_token)
        for op in parse_spec(text, PATH).operations
    }


def test_an_operations_access_overrides_its_resources_key_by_key() -> None:
    facts = _facts(_mini())
    assert facts["widgets.list"] == ("repo:public_read", True, "anonymous")
    assert facts["widgets.delete"] == ("repo:admin", False, "refused")  # org_token inherited
    assert facts["widgets.create"] == ("repo:write", False, "refused")  # pat_scope derived


def test_without_access_keys_the_facts_are_derived_from_the_operation() -> None:
    text = _mini().replace(f"    {RESOURCE_ACCESS}\n", "")
    text = text.replace(f"        {LIST_ACCESS}\n", "").replace(f"        {DELETE_ACCESS}\n", "")
    facts = _facts(text)
    assert facts["widgets.list"] == ("repo:public_read", False, "anonymous")
    assert facts["widgets.create"] == ("repo:write", False, "refused")
    assert facts["widgets.delete"] == ("repo:write", False, "refused")
    assert facts["widgets.exists"] == ("repo:public_read", False, "anonymous")


def test_a_logout_is_allowed_to_every_token_by_default() -> None:
    text = (
        _mini()
        .replace(f"    {RESOURCE_ACCESS}\n", "")
        .replace(f"        {DELETE_ACCESS}\n", "")
        .replace(
            "        summary: Delete a widget.\n",
            "        summary: Out.\n        session: logout\n",
        )
    )
    assert _facts(text)["widgets.delete"] == ("repo:public_read", False, "any")


def test_repository_path_parameters_make_org_token_repository_by_default() -> None:
    text = (
        _mini()
        .replace(f"    {RESOURCE_ACCESS}\n", "")
        .replace("{namespace}/{widget_id}/", "{namespace}/{repository}/")
        .replace(
            "widget_id: {in: path, type: int, minimum: 1}", "repository: {in: path, type: str}"
        )
    )
    assert _facts(text)["widgets.delete"][2] == "repository"


def test_an_unknown_pat_scope_names_the_accepted_ones() -> None:
    text = _mini().replace('pat_scope: "repo:admin"', "pat_scope: admin")
    err = _error(text)
    assert err.line == _line_of(text, "pat_scope: admin")
    assert err.message == (
        "operation widgets.delete.access.pat_scope 'admin' must be one of "
        "repo:public_read, repo:write, repo:admin, refused"
    )


def test_an_unknown_org_token_rule_names_the_accepted_ones() -> None:
    text = _mini().replace(RESOURCE_ACCESS, "access: {org_token: deny}")
    err = _error(text)
    assert err.line == _line_of(text, "org_token: deny")
    assert err.message == (
        "resource 'widgets'.access.org_token 'deny' must be one of "
        "repository, members, anonymous, any, refused"
    )


def test_an_unknown_access_key_lists_the_allowed_ones() -> None:
    text = _mini().replace(DELETE_ACCESS, "access: {scope: write}")
    err = _error(text)
    assert err.line == _line_of(text, "access: {scope: write}")
    assert "unknown key 'scope'" in err.message
    assert "allowed: pat_scope, public_read_anonymous, org_token" in err.message


def test_public_read_anonymous_must_be_a_boolean() -> None:
    text = _mini().replace("public_read_anonymous: true", "public_read_anonymous: yes please")
    err = _error(text)
    assert err.line == _line_of(text, "yes please")
    assert "public_read_anonymous must be true or false" in err.message


def test_access_on_an_operation_that_reads_no_login_token_is_an_error() -> None:
    text = _mini().replace(
        f"auth: required\n        {DELETE_ACCESS}", f"auth: none\n        {DELETE_ACCESS}"
    )
    err = _error(text)
    assert err.line == _line_of(text, DELETE_ACCESS)
    assert "access applies to operations with auth optional or required" in err.message


def test_public_read_anonymous_on_a_write_is_an_error() -> None:
    text = _mini().replace(DELETE_ACCESS, "access: {public_read_anonymous: true}")
    err = _error(text)
    assert err.line == _line_of(text, "access: {public_read_anonymous: true}")
    assert "public_read_anonymous applies to GET operations" in err.message
    assert "(this one: DELETE, repo:write)" in err.message


def test_public_read_anonymous_with_a_higher_pat_scope_is_an_error() -> None:
    text = _mini().replace(
        LIST_ACCESS, 'access: {public_read_anonymous: true, pat_scope: "repo:write"}'
    )
    err = _error(text)
    assert "(this one: GET, repo:write)" in err.message


def test_org_token_repository_needs_the_repository_path_parameters() -> None:
    text = _mini().replace(DELETE_ACCESS, "access: {org_token: repository}")
    err = _error(text)
    assert err.line == _line_of(text, "access: {org_token: repository}")
    assert "org_token: repository needs the path parameters {namespace} and {repository}" in (
        err.message
    )


def test_org_token_members_needs_the_organization_in_the_path() -> None:
    err = _error(_mini().replace(RESOURCE_ACCESS, "access: {org_token: members}"))
    assert err.line == _line_of(_mini(), RESOURCE_ACCESS)
    assert "operation widgets.create: org_token: members needs the organization" in err.message
    assert "({org_name} or {org})" in err.message


def test_org_token_anonymous_on_a_write_is_an_error() -> None:
    text = _mini().replace(DELETE_ACCESS, "access: {org_token: anonymous}")
    err = _error(text)
    assert "org_token: anonymous applies to GET or HEAD operations with auth optional" in (
        err.message
    )


def test_a_resource_access_default_skips_operations_without_a_login_token() -> None:
    export = "path: /v2/widgets/{namespace}/export/\n        auth: "
    text = _mini().replace(f"{export}required", f"{export}none")
    text = text.replace(RESOURCE_ACCESS, "access: {org_token: any}")
    facts = _facts(text)
    assert facts["widgets.export"] == ("repo:public_read", False, "refused")
    assert facts["widgets.create"][2] == "any"
