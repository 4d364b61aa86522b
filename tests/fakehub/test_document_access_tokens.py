"""Access tokens in load documents: a user's personal access tokens and an organization's
access tokens are read by the same rules (a prefixed secret or its hash, a UUID id, no
unknown field), each error naming the token's path, the state left untouched."""

from __future__ import annotations

import random
from typing import Any

import pytest

from fakehub.clock import ManualClock
from fakehub.state import Invalid, State

UUID = "5c1a0000-0000-4000-a000-000000000001"


def _doc(kind: str, token: dict[str, Any]) -> tuple[dict[str, Any], str]:
    """A document with ``token`` as alice's personal access token or acme's organization
    access token, and the token's path in it."""
    users: list[dict[str, Any]] = [{"username": "alice", "password": "pw"}]
    if kind == "pat":
        users[0]["access_tokens"] = [token]
        return {"users": users}, "users[0].access_tokens[0]"
    org = {
        "name": "acme",
        "members": ["alice"],
        "access_tokens": [{"created_by": "alice", **token}],
    }
    return {"users": users, "orgs": [org]}, "orgs[0].access_tokens[0]"


PREFIX = {"pat": "dckr_pat_", "oat": "dckr_oat_"}
ID_KEY = {"pat": "uuid", "oat": "id"}


@pytest.mark.parametrize("kind", ["pat", "oat"])
@pytest.mark.parametrize(
    ("token", "key", "reason"),
    [
        ({"token": "x{prefix}abc"}, "token", "must start with {prefix}"),
        (
            {"token": "{prefix}abc", "token_hash": "0" * 64},
            "token",
            "give token or token_hash, not both",
        ),
        ({"token_hash": "0" * 63}, "token_hash", "expected 64 lower-case hex digits"),
        ({}, "token_hash", "this field is required"),
        ({"token": "{prefix}abc", "{id_key}": "A" * 36}, "{id_key}", "expected a lower-case UUID"),
        ({"token": "{prefix}abc", "secret": "s"}, "secret", "unknown field"),
    ],
)
def test_an_access_token_in_a_document_is_refused_naming_its_path(
    clock: ManualClock, kind: str, token: dict[str, str], key: str, reason: str
) -> None:
    def fill(text: str) -> str:
        return text.format(prefix=PREFIX[kind], id_key=ID_KEY[kind])

    doc, path = _doc(kind, {fill(k): fill(v) for k, v in token.items()})
    state = State(clock=clock, rng=random.Random(1), password_iterations=1)
    before = state.snapshot()
    with pytest.raises(Invalid) as raised:
        state.load(doc)
    assert (raised.value.field, raised.value.reason) == (f"{path}.{fill(key)}", fill(reason))
    assert state.snapshot() == before


@pytest.mark.parametrize("kind", ["pat", "oat"])
def test_an_access_token_given_in_plain_text_is_kept_only_as_its_hash(
    clock: ManualClock, kind: str
) -> None:
    secret = PREFIX[kind] + "abc"
    doc, _ = _doc(kind, {"token": secret, ID_KEY[kind]: UUID})
    state = State(clock=clock, rng=random.Random(1), password_iterations=1)
    state.load(doc)
    snap = state.snapshot()
    assert secret not in str(snap)
    owner = snap["users"][0] if kind == "pat" else snap["orgs"][0]
    [stored] = owner["access_tokens"]
    assert stored[ID_KEY[kind]] == UUID
    assert len(stored["token_hash"]) == 64
