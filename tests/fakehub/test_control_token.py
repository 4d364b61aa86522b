"""The control API's credential and its health check.

An application made with ``control_token`` answers every path under ``/_fakehub/`` with a
Docker-shaped 401 unless the request carries ``Authorization: Bearer <token>``; one made
without (the fixtures, in-process use) needs nothing. ``GET /_fakehub/health`` is cheap.
"""

from __future__ import annotations

import threading

import pytest
from flask import Flask
from flask.testing import FlaskClient
from hypothesis import given
from hypothesis import strategies as st

from dockerhub_sdk import __version__
from fakehub.app import create_app, get_backend

TOKEN = "control-token-0123456789"
CONTROL_ROUTES = [
    ("GET", "/_fakehub/health"),
    ("GET", "/_fakehub/state"),
    ("POST", "/_fakehub/reset"),
    ("POST", "/_fakehub/users"),
    ("POST", "/_fakehub/load"),
    ("GET", "/_fakehub/faults"),
    ("POST", "/_fakehub/faults"),
    ("DELETE", "/_fakehub/faults"),
    ("DELETE", "/_fakehub/faults/1"),
    ("GET", "/_fakehub/rate-limit"),
    ("POST", "/_fakehub/rate-limit"),
    ("POST", "/_fakehub/invites/x/accept"),
    ("GET", "/_fakehub/no-such-route"),
    ("GET", "/_fakehub"),
]


@pytest.fixture(scope="module")
def guarded_app() -> Flask:
    return create_app(demo=True, control_token=TOKEN)


@pytest.fixture
def guarded(guarded_app: Flask) -> FlaskClient:
    return guarded_app.test_client()


@pytest.mark.parametrize(("method", "path"), CONTROL_ROUTES)
def test_every_control_path_refuses_a_request_without_the_token(
    guarded: FlaskClient, method: str, path: str
) -> None:
    response = guarded.open(path, method=method, json={"username": "mallory", "password": "p"})
    assert response.status_code == 401
    assert response.get_json() == {"detail": "Authentication credentials were not provided."}
    assert response.headers["WWW-Authenticate"].startswith("Bearer ")


def test_a_refused_control_request_changes_nothing(
    guarded_app: Flask, guarded: FlaskClient
) -> None:
    before = get_backend(guarded_app).snapshot()
    guarded.post("/_fakehub/reset", headers={"Authorization": "Bearer wrong"})
    guarded.post("/_fakehub/users", json={"username": "mallory", "password": "mallory-pw"})
    assert get_backend(guarded_app).snapshot() == before


@pytest.mark.parametrize(
    "header",
    ["Bearer wrong", f"Basic {TOKEN}", f"Token {TOKEN}", TOKEN, f"Bearer {TOKEN}x", "Bearer"],
)
def test_a_wrong_credential_is_an_invalid_control_token(guarded: FlaskClient, header: str) -> None:
    response = guarded.get("/_fakehub/state", headers={"Authorization": header})
    assert response.status_code == 401
    assert response.get_json() == {"detail": "Invalid control token."}


@pytest.mark.parametrize("header", [f"Bearer {TOKEN}", f"bearer {TOKEN}", f"BEARER  {TOKEN} "])
def test_the_bearer_token_opens_the_control_api(guarded: FlaskClient, header: str) -> None:
    response = guarded.get("/_fakehub/state", headers={"Authorization": header})
    assert response.status_code == 200
    assert [u["username"] for u in response.get_json()["users"]][:1] == ["alice"]


def test_the_control_token_guards_only_the_control_api(guarded: FlaskClient) -> None:
    assert guarded.get("/v2/repositories/library/nginx/").status_code == 200
    assert guarded.get("/openapi.json").status_code == 200


@given(header=st.text(max_size=60))
def test_no_header_value_opens_the_control_api_or_fails_it(guarded_app: Flask, header: str) -> None:
    client = guarded_app.test_client()
    try:
        response = client.get("/_fakehub/state", headers={"Authorization": header})
    except ValueError:  # a header the test client itself cannot send (a newline...)
        return
    assert response.status_code == 401
    assert response.is_json


def test_without_a_control_token_the_control_api_is_open() -> None:
    client = create_app().test_client()
    assert (
        client.post("/_fakehub/users", json={"username": "erin", "password": "pw"}).status_code
        == 201
    )
    assert client.get("/_fakehub/state").status_code == 200


def test_the_control_token_is_not_in_the_backends_repr() -> None:
    app = create_app(control_token=TOKEN)
    assert TOKEN not in repr(get_backend(app))


def test_health_answers_ok_and_the_version() -> None:
    response = create_app().test_client().get("/_fakehub/health")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok", "version": __version__}


def test_health_answers_while_the_state_lock_is_held() -> None:
    app = create_app()
    state = get_backend(app).state
    answered: list[int] = []
    with state.lock:  # a slow request elsewhere holds it
        worker = threading.Thread(
            target=lambda: answered.append(app.test_client().get("/_fakehub/health").status_code)
        )
        worker.start()
        worker.join(timeout=10)
        assert answered == [200]


def test_an_empty_control_token_is_refused() -> None:
    with pytest.raises(ValueError, match="control_token must not be empty"):
        create_app(control_token="")
