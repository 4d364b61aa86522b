"""A listing costs its page, not its collection: tags stay in listing order between writes,
and a page builds the wire models of its own items only."""

from __future__ import annotations

import datetime
import random
from typing import Any

import pytest
from flask.testing import FlaskClient
from hypothesis import given, settings
from hypothesis import strategies as st

from fakehub.clock import ManualClock
from fakehub.handlers import repositories as repository_handlers
from fakehub.http.paging import mapped
from fakehub.state import OrgAccessTokenResource, State
from fakehub.state.entities.index import (
    AuditLog,
    ByCreation,
    ByNamespace,
    NewestFirst,
    SortedIndex,
)
from tests.depth import depth

_EPOCH = datetime.datetime.min.replace(tzinfo=datetime.UTC)

# a step: push a tag (new or again) after some minutes (0: the same instant, a tie), or delete it
_steps = st.lists(
    st.tuples(st.sampled_from(["push", "delete"]), st.sampled_from("abcdef"), st.integers(0, 2)),
    max_size=30,
)


@settings(max_examples=depth(60), deadline=None)
@given(steps=_steps)
def test_tags_list_in_docker_hubs_order_after_any_pushes_and_deletes(
    steps: list[tuple[str, str, int]],
) -> None:
    clock = ManualClock()
    hub = State(clock=clock, rng=random.Random(7), password_iterations=1)
    hub.load(
        {
            "users": [{"username": "alice", "password": "alice-password-1"}],
            "repositories": [{"namespace": "alice", "name": "repo"}],
        }
    )
    for action, tag, minutes in steps:
        clock.advance(minutes=minutes)
        if action == "push":
            hub.push_tag("alice", "repo", tag)
        elif tag in {t.name for t in hub.list_tags("alice", "alice", "repo")}:
            hub.delete_tag("alice", "alice", "repo", tag)
        # read between writes too, so that a stale order would show
        listed = hub.list_tags("alice", "alice", "repo")
        expected = sorted(listed, key=lambda t: (t.last_updated or _EPOCH, -t.id), reverse=True)
        assert [t.name for t in listed] == [t.name for t in expected]


def test_mapped_builds_only_the_items_a_slice_takes() -> None:
    built: list[int] = []

    def build(n: int) -> str:
        built.append(n)
        return str(n)

    view = mapped(range(1000), build)
    assert len(view) == 1000
    assert built == []
    assert view[10:13] == ["10", "11", "12"]
    assert view[-1] == "999"
    assert built == [10, 11, 12, 999]


