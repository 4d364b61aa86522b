"""fakehub on real sockets: the in-thread server, the ``fakehub serve`` command, the plugin."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from fakehub.bounds import MAX_JSON_DEPTH
from fakehub.server import FakeHub, run_in_thread


def get_json(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=5) as response:
        assert response.headers["Content-Type"] == "application/json"
        return json.load(response)


def test_run_in_thread_serves_on_a_free_port() -> None:
    with run_in_thread() as server:
        assert server.port > 0
        assert server.url == f"http://127.0.0.1:{server.port}"
        server.create_user("erin", "pw")
        assert get_json(f"{server.url}/v2/users/erin/")["username"] == "erin"


def test_stop_closes_the_socket() -> None:
    server = run_in_thread()
    url = server.url
    server.stop()
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(f"{url}/v2/users/x/", timeout=2)


def test_the_server_answers_concurrent_requests() -> None:
    with FakeHub() as server:
        server.reset(demo=True)
        errors: list[BaseException] = []

        def fetch() -> None:
            try:
                get_json(f"{server.url}/v2/repositories/library/nginx/tags/?page_size=100")
            except BaseException as exc:  # pragma: no cover - reported below
                errors.append(exc)

        threads = [threading.Thread(target=fetch) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == []


def test_reset_and_state_act_directly_on_the_server() -> None:
    with run_in_thread() as server:
        server.load({"users": [{"username": "erin", "password": "pw"}]})
        assert [u["username"] for u in server.state()["users"]] == ["erin"]
        server.reset()
        assert server.state()["users"] == []


def start_cli(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "fakehub", "serve", "--port", "0", "--quiet", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def read_url(process: subprocess.Popen[str]) -> str:
    assert process.stdout is not None
    line: list[str] = []
    reader = threading.Thread(target=lambda: line.append(process.stdout.readline()))  # type: ignore[union-attr]
    reader.start()
    reader.join(timeout=20)
    assert line, "fakehub printed no URL line"
    prefix = "fakehub listening on "
    assert line[0].startswith(prefix), line[0]
    return line[0][len(prefix) :].strip()


def test_cli_serve_prints_its_url_and_serves_the_demo() -> None:
    process = start_cli("--demo")
    try:
        url = read_url(process)
        assert url.startswith("http://127.0.0.1:")
        body = get_json(f"{url}/v2/repositories/library/nginx/tags/?page_size=1")
        assert body["count"] >= 150
    finally:
        process.terminate()
        assert process.wait(timeout=10) == 0


def test_cli_serve_loads_a_data_file(tmp_path: Path) -> None:
    data = tmp_path / "hub.json"
    data.write_text(json.dumps({"users": [{"username": "erin", "password": "pw"}]}))
    process = start_cli("--data", str(data))
    try:
        url = read_url(process)
        assert get_json(f"{url}/v2/users/erin/")["username"] == "erin"
    finally:
        process.terminate()
        process.wait(timeout=10)


def serve_data(data: Path) -> subprocess.CompletedProcess[str]:
    """``fakehub serve --data data``, expected to refuse it and exit."""
    return subprocess.run(
        [sys.executable, "-m", "fakehub", "serve", "--port", "0", "--data", str(data)],
        capture_output=True,
        text=True,
        timeout=30,
    )


def test_cli_rejects_a_bad_data_file_naming_the_problem(tmp_path: Path) -> None:
    data = tmp_path / "hub.json"
    data.write_text(json.dumps({"users": [{"username": "erin"}]}))
    result = serve_data(data)
    assert result.returncode == 2
    assert "users[0].password" in result.stderr


def test_cli_refuses_a_deeply_nested_data_file_with_exit_2(tmp_path: Path) -> None:
    data = tmp_path / "hub.json"
    data.write_bytes(b"[" * 100_000 + b"]" * 100_000)  # was a RecursionError traceback, exit 1
    result = serve_data(data)
    assert result.returncode == 2
    assert f"{data}: not JSON fakehub accepts" in result.stderr
    assert f"at most {MAX_JSON_DEPTH} levels" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_pytest_plugin_imports_without_flask() -> None:
    code = "import sys; sys.modules['flask'] = None; import fakehub.pytest_plugin"
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=30,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    )
    assert result.returncode == 0, result.stderr


def test_the_fakehub_fixture_starts_each_test_empty(fakehub: FakeHub) -> None:
    assert fakehub.state()["users"] == []
    fakehub.create_user("erin", "pw")


def test_the_fakehub_fixture_really_reset_the_previous_test(fakehub: FakeHub) -> None:
    assert fakehub.state()["users"] == []


@pytest.mark.fakehub_demo
def test_the_demo_marker_starts_with_the_demo_data(fakehub: FakeHub) -> None:
    assert get_json(f"{fakehub.url}/v2/users/alice/")["username"] == "alice"


def test_the_hub_fixture_is_an_sdk_client_of_the_fake(hub: Any, fakehub: FakeHub) -> None:
    fakehub.create_user("erin", "erin-pw", full_name="Erin")
    assert hub.users.get("erin").full_name == "Erin"
    hub.login("erin", "erin-pw")
    hub.repositories.create(namespace="erin", name="app")
    assert [r.name for r in hub.repositories.list("erin")] == ["app"]


def test_the_hub_fixture_ignores_credentials_in_the_environment(
    monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> None:
    monkeypatch.setenv("DOCKER_HUB_LOGIN_TOKEN", "a-real-token-that-must-not-leak")
    hub = request.getfixturevalue("hub")
    fakehub = request.getfixturevalue("fakehub")
    fakehub.create_user("erin", "pw")
    # a leaked token would be sent with this optional-auth call and refused (401)
    assert hub.repositories.list("erin") == []
