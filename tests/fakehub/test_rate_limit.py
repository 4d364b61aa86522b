"""Rate limits: every ``/v2/`` answer carries ``X-RateLimit-*``; over the limit, 429.

Windows run on the application's injected clock (a :class:`ManualClock` here): the tests move
time instead of waiting.
"""

from __future__ import annotations

import random
import subprocess
import sys
import threading
from collections.abc import Callable
from typing import Any

import pytest
import urllib3
from flask import Flask
from flask.testing import FlaskClient

from fakehub.app import create_app
from fakehub.clock import ManualClock
from fakehub.faults import NOMINAL_LIMIT, RATE_LIMIT_BODY
from fakehub.server import FakeHub
from tests.fakehub.conftest import people_document

Headers = Callable[[str], dict[str, str]]

PUBLIC = "/v2/repositories/alice/public/"
RATE_HEADERS = ("X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset")


def quota(response: Any) -> tuple[int, int, int]:
    return tuple(int(response.headers[name]) for name in RATE_HEADERS)  # type: ignore[return-value]


def limit(client: FlaskClient, n: int | None, window: float = 60) -> None:
    response = client.post("/_fakehub/rate-limit", json={"limit": n, "window": window})
    assert response.status_code == 200, response.get_json()


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("GET", PUBLIC, 200),
        ("GET", "/v2/repositories/alice/absent/", 404),
        ("DELETE", PUBLIC, 401),
        ("GET", "/v2/repositories/alice/x/tags/", 400),
        ("GET", "/v2/no/such/endpoint/", 404),
    ],
)
def test_every_v2_answer_carries_the_rate_limit_headers(
    client: FlaskClient, method: str, path: str, status: int
) -> None:
    response = client.open(path, method=method)
    assert response.status_code == status
    assert all(name in response.headers for name in RATE_HEADERS)


def test_the_control_api_and_the_openapi_document_are_not_rate_limited(
    client: FlaskClient,
) -> None:
    limit(client, 1)
    for _ in range(5):
        response = client.get("/_fakehub/state")
        assert response.status_code == 200
        assert "X-RateLimit-Limit" not in response.headers
        assert client.get("/openapi.json").status_code == 200


def test_without_a_limit_the_headers_never_ask_to_wait(client: FlaskClient) -> None:
    answers = [client.get(PUBLIC) for _ in range(40)]
    assert {a.status_code for a in answers} == {200}
    assert all(quota(a)[0] == NOMINAL_LIMIT for a in answers)
    assert all(quota(a)[1] >= 1 for a in answers)


def test_the_reset_is_the_end_of_the_window_in_unix_seconds_of_the_injected_clock(
    client: FlaskClient, clock: ManualClock
) -> None:
    limit(client, 5)
    first = client.get(PUBLIC)
    assert quota(first) == (5, 4, int(clock.now.timestamp()) + 60)


def test_over_the_limit_is_a_429_with_retry_after_and_docker_hubs_body(
    client: FlaskClient, clock: ManualClock
) -> None:
    limit(client, 3)
    start = int(clock.now.timestamp())
    assert [quota(client.get(PUBLIC))[1] for _ in range(3)] == [2, 1, 0]
    clock.advance(seconds=20)
    response = client.get(PUBLIC)
    assert response.status_code == 429
    assert response.get_json() == RATE_LIMIT_BODY
    assert response.headers["Retry-After"] == "40"
    assert quota(response) == (3, 0, start + 60)


def test_the_window_ends_on_the_injected_clock(client: FlaskClient, clock: ManualClock) -> None:
    limit(client, 2, window=10)
    assert [client.get(PUBLIC).status_code for _ in range(3)] == [200, 200, 429]
    clock.advance(seconds=9.5)
    response = client.get(PUBLIC)
    assert response.status_code == 429
    assert response.headers["Retry-After"] == "1"
    clock.advance(seconds=0.5)
    assert [client.get(PUBLIC).status_code for _ in range(3)] == [200, 200, 429]


def test_callers_are_counted_apart_by_token_subject(client: FlaskClient, as_user: Headers) -> None:
    alice, bob = as_user("alice"), as_user("bob")  # logging in counts for the address
    limit(client, 2)
    assert [client.get(PUBLIC, headers=alice).status_code for _ in range(3)] == [200, 200, 429]
    assert client.get(PUBLIC, headers=bob).status_code == 200
    second_token = as_user("alice")  # anonymous login: counted for the address
    assert client.get(PUBLIC, headers=second_token).status_code == 429  # same subject


def test_anonymous_callers_are_counted_by_remote_address(client: FlaskClient) -> None:
    limit(client, 1)
    first = {"REMOTE_ADDR": "10.0.0.1"}
    second = {"REMOTE_ADDR": "10.0.0.2"}
    assert client.get(PUBLIC, environ_base=first).status_code == 200
    assert client.get(PUBLIC, environ_base=first).status_code == 429
    assert client.get(PUBLIC, environ_base=second).status_code == 200


