"""Fixtures for the SDK runtime tests (the test doubles themselves are in ``fakes.py``)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from dockerhub_sdk._base_client import BaseClient

from .fakes import (
    BASE_URL,
    CONVERTER,
    OPS,
    TOKEN,
    WALL_START,
    FakeClock,
    FakeSleep,
    FakeTransport,
)


@pytest.fixture
def transport() -> FakeTransport:
    return FakeTransport()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def wall() -> FakeClock:
    """The wall clock (unix seconds) the clients read ``Retry-After`` dates against."""
    return FakeClock(WALL_START)


@pytest.fixture
def sleeper(wall: FakeClock) -> FakeSleep:
    """The clients' ``sleep``: it records the waits and advances ``wall``; nothing sleeps."""
    return FakeSleep(wall)


@pytest.fixture
def make_client(
    transport: FakeTransport, clock: FakeClock, wall: FakeClock, sleeper: FakeSleep
) -> Iterator[Callable[..., BaseClient]]:
    made: list[BaseClient] = []

    def make(**kwargs: Any) -> BaseClient:
        kwargs.setdefault("base_url", BASE_URL)
        kwargs.setdefault("transport", transport)
        kwargs.setdefault("clock", clock)
        kwargs.setdefault("sleep", sleeper)
        kwargs.setdefault("wall_clock", wall)
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
    for name in (
        "DOCKER_HUB_LOGIN_TOKEN",
        "DOCKER_HUB_USERNAME",
        "DOCKER_HUB_PASSWORD",
        "DOCKER_HUB_PAT",
        "DOCKER_HUB_TOKEN",
        "DOCKER_HUB_BASE_URL",
    ):
        monkeypatch.delenv(name, raising=False)
