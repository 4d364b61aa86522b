"""End-to-end: the SDK against fakehub, over a real socket and in-process (WSGI), each test
running once per way. State starts from fakehub's demo data."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from flask import Flask

from dockerhub_sdk import DockerHub, WSGITransport
from fakehub.app import create_app
from fakehub.demo import DEMO_USERS
from fakehub.server import FakeHub


class Hub:
    """One fakehub (socket or in-process) and a factory of SDK clients bound to it."""

    def __init__(self, app: Flask, *, url: str | None) -> None:
        self.app = app
        self.url = url
        self._clients: list[DockerHub] = []
        self.passwords = dict(DEMO_USERS)

    def client(self, user: str | None = None, **options: Any) -> DockerHub:
        """A new client; logged in (through the SDK) as ``user`` when given."""
        if self.url is not None:
            hub = DockerHub(base_url=self.url, **options)
        else:
            hub = DockerHub(
                base_url="http://fakehub.test", transport=WSGITransport(self.app), **options
            )
        self._clients.append(hub)
        if user is not None:
            hub.login(user, self.passwords[user])
        return hub

    def create_user(self, username: str, password: str) -> None:
        """Create an account through fakehub's control API (Docker Hub has no sign-up API)."""
        response = self.app.test_client().post(
            "/_fakehub/users", json={"username": username, "password": password}
        )
        assert response.status_code == 201, response.get_data(as_text=True)
        self.passwords[username] = password

    def close(self) -> None:
        for hub in self._clients:
            hub.close()


@pytest.fixture(scope="session")
def socket_server() -> Iterator[FakeHub]:
    with FakeHub(create_app(demo=True)) as server:
        yield server


@pytest.fixture(params=["socket", "in-process"])
def fake(
    request: pytest.FixtureRequest, socket_server: FakeHub, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Hub]:
    for name in (
        "DOCKER_HUB_LOGIN_TOKEN",
        "DOCKER_HUB_USERNAME",
        "DOCKER_HUB_PASSWORD",
        "DOCKER_HUB_PAT",
        "DOCKER_HUB_TOKEN",
    ):
        monkeypatch.delenv(name, raising=False)
    if request.param == "socket":
        socket_server.reset(demo=True)
        hub = Hub(socket_server.app, url=socket_server.url)
    else:
        hub = Hub(create_app(demo=True), url=None)
    yield hub
    hub.close()


@pytest.fixture
def anon(fake: Hub) -> DockerHub:
    return fake.client()


@pytest.fixture
def alice(fake: Hub) -> DockerHub:
    return fake.client("alice")


@pytest.fixture
def bob(fake: Hub) -> DockerHub:
    return fake.client("bob")
