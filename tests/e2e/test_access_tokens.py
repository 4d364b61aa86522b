"""Personal access tokens, access-token exchange and two-factor logins: the SDK against
fakehub, over a socket and in-process."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from dockerhub_sdk import (
    AccessTokenPage,
    AuthenticationError,
    DockerHub,
    NotFoundError,
    PermissionDeniedError,
    TwoFactorRequiredError,
    WSGITransport,
)
from fakehub.app import create_app, get_backend
from fakehub.clock import ManualClock
from fakehub.demo import DEMO_TOTP_SECRETS, DEMO_USERS
from fakehub.server import FakeHub
from fakehub.totp import totp
from tests.e2e.conftest import Hub

CAROL_SECRET = DEMO_TOTP_SECRETS["carol"]


def _pat(alice: DockerHub, *scopes: str) -> str:
    return alice.access_tokens.create(token_label="e2e", scopes=list(scopes)).token


def _pat_client(fake: Hub, secret: str) -> DockerHub:
    """A client holding alice's personal access token (closed with the fixture's clients)."""
    hub = fake.client(username="alice", token=secret, cache=False)
    return hub


# --- the operations -------------------------------------------------------------------------


def test_access_tokens_create_shows_the_secret_once(alice: DockerHub) -> None:
    created = alice.access_tokens.create(token_label="ci", scopes=["repo:read"])
    assert created.token.startswith("dckr_pat_")
    assert created.is_active and created.scopes == ["repo:read"] and created.last_used is None
    fetched = alice.access_tokens.get(created.uuid)
    assert fetched.token == "" and fetched.token_label == "ci"


def test_access_tokens_list_pages_the_callers_tokens(alice: DockerHub, bob: DockerHub) -> None:
    for label in ("one", "two", "three"):
        alice.access_tokens.create(token_label=label, scopes=["repo:read"])
    bob.access_tokens.create(token_label="bobs", scopes=["repo:admin"])
    page = alice.access_tokens.list(page_size=2)
    assert page.count == 3 and len(page.results) == 2 and page.next is not None
    labels = {t.token_label for t in alice.access_tokens.iter()}
    assert labels == {"one", "two", "three"}
    assert all(t.token == "" for t in alice.access_tokens.iter())


def test_access_tokens_list_counts_the_active_tokens_on_every_page(alice: DockerHub) -> None:
    tokens = [alice.access_tokens.create(token_label=n, scopes=["repo:read"]) for n in "abc"]
    alice.access_tokens.update(tokens[0].uuid, is_active=False)
    page = alice.access_tokens.list(page=2, page_size=2)
    assert isinstance(page, AccessTokenPage)
    assert (page.count, page.active_count, len(page.results)) == (3, 2, 1)


def test_access_tokens_update_renames_and_disables(alice: DockerHub) -> None:
    created = alice.access_tokens.create(token_label="ci", scopes=["repo:read"])
    updated = alice.access_tokens.update(created.uuid, token_label="build", is_active=False)
    assert (updated.token_label, updated.is_active) == ("build", False)


def test_access_tokens_delete_removes_it(alice: DockerHub) -> None:
    created = alice.access_tokens.create(token_label="ci", scopes=["repo:read"])
    alice.access_tokens.delete(created.uuid)
    with pytest.raises(NotFoundError):
        alice.access_tokens.get(created.uuid)


def test_another_users_token_is_not_found(alice: DockerHub, bob: DockerHub) -> None:
    created = alice.access_tokens.create(token_label="ci", scopes=["repo:read"])
    with pytest.raises(NotFoundError):
        bob.access_tokens.get(created.uuid)
    with pytest.raises(NotFoundError):
        bob.access_tokens.delete(created.uuid)
    assert alice.access_tokens.get(created.uuid).is_active


def test_auth_token_exchanges_a_password_or_a_pat(anon: DockerHub, alice: DockerHub) -> None:
    secret = _pat(alice, "repo:read")
    for credential in (DEMO_USERS["alice"], secret):
        assert anon.auth.token(identifier="alice", secret=credential).access_token
    with pytest.raises(AuthenticationError):
        anon.auth.token(identifier="alice", secret="dckr_pat_wrong")


# --- using a personal access token ----------------------------------------------------------


def test_a_pat_client_reads_and_writes_with_write_scope(fake: Hub, alice: DockerHub) -> None:
    hub = _pat_client(fake, _pat(alice, "repo:write"))
    assert hub.users.me().username == "alice"
    assert hub.repositories.get("alice", "secret-project").is_private
    hub.repositories.create(namespace="alice", name="from-pat")
    assert alice.repositories.get("alice", "from-pat").name == "from-pat"


def test_a_read_only_pat_cannot_write(fake: Hub, alice: DockerHub) -> None:
    hub = _pat_client(fake, _pat(alice, "repo:read"))
    assert hub.repositories.get("alice", "secret-project").is_private  # reads private ones
    with pytest.raises(PermissionDeniedError):
        hub.repositories.create(namespace="alice", name="nope")
    with pytest.raises(PermissionDeniedError):
        hub.repositories.update("alice", "webapp", description="changed")


def test_a_public_read_pat_does_not_see_private_repositories(fake: Hub, alice: DockerHub) -> None:
    hub = _pat_client(fake, _pat(alice, "repo:public_read"))
    assert hub.repositories.get("alice", "webapp").name == "webapp"
    with pytest.raises(NotFoundError):
        hub.repositories.get("alice", "secret-project")
    assert {r.name for r in hub.repositories.list("alice")} == {"webapp"}


def test_a_pat_cannot_manage_pats(fake: Hub, alice: DockerHub) -> None:
    hub = _pat_client(fake, _pat(alice, "repo:admin"))
    with pytest.raises(PermissionDeniedError):
        hub.access_tokens.list()


def test_deleting_the_pat_ends_its_access_tokens(fake: Hub, alice: DockerHub) -> None:
    created = alice.access_tokens.create(token_label="ci", scopes=["repo:read"])
    hub = _pat_client(fake, created.token)
    hub.users.me()
    alice.access_tokens.delete(created.uuid)
    with pytest.raises(AuthenticationError):  # the 401, the renewal refused too
        hub.users.me()


# --- renewal ----------------------------------------------------------------------------------


@pytest.fixture(params=["socket", "in-process"])
def timed(request: pytest.FixtureRequest) -> Iterator[tuple[ManualClock, DockerHub, str]]:
    """A fakehub on a ManualClock, alice's PAT, and a client that holds it (its wall clock is
    the same ManualClock)."""
    clock = ManualClock()
    app = create_app(demo=True, clock=clock)
    server = FakeHub(app) if request.param == "socket" else None
    if server is not None:
        server.start()
    base = server.url if server is not None else "http://fakehub.test"
    transport = None if server is not None else WSGITransport(app)
    options: dict[str, object] = {"cache": False, "wall_clock": lambda: clock.now.timestamp()}
    admin = DockerHub(base_url=base, transport=transport, **options)  # type: ignore[arg-type]
    admin.login("alice", DEMO_USERS["alice"])
    secret = admin.access_tokens.create(token_label="ci", scopes=["repo:read"]).token
    hub = DockerHub(base_url=base, transport=transport, username="alice", token=secret, **options)  # type: ignore[arg-type]
    try:
        yield clock, hub, request.param
    finally:
        hub.close()
        admin.close()
        if server is not None:
            server.stop()


def test_the_access_token_is_renewed_before_it_expires(
    timed: tuple[ManualClock, DockerHub, str],
) -> None:
    clock, hub, _ = timed
    hub.users.me()
    first = hub._session.token
    clock.advance(minutes=9)
    hub.users.me()
    assert hub._session.token == first
    clock.advance(seconds=31)  # 29 s left: renewed before the request
    hub.users.me()
    assert hub._session.token != first
    assert hub.last_response is not None and hub.last_response.status_code == 200


def test_an_expired_access_token_is_renewed_after_the_401(
    timed: tuple[ManualClock, DockerHub, str],
) -> None:
    clock, hub, _ = timed
    hub.users.me()
    first = hub._session.token
    frozen = clock.now.timestamp()
    hub._wall_clock = lambda: frozen  # the client does not see time pass: it learns by a 401
    clock.advance(minutes=11)
    assert hub.users.me().username == "alice"
    assert hub._session.token != first


# --- two-factor authentication ------------------------------------------------------------------


def test_a_2fa_login_without_a_code_raises_two_factor_required(anon: DockerHub) -> None:
    with pytest.raises(TwoFactorRequiredError):
        anon.login("carol", DEMO_USERS["carol"])
    assert not anon.is_authenticated


def test_a_2fa_login_with_the_current_code_succeeds(anon: DockerHub) -> None:
    anon.login("carol", DEMO_USERS["carol"], otp=lambda: totp(CAROL_SECRET, time.time()))
    assert anon.users.me().username == "carol"


def test_auth_login_2fa_is_the_raw_second_step(fake: Hub, anon: DockerHub) -> None:
    # the first step's login_2fa_token never reaches SDK users (it is a secret): take it from
    # fakehub, as the SDK's login(otp=...) takes it from the 401
    first_step = get_backend(fake.app).tokens.issue_login_2fa("carol")
    answer = anon.auth.login_2fa(login_2fa_token=first_step, code=totp(CAROL_SECRET, time.time()))
    assert answer.token and anon.is_authenticated
    assert anon.users.me().username == "carol"


def test_a_2fa_login_asked_for_a_refresh_token_returns_one_hidden_from_repr(
    fake: Hub, anon: DockerHub
) -> None:
    first_step = get_backend(fake.app).tokens.issue_login_2fa("carol")
    code = totp(CAROL_SECRET, time.time())
    answer = anon.auth.login_2fa(login_2fa_token=first_step, code=code, refresh_token=True)
    assert isinstance(answer.refresh_token, str) and answer.refresh_token
    assert answer.refresh_token not in repr(answer)


def test_a_2fa_login_with_a_wrong_code_fails(anon: DockerHub) -> None:
    wrong = str((int(totp(CAROL_SECRET, time.time())) + 500_000) % 1_000_000).zfill(6)
    with pytest.raises(AuthenticationError) as info:
        anon.login("carol", DEMO_USERS["carol"], otp=wrong)
    assert not isinstance(info.value, TwoFactorRequiredError)
    assert wrong not in str(info.value)
    assert not anon.is_authenticated


def test_a_2fa_account_uses_a_pat_without_a_code(fake: Hub, anon: DockerHub) -> None:
    anon.login("carol", DEMO_USERS["carol"], otp=totp(CAROL_SECRET, time.time()))
    secret = anon.access_tokens.create(token_label="ci", scopes=["repo:write"]).token
    assert anon.auth.token(identifier="carol", secret=secret).access_token
    with pytest.raises(AuthenticationError):  # a password is refused: use a PAT
        anon.auth.token(identifier="carol", secret=DEMO_USERS["carol"])
    assert get_backend(fake.app).state.find_user("carol") is not None


def test_api_tokens_are_the_access_tokens_at_hub_tools_path(alice: DockerHub) -> None:
    created = alice.api_tokens.create(token_label="hub-tool")
    assert created.scopes == ["repo:admin"] and created.is_active
    page = alice.api_tokens.list()
    assert isinstance(page, AccessTokenPage) and page.active_count == 1
    assert alice.access_tokens.get(created.uuid).token_label == "hub-tool"
