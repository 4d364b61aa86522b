"""Properties of SCIM PATCH for hostile PatchOp bodies: any operations are read into changes
or refused with an RFC 7644 ``scimType`` (never another exception); over HTTP any body is a
200 or a SCIM 400 (never a 500) and a refusal leaves the state as it was; and a PATCH applies
like the same changes made one operation at a time (the last one wins).

Operations are generated from the op names in any letter case and others, paths from Docker's
attributes (with URN prefixes, sub-attributes, value filters) mixed with characters that break
them (``[``, ``]``, ``.``, quotes, backslashes), and values from any JSON.
"""

from __future__ import annotations

import contextlib
import random
import time
from typing import Any

import pytest
from flask import Flask
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from dockerhub_sdk.wire import UNSET
from dockerhub_sdk.wire import models as wire
from fakehub.app import create_app, get_backend
from fakehub.clock import ManualClock
from fakehub.demo import DEMO_SCIM_TOKENS
from fakehub.scim import ScimQueryError
from fakehub.scim_patch import PATCH_OP_SCHEMA, ScimPatch, read_patch
from fakehub.state import ScimMutability
from tests.depth import depth

SCIM_TYPES = {"invalidPath", "invalidValue", "noTarget", "mutability"}
AUTH = {"Authorization": f"Bearer {DEMO_SCIM_TOKENS['acme']}"}
BOB_URL = "/v2/scim/2.0/Users/5c1a0000-0000-4000-a000-000000000b0b"

OPS = st.sampled_from(["add", "replace", "remove", "Add", "REPLACE", "Remove", "copy", ""])
PATH_PARTS = st.sampled_from(
    [
        "active",
        "userName",
        "name",
        "name.givenName",
        "name.familyName",
        "displayName",
        "emails",
        'emails[type eq "work"].value',
        "emails[primary eq true]",
        'groups[value eq "devs"]',
        "urn:ietf:params:scim:schemas:core:2.0:User:",
        "nickName",
        "[",
        "]",
        ".",
        '"',
        "\\",
        " eq ",
        "",
    ]
)
PATHS = st.lists(PATH_PARTS, max_size=4).map("".join)
JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.text(max_size=8)
    | st.sampled_from(["True", "false", "bob@example.com"]),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(
            st.sampled_from(["active", "name", "givenName", "userName", "x"]), inner, max_size=3
        )
    ),
    max_leaves=8,
)
OPERATION = st.fixed_dictionaries(
    {"op": OPS}, optional={"path": PATHS | st.text(max_size=12), "value": JSON}
)


def _model(raw: dict[str, Any]) -> wire.ScimPatchOperation:
    return wire.ScimPatchOperation(
        op=raw["op"], path=raw.get("path", UNSET), value=raw.get("value", UNSET)
    )


@given(operations=st.lists(OPERATION, max_size=5))
@settings(max_examples=depth(400), deadline=None, derandomize=True)
@example(operations=[{"op": "replace", "path": "emails[" + "type eq " * 20_000 + "]"}])
@example(operations=[{"op": "replace", "path": 'emails[type eq "' + "\\\\" * 20_000 + "]"}])
@example(operations=[{"op": "replace", "path": "a" * 100_000 + "["}])
def test_any_operations_are_changes_or_a_scim_refusal(operations: list[dict[str, Any]]) -> None:
    try:
        patch = read_patch([_model(o) for o in operations])
    except ScimQueryError as error:
        assert error.scim_type in SCIM_TYPES
    except ScimMutability:
        pass
    else:
        assert isinstance(patch, ScimPatch)


@given(operations=st.lists(OPERATION, min_size=1, max_size=4))
@settings(max_examples=depth(100), deadline=None, derandomize=True)
def test_a_patch_is_its_operations_applied_one_by_one(operations: list[dict[str, Any]]) -> None:
    try:
        whole = read_patch([_model(o) for o in operations])
    except (ScimQueryError, ScimMutability):
        return
    merged = ScimPatch()
    for one in operations:
        step = read_patch([_model(one)])
        merged = ScimPatch(
            active=merged.active if step.active is None else step.active,
            given_name=merged.given_name if step.given_name is None else step.given_name,
            family_name=merged.family_name if step.family_name is None else step.family_name,
            user_name=merged.user_name if step.user_name is None else step.user_name,
        )
    assert whole == merged


@pytest.fixture(scope="module")
def app() -> Flask:
    """One app for every example: a refused PATCH must leave it as it was."""
    return create_app(demo=True, clock=ManualClock(), rng=random.Random(2))


BODIES = (
    st.fixed_dictionaries(
        {"schemas": st.just([PATCH_OP_SCHEMA]), "Operations": st.lists(OPERATION, max_size=4)}
    )
    | JSON
)


@given(body=BODIES)
@settings(
    max_examples=depth(150),
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
def test_any_patch_body_is_a_200_or_a_scim_400_that_changes_nothing(app: Flask, body: Any) -> None:
    before = get_backend(app).state.snapshot()
    response = app.test_client().patch(BOB_URL, json=body, headers=AUTH)
    assert response.status_code in (200, 400), response.get_data()
    if response.status_code == 400:
        assert response.get_json(force=True)["schemas"] == [
            "urn:ietf:params:scim:api:messages:2.0:Error"
        ]
        assert get_backend(app).state.snapshot() == before


def test_reading_a_path_takes_time_linear_in_its_length() -> None:
    def cost(n: int) -> float:
        ops = [_model({"op": "replace", "path": 'emails[type eq "' + "\\a" * n, "value": 1})]
        start = time.thread_time()  # CPU time: a busy machine descheduling the test is no cost
        with contextlib.suppress(ScimQueryError):
            read_patch(ops)
        return time.thread_time() - start

    small, large = min(cost(20_000) for _ in range(3)), min(cost(160_000) for _ in range(3))
    assert large < 8 * 4 * max(small, 1e-4)  # 8 times the input: far below 64 times the time
