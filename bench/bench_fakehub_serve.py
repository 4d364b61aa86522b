"""Requests per second over a socket, fakehub against the bare Flask app on the same server,
for each candidate server of ``fakehub serve``, at 1 and 8 client threads (each with its own
keep-alive urllib3 pool).

Servers: waitress (``fakehub.serving``, what ``fakehub serve`` runs) and Werkzeug's threaded
development server (what it ran before), which answers ``Connection: close`` every time.
Werkzeug with keep-alive is not a candidate: with its forced ``Connection: close`` removed,
Werkzeug 3.1 still drains the socket after each answer ("If we supported keep-alive
connections, this naive approach would break by reading the next request line"), swallowing
the client's next request; the client then waits for ever (seen on the first 8-client round).
Both apps are served at once and their rounds interleaved, each app first in every other
round; the median of the rounds' ratios is quoted.
``python bench/bench_fakehub_serve.py [--quick]``.
"""

from __future__ import annotations

import statistics
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import urllib3
from flask import Flask, Response
from werkzeug.serving import make_server as werkzeug_server

from fakehub.app import create_app
from fakehub.server import QuietRequestHandler
from fakehub.serving import make_server as waitress_server

PATH = "/v2/repositories/library/nginx/"


@contextmanager
def serving(kind: str, app: Any) -> Iterator[int]:
    if kind == "waitress":
        server = waitress_server(app, "127.0.0.1", 0, quiet=True)
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        try:
            yield server.port
        finally:
            server.close()
        return
    wz = werkzeug_server("127.0.0.1", 0, app, threaded=True, request_handler=QuietRequestHandler)
    thread = threading.Thread(target=wz.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield wz.server_port
    finally:
        wz.shutdown()
        wz.server_close()


def bare_app(body: bytes) -> Flask:
    app = Flask("bare")

    @app.get(PATH)
    def repository() -> Response:
        return Response(body, mimetype="application/json")

    return app


def rate(port: int, clients: int, per_client: int) -> tuple[float, float]:
    """Requests per second of wall time, and per second of this process's CPU time (server
    and clients: the clients' share is the same whichever app serves), with ``clients``
    threads each making ``per_client`` GETs. The second holds on a busy machine, where the
    first mostly measures the queue for the CPU."""
    pools = [urllib3.HTTPConnectionPool("127.0.0.1", port, maxsize=1) for _ in range(clients)]
    for pool in pools:
        pool.request("GET", PATH).data  # noqa: B018 - connect first

    def work(pool: urllib3.HTTPConnectionPool) -> None:
        for _ in range(per_client):
            response = pool.request("GET", PATH)
            if response.status != 200:
                raise RuntimeError(f"{response.status}: {response.data[:200]!r}")

    threads = [threading.Thread(target=work, args=(p,)) for p in pools]
    start, cpu_start = time.perf_counter(), time.process_time()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    for pool in pools:
        pool.close()
    return clients * per_client / elapsed, clients * per_client / cpu


def main(quick: bool = False) -> list[str]:
    rounds, total = (3, 200) if quick else (15, 400)
    fakehub = create_app(demo=True, rate_limit=10**9)
    body = fakehub.test_client().get(PATH).get_data()
    bare = bare_app(body)
    kinds = ["waitress", "werkzeug (Connection: close)"]
    results: dict[tuple[str, str, int], list[float]] = {}
    cpu_results: dict[tuple[str, str, int], list[float]] = {}
    for kind in kinds:
        # both apps served at once, so that a round of one follows a round of the other
        # within a second (the machine's load moves on a scale of seconds)
        with serving(kind, bare) as bare_port, serving(kind, fakehub) as fakehub_port:
            for clients in (1, 8):
                for round_ in range(rounds):
                    apps = [("bare", bare_port), ("fakehub", fakehub_port)]
                    if round_ % 2:  # each app goes first in every other round
                        apps.reverse()
                    for name, port in apps:
                        got, got_cpu = rate(port, clients, max(1, total // clients))
                        results.setdefault((kind, name, clients), []).append(got)
                        cpu_results.setdefault((kind, name, clients), []).append(got_cpu)
    median: Callable[[tuple[str, str, int]], float] = lambda k: statistics.median(results[k])  # noqa: E731
    lines = [
        "### `fakehub serve`: requests/s over a socket (anchor: the bare Flask app, same server)",
        "",
        f"GET {PATH} with keep-alive urllib3 pools, one per client thread; {rounds} interleaved",
        f"rounds of {total} requests per app (both apps served at once, each first in every",
        "other round). Ratios: the median of the rounds' ratios (each round's fakehub against",
        "the bare app of the same round), with their range.",
        "",
        "| server | clients | bare Flask req/s | fakehub req/s | fakehub / bare Flask "
        "| fakehub / bare Flask, per CPU second "
        "| fakehub / fakehub on werkzeug as before (per CPU second) |",
        "|---|---|---|---|---|---|---|",
    ]
    for kind in kinds:
        for clients in (1, 8):
            wall = _ratios(results, kind, clients)
            cpu = _ratios(cpu_results, kind, clients)
            before = _ratios(results, kind, clients, "werkzeug (Connection: close)")
            before_cpu = _ratios(cpu_results, kind, clients, "werkzeug (Connection: close)")
            b, f = median((kind, "bare", clients)), median((kind, "fakehub", clients))
            lines.append(
                f"| {kind} | {clients} | {b:.0f} | {f:.0f} | {_spread(wall)} | {_spread(cpu)} "
                f"| {statistics.median(before):.2f}× ({statistics.median(before_cpu):.2f}×) |"
            )
    lines += [
        "",
        "Per CPU second: requests per second of the benchmark process's CPU time (the server's",
        "and the clients' threads alike), which a busy machine's queue for the CPU does not",
        "inflate; req/s is wall time (medians).",
    ]
    return lines


def _ratios(
    results: dict[tuple[str, str, int], list[float]],
    kind: str,
    clients: int,
    anchor_kind: str | None = None,
) -> list[float]:
    """Each round's fakehub rate against the bare app's of the same round (``anchor_kind``:
    against fakehub's on that server instead)."""
    anchor = (kind, "bare", clients) if anchor_kind is None else (anchor_kind, "fakehub", clients)
    return [
        f / a for f, a in zip(results[(kind, "fakehub", clients)], results[anchor], strict=True)
    ]


def _spread(ratios: list[float]) -> str:
    return f"{statistics.median(ratios):.2f}× ({min(ratios):.2f}–{max(ratios):.2f})"


if __name__ == "__main__":
    print("\n".join(main(quick="--quick" in sys.argv)))
