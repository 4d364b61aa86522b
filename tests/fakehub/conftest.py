"""Fixtures for fakehub's own tests: a state without HTTP, and an app with Flask's test client.

Both run on a controllable clock. The people: ``alice`` owns ``alice/public`` and the private
``alice/private`` (``bob`` collaborates on it); ``carol`` is a stranger; ``dave`` owns the
organization ``acme`` and its private ``acme/internal``.
"""

from __future__ import annotations

import functools
import random
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from fakehub.app import create_app, get_backend
from fakehub.clock import ManualClock
from fakehub.state import State, hash_password

PASSWORDS = {
    "alice": "alice-password-1",
    "bob": "bob-password-1",
    "carol": "carol-password-1",
    "dave": "dave-password-1",
}


def people_document() -> dict[str, Any]:
    """The cast of these tests, as a ``load`` document."""
    return {
        "users": [{"username": name, "password": pw} for name, pw in PASSWORDS.items()],
        "orgs": [
            {
                "name": "acme",
                "members": ["dave"],
                "groups": [{"name": "developers", "members": []}],
            }
        ],
        "repositories": [
            {
                "namespace": "alice",
                "name": "public",
                "description": "public things",
                "tags": [{"name": "latest", "full_size": 100}, {"name": "v1", "full_size": 90}],
            },
            {
                "namespace": "alice",
                "name": "private",
                "is_private": True,
                "collaborators": ["bob"],
                "tags": [{"name": "latest", "full_size": 10}],
            },
            {"namespace": "acme", "name": "internal", "is_private": True},
        ],
    }


def quick_people_document() -> dict[str, Any]:
    """The cast with one-round password hashes in place of passwords: an app loads it without
    hashing (10,000 PBKDF2 rounds a user) and its logins check one round. The ``state``
    fixture gets the same from ``State(password_iterations=1)``; an app takes no such option.
    """
    document = people_document()
    for user in document["users"]:
        password = user.pop("password")
        user["password_hash"] = hash_password(
            password, salt=f"{user['username']}salt", iterations=1
        )
    return document


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def state(clock: ManualClock) -> State:
    """A state holding the cast, without HTTP."""
    hub = State(clock=clock, rng=random.Random(7), password_iterations=1)
    hub.load(people_document())
    return hub


@pytest.fixture
def app(clock: ManualClock) -> Flask:
    app = create_app(clock=clock, rng=random.Random(7), data=quick_people_document())
    app.testing = True
    return app


@pytest.fixture
def client(app: Flask) -> Iterator[FlaskClient]:
    with app.test_client() as test_client:
        yield test_client


@pytest.fixture
def app_state(app: Flask) -> State:
    return get_backend(app).state


def _login(client: FlaskClient, username: str) -> str:
    response = client.post(
        "/v2/users/login/", json={"username": username, "password": PASSWORDS[username]}
    )
    assert response.status_code == 200, response.get_json()
    token = response.get_json()["token"]
    assert isinstance(token, str)
    return token


@pytest.fixture
def token_of(client: FlaskClient) -> Callable[[str], str]:
    """``token_of("alice")``: a fresh login token."""
    return functools.partial(_login, client)


@pytest.fixture
def as_user(client: FlaskClient) -> Callable[[str], dict[str, str]]:
    """``as_user("alice")``: ``Authorization: Bearer`` headers of a fresh login."""

    def headers(username: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {_login(client, username)}"}

    return headers


@pytest.fixture
def snapshot(client: FlaskClient) -> Callable[[], Any]:
    """``snapshot()``: the whole state, through ``GET /_fakehub/state``."""

    def take() -> Any:
        response = client.get("/_fakehub/state")
        assert response.status_code == 200
        return response.get_json()

    return take
