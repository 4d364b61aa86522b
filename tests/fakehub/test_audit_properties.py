"""Properties of ``State``'s audit log, for any events and any filters: a filtered read is the
unfiltered read cut down by the filters' predicate, in the same order; the unfiltered read is
newest first, later-recorded first at equal times; and the events survive ``snapshot()`` →
``load()`` into a fresh state unchanged.

The events are recorded with ``State.audit`` on a ``ManualClock`` moved by random amounts
(often not at all, so that timestamps tie). Two organizations, ``acme`` (owned by dave) and
``beta`` (owned by erin), and a user ``alice``, whose account records nothing.
"""

from __future__ import annotations

import datetime
import itertools
import random
from typing import Any

from attrs import frozen
from hypothesis import given, note, settings
from hypothesis import strategies as st

from fakehub.audit import ACTIONS
from fakehub.clock import ManualClock
from fakehub.state import AuditEvent, State
from tests.depth import depth

OWNERS = {"acme": "dave", "beta": "erin"}
ACCOUNTS = (*OWNERS, "alice")
"""Where events are recorded: two organizations and a user (where ``audit`` does nothing)."""
POOL_ACTIONS = ("org.team.create", "org.member.add", "repo.create", "repo.tag.push")
POOL_NAMES = ("acme", "acme/app", "bob", "Bob")
POOL_ACTORS = ("dave", "alice", "scim")
STEP = datetime.timedelta(microseconds=1)
ZONES = (
    datetime.UTC,
    datetime.timezone(datetime.timedelta(hours=5, minutes=30)),
    datetime.timezone(-datetime.timedelta(hours=8)),
)

assert set(POOL_ACTIONS) <= ACTIONS


def _document() -> dict[str, Any]:
    return {
        "users": [{"username": u, "password": f"{u}-password"} for u in ("dave", "erin", "alice")],
        "orgs": [{"name": org, "members": [owner]} for org, owner in OWNERS.items()],
    }


def _fresh_state(clock: ManualClock) -> State:
    return State(clock=clock, rng=random.Random(3), password_iterations=1)


@frozen(kw_only=True)
class Record:
    """One call of ``State.audit``, after moving the clock ``advance`` microseconds."""

    advance: int
    account: str
    action: str
    name: str | None
    actor: str
    data: dict[str, str]
    description: str


_ADVANCES = st.one_of(
    st.just(0),  # a tie with the event before
    st.integers(1, 2_000),
    st.integers(1, 48 * 3600).map(lambda seconds: seconds * 1_000_000),
)
_RECORD = st.builds(
    Record,
    advance=_ADVANCES,
    account=st.sampled_from(ACCOUNTS),
    action=st.sampled_from(POOL_ACTIONS),
    name=st.none() | st.sampled_from(POOL_NAMES),
    actor=st.sampled_from(POOL_ACTORS),
    data=st.dictionaries(st.text(max_size=4), st.text(max_size=6), max_size=2),
    description=st.text(max_size=8),
)
RECORDS = st.lists(_RECORD, max_size=25)
MANY_RECORDS = st.lists(_RECORD, min_size=6, max_size=25)
"""Enough events that most filters have something to keep and something to drop."""


def _record_all(records: list[Record]) -> tuple[State, ManualClock]:
    """A state holding the people and the events of ``records``; each event's description
    starts with ``#<its index in records>``, so tests can tell which call recorded it."""
    clock = ManualClock()
    state = _fresh_state(clock)
    state.load(_document())
    for index, record in enumerate(records):
        clock.advance(microseconds=record.advance)
        with state.lock:
            state.audit(
                record.account,
                record.action,
                actor=record.actor,
                description=f"#{index} {record.description}",
                name=record.name,
                data=record.data,
            )
    return state, clock


def _recorded_index(event: AuditEvent) -> int:
    return int(event.action_description.split(" ", 1)[0].removeprefix("#"))


@given(records=RECORDS)
@settings(max_examples=depth(60), deadline=None, derandomize=True)
def test_every_organization_event_is_recorded_once_stamped_by_the_clock(
    records: list[Record],
) -> None:
    state, _ = _record_all(records)
    expected = []
    now = ManualClock().now
    for index, record in enumerate(records):
        now += record.advance * STEP
        if record.account in OWNERS:
            expected.append(
                AuditEvent(
                    account=record.account,
                    action=record.action,
                    name=record.account if record.name is None else record.name,
                    actor=record.actor,
                    data=record.data,
                    timestamp=now,
                    action_description=f"#{index} {record.description}",
                )
            )
    assert state.audit_events() == expected
    assert state.audit_logs("alice", "alice") == []


