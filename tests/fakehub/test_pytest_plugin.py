"""The pytest plugin's fixtures: logged-in clients, data from a file by marker, retry waits
that skip the fake's clock ahead, and a user's own ``hub`` fixture beside the plugin's."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import fakehub as fakehub_package
from dockerhub_sdk import DockerHub
from fakehub.pytest_plugin import marked_documents
from fakehub.server import FakeHub

HERE = Path(__file__).parent


@pytest.fixture
def no_real_sleep(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(seconds: float) -> None:
        raise AssertionError(f"really slept {seconds} s")

    monkeypatch.setattr(time, "sleep", fail)


@pytest.mark.fakehub_demo
def test_client_for_gives_a_client_logged_in_as_that_user(fakehub: FakeHub) -> None:
    assert fakehub.client_for("alice").users.me().username == "alice"


@pytest.mark.fakehub_demo
def test_the_client_factory_fixture_logs_in_as_the_user_named(
    fakehub_client_for: Callable[[str], DockerHub],
) -> None:
    assert fakehub_client_for("bob").users.me().username == "bob"


@pytest.mark.fakehub_data("data/seed.json")
def test_the_data_marker_loads_the_file_before_the_test(hub: DockerHub) -> None:
    assert hub.repositories.get("cibot", "app").description == "seeded"


@pytest.mark.fakehub_demo
@pytest.mark.fakehub_data("data/seed.json")
def test_the_data_marker_loads_on_top_of_the_demo_data(hub: DockerHub) -> None:
    assert {r.name for r in hub.repositories.list("cibot")} == {"app"}
    assert hub.repositories.get(None, "nginx").name == "nginx"


class _Node:
    """What ``marked_documents`` reads of a test item."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.path = HERE / "test_pytest_plugin.py"
        self._marker = pytest.mark.fakehub_data(*args, **kwargs).mark

    def get_closest_marker(self, name: str) -> Any:
        return self._marker if name == "fakehub_data" else None


def test_a_missing_data_file_fails_the_test_naming_the_file() -> None:
    with pytest.raises(pytest.fail.Exception, match=r"cannot read .*data/absent\.json"):
        marked_documents(_Node("data/absent.json"))  # type: ignore[arg-type]


def test_a_data_file_that_is_not_json_fails_the_test_naming_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{users: [", encoding="utf-8")
    with pytest.raises(pytest.fail.Exception, match=r"bad\.json is not JSON"):
        marked_documents(_Node(str(bad)))  # type: ignore[arg-type]


def test_the_data_marker_without_a_path_says_how_to_use_it() -> None:
    with pytest.raises(pytest.fail.Exception, match=r"fakehub_data\(\"file\.json\""):
        marked_documents(_Node())  # type: ignore[arg-type]


@pytest.mark.usefixtures("no_real_sleep")
def test_the_hub_fixture_waits_out_a_rate_limit_on_the_fakes_clock(
    fakehub: FakeHub, hub: DockerHub
) -> None:
    fakehub.set_rate_limit(1)
    start = fakehub.timestamp()
    fakehub.create_user("cibot", "s3cret-password")
    hub.users.get("cibot")
    hub.users.get("cibot")  # 429 Retry-After: 60, then the retry

    assert [r["status"] for r in fakehub.requests()] == [200, 429, 200]
    assert fakehub.timestamp() - start >= 59


@pytest.mark.usefixtures("no_real_sleep")
@pytest.mark.fakehub_demo
def test_client_for_waits_out_a_rate_limit_on_the_fakes_clock(fakehub: FakeHub) -> None:
    alice = fakehub.client_for("alice")
    fakehub.set_rate_limit(1)
    alice.users.me()
    alice.users.me()

    assert [r["status"] for r in fakehub.requests()] == [200, 429, 200]


class TestAUsersOwnHubFixture:
    """A fixture named ``hub`` of the user's own replaces the plugin's where it is visible
    (here, this class); the plugin's other fixtures are unaffected."""

    @pytest.fixture
    def hub(self, fakehub_client_for: Callable[[str], DockerHub]) -> DockerHub:
        return fakehub_client_for("alice")

    @pytest.mark.fakehub_demo
    def test_the_users_hub_is_used(self, hub: DockerHub, fakehub: FakeHub) -> None:
        assert hub.users.me().username == "alice"
        assert [r["caller"] for r in fakehub.requests()] == ["alice"]


@pytest.mark.fakehub_demo
def test_client_for_talks_to_its_server_even_inside_a_mock(fakehub: FakeHub) -> None:
    with fakehub_package.mock(demo=True) as mocked:
        fakehub.client_for("alice").users.me()
    assert (len(fakehub.requests()), mocked.requests()) == (1, [])
