"""pytest fixtures for testing against fakehub (registered by the ``pytest11`` entry point).

* ``fakehub_server`` (session): a :class:`fakehub.server.FakeHub` serving on a free port of
  127.0.0.1 in a background thread, shared by the whole session.
* ``fakehub`` (function): the same server, reset before the test (empty, or the demo data
  for tests marked ``@pytest.mark.fakehub_demo``; no fault rules; rate-limit counters
  cleared, no limit; request bodies read as Docker Hub reads them, unknown fields ignored, or
  refused with 400 for tests marked ``@pytest.mark.fakehub_strict_bodies``). It has
  ``.url``, ``.create_user(username, password, **profile)``,
  ``.load(doc)``, ``.state()`` (a snapshot), ``.token(username)`` (a login token),
  ``.reset(demo=...)``, ``.add_fault(**rule)`` (a rule of ``POST /_fakehub/faults``),
  ``.faults()``, ``.clear_faults()``, ``.set_rate_limit(n, window=60)`` and ``.backend``
  (the application's live :class:`fakehub.backend.Backend`: its state, tokens, fault rules
  and rate limiter). The reset is :meth:`fakehub.backend.Backend.reset`, the same as
  ``POST /_fakehub/reset``.
* ``hub``: a :class:`dockerhub_sdk.DockerHub` bound to ``fakehub.url``, anonymous (the
  ``DOCKER_HUB_*`` environment variables are ignored; call ``hub.login(...)`` or
  ``hub.set_login_token(...)``) and with its response cache off, so that changes made through
  ``fakehub`` directly are seen at once.

This module imports Flask and fakehub only inside the fixtures: it loads in every pytest
session of an environment where the package is installed, with or without the ``fakehub``
extra.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from dockerhub_sdk import DockerHub
    from fakehub.server import FakeHub

__all__ = ["fakehub", "fakehub_server", "hub"]

_CREDENTIAL_VARIABLES = (
    "DOCKER_HUB_LOGIN_TOKEN",
    "DOCKER_HUB_USERNAME",
    "DOCKER_HUB_PASSWORD",
    "DOCKER_HUB_PAT",
    "DOCKER_HUB_TOKEN",
)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "fakehub_demo: start the test with fakehub's demo data instead of empty state"
    )
    config.addinivalue_line(
        "markers",
        "fakehub_strict_bodies: fakehub answers 400 to request-body fields it does not know",
    )


@pytest.fixture(scope="session")
def fakehub_server() -> Iterator[FakeHub]:
    """A fakehub server for the whole session, on a free port of 127.0.0.1."""
    from fakehub.server import run_in_thread

    with run_in_thread() as server:
        yield server


@pytest.fixture
def fakehub(fakehub_server: FakeHub, request: pytest.FixtureRequest) -> Iterator[FakeHub]:
    """The session's fakehub server, reset for this test."""
    fakehub_server.reset(demo=request.node.get_closest_marker("fakehub_demo") is not None)
    backend = fakehub_server.backend
    backend.strict_bodies = request.node.get_closest_marker("fakehub_strict_bodies") is not None
    try:
        yield fakehub_server
    finally:
        backend.strict_bodies = False


@pytest.fixture
def hub(fakehub: FakeHub, monkeypatch: pytest.MonkeyPatch) -> Iterator[DockerHub]:
    """An anonymous ``DockerHub`` client of the ``fakehub`` server, cache off."""
    from dockerhub_sdk import DockerHub

    for name in _CREDENTIAL_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    with DockerHub(base_url=fakehub.url, cache=False) as client:
        yield client