@pytest.mark.parametrize(
    "path", ["/v2/repositories/alice/big/tags/", "/v2/namespaces/alice/repositories/big/tags/"]
)
def test_a_page_of_tags_builds_the_models_of_that_page_only(
    client: FlaskClient, app_state: State, monkeypatch: pytest.MonkeyPatch, path: str
) -> None:
    app_state.create_repository("alice", namespace="alice", name="big")
    for i in range(250):
        app_state.push_tag("alice", "big", f"t{i}")
    calls = 0
    original = repository_handlers.project

    def counting(*args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        return original(*args, **kwargs)

    monkeypatch.setattr(repository_handlers, "project", counting)
    response = client.get(path, query_string={"page": 2, "page_size": 7})
    assert response.status_code == 200, response.get_json()
    body = response.get_json()
    assert body["count"] == 250
    assert len(body["results"]) == 7
    assert calls == 7  # one model per tag of the page (pushed tags have no images)


def _counting_sorts(
    monkeypatch: pytest.MonkeyPatch, index: type[SortedIndex[Any, Any]]
) -> list[int]:
    """How many items each sort of ``index``'s kind looked at (one entry per sort)."""
    sorts: list[int] = []
    original = index.sort_key

    def key(item: Any) -> Any:
        sorts[-1] += 1
        return original(item)

    original_ordered = index.ordered

    def ordered(self: SortedIndex[Any, Any]) -> Any:
        if self._order is None:
            sorts.append(0)
        return original_ordered(self)

    monkeypatch.setattr(index, "sort_key", staticmethod(key))
    monkeypatch.setattr(index, "ordered", ordered)
    return sorts


def test_listing_access_tokens_sorts_them_once_between_writes(
    state: State, monkeypatch: pytest.MonkeyPatch
) -> None:
    for i in range(20):
        state.create_access_token("alice", token_label=f"t{i}", scopes=["repo:read"])
    sorts = _counting_sorts(monkeypatch, NewestFirst)
    first = [t.uuid for t in state.list_access_tokens("alice")]
    assert [t.uuid for t in state.list_access_tokens("alice")] == first
    assert sorts == [20]
    state.create_access_token("alice", token_label="new", scopes=["repo:read"])
    assert len(state.list_access_tokens("alice")) == 21
    assert sorts == [20, 21]


def test_listing_org_access_tokens_sorts_them_once_between_writes(
    state: State, monkeypatch: pytest.MonkeyPatch
) -> None:
    pull = OrgAccessTokenResource(type="TYPE_REPO", path="acme/*", scopes=("repo-pull",))
    for i in range(15):
        state.create_org_access_token("dave", "acme", label=f"t{i}", resources=[pull])
    sorts = _counting_sorts(monkeypatch, NewestFirst)
    first = [t.id for t in state.list_org_access_tokens("dave", "acme")]
    assert [t.id for t in state.list_org_access_tokens("dave", "acme")] == first
    assert sorts == [15]


def test_listing_invites_sorts_them_once_between_writes(
    state: State, monkeypatch: pytest.MonkeyPatch
) -> None:
    state.bulk_invite("dave", "acme", [f"person{i}@example.com" for i in range(12)])
    sorts = _counting_sorts(monkeypatch, ByCreation)
    first = [i.invitee for i in state.list_invites("dave", "acme")]
    assert [i.invitee for i in state.list_invites("dave", "acme")] == first
    assert sorts == [12]
    state.bulk_invite("dave", "acme", ["late@example.com"])
    assert [i.invitee for i in state.list_invites("dave", "acme")][-1] == "late@example.com"
    assert sorts == [12, 13]


def _counting_gatherings(
    monkeypatch: pytest.MonkeyPatch, index: type[Any], method: str, kept: str
) -> list[str]:
    """The groups (namespaces, accounts) ``index.method`` gathered anew rather than found in
    its ``kept`` attribute, in order."""
    gathered: list[str] = []
    original = getattr(index, method)

    def counting(self: Any, group: str) -> Any:
        if group not in getattr(self, kept):
            gathered.append(group)
        return original(self, group)

    monkeypatch.setattr(index, method, counting)
    return gathered


def test_listing_a_namespaces_repositories_gathers_and_sorts_them_once_between_writes(
    state: State, monkeypatch: pytest.MonkeyPatch
) -> None:
    for i in range(12):
        state.create_repository("alice", namespace="alice", name=f"repo{i:02d}")
    state.create_repository("dave", namespace="acme", name="elsewhere")
    gathered = _counting_gatherings(monkeypatch, ByNamespace, "in_namespace", "_namespaces")
    first = [r.name for r in state.list_repositories("alice", "alice")]
    assert first == sorted(first) and len(first) == 14  # with the cast's public and private
    assert [r.name for r in state.list_repositories("alice", "alice")] == first
    state.create_repository("dave", namespace="acme", name="other")  # another namespace
    assert [r.name for r in state.list_repositories("alice", "alice")] == first
    assert gathered == ["alice"]
    state.create_repository("alice", namespace="alice", name="aardvark")
    assert state.list_repositories("alice", "alice")[0].name == "aardvark"
    assert gathered == ["alice", "alice"]


def test_reading_an_audit_log_gathers_and_sorts_its_events_once_between_writes(
    state: State, monkeypatch: pytest.MonkeyPatch
) -> None:
    for i in range(10):
        state.create_repository("dave", namespace="acme", name=f"app{i}")
    gathered = _counting_gatherings(monkeypatch, AuditLog, "of_account", "_accounts")
    first = [e.name for e in state.audit_logs("dave", "acme")]
    assert first[0] == "acme/app9" and len(first) >= 10
    assert [e.name for e in state.audit_logs("dave", "acme", action="repo.create")][:1] == [
        "acme/app9"
    ]
    assert gathered == ["acme"]
    state.create_repository("dave", namespace="acme", name="late")
    assert state.audit_logs("dave", "acme")[0].name == "acme/late"
    assert gathered == ["acme", "acme"]
