"""SCIM in fakehub's state: the organization's SCIM token and SCIM users in load/snapshot
documents, provisioning against the members state, and the query rules of ``fakehub.scim``."""

from __future__ import annotations

import copy
import random
from typing import Any

import pytest

from fakehub.clock import ManualClock
from fakehub.demo import DEMO_SCIM_TOKENS, demo_document
from fakehub.scim import ScimQueryError, parse_attributes, parse_filter, sort_key_attribute
from fakehub.state import Conflict, Invalid, State, Unauthorized, org_member_names

BOB = "5c1a0000-0000-4000-a000-000000000b0b"


def fresh(clock: ManualClock) -> State:
    return State(clock=clock, rng=random.Random(1), password_iterations=1)


@pytest.fixture
def demo(clock: ManualClock) -> State:
    state = fresh(clock)
    state.load(demo_document())
    return state


def _doc(**acme: Any) -> dict[str, Any]:
    return {
        "users": [{"username": "alice", "password": "pw"}, {"username": "bob", "password": "pw"}],
        "orgs": [{"name": "acme", "members": ["alice"], **acme}],
    }


# --- documents ------------------------------------------------------------------------------


def test_scim_token_and_users_survive_a_round_trip(demo: State, clock: ManualClock) -> None:
    demo.scim_create_user("acme", "dana@example.com", given_name="Dana")
    demo.scim_update_user("acme", BOB, active=False)
    snap = demo.snapshot()
    acme = next(o for o in snap["orgs"] if o["name"] == "acme")
    assert DEMO_SCIM_TOKENS["acme"] not in str(snap)  # the hash, never the secret
    assert [u["email"] for u in acme["scim_users"]] == ["bob@example.com", "dana@example.com"]
    copy_ = fresh(clock)
    copy_.load(copy.deepcopy(snap))
    assert copy_.snapshot() == snap
    assert copy_.scim_org(DEMO_SCIM_TOKENS["acme"]) == "acme"
    assert [(v.user.email, v.active) for v in copy_.scim_users("acme")] == [
        ("bob@example.com", False),
        ("dana@example.com", True),
    ]


@pytest.mark.parametrize(
    ("acme", "path", "reason"),
    [
        ({"scim_token": "short"}, "orgs[0].scim_token", "at least 16 printable"),
        ({"scim_token": "a" * 16, "scim_token_hash": "0" * 64}, "orgs[0].scim_token", "not both"),
        ({"scim_token_hash": "xyz"}, "orgs[0].scim_token_hash", "64 lower-case hex"),
        (
            {"scim_users": [{"username": "carol", "email": "c@example.com"}]},
            "orgs[0].scim_users[0].username",
            "no such user",
        ),
        (
            {"scim_users": [{"username": "bob", "email": "bob"}]},
            "orgs[0].scim_users[0].email",
            "email address",
        ),
        (
            {"scim_users": [{"username": "bob", "email": "b@example.com", "id": "B"}]},
            "orgs[0].scim_users[0].id",
            "UUID",
        ),
        (
            {
                "scim_users": [
                    {"username": "bob", "email": "b@example.com"},
                    {"username": "alice", "email": "B@example.com"},
                ]
            },
            "orgs[0].scim_users[1].email",
            "appears twice",
        ),
        (
            {"scim_users": [{"username": "bob", "email": "b@example.com", "color": "red"}]},
            "orgs[0].scim_users[0].color",
            "unknown field",
        ),
    ],
)
def test_a_bad_scim_part_names_its_path_and_loads_nothing(
    clock: ManualClock, acme: dict[str, Any], path: str, reason: str
) -> None:
    state = fresh(clock)
    with pytest.raises(Invalid) as info:
        state.load(_doc(**acme))
    assert info.value.field == path
    assert reason in info.value.reason
    assert state.snapshot()["orgs"] == []


def test_a_loaded_scim_user_need_not_be_a_member(clock: ManualClock) -> None:
    state = fresh(clock)
    state.load(_doc(scim_users=[{"username": "bob", "email": "bob@example.com"}]))
    (view,) = state.scim_users("acme")
    assert view.active is False


# --- tokens -------------------------------------------------------------------------------


def test_only_the_organizations_scim_token_opens_it(demo: State) -> None:
    assert demo.scim_org(DEMO_SCIM_TOKENS["acme"]) == "acme"
    for token in (None, "acme-scim-token-0123456789abcdeF", "alice-password-1"):
        with pytest.raises(Unauthorized):
            demo.scim_org(token)


