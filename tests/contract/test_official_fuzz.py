"""Requests generated from Docker's OFFICIAL description, sent to fakehub.

schemathesis reads ``tests/contract/official/latest.yaml`` (with its defects repaired by
:func:`~tests.contract.test_official_spec.patch_official_defects`, the one place for them) and
sends fakehub (``create_app(demo=True)``, in-process, a fixed clock) schema-valid requests for
every official operation: its explicit examples, derandomized fuzzing examples and, in the
``ci`` profile, the coverage phase's boundary values (positive ones only). Each answer must
have:

* a status the description documents for that operation (there are no global ones), and no 5xx
  even where the description documents a 500;
* a JSON body that validates against the documented schema of that status (the same OpenAPI
  to JSON Schema conversion as the hand-written cases use), no body for a 204 or a HEAD, and
  the documented media type otherwise.

Who calls: ``alice``, who owns the ``acme`` organization and her repositories (SCIM paths with
acme's SCIM token; the login operations anonymously). Path parameters are drawn from the demo
data (random names would only meet 404s, undocumented on some operations); bodies sometimes
name what exists (demo logins, group ids, members). The state is reloaded before every example,
so each failure reproduces, and shrinks, on its own.

Sized by the Hypothesis profile: ``dev`` (the default) about 150 requests, ``ci`` about
1,500 (``MAX_EXAMPLES``, ``COVERAGE``).
"""

from __future__ import annotations

import copy
import functools
import json
import random
import zlib
from collections.abc import Mapping
from typing import Any, Final

import hypothesis.strategies as st
import jsonschema
import pytest
import schemathesis
from hypothesis import settings
from requests.structures import CaseInsensitiveDict

from fakehub.app import create_app, get_backend
from fakehub.bounds import INT64_MAX, INT64_MIN
from fakehub.clock import ManualClock
from fakehub.demo import (
    DEMO_INVITE_ID,
    DEMO_SCIM_TOKENS,
    DEMO_TOTP_SECRETS,
    DEMO_USERS,
    demo_document,
)
from fakehub.totp import totp
from tests.fuzzing import naming_what_exists

from .test_official_spec import official, response_schema

