"""A GET answered after a write of the same client is not cached (issue 10 #4).

Thread A sends a GET; thread B, on the same client, updates the repository; A's answer (the
state from before the write) arrives only after B's write is done. Events order the threads:
nothing sleeps.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from dockerhub_sdk._base_client import BaseClient
from dockerhub_sdk._cache import ResponseCache
from dockerhub_sdk._transport import Request, Response

from .fakes import OPS, TOKEN, FakeClock, FakeTransport, Repo, body_of, json_response

REPO = "/v2/repositories/alice/app/"
URL = "https://hub.example.test" + REPO


class SlowFirstRead:
    """A repository whose first GET is answered (with the state read when it arrived) only
    once ``release`` is set; ``arrived`` is set when that GET reaches the server."""

    def __init__(self) -> None:
        self.description = "old"
        self.arrived = threading.Event()
        self.release = threading.Event()
        self.reads = 0

    def _body(self, description: str) -> dict[str, object]:
        return {"namespace": "alice", "name": "app", "star_count": 0, "description": description}

    def get(self, request: Request) -> Response:
        self.reads += 1
        seen = self.description
        if self.reads == 1:
            self.arrived.set()
            assert self.release.wait(timeout=30)
        return json_response(self._body(seen))

    def patch(self, request: Request) -> Response:
        self.description = body_of(request)["description"]
        return json_response(self._body(self.description))


def _get(client: BaseClient) -> Repo:
    return client._request_model(
        OPS["repositories.get"], Repo, path={"namespace": "alice", "repository": "app"}
    )


def _update(client: BaseClient, description: str) -> None:
    client._request_model(
        OPS["repositories.update"],
        Repo,
        path={"namespace": "alice", "repository": "app"},
        body={"description": description},
    )


def test_a_read_answered_after_the_clients_own_write_is_not_cached(
    make_client: Callable[..., BaseClient], transport: FakeTransport
) -> None:
    server = SlowFirstRead()
    transport.on("GET", REPO, server.get)
    transport.on("PATCH", REPO, server.patch)
    client = make_client(token=TOKEN)
    results: list[Repo] = []
    reader = threading.Thread(target=lambda: results.append(_get(client)))
    reader.start()
    assert server.arrived.wait(timeout=30)
    _update(client, "new")  # B's write, and its invalidation, while A's GET is in flight
    server.release.set()
    reader.join(timeout=30)
    assert [r.description for r in results] == ["old"]  # A got the state from before
    assert _get(client).description == "new"  # ...and it was not kept for the TTL
    assert server.reads == 2


def test_a_read_started_after_a_write_is_cached() -> None:
    cache = ResponseCache(clock=FakeClock())
    cache.invalidate(scope="alice/app", identity=None)
    ticket = cache.begin("anonymous", "GET", URL, scope="alice/app", namespace=None)
    cache.put(
        "anonymous", "GET", URL, json_response({}), scope="alice/app", namespace=None, ticket=ticket
    )
    cache.end(ticket)
    assert cache.get("anonymous", "GET", URL) is not None


def test_a_write_to_another_repository_while_a_read_is_in_flight_keeps_it_cacheable() -> None:
    cache = ResponseCache(clock=FakeClock())
    ticket = cache.begin("anonymous", "GET", URL, scope="alice/app", namespace=None)
    cache.invalidate(scope="bob/tool", identity=None)
    cache.put(
        "anonymous", "GET", URL, json_response({}), scope="alice/app", namespace=None, ticket=ticket
    )
    cache.end(ticket)
    assert cache.get("anonymous", "GET", URL) is not None


def test_a_clear_while_a_read_is_in_flight_keeps_its_answer_out() -> None:
    cache = ResponseCache(clock=FakeClock())
    ticket = cache.begin("anonymous", "GET", URL, scope="alice/app", namespace=None)
    cache.clear()
    cache.put(
        "anonymous", "GET", URL, json_response({}), scope="alice/app", namespace=None, ticket=ticket
    )
    cache.end(ticket)
    assert cache.get("anonymous", "GET", URL) is None


def test_an_invalidation_of_the_writers_identity_keeps_its_read_in_flight_out() -> None:
    cache = ResponseCache(clock=FakeClock())
    me = cache.identity_for(TOKEN)
    url = "https://hub.example.test/v2/user/"
    ticket = cache.begin(me, "GET", url, scope=None, namespace=None)
    cache.invalidate(scope="alice/app", identity=me)
    cache.put(me, "GET", url, json_response({}), scope=None, namespace=None, ticket=ticket)
    cache.end(ticket)
    assert cache.get(me, "GET", url) is None


def test_finished_requests_leave_no_generation_counters_behind() -> None:
    cache = ResponseCache(clock=FakeClock())
    first = cache.begin("anonymous", "GET", URL, scope="alice/app", namespace=None)
    second = cache.begin("anonymous", "GET", URL, scope="alice/app", namespace=None)
    cache.end(first)
    cache.end(second)
    assert cache._flights == {}
