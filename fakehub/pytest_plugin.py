"""pytest fixtures for testing against fakehub (registered by the ``pytest11`` entry point).

* ``fakehub_server`` (session): a :class:`fakehub.server.FakeHub` serving on a free port of
  127.0.0.1 in a background thread, shared by the whole session. Its clock is an
  :class:`fakehub.clock.OffsetClock`: the real time, which the fixtures' clients move forward
  instead of really sleeping through a retry wait (a ``Retry-After: 60`` costs nothing).
* ``fakehub`` (function): the same server, reset before the test (empty, or the demo data
  for tests marked ``@pytest.mark.fakehub_demo``; then the documents of
  ``@pytest.mark.fakehub_data("file.json", ...)``, paths relative to the test's file; no
  fault rules; rate-limit counters and request journal cleared, no limit; request bodies read
  as Docker Hub reads them, unknown fields ignored, or refused with 400 for tests marked
  ``@pytest.mark.fakehub_strict_bodies``). Its methods are
  :class:`fakehub.direct_control.Controls`': ``.url``, ``.registry_url`` (the registry and its
  token service, :mod:`fakehub.registry`), ``.create_user(username, password,
  **profile)``, ``.load(doc)``, ``.state()``, ``.token(username)``, ``.reset(demo=...)``,
  ``.add_fault(**rule)``, ``.faults()``, ``.clear_faults()``, ``.set_rate_limit(n,
  window=60)``, ``.requests()``, ``.clear_requests()``, ``.client_for(username)`` (a logged-in
  client, closed after the test) and ``.backend`` (the application's live
  :class:`fakehub.backend.Backend`). The reset is :meth:`fakehub.backend.Backend.reset`, the
  same as ``POST /_fakehub/reset``.
* ``fakehub_client_for``: ``fakehub.client_for``, as a fixture: ``fakehub_client_for("alice")``.
* ``hub``: a :class:`dockerhub_sdk.DockerHub` bound to ``fakehub.url``, anonymous (the
  ``DOCKER_HUB_*`` environment variables are ignored; call ``hub.login(...)`` or
  ``hub.set_login_token(...)``) and with its response cache off, so that changes made through
  ``fakehub`` directly are seen at once. A fixture named ``hub`` of your own (in a
  ``conftest.py`` or a test module) replaces this one where it is visible; no fixture of this
  plugin depends on ``hub``, so nothing else changes.

This module imports Flask and fakehub only inside the fixtures: it loads in every pytest
session of an environment where the package is installed, with or without the ``fakehub``
extra (a fixture then fails naming the extra to install).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from dockerhub_sdk import DockerHub
    from fakehub.server import FakeHub

__all__ = ["fakehub", "fakehub_client_for", "fakehub_server", "hub"]

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
        "fakehub_data(*files): load these JSON documents (POST /_fakehub/load's format; "
        "paths relative to the test's file) into fakehub before the test",
    )
    config.addinivalue_line(
        "markers",
        "fakehub_strict_bodies: fakehub answers 400 to request-body fields it does not know",
    )


def marked_documents(node: pytest.Item) -> list[tuple[Path, Any]]:
    """The documents of the test's ``fakehub_data`` marker, each with its path; a missing
    file or bad JSON fails naming the file."""
    marker = node.get_closest_marker("fakehub_data")
    if marker is None:
        return []
    if not marker.args or marker.kwargs:
        pytest.fail('use @pytest.mark.fakehub_data("file.json", ...): one or more paths')
    documents = []
    for name in marker.args:
        path = Path(node.path).parent / name
        try:
            documents.append((path, json.loads(path.read_text(encoding="utf-8"))))
        except OSError as exc:
            pytest.fail(f"fakehub_data: cannot read {path}: {exc.strerror or exc}")
        except ValueError as exc:
            pytest.fail(f"fakehub_data: {path} is not JSON: {exc}")
    return documents


@pytest.fixture(scope="session")
def fakehub_server() -> Iterator[FakeHub]:
    """A fakehub server for the whole session, on a free port of 127.0.0.1."""
    from fakehub._extra import missing_extra

    error = missing_extra("the fakehub pytest fixtures")
    if error is not None:
        pytest.fail(str(error), pytrace=False)
    from fakehub.app import create_app
    from fakehub.clock import OffsetClock
    from fakehub.server import run_in_thread

    with run_in_thread(create_app(clock=OffsetClock())) as server:
        yield server


@pytest.fixture
def fakehub(fakehub_server: FakeHub, request: pytest.FixtureRequest) -> Iterator[FakeHub]:
    """The session's fakehub server, reset for this test (and loaded with its marked data)."""
    from fakehub.state import FakehubError

    fakehub_server.reset(demo=request.node.get_closest_marker("fakehub_demo") is not None)
    backend = fakehub_server.backend
    backend.strict_bodies = request.node.get_closest_marker("fakehub_strict_bodies") is not None
    try:
        for path, document in marked_documents(request.node):
            try:
                fakehub_server.load(document)
            except (FakehubError, ValueError) as exc:
                pytest.fail(f"fakehub_data: {path} was refused: {exc}")
        yield fakehub_server
    finally:
        backend.strict_bodies = False
        fakehub_server.close_clients()


@pytest.fixture
def fakehub_client_for(fakehub: FakeHub) -> Callable[..., DockerHub]:
    """``fakehub_client_for("alice")``: a client of the fake logged in as alice (cache off,
    retry waits without sleeping), closed after the test."""
    return fakehub.client_for


@pytest.fixture
def hub(fakehub: FakeHub, monkeypatch: pytest.MonkeyPatch) -> Iterator[DockerHub]:
    """An anonymous ``DockerHub`` client of the ``fakehub`` server, cache off."""
    from dockerhub_sdk import DockerHub

    for name in _CREDENTIAL_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    with DockerHub(
        base_url=fakehub.url, cache=False, sleep=fakehub.sleep, wall_clock=fakehub.timestamp
    ) as client:
        yield client
