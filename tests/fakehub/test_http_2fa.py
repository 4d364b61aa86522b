"""The second step of a two-factor login, as a real second factor: a ``login_2fa_token`` is
single-use, allows ``LOGIN_2FA_ATTEMPTS`` (5) codes and then is dead (401), and expires after
five minutes (over Flask's test client, on a manual clock)."""

from __future__ import annotations

import random

from flask.testing import FlaskClient
from hypothesis import given, settings
from hypothesis import strategies as st

from fakehub.app import create_app
from fakehub.auth import LOGIN_2FA_ATTEMPTS
from fakehub.clock import ManualClock
from fakehub.totp import totp
from tests.depth import depth

SECRET = "JBSWY3DPEHPK3PXP"


def _first_step(client: FlaskClient) -> str:
    response = client.post(
        "/v2/users/login/", json={"username": "erin", "password": "erin-password-1"}
    )
    assert response.status_code == 401
    token = response.get_json()["login_2fa_token"]
    assert isinstance(token, str)
    return token


def _second_step(client: FlaskClient, clock: ManualClock, token: str, *, right: bool) -> int:
    code = totp(SECRET, clock.now.timestamp())
    if not right:
        code = str((int(code) + 1) % 1_000_000).zfill(6)
    body = {"login_2fa_token": token, "code": code}
    return client.post("/v2/users/2fa-login/", json=body).status_code


def _erin(clock: ManualClock) -> FlaskClient:
    app = create_app(clock=clock, rng=random.Random(7))
    app.testing = True
    client = app.test_client()
    body = {"username": "erin", "password": "erin-password-1", "totp_secret": SECRET}
    assert client.post("/_fakehub/users", json=body).status_code == 201
    return client


def test_a_login_2fa_token_is_refused_once_it_has_logged_in(clock: ManualClock) -> None:
    client = _erin(clock)
    token = _first_step(client)
    assert _second_step(client, clock, token, right=True) == 200
    body = {"login_2fa_token": token, "code": totp(SECRET, clock.now.timestamp())}
    response = client.post("/v2/users/2fa-login/", json=body)
    assert response.status_code == 401
    assert response.get_json()["detail"] == "The login_2fa_token has already been used."


def test_a_login_2fa_token_is_dead_after_five_wrong_codes(clock: ManualClock) -> None:
    client = _erin(clock)
    token = _first_step(client)
    for _ in range(LOGIN_2FA_ATTEMPTS):
        assert _second_step(client, clock, token, right=False) == 401
    body = {"login_2fa_token": token, "code": totp(SECRET, clock.now.timestamp())}
    response = client.post("/v2/users/2fa-login/", json=body)
    assert response.status_code == 401
    assert response.get_json()["detail"] == (
        "The login_2fa_token has been tried 5 times: log in again."
    )


def test_a_new_first_step_gives_fresh_attempts(clock: ManualClock) -> None:
    client = _erin(clock)
    dead = _first_step(client)
    for _ in range(LOGIN_2FA_ATTEMPTS):
        _second_step(client, clock, dead, right=False)
    assert _second_step(client, clock, _first_step(client), right=True) == 200


def test_a_login_2fa_token_expires_after_five_minutes(clock: ManualClock) -> None:
    client = _erin(clock)
    token = _first_step(client)
    clock.advance(minutes=5)
    assert _second_step(client, clock, token, right=True) == 401


@settings(max_examples=depth(25), deadline=None)
@given(wrong=st.integers(min_value=0, max_value=LOGIN_2FA_ATTEMPTS + 3))
def test_the_right_code_logs_in_only_within_the_attempts(wrong: int) -> None:
    clock = ManualClock()
    client = _erin(clock)
    token = _first_step(client)
    for _ in range(wrong):
        assert _second_step(client, clock, token, right=False) == 401
    expected = 200 if wrong < LOGIN_2FA_ATTEMPTS else 401
    assert _second_step(client, clock, token, right=True) == expected


def test_a_2fa_login_asked_for_a_refresh_token_carries_one_as_hub_tool_reads_it(
    clock: ManualClock,
) -> None:
    client = _erin(clock)
    body = {"login_2fa_token": _first_step(client), "code": totp(SECRET, clock.now.timestamp())}
    answer = client.post("/v2/users/2fa-login?refresh_token=true", json=body).get_json()
    assert isinstance(answer["refresh_token"], str)
    assert answer["refresh_token"] not in ("", answer["token"])


def test_a_2fa_login_without_the_query_has_no_refresh_token(clock: ManualClock) -> None:
    client = _erin(clock)
    body = {"login_2fa_token": _first_step(client), "code": totp(SECRET, clock.now.timestamp())}
    answer = client.post("/v2/users/2fa-login/", json=body).get_json()
    assert "refresh_token" not in answer


def test_a_refresh_token_is_no_access_token(clock: ManualClock) -> None:
    client = _erin(clock)
    body = {"login_2fa_token": _first_step(client), "code": totp(SECRET, clock.now.timestamp())}
    refresh = client.post("/v2/users/2fa-login?refresh_token=true", json=body).get_json()
    response = client.get(
        "/v2/user/", headers={"Authorization": f"Bearer {refresh['refresh_token']}"}
    )
    assert response.status_code == 401
