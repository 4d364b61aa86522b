"""Fuzzing: schemathesis sends fakehub (in-process, WSGI) requests generated from
``spec/openapi.json`` — every operation, valid and invalid input — and checks each answer:

* ``not_a_server_error``: never a 5xx;
* ``status_code_conformance``: the status is one the document lists for the operation;
* ``content_type_conformance``: the ``Content-Type`` is the documented one;
* ``response_schema_conformance``: the body validates against the documented schema;
* ``response_headers_conformance``: documented response headers are present and valid;
* ``negative_data_rejection``: a request the document calls invalid gets a 4xx;
* ``unsupported_method``: a method the path does not have gets a 405 (with ``Allow``);
* ``missing_required_header``: a required operation without ``Authorization`` gets a 401.

Three phases run per operation: one hand-written request that must succeed (``HAPPY``, as
the owner, below), so every documented success body is validated at least once; the coverage
phase (schemathesis' deterministic boundary and negative cases: wrong types, missing fields,
broken patterns, unexpected methods); and ``MAX_EXAMPLES`` derandomized fuzzing examples.
No example database: a run is the same on every machine (CI's draws more fuzzing examples).

State: restored to a checkpoint of the demo data before **every example**, so a deletion
in one example cannot starve later ones, and every failure reproduces, and shrinks, on its
own. Tokens are issued per example too (a fuzzed ``POST /v2/logout/`` revokes its own),
replacing whatever bearer token schemathesis generated, except in the cases that test a
missing or malformed ``Authorization`` header.

Reaching past 404: names drawn from the document's patterns almost never exist, so hooks of
this test mix in what the demo data holds (``alice/webapp`` with its webhook, build tags,
builds and build link, ``library/nginx``, ``alice/secret-project``, the users, the ``acme``
organization...), make bodies repeat the path where they must (``dockerhub_repo_name``),
and draw who calls: ``alice`` (who owns most of the demo data), ``bob`` (a collaborator on
one private repository, a stranger elsewhere: 403s and hidden 404s) or nobody; SCIM
operations are called with acme's SCIM token, alice's login (a 401) or nothing.
"""

from __future__ import annotations

import random
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Final

import hypothesis.strategies as st
import schemathesis
from requests.structures import CaseInsensitiveDict
from schemathesis.checks import not_a_server_error
from schemathesis.core.parameters import ParameterLocation
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    missing_required_header,
    negative_data_rejection,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
    unsupported_method,
)

from dockerhub_sdk.wire import OPERATIONS
from fakehub._generated.routes import ROUTES
from fakehub.app import create_app, get_backend
from fakehub.clock import ManualClock
from fakehub.demo import (
    DEMO_INVITE_ID,
    DEMO_SCIM_TOKENS,
    DEMO_TOTP_SECRETS,
    DEMO_USERS,
    demo_document,
)
from fakehub.totp import totp
from tests.depth import depth
from tests.fuzzing import naming_what_exists

MAX_EXAMPLES: Final = depth(15, least=4)
"""Fuzzing-phase examples per operation: 15 under the ci profile, 4 under dev (the coverage
phase adds its own cases, the same under both)."""

DOCUMENT: Final = Path(__file__).resolve().parents[2] / "spec" / "openapi.json"
CHECKS: Final = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    response_headers_conformance,
    negative_data_rejection,
    unsupported_method,
    missing_required_header,
]

APP: Final = create_app(clock=ManualClock(), rng=random.Random(0), strict_bodies=True)
"""Strict bodies: the document refuses unknown body properties, as strict mode does (by
default fakehub ignores them, as Docker Hub does)."""
BACKEND: Final = get_backend(APP)
DEMO: Final = demo_document()
FUZZ_PAT_UUID: Final = "f0220000-0000-4000-a000-00000000f022"
FUZZ_PAT: Final = "dckr_pat_fuzz-token-of-alice-0000"
next(u for u in DEMO["users"] if u["username"] == "alice")["access_tokens"] = [
    {"uuid": FUZZ_PAT_UUID, "token": FUZZ_PAT, "token_label": "fuzz", "scopes": ["repo:read"]}
]
SUCCESS: Final = {route.handler: route.operation.success_status for route in ROUTES}