@given(records=RECORDS)
@settings(max_examples=depth(60), deadline=None, derandomize=True)
def test_an_unfiltered_log_is_newest_first_ties_in_reverse_recording_order(
    records: list[Record],
) -> None:
    state, _ = _record_all(records)
    for account, owner in OWNERS.items():
        found = state.audit_logs(owner, account)
        own = [e for e in state.audit_events() if e.account == account]
        assert sorted(map(_recorded_index, found)) == sorted(map(_recorded_index, own))
        for newer, older in itertools.pairwise(found):
            assert newer.timestamp >= older.timestamp
            if newer.timestamp == older.timestamp:
                assert _recorded_index(newer) > _recorded_index(older)


@frozen(kw_only=True)
class Filters:
    action: str | None
    name: str | None
    actor: str | None
    since: datetime.datetime | None
    until: datetime.datetime | None

    def keeps(self, event: AuditEvent) -> bool:
        """The filters' meaning, as the README states it: exact matches, both ends of the
        time window included."""
        return (
            (self.action is None or event.action == self.action)
            and (self.name is None or event.name == self.name)
            and (self.actor is None or event.actor == self.actor)
            and (self.since is None or self.since <= event.timestamp)
            and (self.until is None or event.timestamp <= self.until)
        )


PIVOT = "<the pivot's>"
"""A filter value standing for the pivot event's own value (so that filters often match)."""


@frozen(kw_only=True)
class Bound:
    """A time bound: the pivot event's time moved ``nudge`` microseconds, or ``at`` (also
    without a pivot), written in ``zone`` (a bound is an instant, whatever its offset)."""

    nudge: int | None
    at: datetime.datetime
    zone: datetime.tzinfo

    def instant(self, pivot: AuditEvent | None) -> datetime.datetime:
        if self.nudge is not None and pivot is not None:
            return (pivot.timestamp + self.nudge * STEP).astimezone(self.zone)
        return self.at.astimezone(self.zone)


@frozen(kw_only=True)
class Plan:
    """Filters to read ``account``'s log with, some taken from its ``pivot``-th event."""

    account: str
    pivot: int
    action: str | None
    name: str | None
    actor: str | None
    since: Bound | None
    until: Bound | None

    def filters(self, events: list[AuditEvent]) -> Filters:
        pivot = events[self.pivot % len(events)] if events else None

        def value(planned: str | None, field: str) -> str | None:
            if planned != PIVOT:
                return planned
            return None if pivot is None else str(getattr(pivot, field))

        return Filters(
            action=value(self.action, "action"),
            name=value(self.name, "name"),
            actor=value(self.actor, "actor"),
            since=None if self.since is None else self.since.instant(pivot),
            until=None if self.until is None else self.until.instant(pivot),
        )


def _values(*values: str) -> st.SearchStrategy[str | None]:
    return st.none() | st.just(PIVOT) | st.sampled_from(values)


_BOUNDS = st.none() | st.builds(
    Bound,
    nudge=st.sampled_from((0, 0, -1, 1, None)),  # mostly an event's time exactly
    at=st.integers(-3600, 30 * 24 * 3600).map(
        lambda s: ManualClock().now + datetime.timedelta(seconds=s)
    ),
    zone=st.sampled_from(ZONES),
)
PLANS = st.builds(
    Plan,
    account=st.sampled_from(tuple(OWNERS)),
    pivot=st.integers(0, 30),
    action=_values(*POOL_ACTIONS, "org.team", "repo"),  # also prefixes: no match
    name=_values(*POOL_NAMES, "beta", "acme/ap"),
    actor=_values(*POOL_ACTORS, "Dave"),  # also another letter case: no match
    since=_BOUNDS,
    until=_BOUNDS,
)


@given(records=MANY_RECORDS, plan=PLANS)
@settings(max_examples=depth(200), deadline=None, derandomize=True)
def test_a_filtered_log_is_the_unfiltered_log_cut_down_by_the_filters(
    records: list[Record], plan: Plan
) -> None:
    state, _ = _record_all(records)
    owner = OWNERS[plan.account]
    unfiltered = state.audit_logs(owner, plan.account)
    filters = plan.filters(unfiltered)
    note(repr(filters))
    found = state.audit_logs(
        owner,
        plan.account,
        action=filters.action,
        name=filters.name,
        actor=filters.actor,
        since=filters.since,
        until=filters.until,
    )
    assert found == [e for e in unfiltered if filters.keeps(e)]


@given(records=RECORDS)
@settings(max_examples=depth(40), deadline=None, derandomize=True)
def test_events_survive_a_snapshot_loaded_into_a_fresh_state(records: list[Record]) -> None:
    state, clock = _record_all(records)
    snap = state.snapshot()
    later = ManualClock(clock.now + datetime.timedelta(days=400))  # loading stamps nothing
    copy = _fresh_state(later)
    copy.load(snap)
    assert copy.audit_events() == state.audit_events()
    for account, owner in OWNERS.items():
        assert copy.audit_logs(owner, account) == state.audit_logs(owner, account)
    assert copy.snapshot() == snap
