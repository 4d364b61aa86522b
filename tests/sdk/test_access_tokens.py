"""Personal access tokens and two-factor logins in the client: the PAT is a credential,
exchanged lazily for a short-lived JWT, renewed before it expires and once after a 401; a
login to a 2FA account takes ``otp=``. No secret reaches a repr, a log or an error message."""

from __future__ import annotations

import base64
import json
import logging
from collections.abc import Callable

import pytest

from dockerhub_sdk import (
    AuthenticationError,
    DockerHub,
    InvalidInputError,
    MissingCredentialsError,
    TwoFactorRequiredError,
)
from dockerhub_sdk._auth import jwt_claims, renewal_time
from dockerhub_sdk._transport import Request, Response

from .fakes import WALL_START, FakeClock, FakeTransport, body_of, json_response

PAT = "dckr_pat_SECRET-c0ffee-9a8b7c6d5e4f"
PASSWORD = "pw-SECRET-carol-hunter2"
OTP = "492039"
LOGIN_2FA_TOKEN = "l2fa-SECRET-ephemeral-77aa"
ME = {
    "id": "0" * 32,
    "username": "alice",
    "full_name": "",
    "location": "",
    "company": "",
    "gravatar_email": "",
    "is_staff": False,
    "is_admin": False,
    "profile_url": "",
    "date_joined": "2024-01-01T00:00:00Z",
    "gravatar_url": "",
}


def make_jwt(iat: float, lifetime: float = 600.0, marker: str = "") -> str:
    """An unsigned-looking JWT: the client reads its payload without verifying it."""

    def part(value: object) -> str:
        return base64.urlsafe_b64encode(json.dumps(value).encode()).decode().rstrip("=")

    payload = {"sub": "alice", "iat": int(iat), "exp": int(iat + lifetime), "m": marker}
    return f"{part({'alg': 'HS256'})}.{part(payload)}.c2lnbmF0dXJl"


class Server:
    """Answers ``/v2/auth/token/`` with a fresh JWT each time and ``/v2/user/`` with 200 for the
    latest JWT only (401 for any other, as when the server revoked it)."""

    def __init__(self, transport: FakeTransport, wall: FakeClock, lifetime: float = 600.0) -> None:
        self.issued: list[str] = []
        self.wall = wall
        self.lifetime = lifetime
        transport.on("POST", "/v2/auth/token/", self.token)
        transport.on("GET", "/v2/user/", self.me)

    def token(self, request: Request) -> Response:
        body = body_of(request)
        if body != {"identifier": "alice", "secret": PAT}:
            return json_response({"detail": "Incorrect authentication credentials."}, 401)
        self.issued.append(make_jwt(self.wall.now, self.lifetime, marker=str(len(self.issued))))
        return json_response({"access_token": self.issued[-1]})

    def me(self, request: Request) -> Response:
        if self.issued and request.headers.get("Authorization") == f"Bearer {self.issued[-1]}":
            return json_response(ME)
        return json_response({"detail": "Token has been revoked."}, 401)


@pytest.fixture
def wall_clock() -> FakeClock:
    return FakeClock(WALL_START)


@pytest.fixture
def hub_factory(transport: FakeTransport, wall_clock: FakeClock) -> Callable[..., DockerHub]:
    def make(**kwargs: object) -> DockerHub:
        return DockerHub(
            base_url="https://hub.example.test",
            transport=transport,
            cache=False,
            wall_clock=wall_clock,
            sleep=lambda _: None,
            **kwargs,  # type: ignore[arg-type]
        )

    return make


def test_a_personal_access_token_is_exchanged_lazily_before_the_first_authenticated_call(
    transport: FakeTransport, wall_clock: FakeClock, hub_factory: Callable[..., DockerHub]
) -> None:
    server = Server(transport, wall_clock)
    hub = hub_factory(username="alice", token=PAT)
    assert transport.requests == []
    assert hub.users.me().username == "alice"
    assert [r.url.rsplit("/v2", 1)[1] for r in transport.requests] == ["/auth/token/", "/user/"]
    assert transport.last.headers["Authorization"] == f"Bearer {server.issued[0]}"
    hub.users.me()
    assert len(server.issued) == 1  # still fresh: no second exchange