def test_a_bad_token_is_counted_by_address(client: FlaskClient) -> None:
    limit(client, 1)
    assert client.get(PUBLIC, headers={"Authorization": "Bearer nonsense"}).status_code == 401
    assert client.get(PUBLIC).status_code == 429


def test_the_control_api_sets_shows_and_turns_off_the_limit(client: FlaskClient) -> None:
    assert client.get("/_fakehub/rate-limit").get_json() == {"limit": None, "window": 60.0}
    response = client.post("/_fakehub/rate-limit", json={"limit": 1})
    assert response.get_json() == {"limit": 1, "window": 60.0}
    assert [client.get(PUBLIC).status_code for _ in range(2)] == [200, 429]
    limit(client, None)
    assert client.get(PUBLIC).status_code == 200
    assert client.get("/_fakehub/rate-limit").get_json() == {"limit": None, "window": 60}


def test_setting_a_limit_starts_fresh_windows(client: FlaskClient) -> None:
    limit(client, 1)
    assert [client.get(PUBLIC).status_code for _ in range(2)] == [200, 429]
    limit(client, 1)
    assert client.get(PUBLIC).status_code == 200


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "limit"),
        ({"limit": 0}, "limit"),
        ({"limit": "10"}, "limit"),
        ({"limit": True}, "limit"),
        ({"limit": 10, "window": 0}, "window"),
        ({"limit": 10, "window": "60"}, "window"),
        ({"limit": 10, "burst": 3}, "burst"),
        ([10], "non_field_errors"),
    ],
)
def test_an_invalid_rate_limit_is_400_naming_the_field(
    client: FlaskClient, body: Any, field: str
) -> None:
    response = client.post("/_fakehub/rate-limit", json=body)
    assert response.status_code == 400
    assert field in response.get_json()["errors"]
    assert client.get("/_fakehub/rate-limit").get_json()["limit"] is None


def test_injected_faults_do_not_count_against_the_limit(client: FlaskClient) -> None:
    limit(client, 1)
    client.post("/_fakehub/faults", json={"status": 503, "count": 3})
    answers = [client.get(PUBLIC) for _ in range(3)]
    assert [a.status_code for a in answers] == [503] * 3
    assert all(quota(a)[1] == 1 for a in answers)
    assert [client.get(PUBLIC).status_code for _ in range(2)] == [200, 429]


# --- the configured limit: create_app, reset, the CLI ---------------------------------------


@pytest.fixture
def limited_app(clock: ManualClock) -> Flask:
    return create_app(clock=clock, rng=random.Random(7), data=people_document(), rate_limit=2)


def test_create_app_takes_a_rate_limit_that_reset_restores(limited_app: Flask) -> None:
    client = limited_app.test_client()
    assert [client.get(PUBLIC).status_code for _ in range(3)] == [200, 200, 429]
    limit(client, None)
    assert client.get(PUBLIC).status_code == 200
    assert client.post("/_fakehub/reset", json={"demo": False}).status_code == 200
    assert client.get("/_fakehub/rate-limit").get_json() == {"limit": 2, "window": 60.0}
    assert [client.get("/v2/users/nobody/").status_code for _ in range(3)] == [404, 404, 429]


def test_the_fixture_helper_sets_the_limit_and_the_next_test_starts_without(
    fakehub: FakeHub,
) -> None:
    fakehub.create_user("erin", "erin-pw")
    fakehub.set_rate_limit(1, window=30)
    pool = urllib3.PoolManager(retries=False)
    url = f"{fakehub.url}/v2/users/erin/"
    assert [pool.request("GET", url).status for _ in range(2)] == [200, 429]


def test_the_fixture_reset_removed_the_previous_tests_limit(fakehub: FakeHub) -> None:
    assert fakehub.backend.rate_limiter.limit is None


def read_url(process: subprocess.Popen[str]) -> str:
    """The URL that ``fakehub serve`` prints once listening."""
    line: list[str] = []
    assert process.stdout is not None
    stdout = process.stdout
    reader = threading.Thread(target=lambda: line.append(stdout.readline()))
    reader.start()
    reader.join(timeout=20)
    assert line and line[0].startswith("fakehub listening on "), line
    return line[0].removeprefix("fakehub listening on ").strip()


def test_the_cli_takes_a_rate_limit_per_minute() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "fakehub", "serve", "--port", "0", "--quiet", "--rate-limit", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        url = read_url(process)
        pool = urllib3.PoolManager(retries=False)
        answers = [pool.request("GET", f"{url}/v2/users/nobody/") for _ in range(3)]
        assert [a.status for a in answers] == [404, 404, 429]
        assert answers[0].headers["X-RateLimit-Limit"] == "2"
        assert 1 <= int(answers[2].headers["Retry-After"]) <= 60
    finally:
        process.terminate()
        assert process.wait(timeout=10) == 0


def test_the_cli_refuses_a_rate_limit_below_one() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "fakehub", "serve", "--port", "0", "--rate-limit", "0"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 2
    assert "--rate-limit" in result.stderr
