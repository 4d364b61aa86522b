"""Personal access tokens, ``/v2/auth/token/`` and two-factor logins in fakehub (over Flask's
test client, on a manual clock): PATs are the caller's own, stored hashed, exchanged for
10-minute access tokens carrying their scopes, and the scopes are enforced."""

from __future__ import annotations

import base64
from collections.abc import Callable
from typing import Any

import pytest
from flask.testing import FlaskClient

from fakehub.clock import ManualClock
from fakehub.totp import check_code, totp

SECRET = "JBSWY3DPEHPK3PXP"
Headers = Callable[[str], dict[str, str]]


def _create(client: FlaskClient, headers: dict[str, str], *scopes: str, **extra: Any) -> Any:
    body = {"token_label": "ci", "scopes": list(scopes), **extra}
    response = client.post("/v2/access-tokens/", json=body, headers=headers)
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def _access(client: FlaskClient, username: str, secret: str) -> dict[str, str]:
    response = client.post("/v2/auth/token/", json={"identifier": username, "secret": secret})
    assert response.status_code == 200, response.get_json()
    return {"Authorization": f"Bearer {response.get_json()['access_token']}"}


def _add_2fa_user(client: FlaskClient) -> None:
    body = {"username": "erin", "password": "erin-password-1", "totp_secret": SECRET}
    assert client.post("/_fakehub/users", json=body).status_code == 201


# --- TOTP ----------------------------------------------------------------------------------------


def test_totp_follows_the_rfc_6238_test_vectors() -> None:
    secret = base64.b32encode(b"12345678901234567890").decode()
    assert totp(secret, 59, digits=8) == "94287082"
    assert totp(secret, 1111111109, digits=8) == "07081804"
    assert totp(secret, 20000000000, digits=8) == "65353130"


def test_a_code_is_accepted_one_step_early_or_late_but_not_two() -> None:
    code = totp(SECRET, 1_000_000)
    assert check_code(SECRET, code, 1_000_000 + 30)
    assert check_code(SECRET, code, 1_000_000 - 30)
    assert not check_code(SECRET, code, 1_000_000 + 90)
    assert not check_code(SECRET, "12345", 1_000_000)


# --- managing PATs -------------------------------------------------------------------------------


def test_the_secret_is_shown_once_and_stored_hashed(
    client: FlaskClient, as_user: Headers, snapshot: Callable[[], Any]
) -> None:
    headers = as_user("alice")
    created = _create(client, headers, "repo:read")
    assert created["token"].startswith("dckr_pat_")
    fetched = client.get(f"/v2/access-tokens/{created['uuid']}", headers=headers).get_json()
    assert fetched["token"] == ""
    assert created["token"] not in str(snapshot())


def test_a_snapshot_with_tokens_loads_back(
    client: FlaskClient, as_user: Headers, snapshot: Callable[[], Any]
) -> None:
    created = _create(client, as_user("alice"), "repo:write")
    document = snapshot()
    assert client.post("/_fakehub/reset").status_code == 200
    assert client.post("/_fakehub/load", json=document).status_code == 200
    assert snapshot() == document
    _access(client, "alice", created["token"])  # the hash still matches


@pytest.mark.parametrize(
    "body",
    [
        {"token_label": "ci", "scopes": ["repo:everything"]},
        {"token_label": "ci", "scopes": []},
        {"token_label": "", "scopes": ["repo:read"]},
        {"token_label": "ci", "scopes": ["repo:read"], "expires_at": "2000-01-01T00:00:00Z"},
    ],
    ids=["unknown-scope", "no-scope", "empty-label", "expired"],
)
def test_a_bad_token_request_is_a_400(
    client: FlaskClient, as_user: Headers, body: dict[str, Any]
) -> None:
    response = client.post("/v2/access-tokens/", json=body, headers=as_user("alice"))
    assert response.status_code == 400, response.get_json()


def test_a_list_shows_only_the_callers_tokens(client: FlaskClient, as_user: Headers) -> None:
    _create(client, as_user("alice"), "repo:read")
    bob = as_user("bob")
    _create(client, bob, "repo:read")
    page = client.get("/v2/access-tokens/", headers=bob).get_json()
    assert page["count"] == 1


# --- exchanging and using them -------------------------------------------------------------------


def test_an_access_token_lasts_ten_minutes(
    client: FlaskClient, as_user: Headers, clock: ManualClock
) -> None:
    created = _create(client, as_user("alice"), "repo:read")
    headers = _access(client, "alice", created["token"])
    clock.advance(minutes=9, seconds=59)
    assert client.get("/v2/user/", headers=headers).status_code == 200
    clock.advance(seconds=1)
    assert client.get("/v2/user/", headers=headers).status_code == 401


def test_an_expired_or_disabled_pat_is_refused(
    client: FlaskClient, as_user: Headers, clock: ManualClock
) -> None:
    alice = as_user("alice")
    expiring = _create(client, alice, "repo:read", expires_at="2024-01-01T13:00:00Z")
    disabled = _create(client, alice, "repo:read")
    headers = _access(client, "alice", disabled["token"])
    client.patch(f"/v2/access-tokens/{disabled['uuid']}", json={"is_active": False}, headers=alice)
    assert client.get("/v2/user/", headers=headers).status_code == 401
    for secret in (disabled["token"], "dckr_pat_not-a-token"):
        body = {"identifier": "alice", "secret": secret}
        assert client.post("/v2/auth/token/", json=body).status_code == 401
    clock.advance(hours=2)
    body = {"identifier": "alice", "secret": expiring["token"]}
    assert client.post("/v2/auth/token/", json=body).status_code == 401