def test_set_scim_token_replaces_the_old_one(demo: State) -> None:
    demo.set_scim_token("acme", "a-brand-new-scim-token")
    assert demo.scim_org("a-brand-new-scim-token") == "acme"
    with pytest.raises(Unauthorized):
        demo.scim_org(DEMO_SCIM_TOKENS["acme"])


# --- provisioning rules ---------------------------------------------------------------------


def test_new_accounts_get_free_names_from_the_email(demo: State) -> None:
    demo.create_user("dana", "pw")
    names = [
        demo.scim_create_user("acme", email).user.username
        for email in ("dana@example.com", "Dana@other.example", "x@example.com")
    ]
    assert names == ["dana2", "dana3", "userx"]
    assert set(names) <= set(org_member_names(demo.get_org("acme")))


def test_a_refused_provisioning_changes_nothing(demo: State) -> None:
    before = demo.snapshot()
    with pytest.raises(Conflict):
        demo.scim_create_user("acme", "Bob@Example.com")
    with pytest.raises(Invalid):
        demo.scim_create_user("acme", "not-an-email")
    assert demo.snapshot() == before


def test_removing_a_member_shows_their_scim_user_inactive(demo: State) -> None:
    demo.remove_org_member("alice", "acme", "bob")
    assert demo.scim_user("acme", BOB).active is False


# --- query rules ------------------------------------------------------------------------------


def _values(**kw: Any) -> dict[str, list[object]]:
    base: dict[str, list[object]] = {
        "id": ["AbC"],
        "username": ["Jon.Snow@docker.com"],
        "displayname": ["jonsnow"],
        "name.givenname": ["Jon"],
        "name.familyname": ["Snow"],
        "active": [True],
        "emails.value": ["Jon.Snow@docker.com"],
        "groups.value": ["nightswatch", "starks"],
    }
    base.update(kw)
    return base


@pytest.mark.parametrize(
    ("text", "matches"),
    [
        ('userName eq "jon.snow@docker.com"', True),
        ('USERNAME EQ "JON.SNOW@DOCKER.COM"', True),
        ('urn:ietf:params:scim:schemas:core:2.0:User:userName eq "jon.snow@docker.com"', True),
        ('userName ne "jon.snow@docker.com"', False),
        ('userName co "snow"', True),
        ('userName sw "jon."', True),
        ('userName ew "@docker.com"', True),
        ('id eq "abc"', False),  # ids compare exactly
        ('emails eq "jon.snow@docker.com"', True),
        ('groups.value eq "starks"', True),
        ("active eq true", True),
        ("active eq false", False),
        ("name.givenName pr", True),
        ('not (displayName eq "jonsnow")', False),
        ('displayName eq "x" or (name.familyName eq "snow" and active eq true)', True),
        ('displayName eq "jonsnow" and name.givenName eq "arya"', False),
    ],
)
def test_filters_match_as_rfc_7644_says(text: str, matches: bool) -> None:
    assert parse_filter(text)(_values()) is matches


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "the filter is empty"),
        ('password eq "x"', "unknown attribute 'password'"),
        ('userName gt "a"', "the operator 'gt' is not supported"),
        ('userName like "a"', "expected an operator"),
        ("userName eq jon", 'must be a "quoted string"'),
        ('userName eq "a" and', "ends too early"),
        ('(userName eq "a"', "ends too early"),
        ('userName eq "a")', "unexpected ')'"),
        ('active eq "yes"', "active is compared with eq or ne to true or false"),
        ("userName eq 3", 'compared to a "quoted string"'),
        ('not userName eq "a"', "`not` must be followed by a parenthesized filter"),
    ],
)
def test_a_bad_filter_is_an_invalid_filter_error(text: str, reason: str) -> None:
    with pytest.raises(ScimQueryError) as info:
        parse_filter(text)
    assert (info.value.field, info.value.scim_type) == ("filter", "invalidFilter")
    assert reason in info.value.reason


def test_sort_by_and_attributes_name_known_attributes_only() -> None:
    assert sort_key_attribute("NAME.familyName") == "name.familyname"
    assert parse_attributes("userName, name.givenName,id") == {"username", "name"}
    for call, arg in ((sort_key_attribute, "password"), (parse_attributes, "userName,password")):
        with pytest.raises(ScimQueryError) as info:
            call(arg)  # type: ignore[operator]
        assert info.value.scim_type == "invalidValue"
