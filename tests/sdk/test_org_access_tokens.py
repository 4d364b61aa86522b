"""An organization access token (``dckr_oat_...``) in the client: a credential like a personal
access token, with the organization's name as ``username``: exchanged lazily, renewed before
it expires and once after a 401; a 403 is a ``PermissionDeniedError`` (no renewal); the
secret never shows. The management methods check their arguments before any request."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dockerhub_sdk import (
    AuthenticationError,
    DockerHub,
    InvalidInputError,
    OrgAccessTokenResource,
    OrgAccessTokenResourceType,
    PermissionDeniedError,
)
from dockerhub_sdk._transport import Request, Response

from .fakes import WALL_START, FakeClock, FakeTransport, body_of, empty_response, json_response
from .test_access_tokens import make_jwt

OAT = "dckr_oat_SECRET-7awgM4jG5SQvxcvmNzhKj8P"
EXISTS = "/v2/namespaces/acme/repositories/tools/"
UPDATE = "/v2/repositories/acme/tools/"


class OrgServer:
    """Answers ``/v2/auth/token/`` for acme's token with a fresh JWT each time, ``HEAD`` of
    acme/tools with 200 for the latest JWT only (401 otherwise) and its ``PATCH`` with 403."""

    def __init__(self, transport: FakeTransport, wall: FakeClock) -> None:
        self.issued: list[str] = []
        self.wall = wall
        transport.on("POST", "/v2/auth/token/", self.token)
        transport.on("HEAD", EXISTS, self.exists)
        transport.on(
            "PATCH",
            UPDATE,
            json_response(
                {"detail": "The organization access token's scopes do not allow this action."}, 403
            ),
        )

    def token(self, request: Request) -> Response:
        if body_of(request) != {"identifier": "acme", "secret": OAT}:
            return json_response({"detail": "Incorrect authentication credentials."}, 401)
        self.issued.append(make_jwt(self.wall.now, marker=str(len(self.issued))))
        return json_response({"access_token": self.issued[-1]})

    def exists(self, request: Request) -> Response:
        if self.issued and request.headers.get("Authorization") == f"Bearer {self.issued[-1]}":
            return empty_response(200)
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


def test_an_org_access_token_is_exchanged_lazily_with_the_orgs_name(
    transport: FakeTransport, wall_clock: FakeClock, hub_factory: Callable[..., DockerHub]
) -> None:
    server = OrgServer(transport, wall_clock)
    hub = hub_factory(username="acme", token=OAT)
    assert transport.requests == []
    assert hub.namespace_repositories.exists("acme", "tools")
    assert [r.method for r in transport.requests] == ["POST", "HEAD"]
    assert transport.last.headers["Authorization"] == f"Bearer {server.issued[0]}"
    hub.namespace_repositories.exists("acme", "tools")
    assert len(server.issued) == 1  # still fresh: no second exchange


def test_its_access_token_is_renewed_30_seconds_before_it_expires(
    transport: FakeTransport, wall_clock: FakeClock, hub_factory: Callable[..., DockerHub]
) -> None:
    server = OrgServer(transport, wall_clock)
    hub = hub_factory(username="acme", token=OAT)
    hub.namespace_repositories.exists("acme", "tools")
    wall_clock.advance(600 - 30)
    hub.namespace_repositories.exists("acme", "tools")
    assert len(server.issued) == 2
    assert transport.last.headers["Authorization"] == f"Bearer {server.issued[1]}"


def test_a_401_renews_it_once_and_replays_the_request(
    transport: FakeTransport, wall_clock: FakeClock, hub_factory: Callable[..., DockerHub]
) -> None:
    server = OrgServer(transport, wall_clock)
    hub = hub_factory(username="acme", token=OAT)
    hub.namespace_repositories.exists("acme", "tools")
    server.issued.append("revoked-elsewhere")  # the server no longer accepts the held token
    assert hub.namespace_repositories.exists("acme", "tools")
    assert len(transport.calls("HEAD", EXISTS)) == 3  # first call, the refused one, its replay
    assert len(transport.calls("POST", "/v2/auth/token/")) == 2


def test_an_out_of_scope_write_raises_permission_denied_without_renewing(
    transport: FakeTransport, wall_clock: FakeClock, hub_factory: Callable[..., DockerHub]
) -> None:
    server = OrgServer(transport, wall_clock)
    hub = hub_factory(username="acme", token=OAT)
    with pytest.raises(PermissionDeniedError) as info:
        hub.repositories.update("acme", "tools", description="changed")
    assert info.value.status_code == 403 and "scopes" in str(info.value.detail)
    assert len(server.issued) == 1 and len(transport.calls("PATCH", UPDATE)) == 1


def test_a_refused_org_access_token_raises_without_showing_it(
    transport: FakeTransport, hub_factory: Callable[..., DockerHub]
) -> None:
    transport.on("POST", "/v2/auth/token/", json_response({"detail": f"bad secret {OAT}"}, 401))
    hub = hub_factory(username="acme", token=OAT)
    with pytest.raises(AuthenticationError) as info:
        hub.namespace_repositories.exists("acme", "tools")
    assert OAT not in str(info.value) and OAT not in repr(info.value)
    assert OAT not in repr(hub)


def test_an_org_access_token_needs_the_orgs_name() -> None:
    with pytest.raises(InvalidInputError, match="organization's name"):
        DockerHub(token=OAT)


def test_the_environment_can_hold_an_org_access_token(
    monkeypatch: pytest.MonkeyPatch,
    transport: FakeTransport,
    wall_clock: FakeClock,
    hub_factory: Callable[..., DockerHub],
) -> None:
    monkeypatch.setenv("DOCKER_HUB_USERNAME", "acme")
    monkeypatch.setenv("DOCKER_HUB_PAT", OAT)
    server = OrgServer(transport, wall_clock)
    assert hub_factory().namespace_repositories.exists("acme", "tools")
    assert len(server.issued) == 1


# --- the management methods check their arguments before any request ----------------------

PULL = OrgAccessTokenResource(
    type=OrgAccessTokenResourceType.TYPE_REPO, path="acme/*", scopes=["repo-pull"]
)


@pytest.mark.parametrize(
    ("label", "description"),
    [("", None), ("x" * 101, None), ("two\nlines", None), ("ok", "d" * 256)],
)
def test_a_bad_label_or_description_is_refused_before_any_request(
    transport: FakeTransport,
    hub_factory: Callable[..., DockerHub],
    label: str,
    description: str | None,
) -> None:
    hub = hub_factory(token="header.payload.signature")
    extra = {} if description is None else {"description": description}
    with pytest.raises(InvalidInputError) as info:
        hub.org_access_tokens.create("acme", label=label, resources=[PULL], **extra)
    assert info.value.param == ("label" if description is None else "description")
    assert transport.requests == []


def test_a_bad_token_id_is_refused_before_any_request(
    transport: FakeTransport, hub_factory: Callable[..., DockerHub]
) -> None:
    hub = hub_factory(token="header.payload.signature")
    with pytest.raises(InvalidInputError) as info:
        hub.org_access_tokens.get("acme", "A7A5EF25-8889-43A0-8CC7-F2A94268E861")
    assert info.value.param == "access_token_id" and "UUID" in str(info.value)
    assert transport.requests == []
