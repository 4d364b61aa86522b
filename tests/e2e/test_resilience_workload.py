"""Issue 4's acceptance workload: 1,000 SDK calls against fakehub injecting 20% 5xx and a rate
limit that answers 429 periodically. Idempotent calls never surface an error, no write is ever
applied twice, and every wait the SDK asked the (injected) clock for is the one it should be."""

from __future__ import annotations

import datetime
import random
from collections.abc import Callable
from typing import Any

import pytest

from dockerhub_sdk import APIStatusError, DockerHub, Request, Response, WSGITransport
from fakehub.app import create_app
from fakehub.clock import ManualClock
from fakehub.server import get_backend

CALLS = 1000
RATE_LIMIT = 150  # per 60 s window: the workload crosses it again and again
RETRY_BASE, RETRY_CAP = 0.5, 8.0
RETRYABLE = {408, 429, 500, 502, 503, 504}
IDEMPOTENT = {"GET", "HEAD", "PUT", "DELETE"}


class Recorder:
    """A transport recording every (method, status, headers, time) in order."""

    def __init__(self, inner: WSGITransport, clock: ManualClock) -> None:
        self.inner = inner
        self.clock = clock
        self.seen: list[tuple[str, int, dict[str, str], float]] = []

    def send(self, request: Request, *, timeout: float | None) -> Response:
        response = self.inner.send(request, timeout=timeout)
        self.seen.append(
            (
                request.method,
                response.status,
                dict(response.headers.items()),
                self.clock.now.timestamp(),
            )
        )
        return response

    def close(self) -> None:
        self.inner.close()


class World:
    def __init__(self) -> None:
        start = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
        self.clock = ManualClock(start)
        self.waits: list[float] = []
        self.app = create_app(
            demo=True, clock=self.clock, rate_limit=RATE_LIMIT, sleep=self._no_sleep
        )
        self.transport = Recorder(WSGITransport(self.app), self.clock)
        self.hub = DockerHub(
            base_url="http://fakehub.test",
            transport=self.transport,
            cache=False,
            max_retries=8,
            retry_base=RETRY_BASE,
            retry_cap=RETRY_CAP,
            sleep=self.sleep,
            wall_clock=lambda: self.clock.now.timestamp(),
            rng=random.Random(4),
        )

    def arm(self) -> None:
        """Start injecting faults (after the set-up calls)."""
        backend = get_backend(self.app)
        # 20% of every request fails before reaching a handler (10% 502, then 1/9 of the
        # rest 503: 1 - 0.9 * 8/9 = 0.2), and 20% of POSTs fail *after* their write was
        # committed: the answer is lost, so a client that replayed them would write twice.
        backend.faults.add({"status": 502, "probability": 0.1, "seed": 1, "count": None})
        backend.faults.add({"status": 503, "probability": 1 / 9, "seed": 2, "count": None})
        backend.faults.add(
            {
                "status": 500,
                "method": "POST",
                "when": "after",
                "probability": 0.2,
                "seed": 3,
                "count": None,
            }
        )
        self.transport.seen.clear()

    @staticmethod
    def _no_sleep(seconds: float) -> None:
        raise AssertionError("no latency faults are configured")

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.clock.advance(seconds=seconds)