BACKEND.state.load(DEMO)
DEMO_STATE: Final = BACKEND.state.checkpoint()
"""What each example starts from: restoring it costs half a reset and a load of ``DEMO``."""
SNAPSHOT: Final[dict[str, Any]] = BACKEND.state.snapshot()


def _fresh_state() -> None:
    BACKEND.state.restore(DEMO_STATE)


def _demo_repository(namespace: str, name: str) -> dict[str, Any]:
    return next(
        r for r in SNAPSHOT["repositories"] if (r["namespace"], r["name"]) == (namespace, name)
    )


# --- the requests that must succeed ---------------------------------------------------------

WEBAPP: Final = _demo_repository("alice", "webapp")
_WEBAPP_PATH: Final = {"namespace": "alice", "repository": "webapp"}
_SECRET_PATH: Final = {"namespace": "alice", "repository": "secret-project"}
_NGINX_PATH: Final = {"namespace": "library", "repository": "nginx"}
_BUILD_TAG_ID: Final = WEBAPP["autobuild"]["build_tags"][0]["id"]
_DEVS_PATH: Final = {"org_name": "acme", "group_name": "developers"}
_ACME: Final = next(o for o in SNAPSHOT["orgs"] if o["name"] == "acme")
_ALICE_ID: Final = next(u["id"] for u in SNAPSHOT["users"] if u["username"] == "alice")
DEVS_GROUP_ID: Final = next(g["id"] for g in _ACME["groups"] if g["name"] == "developers")
_TOOLS_DEVS_PATH: Final = {"namespace": "acme", "repository": "tools", "group_id": DEVS_GROUP_ID}
GROUP_IDS: Final = [g["id"] for g in _ACME["groups"]]
_DEMO_OAT_PATH: Final = {
    "org_name": "acme",
    "access_token_id": next(o for o in SNAPSHOT["orgs"] if o["name"] == "acme")["access_tokens"][0][
        "id"
    ],
}

FRESH_LOGIN_2FA_TOKEN: Final = "fresh-login-2fa-token-of-carol"
"""Stands for a ``login_2fa_token`` issued when the request is sent: one dies with the state
that issued it (every example has a fresh one) and logs in once."""

