"""``State``'s audit log: ``State.audit`` (the one way a write records an event), who may read
it, its filters and order, and its place in the state document. The cast (``conftest.py``):
``acme`` is owned by dave; alice, bob and carol are users."""

from __future__ import annotations

import copy
import datetime
import random
from typing import Any

import pytest

from fakehub.audit import ACTIONS, SENTENCES
from fakehub.clock import ManualClock
from fakehub.state import BuildTagSpec, Forbidden, Invalid, NotFound, State, Unauthorized


def _record(state: State, action: str = "org.team.create", **overrides: Any) -> None:
    fields: dict[str, Any] = {"actor": "dave", "description": "did it", **overrides}
    account = fields.pop("account", "acme")
    with state.lock:
        state.audit(account, action, **fields)


def test_audit_records_an_event_stamped_by_the_clock(state: State, clock: ManualClock) -> None:
    _record(state, data={"team": "qa"})
    (event,) = state.audit_events()
    assert (event.account, event.action, event.name, event.actor) == (
        "acme",
        "org.team.create",
        "acme",
        "dave",
    )
    assert (event.data, event.timestamp, event.action_description) == (
        {"team": "qa"},
        clock.now,
        "did it",
    )


def test_audit_does_nothing_outside_an_organization(state: State) -> None:
    _record(state, account="alice", actor="alice")
    assert state.audit_events() == []


def test_audit_refuses_an_action_missing_from_the_catalogue(state: State) -> None:
    with pytest.raises(ValueError, match=r"'team\.create'"):
        _record(state, "team.create")  # the category is part of the action: org.team.create


def test_audit_needs_an_actor(state: State) -> None:
    with pytest.raises(ValueError, match="caller"):
        _record(state, actor=None)


def test_reading_needs_an_owner_of_the_organization(state: State) -> None:
    assert state.audit_logs("dave", "acme") == []
    with pytest.raises(Unauthorized):
        state.audit_logs(None, "acme")
    state.add_group_member("dave", "acme", "developers", "bob")
    for caller in ("bob", "carol"):  # a member, a stranger
        with pytest.raises(Forbidden):
            state.audit_logs(caller, "acme")


def test_a_user_account_log_is_that_users_own(state: State) -> None:
    assert state.audit_logs("alice", "alice") == []
    with pytest.raises(Forbidden):
        state.audit_logs("bob", "alice")
    with pytest.raises(NotFound):
        state.audit_logs("bob", "nobody")


def test_events_come_newest_first_ties_in_reverse_recording_order(
    state: State, clock: ManualClock
) -> None:
    _record(state, description="first")
    clock.advance(minutes=1)
    _record(state, description="second")
    _record(state, description="third")
    found = [e.action_description for e in state.audit_logs("dave", "acme")]
    assert found == ["third", "second", "first"]


def test_filters_keep_exact_matches_within_the_time_window(
    state: State, clock: ManualClock
) -> None:
    start = clock.now
    _record(state, "org.team.create", name="acme")
    clock.advance(hours=1)
    _record(state, "org.team.member.add", name="bob")
    clock.advance(hours=1)
    _record(state, "org.team.member.add", name="carol", actor="alice")

    def actions(**filters: Any) -> list[str]:
        return [f"{e.action}:{e.name}" for e in state.audit_logs("dave", "acme", **filters)]

    assert actions(action="org.team.member.add") == [
        "org.team.member.add:carol",
        "org.team.member.add:bob",
    ]
    assert actions(action="org.team") == []  # exact, not a prefix
    assert actions(name="bob") == ["org.team.member.add:bob"]
    assert actions(actor="alice") == ["org.team.member.add:carol"]
    hour = datetime.timedelta(hours=1)
    assert actions(since=start + hour) == ["org.team.member.add:carol", "org.team.member.add:bob"]
    assert actions(until=start + hour) == ["org.team.member.add:bob", "org.team.create:acme"]
    assert actions(since=start + hour, until=start + hour) == ["org.team.member.add:bob"]
    assert actions(since=start + 2 * hour, until=start) == []


def test_a_snapshot_with_events_loads_back_into_the_same_state(
    state: State, clock: ManualClock
) -> None:
    _record(state, data={"team": "qa"})
    snap = state.snapshot()
    assert snap["audit_logs"][0]["data"] == {"team": "qa"}
    copy_ = State(clock=clock, rng=random.Random(1), password_iterations=1)
    copy_.load(snap)
    assert copy_.snapshot() == snap
    assert copy_.audit_events() == state.audit_events()


def test_reset_forgets_the_events(state: State) -> None:
    _record(state)
    state.reset()
    assert state.audit_events() == []


def test_a_loaded_event_needs_only_account_action_and_actor(
    state: State, clock: ManualClock
) -> None:
    assert (
        state.load({"audit_logs": [{"account": "acme", "action": "repo.create", "actor": "x"}]})[
            "audit_logs"
        ]
        == 1
    )
    (event,) = state.audit_events()
    assert (event.name, event.data, event.timestamp, event.action_description) == (
        "acme",
        {},
        clock.now,
        "",
    )