def test_the_legacy_login_accepts_a_pat_with_its_scopes(
    client: FlaskClient, as_user: Headers
) -> None:
    created = _create(client, as_user("alice"), "repo:read")
    body = {"username": "alice", "password": created["token"]}
    token = client.post("/v2/users/login/", json=body).get_json()["token"]
    headers = {"Authorization": f"Bearer {token}"}
    assert client.post("/v2/repositories/alice/public/stars/", headers=headers).status_code == 403


@pytest.mark.parametrize(
    ("scope", "method", "path", "status"),
    [
        ("repo:read", "GET", "/v2/repositories/alice/private/", 200),
        ("repo:read", "POST", "/v2/repositories/alice/public/stars/", 403),
        ("repo:read", "PATCH", "/v2/repositories/alice/public/", 403),
        ("repo:public_read", "GET", "/v2/repositories/alice/public/", 200),
        ("repo:public_read", "GET", "/v2/repositories/alice/private/", 404),
        ("repo:write", "PATCH", "/v2/repositories/alice/public/", 200),
        ("repo:write", "DELETE", "/v2/repositories/alice/public/", 403),
        ("repo:admin", "DELETE", "/v2/repositories/alice/public/", 204),
        ("repo:admin", "GET", "/v2/access-tokens/", 403),
        ("repo:admin", "POST", "/v2/logout/", 204),
    ],
)
def test_scopes_are_enforced(
    client: FlaskClient, as_user: Headers, scope: str, method: str, path: str, status: int
) -> None:
    created = _create(client, as_user("alice"), scope)
    headers = _access(client, "alice", created["token"])
    body = {"description": "x"} if method == "PATCH" else None
    response = client.open(path, method=method, json=body, headers=headers)
    assert response.status_code == status, response.get_data(as_text=True)


def test_a_public_read_token_gets_what_a_stranger_gets_for_a_private_repository(
    client: FlaskClient, as_user: Headers
) -> None:
    created = _create(client, as_user("alice"), "repo:public_read")
    headers = _access(client, "alice", created["token"])
    hidden = client.get("/v2/repositories/alice/private/", headers=headers)
    stranger = client.get("/v2/repositories/alice/private/", headers=as_user("carol"))
    assert (hidden.status_code, hidden.get_json()) == (stranger.status_code, stranger.get_json())


# --- two-factor authentication -------------------------------------------------------------------


def test_a_2fa_login_needs_the_second_step(client: FlaskClient, clock: ManualClock) -> None:
    _add_2fa_user(client)
    first = client.post(
        "/v2/users/login/", json={"username": "erin", "password": "erin-password-1"}
    )
    assert first.status_code == 401
    body = first.get_json()
    assert body["detail"] == "Require secondary authentication on MFA enabled account"
    code = totp(SECRET, clock.now.timestamp())
    second = client.post(
        "/v2/users/2fa-login/", json={"login_2fa_token": body["login_2fa_token"], "code": code}
    )
    assert second.status_code == 200
    headers = {"Authorization": f"Bearer {second.get_json()['token']}"}
    assert client.get("/v2/user/", headers=headers).get_json()["username"] == "erin"


def test_a_wrong_code_or_an_expired_2fa_token_is_a_401(
    client: FlaskClient, clock: ManualClock
) -> None:
    _add_2fa_user(client)
    first = client.post(
        "/v2/users/login/", json={"username": "erin", "password": "erin-password-1"}
    )
    login_2fa_token = first.get_json()["login_2fa_token"]
    code = totp(SECRET, clock.now.timestamp())
    wrong = str((int(code) + 1) % 1_000_000).zfill(6)
    body = {"login_2fa_token": login_2fa_token, "code": wrong}
    assert client.post("/v2/users/2fa-login/", json=body).status_code == 401
    # the login_2fa_token is no access token
    headers = {"Authorization": f"Bearer {login_2fa_token}"}
    assert client.get("/v2/user/", headers=headers).status_code == 401
    clock.advance(minutes=6)
    body = {"login_2fa_token": login_2fa_token, "code": totp(SECRET, clock.now.timestamp())}
    assert client.post("/v2/users/2fa-login/", json=body).status_code == 401


def test_a_bad_totp_secret_is_refused_by_the_control_api(client: FlaskClient) -> None:
    body = {"username": "erin", "password": "erin-password-1", "totp_secret": "not base32!"}
    response = client.post("/_fakehub/users", json=body)
    assert response.status_code == 400
    assert "totp_secret" in response.get_json()["errors"]


def test_a_static_path_answers_405_to_other_methods(client: FlaskClient) -> None:
    for path in ("/v2/users/login/", "/v2/users/2fa-login/", "/v2/auth/token"):
        response = client.get(path)
        assert response.status_code == 405
        assert response.headers["Allow"] == "POST"