def test_the_access_token_is_renewed_30_seconds_before_it_expires(
    transport: FakeTransport, wall_clock: FakeClock, hub_factory: Callable[..., DockerHub]
) -> None:
    server = Server(transport, wall_clock)
    hub = hub_factory(username="alice", token=PAT)
    hub.users.me()
    wall_clock.advance(600 - 31)
    hub.users.me()
    assert len(server.issued) == 1
    wall_clock.advance(1)  # 30 s before the end
    hub.users.me()
    assert len(server.issued) == 2
    assert transport.last.headers["Authorization"] == f"Bearer {server.issued[1]}"


def test_a_401_renews_the_access_token_once_and_replays_the_request_once(
    transport: FakeTransport, wall_clock: FakeClock, hub_factory: Callable[..., DockerHub]
) -> None:
    server = Server(transport, wall_clock)
    hub = hub_factory(username="alice", token=PAT)
    hub.users.me()
    server.issued.append("revoked-elsewhere")  # the server no longer accepts the held token
    assert hub.users.me().username == "alice"
    me_calls = transport.calls("GET", "/v2/user/")
    assert len(me_calls) == 3  # first call, the refused one, its replay
    assert len(transport.calls("POST", "/v2/auth/token/")) == 2


def test_a_second_401_after_the_renewal_is_raised(
    transport: FakeTransport, wall_clock: FakeClock, hub_factory: Callable[..., DockerHub]
) -> None:
    Server(transport, wall_clock)
    transport.on("GET", "/v2/user/", json_response({"detail": "nope"}, 401))
    hub = hub_factory(username="alice", token=PAT)
    with pytest.raises(AuthenticationError):
        hub.users.me()
    assert len(transport.calls("GET", "/v2/user/")) == 2
    assert len(transport.calls("POST", "/v2/auth/token/")) == 2


def test_a_refused_personal_access_token_raises_without_showing_it(
    transport: FakeTransport, wall_clock: FakeClock, hub_factory: Callable[..., DockerHub]
) -> None:
    transport.on("POST", "/v2/auth/token/", json_response({"detail": f"bad secret {PAT}"}, 401))
    hub = hub_factory(username="alice", token=PAT)
    with pytest.raises(AuthenticationError) as info:
        hub.users.me()
    assert PAT not in str(info.value) and PAT not in repr(info.value)
    assert PAT not in str(info.value.detail)
    assert PAT not in repr(hub)


def test_a_personal_access_token_needs_a_username() -> None:
    with pytest.raises(InvalidInputError, match="username"):
        DockerHub(token=PAT)


def test_set_login_token_refuses_a_personal_access_token(
    hub_factory: Callable[..., DockerHub],
) -> None:
    with pytest.raises(InvalidInputError) as info:
        hub_factory().set_login_token(PAT)
    assert PAT not in str(info.value)


@pytest.mark.parametrize("variable", ["DOCKER_HUB_PAT", "DOCKER_HUB_TOKEN"])
def test_the_environment_can_hold_a_personal_access_token(
    variable: str,
    monkeypatch: pytest.MonkeyPatch,
    transport: FakeTransport,
    wall_clock: FakeClock,
    hub_factory: Callable[..., DockerHub],
) -> None:
    monkeypatch.setenv("DOCKER_HUB_USERNAME", "alice")
    monkeypatch.setenv(variable, PAT)
    server = Server(transport, wall_clock)
    hub_factory().users.me()
    assert len(server.issued) == 1


def test_without_username_the_environment_token_is_not_a_credential(
    monkeypatch: pytest.MonkeyPatch, hub_factory: Callable[..., DockerHub]
) -> None:
    monkeypatch.setenv("DOCKER_HUB_PAT", PAT)
    with pytest.raises(MissingCredentialsError):
        hub_factory().users.me()


