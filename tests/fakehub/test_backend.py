"""The Backend: what one fakehub holds, and the operations the control API, the in-thread
server and the pytest plugin all share."""

from __future__ import annotations

import random

import pytest
from flask import Flask

from dockerhub_sdk._generated.converter import converter
from fakehub.app import create_app
from fakehub.auth import InvalidToken
from fakehub.backend import Backend, get_backend
from fakehub.clock import ManualClock
from fakehub.demo import demo_document
from fakehub.state import State
from tests.fakehub.conftest import people_document


def test_create_loads_the_demo_data_then_the_given_document(clock: ManualClock) -> None:
    zoe = {"users": [{"username": "zoe", "password": "zoe-password-1"}]}
    backend = Backend.create(clock=clock, demo=True, data=zoe)

    users = {user.username for user in backend.state.users()}
    demo_users = {user["username"] for user in demo_document()["users"]}

    assert users == demo_users | {"zoe"}


def test_tokens_and_rate_limit_windows_follow_the_backend_s_clock(clock: ManualClock) -> None:
    backend = Backend.create(
        clock=clock, data=people_document(), rate_limit=1, rate_limit_window=60
    )
    token = backend.token("alice")
    assert backend.rate_limiter.hit("someone").exceeded is False
    assert backend.rate_limiter.hit("someone").exceeded is True

    clock.advance(hours=2)

    with pytest.raises(InvalidToken):
        backend.tokens.verify(token)
    assert backend.rate_limiter.hit("someone").exceeded is False


def test_reset_forgets_the_state_the_fault_rules_and_the_rate_limit_changes(
    clock: ManualClock,
) -> None:
    backend = Backend.create(clock=clock, data=people_document())
    backend.faults.add({"status": 503})
    backend.rate_limiter.configure(5)

    backend.reset()

    assert backend.counts() == {"users": 0, "orgs": 0, "repositories": 0}
    assert backend.faults.rules() == []
    assert backend.rate_limiter.settings()["limit"] is None


def test_reset_with_demo_holds_exactly_the_demo_data(clock: ManualClock) -> None:
    backend = Backend.create(clock=clock, data=people_document())
    demo = Backend.create(clock=clock, demo=True)

    backend.reset(demo=True)

    assert backend.counts() == demo.counts()
    assert backend.state.find_user("dave") is None


def test_a_demo_backend_holds_what_loading_the_demo_document_gives(clock: ManualClock) -> None:
    loaded = State(clock=clock, rng=random.Random(3))
    loaded.load(demo_document())
    demo = Backend.create(clock=clock, demo=True)
    again = Backend.create(clock=clock, data=people_document())
    again.reset(demo=True)

    assert demo.state.snapshot() == loaded.snapshot()
    assert again.state.snapshot() == loaded.snapshot()


def test_every_demo_load_brings_its_accounts_into_being_anew(clock: ManualClock) -> None:
    one, two = Backend.create(clock=clock, demo=True), Backend.create(clock=clock, demo=True)
    token = one.token("alice")
    before = one.state.incarnations()

    one.reset(demo=True)

    after = one.state.incarnations()
    assert after.keys() == before.keys() == two.state.incarnations().keys()
    assert all(after[name] not in (before[name], two.state.incarnations()[name]) for name in after)
    with pytest.raises(InvalidToken):
        one.tokens.verify(token)


def test_create_user_answers_the_account_as_get_user_shows_it(clock: ManualClock) -> None:
    app: Flask = create_app(clock=clock, rng=random.Random(7))
    backend = get_backend(app)

    created = backend.create_user("erin", "erin-password-1", full_name="Erin")
    shown = app.test_client().get(
        "/v2/user/", headers={"Authorization": f"Bearer {backend.token('erin')}"}
    )

    assert converter.unstructure(created) == shown.get_json()


def test_snapshot_loads_back_into_an_empty_backend(clock: ManualClock) -> None:
    backend = Backend.create(clock=clock, data=people_document())
    copy = Backend.create(clock=clock)

    copy.load(backend.snapshot())

    assert copy.snapshot() == backend.snapshot()