HAPPY: Final[dict[str, dict[str, Any]]] = {
    "auth_login": {"body": {"username": "alice", "password": DEMO_USERS["alice"]}},
    "auth_logout": {},
    "auth_login_2fa": {
        "body": {
            "login_2fa_token": FRESH_LOGIN_2FA_TOKEN,
            "code": totp(DEMO_TOTP_SECRETS["carol"], BACKEND.state.now().timestamp()),
        }
    },
    "auth_token": {"body": {"identifier": "alice", "secret": FUZZ_PAT}},
    "access_tokens_create": {
        "body": {
            "token_label": "ci",
            "scopes": ["repo:write"],
            "expires_at": "2099-01-01T00:00:00Z",
        }
    },
    "access_tokens_list": {"query": {"page_size": 1}},
    "access_tokens_get": {"path": {"uuid": FUZZ_PAT_UUID}},
    "access_tokens_update": {"path": {"uuid": FUZZ_PAT_UUID}, "body": {"is_active": False}},
    "access_tokens_delete": {"path": {"uuid": FUZZ_PAT_UUID}},
    "api_tokens_create": {"body": {"token_label": "ci", "is_active": False}},
    "api_tokens_list": {"query": {"page_size": 1}},
    "api_tokens_get": {"path": {"uuid": FUZZ_PAT_UUID}},
    "api_tokens_update": {"path": {"uuid": FUZZ_PAT_UUID}, "body": {"is_active": True}},
    "api_tokens_delete": {"path": {"uuid": FUZZ_PAT_UUID}},
    "users_get": {"path": {"username": "bob"}},
    "users_me": {},
    "billing_hub_plan": {"path": {"account_id": _ALICE_ID}},
    "orgs_list": {"query": {"page_size": 1}},
    "orgs_get": {"path": {"org": "acme"}},
    "org_members_list": {"path": {"org_name": "acme"}, "query": {"page_size": 1}},
    "org_members_export": {"path": {"org_name": "acme"}},
    "org_groups_list": {"path": {"org_name": "acme"}, "query": {"page_size": 1}},
    "org_groups_create": {
        "path": {"org_name": "acme"},
        "body": {"name": "qa", "description": "QA"},
    },
    "org_groups_get": {"path": {"org_name": "acme", "group_name": "developers"}},
    "org_groups_update": {
        "path": {"org_name": "acme", "group_name": "developers"},
        "body": {"name": "devs", "description": "Developers"},
    },
    "org_groups_delete": {"path": {"org_name": "acme", "group_name": "developers"}},
    "org_members_update_role": {
        "path": {"org_name": "acme", "username": "bob"},
        "body": {"role": "editor"},
    },
    "org_members_remove": {"path": {"org_name": "acme", "username": "bob"}},
    "audit_logs_list_actions": {"path": {"account": "acme"}},
    "audit_logs_list": {
        "path": {"account": "acme"},
        "query": {"action": "repo.tag.push", "from": "2024-01-01T00:00:00Z", "page_size": 1},
    },
    "users_registry_settings": {"path": {"username": "alice"}},
    "repositories_get": {"path": _SECRET_PATH},
    "repositories_list": {"path": {"namespace": "alice"}, "query": {"page_size": 1}},
    "repositories_list_namespace": {
        "path": {"namespace": "library"},
        "query": {"name": "n", "ordering": "-pull_count", "page_size": 2},
    },
    "repositories_starred": {"path": {"username": "alice"}},
    "repositories_create": {
        "body": {"namespace": "alice", "name": "new-app", "description": "New", "is_private": True}
    },
    "repositories_update": {"path": _WEBAPP_PATH, "body": {"description": "Changed"}},
    "repositories_set_privacy": {"path": _WEBAPP_PATH, "body": {"is_private": True}},
    "repositories_delete": {"path": _WEBAPP_PATH},
    "repositories_star": {"path": _NGINX_PATH},
    "repositories_unstar": {"path": _NGINX_PATH},
    "tags_list": {"path": _NGINX_PATH, "query": {"page": 2, "page_size": 25}},
    "tags_get": {"path": {**_NGINX_PATH, "tag": "latest"}},
    "namespace_repositories_list": {
        "path": {"namespace": "library"},
        "query": {"name": "n", "ordering": "-pull_count", "page_size": 2},
    },
    "namespace_repositories_create": {
        "path": {"namespace": "alice"},
        "body": {"namespace": "alice", "name": "new-app", "description": "New", "is_private": True},
    },
    "namespace_repositories_get": {"path": _SECRET_PATH},
    "namespace_repositories_update_immutable_tags": {
        "path": _WEBAPP_PATH,
        "body": {"immutable_tags": True, "immutable_tags_rules": ["v.*", ".*-release"]},
    },
    "namespace_repositories_verify_immutable_tags": {
        "path": _WEBAPP_PATH,
        "body": {"regex": WEBAPP["tags"][0]["name"]},
    },
    "namespace_repositories_exists": {"path": _SECRET_PATH},
    "namespace_tags_list": {"path": _NGINX_PATH, "query": {"page": 2, "page_size": 25}},
    "namespace_tags_exists_any": {"path": _NGINX_PATH},
    "namespace_tags_get": {"path": {**_NGINX_PATH, "tag": "latest"}},
    "namespace_tags_exists": {"path": {**_NGINX_PATH, "tag": "latest"}},
    "tags_delete": {"path": {**_WEBAPP_PATH, "tag": WEBAPP["tags"][-1]["name"]}},
    "comments_list": {"path": _NGINX_PATH},
    "collaborators_list": {"path": _SECRET_PATH},
    "collaborators_add": {"path": _WEBAPP_PATH, "body": {"user": "bob"}},
    "collaborators_delete": {"path": {**_SECRET_PATH, "username": "bob"}},
    "groups_add_member": {"path": {"org": "acme", "group": "owners"}, "body": {"member": "bob"}},
    "invites_list": {"path": {"org_name": "acme"}},
    "invites_bulk_create": {"body": {"org": "acme", "invitees": ["new@example.org", "bob"]}},
    "invites_resend": {"path": {"invite_id": DEMO_INVITE_ID}},
    "invites_cancel": {"path": {"invite_id": DEMO_INVITE_ID}},
    "org_groups_patch": {"path": _DEVS_PATH, "body": {"description": "Builders"}},
    "org_groups_list_members": {"path": _DEVS_PATH, "query": {"page_size": 1}},
    "org_groups_remove_member": {"path": {**_DEVS_PATH, "username": "bob"}},
    "repository_groups_create": {
        "path": {"namespace": "acme", "repository": "tools"},
        "body": {"group_id": DEVS_GROUP_ID, "permission": "write"},
    },
    "repository_groups_get": {"path": _TOOLS_DEVS_PATH},
    "repository_groups_update": {"path": _TOOLS_DEVS_PATH, "body": {"permission": "admin"}},
    "repository_groups_delete": {"path": _TOOLS_DEVS_PATH},
    "builds_history": {"path": _WEBAPP_PATH},
    "builds_get": {"path": {**_WEBAPP_PATH, "build_code": WEBAPP["builds"][0]["build_code"]}},
    "builds_trigger": {"path": _WEBAPP_PATH, "body": {}},
    "autobuilds_get": {"path": _WEBAPP_PATH},
    "autobuilds_create": {
        "path": _SECRET_PATH,
        "body": {
            "name": "secret-project",
            "namespace": "alice",
            "dockerhub_repo_name": "alice/secret-project",
            "provider": "github",
            "vcs_repo_name": "alice/secret-project",
        },
    },
    "build_tags_create": {"path": _WEBAPP_PATH, "body": {"name": "edge", "source_name": "dev"}},
    "build_tags_update": {
        "path": {**_WEBAPP_PATH, "build_tag_id": _BUILD_TAG_ID},
        "body": {"id": _BUILD_TAG_ID, "name": "stable", "source_type": "Tag"},
    },
    "build_tags_delete": {"path": {**_WEBAPP_PATH, "build_tag_id": _BUILD_TAG_ID}},
    "build_links_list": {"path": _WEBAPP_PATH},
    "build_links_create": {"path": _WEBAPP_PATH, "body": {"to_repo": "_/ubuntu"}},
    "build_links_delete": {"path": {**_WEBAPP_PATH, "link_id": WEBAPP["links"][0]["id"]}},
    "build_triggers_get": {"path": _WEBAPP_PATH},
    "build_triggers_history": {"path": _WEBAPP_PATH},
    "webhooks_list": {"path": _WEBAPP_PATH},
    "webhooks_create": {"path": _WEBAPP_PATH, "body": {"name": "notify"}},
    "webhooks_create_hook": {
        "path": {**_WEBAPP_PATH, "webhook_id": WEBAPP["webhooks"][0]["id"]},
        "body": {"hook_url": "https://example.com/hook"},
    },
    "webhooks_delete": {"path": {**_WEBAPP_PATH, "webhook_id": WEBAPP["webhooks"][0]["id"]}},
    # SCIM: called with acme's SCIM token
    "scim_service_provider_config": {},
    "scim_resource_types": {},
    "scim_resource_type": {"path": {"name": "User"}},
    "scim_schemas": {},
    "scim_schema": {"path": {"schema_id": "urn:ietf:params:scim:schemas:core:2.0:User"}},
    "scim_users_list": {
        "query": {"filter": 'userName eq "bob@example.com"', "sortBy": "userName", "count": 1}
    },
    "scim_users_create": {
        "body": {
            "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
            "userName": "dana.scully@example.com",
            "name": {"givenName": "Dana", "familyName": "Scully"},
        }
    },
    "scim_users_get": {"path": {"user_id": "5c1a0000-0000-4000-a000-000000000b0b"}},
    "scim_users_update": {
        "path": {"user_id": "5c1a0000-0000-4000-a000-000000000b0b"},
        "body": {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "active": False},
    },
    "scim_users_patch": {
        "path": {"user_id": "5c1a0000-0000-4000-a000-000000000b0b"},
        "body": {
            "schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
            "Operations": [{"op": "Replace", "path": "active", "value": False}],
        },
    },
    "scim_users_delete": {"path": {"user_id": "5c1a0000-0000-4000-a000-000000000b0b"}},
    "org_settings_get": {"path": {"name": "acme"}},
    "org_settings_get_registry_access": {"path": {"name": "acme"}},
    "org_settings_update_registry_access": {
        "path": {"name": "acme"},
        "body": {
            "enabled": True,
            "standard_registries": [{"id": "DockerHub", "allowed": False}],
            "custom_registries": [
                {"address": "ghcr.io", "friendly_name": "GitHub", "allowed": True}
            ],
        },
    },
    "org_settings_update": {
        "path": {"name": "acme"},
        "body": {
            "restricted_images": {
                "enabled": True,
                "allow_official_images": False,
                "allow_verified_publishers": True,
            }
        },
    },
    "org_access_tokens_create": {
        "path": {"name": "acme"},
        "body": {
            "label": "ci",
            "description": "CI pulls",
            "resources": [{"type": "TYPE_REPO", "path": "acme/tools", "scopes": ["repo-pull"]}],
            "expires_at": "2099-01-01T00:00:00Z",
        },
    },
    "org_access_tokens_list": {"path": {"name": "acme"}, "query": {"page_size": 1}},
    "org_access_tokens_get": {"path": _DEMO_OAT_PATH},
    "org_access_tokens_update": {
        "path": _DEMO_OAT_PATH,
        "body": {"label": "renamed", "is_active": False},
    },
    "org_access_tokens_delete": {"path": _DEMO_OAT_PATH},
}
"""One request per operation that succeeds on the demo data, as ``alice`` (SCIM operations
with acme's SCIM token)."""

