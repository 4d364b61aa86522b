"""``fakehub serve`` as a process on an ephemeral port: what it prints, its control token,
and a restart that keeps the data (``--save`` then ``--data``) and the login tokens."""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from fakehub.cli import demo_logins

DEADLINE = 30.0
"""Seconds a process gets to print a line or to exit (a deadline, not a wait)."""


class Served:
    """A running ``fakehub serve``: its URL, and its stdout and stderr read line by line."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.process = process
        self._out: queue.Queue[str] = queue.Queue()
        self._err: queue.Queue[str] = queue.Queue()
        for stream, lines in ((process.stdout, self._out), (process.stderr, self._err)):
            threading.Thread(target=self._pump, args=(stream, lines), daemon=True).start()
        first = self.line()
        prefix = "fakehub listening on "
        assert first.startswith(prefix), first
        self.url = first[len(prefix) :].strip()
        registry = self.line()
        registry_prefix = "fakehub registry listening on "
        assert registry.startswith(registry_prefix), registry
        self.registry_url = registry[len(registry_prefix) :].strip()

    @staticmethod
    def _pump(stream: IO[str] | None, lines: queue.Queue[str]) -> None:
        assert stream is not None
        for line in stream:
            lines.put(line)
        lines.put("")

    @staticmethod
    def _next(lines: queue.Queue[str]) -> str:
        try:
            return lines.get(timeout=DEADLINE)
        except queue.Empty:
            raise AssertionError(f"no output within {DEADLINE}s") from None

    def line(self) -> str:
        """The next line of stdout ("" at its end)."""
        return self._next(self._out)

    def log_line(self) -> str:
        """The next line of stderr ("" at its end)."""
        return self._next(self._err)

    def stop(self) -> int:
        """SIGTERM, then the exit status."""
        self.process.send_signal(signal.SIGTERM)
        return self.process.wait(timeout=DEADLINE)

    def request(
        self, method: str, path: str, body: Any = None, headers: Mapping[str, str] | None = None
    ) -> tuple[int, Any]:
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(
            f"{self.url}{path}", data=data, method=method, headers=dict(headers or {})
        )
        if data is not None:
            request.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(request, timeout=DEADLINE) as response:
                return response.status, json.load(response)
        except urllib.error.HTTPError as error:
            return error.code, json.load(error)


@contextmanager
def serve(*args: str, env: Mapping[str, str] | None = None, quiet: bool = True) -> Iterator[Served]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("FAKEHUB_")}
    process = subprocess.Popen(
        [sys.executable, "-m", "fakehub", "serve", "--port", "0", *args]
        + (["--quiet"] if quiet else []),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**environ, **(env or {})},
    )
    try:
        yield Served(process)
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=DEADLINE)
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()


def test_serve_prints_the_registry_url_and_serves_it() -> None:
    with serve() as served:
        try:
            urllib.request.urlopen(f"{served.registry_url}/v2/", timeout=DEADLINE)
        except urllib.error.HTTPError as error:
            assert error.code == 401
            assert "WWW-Authenticate" in error.headers
        else:
            raise AssertionError("the registry answered /v2/ without a token")
        assert served.stop() == 0


def test_demo_serve_prints_the_demo_logins_after_its_url() -> None:
    with serve("--demo") as served:
        printed = [served.line().rstrip("\n") for _ in demo_logins()]
        assert printed == demo_logins()
        assert served.stop() == 0


def test_a_control_token_from_the_environment_guards_the_control_api() -> None:
    with serve(env={"FAKEHUB_CONTROL_TOKEN": "tok-123"}) as served:
        assert served.request("GET", "/_fakehub/health")[0] == 401
        status, body = served.request(
            "GET", "/_fakehub/health", headers={"Authorization": "Bearer tok-123"}
        )
        assert (status, body["status"]) == (200, "ok")
        assert served.stop() == 0


def test_a_restart_with_save_and_data_keeps_the_state_and_the_login_tokens(
    tmp_path: Path,
) -> None:
    saved = tmp_path / "hub.json"
    with serve("--save", str(saved)) as served:
        user = {"username": "erin", "password": "erin-password"}
        assert served.request("POST", "/_fakehub/users", user)[0] == 201
        status, body = served.request("POST", "/v2/users/login/", user)
        token = body["token"]
        assert (
            served.request(
                "POST",
                "/v2/repositories/",
                {"namespace": "erin", "name": "app"},
                {"Authorization": f"Bearer {token}"},
            )[0]
            == 201
        )
        assert served.stop() == 0
    assert [u["username"] for u in json.loads(saved.read_text())["users"]] == ["erin"]
    with serve("--data", str(saved), "--save", str(saved)) as served:
        status, body = served.request(
            "GET", "/v2/user/", headers={"Authorization": f"Bearer {token}"}
        )
        assert (status, body["username"]) == (200, "erin")
        assert served.request("GET", "/v2/repositories/erin/app/")[0] == 200
        assert served.stop() == 0


def test_without_a_kept_secret_a_restart_forgets_the_tokens(tmp_path: Path) -> None:
    saved = tmp_path / "hub.json"
    with serve("--save", str(saved)) as served:
        user = {"username": "erin", "password": "erin-password"}
        served.request("POST", "/_fakehub/users", user)
        token = served.request("POST", "/v2/users/login/", user)[1]["token"]
        assert served.stop() == 0
    (tmp_path / "hub.json.secret").unlink()
    with serve("--data", str(saved)) as served:
        status, _ = served.request("GET", "/v2/user/", headers={"Authorization": f"Bearer {token}"})
        assert status == 401
        assert served.stop() == 0


def test_a_sigterm_as_soon_as_the_url_is_printed_stops_cleanly_and_saves(tmp_path: Path) -> None:
    saved = tmp_path / "hub.json"
    with serve("--save", str(saved)) as served:
        assert served.stop() == 0
    assert json.loads(saved.read_text())["users"] == []


def test_the_request_log_is_plain_lines_on_a_pipe() -> None:
    with serve(quiet=False) as served:
        assert served.request("GET", "/v2/users/nobodyhere/")[0] == 404
        line = served.log_line()
        assert '"GET /v2/users/nobodyhere/ HTTP/1.1" 404' in line
        assert "\x1b" not in line
        assert served.stop() == 0
