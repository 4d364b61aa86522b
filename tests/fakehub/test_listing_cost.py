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
from fakehub.state import State

_EPOCH = datetime.datetime.min.replace(tzinfo=datetime.UTC)

# a step: push a tag (new or again) after some minutes (0: the same instant, a tie), or delete it
_steps = st.lists(
    st.tuples(st.sampled_from(["push", "delete"]), st.sampled_from("abcdef"), st.integers(0, 2)),
    max_size=30,
)


@settings(max_examples=60, deadline=None)
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