CALLER_HEADER: Final = "X-Fuzz-Caller"
"""Carries the caller from case generation to the test, which swaps it for a fresh token."""
EXPECT_SUCCESS: Final = "X-Fuzz-Expect-Success"
"""Marks the ``HAPPY`` requests."""
ANONYMOUS: Final = "-"
SCIM: Final = "acme-scim"
"""The caller that sends acme's SCIM token (``DEMO_SCIM_TOKENS["acme"]``)."""


def _is_scim(operation: schemathesis.APIOperation) -> bool:
    return bool(operation.definition.raw["security"] == [{"bearerSCIMAuth": []}])


def _operation_id(operation: schemathesis.APIOperation) -> str:
    operation_id = operation.definition.raw["operationId"]
    assert isinstance(operation_id, str)
    return operation_id


def before_add_examples(
    context: schemathesis.HookContext, examples: list[schemathesis.Case]
) -> None:
    operation = context.operation
    assert operation is not None
    happy = HAPPY.get(_operation_id(operation))
    if happy is None:  # test_every_operation_has_a_request_that_must_succeed names it
        return
    caller = ANONYMOUS if operation.definition.raw["security"] == [] else "alice"
    if _is_scim(operation):
        caller = SCIM
    extra = {"body": happy["body"]} if "body" in happy else {}
    examples.append(
        operation.Case(
            path_parameters=happy.get("path"),
            query=happy.get("query"),
            headers={CALLER_HEADER: caller, EXPECT_SUCCESS: "1"},
            **extra,
        )
    )