@pytest.fixture(scope="module")
def run() -> dict[str, Any]:
    world = World()
    hub = world.hub
    hub.login("alice", "alice-password-1")
    rng = random.Random(5)
    build_tag = next(t for t in hub.autobuilds.get("alice", "webapp").build_tags)
    webhook = hub.webhooks.create("alice", "webapp", name="workload")

    idempotent: list[Callable[[], object]] = [
        lambda: hub.repositories.get(None, "nginx"),
        lambda: hub.repositories.get("alice", "secret-project"),
        lambda: hub.tags.list(None, "nginx", page=rng.randint(1, 18)),
        lambda: hub.users.get("bob"),
        lambda: hub.repositories.list("alice"),
        lambda: hub.webhooks.list("alice", "webapp"),
        lambda: hub.build_tags.update(
            "alice", "webapp", build_tag.id, name=build_tag.name, source_name="main"
        ),
        lambda: hub.repositories.unstar(None, "ubuntu"),
    ]
    posts = {"triggered": 0, "hooks": 0, "lost": 0, "refused": 0}
    hook_urls: list[str] = []

    def trigger() -> None:
        try:
            hub.builds.trigger("alice", "webapp")
            posts["triggered"] += 1
        except APIStatusError as exc:
            _count_failed_post(exc, posts)

    def add_hook() -> None:
        url = f"https://example.com/hook/{len(hook_urls)}"
        hook_urls.append(url)
        try:
            hub.webhooks.create_hook("alice", "webapp", webhook.id, hook_url=url)
            posts["hooks"] += 1
        except APIStatusError as exc:
            _count_failed_post(exc, posts)

    builds_before = hub.builds.history("alice", "webapp").count
    world.arm()
    errors: list[BaseException] = []
    for _ in range(CALLS):
        if rng.random() < 0.15:
            (trigger if rng.random() < 0.5 else add_hook)()
        else:
            try:
                rng.choice(idempotent)()
            except Exception as exc:
                errors.append(exc)
    return {
        "world": world,
        "errors": errors,
        "posts": posts,
        "hook_urls": hook_urls,
        "builds_before": builds_before,
        "webhook": webhook,
    }


def _count_failed_post(exc: APIStatusError, posts: dict[str, int]) -> None:
    # fakehub marks injected answers; a 500 from the "after" rule means the write happened
    if exc.status_code == 500 and exc.headers.get("X-Fakehub-Fault"):
        posts["lost"] += 1
    else:
        posts["refused"] += 1


def test_no_idempotent_call_surfaces_an_error(run: dict[str, Any]) -> None:
    assert run["errors"] == []


def test_the_faults_and_the_rate_limit_really_fired(run: dict[str, Any]) -> None:
    seen = run["world"].transport.seen
    fives = sum(1 for _, status, _, _ in seen if status >= 500)
    assert 0.15 < fives / len(seen) < 0.30
    assert sum(1 for _, status, _, _ in seen if status == 429) >= 5


def test_no_write_is_applied_twice(run: dict[str, Any]) -> None:
    hub = run["world"].hub
    posts = run["posts"]
    builds = hub.builds.history("alice", "webapp").count - run["builds_before"]
    webhook = next(w for w in hub.webhooks.iter("alice", "webapp") if w.id == run["webhook"].id)
    urls = [h.hook_url for h in webhook.hooks]
    assert len(urls) == len(set(urls)), "a hook was created twice"
    # every write the server applied was either acknowledged or answered by the "after" fault
    assert builds + len(urls) == posts["triggered"] + posts["hooks"] + posts["lost"]
    assert posts["lost"] > 0 and posts["refused"] > 0


def test_every_wait_is_the_one_the_server_or_the_backoff_asked_for(run: dict[str, Any]) -> None:
    """Retry-After first; else, with no quota left, X-RateLimit-Reset; else full jitter."""
    world = run["world"]
    expected: list[tuple[float | None, int]] = []  # per retry: the server's wait, the attempt
    attempt = 0
    for method, status, headers, now in world.transport.seen:
        if method in IDEMPOTENT and status in RETRYABLE:
            server_wait: float | None = None
            if "Retry-After" in headers:
                server_wait = float(headers["Retry-After"])
            elif headers.get("X-RateLimit-Remaining") == "0":
                server_wait = max(0.0, int(headers["X-RateLimit-Reset"]) - now)
            expected.append((server_wait, attempt))
            attempt += 1
        else:
            attempt = 0
    assert len(world.waits) == len(expected)
    assert any(server_wait for server_wait, _ in expected)
    for wait, (server_wait, n) in zip(world.waits, expected, strict=True):
        if server_wait is not None:
            assert wait == pytest.approx(server_wait)
        else:
            assert 0 <= wait <= min(RETRY_CAP, RETRY_BASE * 2**n)