@pytest.mark.parametrize(
    ("event", "path", "message"),
    [
        ({"action": "repo.create", "actor": "x"}, "audit_logs[0].account", "required"),
        (
            {"account": "nobody", "action": "repo.create", "actor": "x"},
            "audit_logs[0].account",
            "no such",
        ),
        (
            {"account": "acme", "action": "repo.push", "actor": "x"},
            "audit_logs[0].action",
            "actions",
        ),
        (
            {"account": "acme", "action": "repo.create", "actor": "x", "data": {"n": 1}},
            "audit_logs[0].data.n",
            "string",
        ),
        (
            {"account": "acme", "action": "repo.create", "actor": "x", "timestamp": "soon"},
            "audit_logs[0].timestamp",
            "datetime",
        ),
        (
            {"account": "acme", "action": "repo.create", "actor": "x", "who": "y"},
            "audit_logs[0].who",
            "unknown",
        ),
    ],
)
def test_a_bad_event_is_refused_naming_its_path_and_nothing_is_loaded(
    state: State, event: dict[str, Any], path: str, message: str
) -> None:
    before = copy.deepcopy(state.snapshot())
    with pytest.raises(Invalid) as info:
        state.load({"users": [{"username": "erin", "password": "pw"}], "audit_logs": [event]})
    assert info.value.field == path
    assert message in str(info.value)
    assert state.snapshot() == before


def test_accepting_an_invite_records_the_new_member_as_the_actor(state: State) -> None:
    (outcome,) = state.bulk_invite("dave", "acme", ["alice"])
    assert outcome.invite is not None
    state.accept_invite(outcome.invite.id)
    sent, joined = state.audit_events()[-2:]
    assert (sent.action, sent.name, sent.actor) == ("org.member.invite.send", "alice", "dave")
    assert (joined.action, joined.name, joined.actor) == ("org.member.add", "alice", "alice")


def test_a_dry_run_invite_records_nothing(state: State) -> None:
    before = len(state.audit_events())
    state.bulk_invite("dave", "acme", ["alice"], dry_run=True)
    assert len(state.audit_events()) == before


def test_invite_events_name_the_invitee_with_their_team_role_and_sentence(state: State) -> None:
    (outcome,) = state.bulk_invite("dave", "acme", ["alice"], role="editor")
    assert outcome.invite is not None
    state.resend_invite("dave", outcome.invite.id)
    state.cancel_invite("dave", outcome.invite.id)
    events = state.audit_events()[-3:]
    assert [(e.action, e.name, e.actor, e.data, e.action_description) for e in events] == [
        (
            "org.member.invite.send",
            "alice",
            "dave",
            {"team": "", "role": "editor"},
            "invited alice to acme",
        ),
        (
            "org.member.invite.resend",
            "alice",
            "dave",
            {"team": "", "role": "editor"},
            "invited alice to acme again",
        ),
        (
            "org.member.invite.cancel",
            "alice",
            "dave",
            {"team": "", "role": "editor"},
            "canceled the invite of alice to acme",
        ),
    ]


def test_build_rule_events_name_the_rule_and_the_repository(state: State) -> None:
    state.create_autobuild("dave", "acme", "app", provider="github", vcs_repo_name="a/b")
    tag = state.create_build_tag("dave", "acme", "app", BuildTagSpec(name="dev"))
    state.update_build_tag("dave", "acme", "app", tag.id, BuildTagSpec(name="{sourceref}-edge"))
    state.delete_build_tag("dave", "acme", "app", tag.id)
    events = state.audit_events()[-3:]
    data = {"build_tag_id": str(tag.id)}
    assert [(e.action, e.name, e.actor, e.data, e.action_description) for e in events] == [
        (
            "repo.build_tag.create",
            "acme/app",
            "dave",
            {**data, "build_tag": "dev"},
            "added the build rule dev to acme/app",
        ),
        (
            "repo.build_tag.update",
            "acme/app",
            "dave",
            {**data, "build_tag": "{sourceref}-edge"},
            "changed the build rule {sourceref}-edge of acme/app",
        ),
        (
            "repo.build_tag.delete",
            "acme/app",
            "dave",
            {**data, "build_tag": "{sourceref}-edge"},
            "removed the build rule {sourceref}-edge from acme/app",
        ),
    ]


def test_build_link_events_name_the_linked_repository(state: State) -> None:
    state.create_repository("dave", namespace="acme", name="base")
    state.create_repository("dave", namespace="acme", name="app")
    link = state.create_link("dave", "acme", "app", "acme/base")
    state.delete_link("dave", "acme", "app", link.id)
    created, deleted = state.audit_events()[-2:]
    data = {"link_id": str(link.id), "to_repo": "acme/base"}
    assert (created.action, created.name, created.data) == (
        "repo.build_link.create",
        "acme/app",
        data,
    )
    assert created.action_description == "linked acme/base to acme/app"
    assert (deleted.action, deleted.name, deleted.data) == (
        "repo.build_link.delete",
        "acme/app",
        data,
    )
    assert deleted.action_description == "unlinked acme/base from acme/app"


def test_every_sentence_is_of_an_action_of_the_catalogue() -> None:
    assert set(SENTENCES) <= ACTIONS


def test_audit_without_a_description_says_the_actions_sentence(state: State) -> None:
    _record(state, "org.team.member.add", description=None, name="bob", data={"team": "qa"})
    (event,) = state.audit_events()
    assert event.action_description == "added bob to the team qa in acme"


def test_audit_with_a_description_says_it_instead(state: State) -> None:
    _record(state, "org.team.member.add", description="did it", name="bob", data={"team": "qa"})
    (event,) = state.audit_events()
    assert event.action_description == "did it"