def test_the_expiry_is_read_from_the_jwt_payload_without_verifying_it() -> None:
    token = make_jwt(5_000, lifetime=600)
    assert jwt_claims(token)["exp"] == 5_600
    assert jwt_claims("not-a-jwt") == {}
    # measured from when it was received (a skewed server clock does not matter)
    assert renewal_time(token, now=100.0) == 100.0 + 600 - 30
    assert renewal_time(make_jwt(0, lifetime=20), now=0.0) == 10.0  # half of a short life
    assert renewal_time("opaque", now=0.0) is None


# --- two-factor logins ----------------------------------------------------------------------


def _two_factor_server(transport: FakeTransport, token: str = "jwt-after-2fa") -> None:
    transport.on(
        "POST",
        "/v2/users/login/",
        json_response(
            {
                "detail": "Require secondary authentication on MFA enabled account",
                "login_2fa_token": LOGIN_2FA_TOKEN,
            },
            401,
        ),
    )

    def second(request: Request) -> Response:
        if body_of(request) == {"login_2fa_token": LOGIN_2FA_TOKEN, "code": OTP}:
            return json_response({"token": token})
        return json_response({"detail": f"Incorrect code {body_of(request)['code']}"}, 401)

    transport.on("POST", "/v2/users/2fa-login/", second)


def test_a_two_factor_login_without_otp_raises_two_factor_required(
    transport: FakeTransport, hub_factory: Callable[..., DockerHub]
) -> None:
    _two_factor_server(transport)
    hub = hub_factory()
    with pytest.raises(TwoFactorRequiredError) as info:
        hub.login("carol", PASSWORD)
    assert isinstance(info.value, AuthenticationError)
    assert "otp=" in str(info.value)
    for secret in (PASSWORD, LOGIN_2FA_TOKEN):
        assert secret not in str(info.value) and secret not in repr(info.value.body)
    assert not hub.is_authenticated


@pytest.mark.parametrize("otp", [OTP, lambda: OTP], ids=["code", "callable"])
def test_a_two_factor_login_with_otp_keeps_the_token(
    otp: str | Callable[[], str],
    transport: FakeTransport,
    hub_factory: Callable[..., DockerHub],
) -> None:
    _two_factor_server(transport)
    hub = hub_factory()
    assert hub.login("carol", PASSWORD, otp=otp) == "jwt-after-2fa"
    assert hub.is_authenticated
    assert body_of(transport.last) == {"login_2fa_token": LOGIN_2FA_TOKEN, "code": OTP}


def test_a_wrong_otp_raises_without_showing_the_code_or_the_tokens(
    transport: FakeTransport,
    hub_factory: Callable[..., DockerHub],
    caplog: pytest.LogCaptureFixture,
) -> None:
    _two_factor_server(transport)
    hub = hub_factory()
    caplog.set_level(logging.DEBUG, logger="dockerhub_sdk")
    with pytest.raises(AuthenticationError) as info:
        hub.login("carol", PASSWORD, otp="000111")
    assert not isinstance(info.value, TwoFactorRequiredError)
    for secret in ("000111", PASSWORD, LOGIN_2FA_TOKEN):
        assert secret not in str(info.value)
        assert secret not in (info.value.detail or "")
        assert secret not in caplog.text
    assert not hub.is_authenticated


def test_no_secret_of_the_access_token_flow_reaches_the_logs(
    transport: FakeTransport,
    wall_clock: FakeClock,
    hub_factory: Callable[..., DockerHub],
    caplog: pytest.LogCaptureFixture,
) -> None:
    server = Server(transport, wall_clock)
    caplog.set_level(logging.DEBUG, logger="dockerhub_sdk")
    hub = hub_factory(username="alice", token=PAT)
    hub.users.me()
    server.issued.append("revoked")
    hub.users.me()
    assert caplog.records
    for secret in (PAT, *server.issued):
        assert secret not in caplog.text