MAX_EXAMPLES: Final = max(2, settings.default.max_examples // 25)
"""Fuzzing-phase examples per operation: 2 in the ``dev`` profile, 8 in ``ci``."""

COVERAGE: Final = settings.default.max_examples >= 200
"""The coverage phase (schemathesis' boundary values of every parameter and field, most of
the requests and of the time) in the ``ci`` profile only."""

APP: Final = create_app(demo=True, clock=ManualClock(), rng=random.Random(0))
BACKEND: Final = get_backend(APP)
FUZZ_PAT_UUID: Final = "f0220000-0000-4000-a000-00000000f022"
DEMO: Final = demo_document()
next(u for u in DEMO["users"] if u["username"] == "alice")["access_tokens"] = [
    {
        "uuid": FUZZ_PAT_UUID,
        "token": "dckr_pat_fuzz-token-of-alice-0000",
        "token_label": "fuzz",
        "scopes": ["repo:read"],
    }
]
"""The demo data, plus a personal access token of alice's whose uuid the fuzzer knows."""


_WRITTEN: Final = [True]
"""Whether the last request may have changed the state: reloading it costs a tenth of a
second, so only a write that succeeded makes the next example reload (a refused request
leaves the state untouched, a rule of fakehub's)."""


def _fresh_state() -> None:
    if _WRITTEN[0]:
        BACKEND.state.reset()
        BACKEND.state.load(copy.deepcopy(DEMO))
    _WRITTEN[0] = False


_fresh_state()
SNAPSHOT: Final[dict[str, Any]] = BACKEND.state.snapshot()
_ACME: Final = next(o for o in SNAPSHOT["orgs"] if o["name"] == "acme")
GROUP_IDS: Final = sorted(g["id"] for g in _ACME["groups"])
GROUPS: Final = sorted(g["name"] for g in _ACME["groups"])
OAT_IDS: Final = [t["id"] for t in _ACME["access_tokens"]]
REPOSITORIES: Final = [
    {"namespace": r["namespace"], "repository": r["name"], "tag": [t["name"] for t in r["tags"]]}
    for r in SNAPSHOT["repositories"]
    if r["namespace"] in ("alice", "acme", "library")
]
SCIM_USER_SCHEMA: Final = "urn:ietf:params:scim:schemas:core:2.0:User"
SCIM_USER_IDS: Final = ["5c1a0000-0000-4000-a000-000000000b0b"]
FRESH_LOGIN_2FA_TOKEN: Final = "fresh-login-2fa-token-of-carol"
"""Stands for a ``login_2fa_token`` issued when the request is sent (tokens die with the
state that issued them)."""


def _pick(options: list[Any], drawn: object) -> Any:
    """One of ``options``, chosen by what was drawn (the same draw, the same choice)."""
    return options[zlib.crc32(repr(drawn).encode()) % len(options)]


_KNOWN_PATH_VALUES: Final[dict[str, list[Any]]] = {
    "uuid": [FUZZ_PAT_UUID],
    "account": ["acme"],
    "name": ["acme"],
    "org_name": ["acme"],
    "access_token_id": OAT_IDS,
    "namespace": ["alice", "acme", "library"],
    "group_name": GROUPS,
    "username": ["alice", "bob"],
    "id": [DEMO_INVITE_ID],
}
"""Values of the demo data for the official paths' placeholders (alice owns acme)."""
_KNOWN_SCIM_PATH_VALUES: Final[dict[str, dict[str, list[Any]]]] = {
    "/v2/scim/2.0/ResourceTypes/{name}": {"name": ["User"]},
    "/v2/scim/2.0/Schemas/{id}": {"id": [SCIM_USER_SCHEMA]},
    "/v2/scim/2.0/Users/{id}": {"id": SCIM_USER_IDS},
}


def known_path(path: str, drawn: Mapping[str, Any]) -> dict[str, Any]:
    """The demo data's values for one official path's placeholders, chosen by ``drawn`` (the
    generated values, which would name nothing that exists: only 404s, undocumented on some
    operations)."""
    if "repository" in drawn:
        repo = _pick(REPOSITORIES, (drawn["namespace"], drawn["repository"]))
        values = {"namespace": repo["namespace"], "repository": repo["repository"]}
        if "tag" in drawn:
            values["tag"] = _pick(repo["tag"][:5] or ["latest"], drawn["tag"])
        return values
    known = _KNOWN_SCIM_PATH_VALUES.get(path, _KNOWN_PATH_VALUES)
    return {name: _pick(known[name], value) for name, value in drawn.items()}


_LOGINS: Final = {
    "/v2/users/login": [{"username": u, "password": p} for u, p in DEMO_USERS.items()],
    "/v2/auth/token": [{"identifier": u, "secret": p} for u, p in DEMO_USERS.items()],
    "/v2/users/2fa-login": [
        {"login_2fa_token": FRESH_LOGIN_2FA_TOKEN, "code": "000000"},
    ],
}
_KNOWN_BODY_VALUES: Final[dict[str, list[Any]]] = {
    "namespace": ["alice", "acme"],
    "member": ["bob", "carol"],
    "org": ["acme"],
    "invitees": [["bob", "new@example.org"], ["carol"]],
    "team": GROUPS,
    "group_id": GROUP_IDS,
    "userName": ["dana@example.com", "bob@example.com"],
    "schemas": [[SCIM_USER_SCHEMA]],
    "path": ["acme/tools", "acme/*"],
}
"""Body fields that name something, and values of them that exist in the demo data."""


def before_generate_body(
    context: schemathesis.HookContext, strategy: st.SearchStrategy[Any]
) -> st.SearchStrategy[Any]:
    operation = context.operation
    assert operation is not None
    logins = _LOGINS.get(operation.path)
    patches: st.SearchStrategy[dict[str, Any]] = (
        st.sampled_from(logins)
        if logins is not None
        else st.fixed_dictionaries({k: st.sampled_from(v) for k, v in _KNOWN_BODY_VALUES.items()})
    )
    return naming_what_exists(strategy, patches)


def within_bounds(value: object) -> bool:
    """Whether every integer of a body fits in 64 bits: fakehub refuses larger ones anywhere
    in a body (:mod:`fakehub.bounds`), a rule of its own that the description cannot know."""
    if isinstance(value, dict):
        return all(within_bounds(v) for v in value.values())
    if isinstance(value, list):
        return all(within_bounds(v) for v in value)
    return not isinstance(value, int) or INT64_MIN <= value <= INT64_MAX


# --- what an answer must be -----------------------------------------------------------------


def documented_response(path: str, method: str, status: int) -> dict[str, Any] | None:
    """The description's answer of this status for the operation (None: undocumented)."""
    document = official()
    response = document["paths"][path][method.lower()]["responses"].get(str(status))
    if response is None:
        return None
    ref = response.get("$ref")
    if isinstance(ref, str):
        response = document["components"]["responses"][ref.rsplit("/", 1)[1]]
    assert isinstance(response, dict)
    return response


def check_answer(path: str, method: str, status: int, mimetype: str, body: bytes) -> None:
    """The answer is one the description documents for the operation, shaped as it says."""
    where = f"{method} {path}: {status} {body[:300]!r}"
    assert status < 500, where
    response = documented_response(path, method, status)
    assert response is not None, f"undocumented status: {where}"
    if method == "HEAD" or status == 204:
        assert body == b"", where
        return
    content = response.get("content")
    if not content:
        return
    assert mimetype in content, f"{mimetype} is not {sorted(content)}: {where}"
    if not mimetype.endswith("json"):
        return
    _validator(path, method, status, mimetype).validate(json.loads(body))


@functools.cache
def _validator(path: str, method: str, status: int, mimetype: str) -> jsonschema.Validator:
    """The documented schema of one answer, converted and checked once."""
    schema = response_schema(path, method, status, mimetype)
    return jsonschema.Draft7Validator(
        schema, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER
    )


# --- the test ------------------------------------------------------------------------------

schema = schemathesis.openapi.from_dict(
    copy.deepcopy(official()),
    config=schemathesis.Config.from_dict(
        {
            "generation": {
                "max-examples": MAX_EXAMPLES,
                "deterministic": True,
                "database": "none",
                "mode": "positive",
            },
            "phases": {"coverage": {"enabled": COVERAGE}},
        }
    ),
)
schema.app = APP


def _authorization(operation: schemathesis.APIOperation) -> dict[str, str]:
    security = operation.definition.raw.get("security", [])
    if security == []:
        return {}
    if security == [{"bearerSCIMAuth": []}]:
        return {"Authorization": f"Bearer {DEMO_SCIM_TOKENS['acme']}"}
    return {"Authorization": f"Bearer {BACKEND.tokens.issue('alice')}"}


@schema.hooks.apply(before_generate_body)
@schema.parametrize()
def test_fakehub_answers_what_the_official_description_documents(
    case: schemathesis.Case,
) -> None:
    if not within_bounds(case.body):
        return  # beyond fakehub's own bounds on input: a 400 the description cannot know
    _fresh_state()
    if case.path_parameters:
        case.path_parameters = known_path(case.operation.path, case.path_parameters)
    headers = CaseInsensitiveDict(case.headers or {})
    headers.pop("Authorization", None)
    headers.update(_authorization(case.operation))
    case.headers = headers
    if isinstance(case.body, dict) and case.body.get("login_2fa_token") == FRESH_LOGIN_2FA_TOKEN:
        case.body = {
            **case.body,
            "login_2fa_token": BACKEND.tokens.issue_login_2fa("carol"),
            "code": totp(DEMO_TOTP_SECRETS["carol"], BACKEND.state.now().timestamp()),
        }
    response = case.call()
    _WRITTEN[0] = case.method not in ("GET", "HEAD") and response.status_code < 300
    check_answer(
        case.operation.path,
        case.method,
        response.status_code,
        response.headers.get("content-type", [""])[0].split(";")[0],
        response.content,
    )


def test_an_undocumented_status_fails_the_check() -> None:
    with pytest.raises(AssertionError, match="undocumented status"):
        check_answer("/v2/users/login", "POST", 400, "application/json", b"{}")


def test_a_server_error_fails_the_check_even_where_documented() -> None:
    with pytest.raises(AssertionError):
        check_answer("/v2/scim/2.0/Users", "GET", 500, "application/scim+json", b"{}")


def test_a_body_off_the_documented_schema_fails_the_check() -> None:
    with pytest.raises(jsonschema.ValidationError):
        check_answer("/v2/users/login", "POST", 200, "application/json", b'{"token": 1}')
