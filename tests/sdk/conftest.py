"""Fixtures for the SDK runtime tests (the test doubles themselves are in ``fakes.py``)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from dockerhub_sdk._base_client import BaseClient

from .fakes import BASE_URL, CONVERTER, OPS, TOKEN, FakeClock, FakeTransport


@pytest.fixture
def transport() -> FakeTransport:
    return FakeTransport()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def make_client(transport: FakeTransport, clock: FakeClock) -> Iterator[Callable[..., BaseClient]]:
    made: list[BaseClient] = []

    def make(**kwargs: Any) -> BaseClient:
        kwargs.setdefault("base_url", BASE_URL)
        kwargs.setdefault("transport", transport)
        kwargs.setdefault("clock", clock)
        client = BaseClient(converter=CONVERTER, operations=OPS, **kwargs)
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


@pytest.fixture
def client(make_client: Callable[..., BaseClient]) -> BaseClient:
    """An anonymous client."""
    return make_client()


@pytest.fixture
def authed(make_client: Callable[..., BaseClient]) -> BaseClient:
    """A client holding ``TOKEN``."""
    return make_client(token=TOKEN)


@pytest.fixture(autouse=True)
def _no_credentials_in_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("DOCKER_HUB_LOGIN_TOKEN", "DOCKER_HUB_USERNAME", "DOCKER_HUB_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
