"""``fakehub.mock()``: every ``DockerHub()`` created inside talks to an in-process fakehub,
through the SDK's ``client_defaults`` seam (no socket, nothing patched)."""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path
from typing import Any

import pytest

import fakehub
from dockerhub_sdk import DockerHub, NotFoundError, WSGITransport, client_defaults
from dockerhub_sdk._defaults import current_defaults
from fakehub.app import create_app

UNREACHABLE = "http://127.0.0.1:9"


@pytest.fixture(autouse=True)
def no_sockets(monkeypatch: pytest.MonkeyPatch) -> None:
    """A test here that opened a socket would fail: the mock must not need one."""

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("a socket was opened")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    for name in ("DOCKER_HUB_LOGIN_TOKEN", "DOCKER_HUB_USERNAME", "DOCKER_HUB_PAT"):
        monkeypatch.delenv(name, raising=False)


def test_a_client_created_inside_talks_to_the_fake() -> None:
    with fakehub.mock(demo=True):
        assert DockerHub().repositories.get(None, "nginx").name == "nginx"


def test_a_client_created_inside_pulls_from_the_fakes_registry() -> None:
    with fakehub.mock(demo=True):
        hub = DockerHub()
        manifest = hub.registry.manifest("nginx", "latest", platform="linux/arm64/v8")
        (tag,) = [t for t in hub.namespace_tags.iter(None, "nginx") if t.name == "latest"]
    assert manifest.digest in {image.digest for image in tag.images}


def test_a_tag_deleted_through_the_mocks_hub_api_is_gone_from_its_registry() -> None:
    with fakehub.mock(demo=True):
        hub = DockerHub(username="alice", password="alice-password-1", cache=False)
        (webapp,) = [t for t in hub.namespace_tags.iter("alice", "webapp") if t.name == "latest"]
        assert hub.registry.manifest_digest("alice/webapp", "latest") == webapp.digest
        hub.tags.delete("alice", "webapp", "latest")
        with pytest.raises(NotFoundError):
            hub.registry.manifest_digest("alice/webapp", "latest")


def test_a_client_created_inside_ignores_its_base_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOCKER_HUB_BASE_URL", UNREACHABLE)
    with fakehub.mock(demo=True) as fh:
        DockerHub().repositories.get(None, "nginx")
        DockerHub(base_url="https://hub.docker.com").repositories.get(None, "nginx")
    assert [entry["path"] for entry in fh.requests()] == ["/v2/repositories/library/nginx/"] * 2


def test_code_under_test_logs_in_with_its_own_credentials() -> None:
    with fakehub.mock() as fh:
        fh.create_user("cibot", "s3cret-password")
        hub = DockerHub(username="cibot", password="s3cret-password")
        hub.repositories.create(namespace="cibot", name="app")
    assert [r["name"] for r in fh.state()["repositories"]] == ["app"]


def test_a_client_created_before_the_block_is_untouched() -> None:
    before = DockerHub(base_url=UNREACHABLE, max_retries=0)
    with fakehub.mock(demo=True) as fh, pytest.raises(AssertionError, match="socket"):
        before.repositories.get(None, "nginx")
    assert fh.requests() == []


def test_an_explicit_transport_wins_over_the_mock() -> None:
    own = create_app(data={"users": [{"username": "own", "password": "own-password-1"}]})
    with fakehub.mock():
        hub = DockerHub(transport=WSGITransport(own))
        assert hub.users.get("own").username == "own"


def test_a_client_created_inside_keeps_talking_to_the_fake_after_the_block() -> None:
    with fakehub.mock(demo=True) as fh:
        hub = DockerHub()
    hub.repositories.get(None, "nginx")
    assert len(fh.requests()) == 1


def test_the_block_leaves_no_default_behind() -> None:
    with fakehub.mock():
        assert current_defaults() != {}
    assert current_defaults() == {}


def test_a_client_created_in_another_thread_during_the_block_talks_to_the_fake() -> None:
    names: list[str] = []
    with fakehub.mock(demo=True):
        worker = threading.Thread(
            target=lambda: names.append(DockerHub().repositories.get(None, "nginx").name)
        )
        worker.start()
        worker.join()
    assert names == ["nginx"]


def test_the_innermost_mock_wins_and_the_outer_one_returns() -> None:
    with fakehub.mock(demo=True) as outer:
        with fakehub.mock(demo=True) as inner:
            DockerHub().repositories.list("alice")
        DockerHub().repositories.list("bob")
    assert [r["path"] for r in inner.requests()] == ["/v2/users/alice/repositories/"]
    assert [r["path"] for r in outer.requests()] == ["/v2/users/bob/repositories/"]


def test_the_decorator_gives_each_call_a_fresh_fake() -> None:
    @fakehub.mock(data={"users": [{"username": "cibot", "password": "s3cret-password"}]})
    def release() -> str:
        hub = DockerHub(username="cibot", password="s3cret-password")
        return hub.repositories.create(namespace="cibot", name="app").name  # 409 if it leaked

    assert [release(), release()] == ["app", "app"]


def test_the_bare_decorator_runs_the_function_in_an_empty_fake() -> None:
    @fakehub.mock
    def count_alices_repositories() -> int:
        try:
            return len(DockerHub().repositories.list("alice"))
        except NotFoundError:
            return -1

    assert count_alices_repositories() == -1


def test_the_decorator_with_options_loads_them_for_each_call() -> None:
    calls: list[str] = []

    @fakehub.mock(demo=True)
    def read_nginx(suffix: str) -> str:
        calls.append(suffix)
        return DockerHub().repositories.get(None, "nginx").name + suffix

    assert read_nginx("!") == "nginx!"
    assert read_nginx("?") == "nginx?"
    assert calls == ["!", "?"]


def test_the_mock_has_the_fixtures_control_methods() -> None:
    with fakehub.mock(demo=True) as fh:
        rule = fh.add_fault(status=503, count=1, path="/nginx/")
        assert [r["id"] for r in fh.faults()] == [rule["id"]]
        fh.clear_faults()
        assert fh.faults() == []
        assert fh.client_for("alice").users.me().username == "alice"


def test_a_rate_limit_wait_lets_the_fakes_clock_skip_ahead_instead_of_sleeping(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_real_sleep(seconds: float) -> None:
        raise AssertionError(f"really slept {seconds} s")

    monkeypatch.setattr(time, "sleep", no_real_sleep)
    with fakehub.mock(demo=True) as fh:
        fh.set_rate_limit(1)
        hub = DockerHub(cache=False)
        start = fh.backend.clock()
        hub.repositories.get(None, "nginx")
        hub.repositories.get(None, "nginx")  # 429 Retry-After: 60, then the retry
    assert [r["status"] for r in fh.requests()] == [200, 429, 200]
    assert (fh.backend.clock() - start).total_seconds() >= 59


def test_the_mock_refuses_an_app_together_with_demo_data() -> None:
    with pytest.raises(ValueError, match="app= or demo="):
        fakehub.mock(app=create_app(), demo=True)


def test_client_defaults_names_an_unknown_option_and_what_is_accepted() -> None:
    with (
        pytest.raises(
            TypeError, match=r"base_url.*accepted: registry_transport, sleep, transport, wall_clock"
        ),
        client_defaults(base_url="x"),  # type: ignore[call-arg]
    ):
        pass


@fakehub.mock(demo=True)
def test_a_decorated_test_still_gets_its_fixtures(tmp_path: Path) -> None:
    (tmp_path / "name").write_text(DockerHub().repositories.get(None, "nginx").name)
    assert (tmp_path / "name").read_text() == "nginx"
