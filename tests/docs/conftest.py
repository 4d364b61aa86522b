"""What a reader of the docs has set up: fakehub serving the demo data on free ports, and
``DOCKER_HUB_BASE_URL`` / ``DOCKER_HUB_REGISTRY_URL`` pointing at its Hub API and registry."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from fakehub import FakeHub, create_app


@pytest.fixture(scope="module")
def demo_server() -> Iterator[FakeHub]:
    """One demo fakehub per test module (starting one costs about half a second)."""
    with FakeHub(create_app(demo=True)) as server:
        yield server


@pytest.fixture
def demo(demo_server: FakeHub, monkeypatch: pytest.MonkeyPatch) -> FakeHub:
    """The demo data, fresh, at ``DOCKER_HUB_BASE_URL`` (its registry at
    ``DOCKER_HUB_REGISTRY_URL``), and no other ``DOCKER_HUB_*`` or ``FAKEHUB_*`` variable set."""
    for name in list(os.environ):
        if name.startswith(("DOCKER_HUB_", "FAKEHUB_")):
            monkeypatch.delenv(name)
    monkeypatch.setenv("DOCKER_HUB_BASE_URL", demo_server.url)
    monkeypatch.setenv("DOCKER_HUB_REGISTRY_URL", demo_server.registry_url)
    demo_server.reset(demo=True)
    return demo_server
