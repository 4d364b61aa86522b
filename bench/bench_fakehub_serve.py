"""Requests per second over a socket, fakehub against the bare Flask app on the same server,
for each candidate server of ``fakehub serve``, at 1 and 8 client threads (each with its own
keep-alive urllib3 pool).

Servers: waitress (``fakehub.serving``, what ``fakehub serve`` runs) and Werkzeug's threaded
development server (what it ran before), which answers ``Connection: close`` every time.
Werkzeug with keep-alive is not a candidate: with its forced ``Connection: close`` removed,
Werkzeug 3.1 still drains the socket after each answer ("If we supported keep-alive
connections, this naive approach would break by reading the next request line"), swallowing
the client's next request; the client then waits for ever (seen on the first 8-client round).
Rounds are interleaved and the medians quoted. ``python bench/bench_fakehub_serve.py [--quick]``.
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
    rounds, total = (3, 200) if quick else (5, 400)
    fakehub = create_app(demo=True, rate_limit=10**9)
    body = fakehub.test_client().get(PATH).get_data()
    bare = bare_app(body)
    kinds = ["waitress", "werkzeug (Connection: close)"]
    results: dict[tuple[str, str, int], list[float]] = {}
    cpu_results: dict[tuple[str, str, int], list[float]] = {}
    for _ in range(rounds):
        for kind in kinds:
            for clients in (1, 8):
                for name, app in (("bare", bare), ("fakehub", fakehub)):
                    with serving(kind, app) as port:
                        per_client = max(1, total // clients)
                        got, got_cpu = rate(port, clients, per_client)
                    results.setdefault((kind, name, clients), []).append(got)
                    cpu_results.setdefault((kind, name, clients), []).append(got_cpu)
    median: Callable[[tuple[str, str, int]], float] = lambda k: statistics.median(results[k])  # noqa: E731
    cpu: Callable[[tuple[str, str, int]], float] = lambda k: statistics.median(cpu_results[k])  # noqa: E731
    lines = [
        "### `fakehub serve`: requests/s over a socket (anchor: the bare Flask app, same server)",
        "",
        f"GET {PATH} with keep-alive urllib3 pools, one per client thread; median of {rounds}",
        f"interleaved rounds of {total} requests.",
        "",
        "| server | clients | bare Flask req/s | fakehub req/s | fakehub / bare Flask "
        "| fakehub / bare Flask, per CPU second "
        "| fakehub / fakehub on werkzeug as before (per CPU second) |",
        "|---|---|---|---|---|---|---|",
    ]
    for kind in kinds:
        for clients in (1, 8):
            b, f = median((kind, "bare", clients)), median((kind, "fakehub", clients))
            b_cpu, f_cpu = cpu((kind, "bare", clients)), cpu((kind, "fakehub", clients))
            before = median(("werkzeug (Connection: close)", "fakehub", clients))
            before_cpu = cpu(("werkzeug (Connection: close)", "fakehub", clients))
            lines.append(
                f"| {kind} | {clients} | {b:.0f} | {f:.0f} | {f / b:.2f}× | {f_cpu / b_cpu:.2f}× "
                f"| {f / before:.2f}× ({f_cpu / before_cpu:.2f}×) |"
            )
    lines += [
        "",
        "Per CPU second: requests per second of the benchmark process's CPU time (the server's",
        "and the clients' threads alike), which a busy machine's queue for the CPU does not",
        "inflate; req/s is wall time.",
    ]
    return lines


if __name__ == "__main__":
    print("\n".join(main(quick="--quick" in sys.argv)))