# --- steering generation towards what exists ----------------------------------------------


def _known_repositories() -> list[dict[str, Any]]:
    """What each demo repository holds, for path parameters that name existing things."""
    known = []
    for repo in SNAPSHOT["repositories"]:
        autobuild = repo["autobuild"] or {"build_tags": []}
        known.append(
            {
                "namespace": repo["namespace"],
                "repository": repo["name"],
                "tag": [t["name"] for t in repo["tags"]][:5] or ["latest"],
                "webhook_id": [w["id"] for w in repo["webhooks"]] or [1],
                "build_tag_id": [t["id"] for t in autobuild["build_tags"]] or [1],
                "build_code": [b["build_code"] for b in repo["builds"]] or ["abc"],
                "link_id": [link["id"] for link in repo["links"]] or [1],
                "username": [*repo["collaborators"], "bob"],
                "group_id": GROUP_IDS,
            }
        )
    return known


KNOWN_REPOSITORIES: Final = _known_repositories()
USERS: Final = sorted(DEMO_USERS)


def _known_path(names: frozenset[str]) -> st.SearchStrategy[dict[str, Any]] | None:
    """Existing values for an operation's path parameters (None: nothing to offer)."""
    if "repository" in names:

        def fill(repo: Mapping[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
            return st.fixed_dictionaries(
                {
                    name: st.sampled_from(repo[name])
                    if isinstance(repo[name], list)
                    else st.just(repo[name])
                    for name in names
                }
            )

        return st.sampled_from(KNOWN_REPOSITORIES).flatmap(fill)
    if names == {"org", "group"}:
        return st.fixed_dictionaries(
            {"org": st.just("acme"), "group": st.sampled_from(["developers", "owners"])}
        )
    if names == {"org"}:
        return st.fixed_dictionaries({"org": st.sampled_from(["acme", "library"])})
    if names == {"org_name"}:
        return st.fixed_dictionaries({"org_name": st.just("acme")})
    if names == {"org_name", "group_name"}:
        return st.fixed_dictionaries(
            {"org_name": st.just("acme"), "group_name": st.sampled_from(["developers", "owners"])}
        )
    if names == {"org_name", "username"}:
        return st.fixed_dictionaries(
            {"org_name": st.just("acme"), "username": st.sampled_from(["alice", "bob"])}
        )
    if names == {"org_name", "group_name", "username"}:
        return st.fixed_dictionaries(
            {
                "org_name": st.just("acme"),
                "group_name": st.sampled_from(["developers", "owners"]),
                "username": st.sampled_from(["alice", "bob"]),
            }
        )
    if names == {"invite_id"}:
        return st.fixed_dictionaries({"invite_id": st.just(DEMO_INVITE_ID)})
    if names == {"uuid"}:
        return st.fixed_dictionaries({"uuid": st.just(FUZZ_PAT_UUID)})
    if names == {"user_id"}:  # SCIM
        return st.fixed_dictionaries({"user_id": st.just("5c1a0000-0000-4000-a000-000000000b0b")})
    if names == {"name"}:  # SCIM
        return st.fixed_dictionaries({"name": st.just("User")})
    if names == {"schema_id"}:  # SCIM
        return st.fixed_dictionaries(
            {"schema_id": st.just("urn:ietf:params:scim:schemas:core:2.0:User")}
        )
    if names == {"username"}:
        return st.fixed_dictionaries({"username": st.sampled_from(USERS)})
    if names == {"namespace"}:
        return st.fixed_dictionaries({"namespace": st.sampled_from([*USERS, "acme", "library"])})
    return None


def before_generate_path_parameters(
    context: schemathesis.HookContext, strategy: st.SearchStrategy[Any]
) -> st.SearchStrategy[Any]:
    operation = context.operation
    assert operation is not None
    known = _known_path(frozenset(p.name for p in operation.path_parameters))
    return strategy if known is None else st.one_of(strategy, known)


_KNOWN_BODY_VALUES: Final[dict[str, list[Any]]] = {
    "namespace": ["alice", "acme"],
    "user": ["bob", "alice"],
    "member": ["bob"],
    "role": ["owner", "editor", "member"],
    "to_repo": ["nginx", "library/ubuntu", "alice/secret-project", "acme/tools"],
    "hook_url": ["https://example.com/hook"],
    "vcs_repo_name": ["alice/webapp"],
    "scopes": [["repo:read"], ["repo:admin", "repo:public_read"]],
    "org": ["acme"],
    "invitees": [["bob", "new@example.org"], ["carol"], ["nobody", "x@"]],
    "team": ["developers", ""],
    "group_id": GROUP_IDS,
    "permission": ["read", "write", "admin"],
    "schemas": [["urn:ietf:params:scim:schemas:core:2.0:User"]],
    "userName": ["bob@example.com", "dana@example.com"],
}
"""Body fields that name something, and values of them that exist in the demo data."""


def before_generate_body(
    context: schemathesis.HookContext, strategy: st.SearchStrategy[Any]
) -> st.SearchStrategy[Any]:
    operation = context.operation
    assert operation is not None
    patches: st.SearchStrategy[dict[str, Any]]
    if _operation_id(operation) == "auth_login":
        patches = st.sampled_from(
            [{"username": name, "password": password} for name, password in DEMO_USERS.items()]
        )
    elif _operation_id(operation) == "auth_token":
        patches = st.sampled_from(
            [{"identifier": name, "secret": password} for name, password in DEMO_USERS.items()]
            + [{"identifier": "alice", "secret": FUZZ_PAT}]
        )
    else:
        patches = st.fixed_dictionaries(
            {k: st.sampled_from(v) for k, v in _KNOWN_BODY_VALUES.items()}
        )
    return naming_what_exists(strategy, patches)


TEMPLATES: Final = {
    route.handler: {f.wire: f.template for f in route.operation.body_fields if f.template}
    for route in ROUTES
}
"""Body fields that must repeat the path (``dockerhub_repo_name``: ``{namespace}/{repository}``)."""


def _fill(template: str, values: Mapping[str, Any]) -> Any:
    whole = re.fullmatch(r"\{(\w+)\}", template)
    return values[whole.group(1)] if whole else template.format_map(values)


def flatmap_case(
    context: schemathesis.HookContext, case: schemathesis.Case
) -> st.SearchStrategy[schemathesis.Case]:
    """Draw who calls and, half of the time, make the body repeat the path where it must."""
    templates = TEMPLATES[_operation_id(case.operation)]

    def finish(choice: tuple[str, bool]) -> schemathesis.Case:
        caller, follow_path = choice
        case.headers = CaseInsensitiveDict({**(case.headers or {}), CALLER_HEADER: caller})
        if follow_path and templates and isinstance(case.body, dict):
            values = case.path_parameters or {}
            case.body = {**case.body, **{k: _fill(t, values) for k, t in templates.items()}}
        return case

    callers = (
        [SCIM, "alice", ANONYMOUS] if _is_scim(case.operation) else ["alice", "bob", ANONYMOUS]
    )
    return st.tuples(st.sampled_from(callers), st.booleans()).map(finish)


# --- the test ------------------------------------------------------------------------------

_ELSEWHERE: Final = frozenset(op.resource for op in OPERATIONS.values() if op.service != "hub")

schema = schemathesis.openapi.from_path(
    DOCUMENT,
    config=schemathesis.Config.from_dict(
        {
            "generation": {
                "max-examples": MAX_EXAMPLES,
                "deterministic": True,
                "database": "none",
            }
        }
    ),
)
# The registry and its token service live on fakehub's second origin (its registry app), not
# in the Hub API's app: their operations (tagged with their resources) are fuzzed there.
schema = schema.exclude(tag=sorted(_ELSEWHERE))
schema.app = APP


@schema.hooks.apply(flatmap_case)
@schema.hooks.apply(before_generate_body)
@schema.hooks.apply(before_generate_path_parameters)
@schema.hooks.apply(before_add_examples)
@schema.parametrize()
def test_every_answer_conforms_to_the_openapi_document(case: schemathesis.Case) -> None:
    _fresh_state()
    # a case that tests a missing or malformed Authorization header is sent as it is
    tests_credentials = case.meta is not None and case.meta.is_negative_at(ParameterLocation.HEADER)
    headers = CaseInsensitiveDict(case.headers or {})
    # generated and hand-written cases name their caller; the coverage phase's run as alice
    caller = headers.pop(CALLER_HEADER, "alice")
    must_succeed = headers.pop(EXPECT_SUCCESS, None) is not None
    if not tests_credentials:
        headers.pop("Authorization", None)
        if caller == SCIM:
            headers["Authorization"] = f"Bearer {DEMO_SCIM_TOKENS['acme']}"
        elif caller != ANONYMOUS:
            headers["Authorization"] = f"Bearer {BACKEND.tokens.issue(caller)}"
    case.headers = headers
    if isinstance(case.body, dict) and case.body.get("login_2fa_token") == FRESH_LOGIN_2FA_TOKEN:
        case.body = {**case.body, "login_2fa_token": BACKEND.tokens.issue_login_2fa("carol")}
    response = case.call_and_validate(checks=CHECKS)
    if must_succeed:
        assert response.status_code == SUCCESS[_operation_id(case.operation)], response.text


def test_every_operation_has_a_request_that_must_succeed() -> None:
    missing = sorted(set(SUCCESS) - set(HAPPY))
    assert missing == [], f"operations without a request in HAPPY: {', '.join(missing)}"


def test_every_request_that_must_succeed_names_an_operation() -> None:
    unknown = sorted(set(HAPPY) - set(SUCCESS))
    assert unknown == [], f"HAPPY names no such operation: {', '.join(unknown)}"
