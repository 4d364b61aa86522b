"""fakehub against its anchors, measured in the same run: a page of 100 tags and one
repository in-process, each against a bare Flask route answering the same bytes, and the
page's cost as the repository grows (180, 1,000, 10,000 and 100,000 tags) against nginx's 180.

Every figure is the median of interleaved rounds (each round times every case once, in turn),
in CPU time of the measuring thread (``time.thread_time``: everything runs in it, WSGI calls
without a socket), so that a busy machine's queue for the CPU does not count.
``python bench/bench_fakehub.py [--quick]``.
"""

from __future__ import annotations

import datetime
import random
import statistics
import sys
import time
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from flask import Flask, Response
from werkzeug.test import create_environ

from fakehub.app import create_app, get_backend
from fakehub.clock import ManualClock

PAGE = "/v2/repositories/library/{name}/tags/"
REPOSITORY = "/v2/repositories/library/nginx/"
SIZES = (180, 1_000, 10_000, 100_000)


def interleaved(
    cases: Mapping[str, Callable[[], object]], *, rounds: int, number: int
) -> dict[str, float]:
    """CPU seconds per call of each case: the median over ``rounds`` rounds of ``number``
    calls, the cases taking turns within each round."""
    times: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(rounds):
        for name, fn in cases.items():
            start = time.thread_time()
            for _ in range(number):
                fn()
            times[name].append((time.thread_time() - start) / number)
    return {name: statistics.median(t) for name, t in times.items()}


def wsgi_get(app: Any, path: str, query: str) -> Callable[[], bytes]:
    """A GET straight through the WSGI interface (no test client in the way)."""
    base = create_environ(path=path, query_string=query, base_url="http://fakehub.test")

    def call() -> bytes:
        status: list[str] = []

        def start_response(s: str, headers: Iterable[tuple[str, str]], exc: object = None) -> None:
            status.append(s)

        body = b"".join(app(dict(base), start_response))
        if not status[0].startswith("200"):
            raise RuntimeError(f"{path}?{query}: {status[0]} {body[:200]!r}")
        return body

    return call


def bare_flask(body: bytes, repository: bytes = b"{}") -> Flask:
    """The anchor: a Flask app whose routes answer ``body`` (a page of tags) and
    ``repository`` (one repository) as fakehub's JSON does."""
    app = Flask("bare")

    @app.get("/v2/repositories/library/<name>/tags/")
    def tags(name: str) -> Response:
        return Response(body, mimetype="application/json")

    @app.get("/v2/repositories/library/<name>/")
    def one(name: str) -> Response:
        return Response(repository, mimetype="application/json")

    return app


def fakehub_with_tags(sizes: Iterable[int]) -> Flask:
    """The demo, plus ``library/tags<N>`` with N tags pushed a minute apart."""
    clock = ManualClock(datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC))
    app = create_app(demo=True, clock=clock, rng=random.Random(7))
    state = get_backend(app).state
    for size in sizes:
        name = f"tags{size}"
        state.create_repository("library", namespace="library", name=name)
        for i in range(size):
            clock.advance(minutes=1)
            state.push_tag("library", name, f"v{i}", full_size=1000 + i)
    return app


def ratio_row(name: str, seconds: float, anchor: float) -> str:
    return f"| {name} | {seconds * 1e3:.3f} ms | {seconds / anchor:.2f}× |"


def main(quick: bool = False) -> list[str]:
    rounds, number = (5, 20) if quick else (9, 50)
    app = fakehub_with_tags([s for s in SIZES if s != 180])
    query = "page=1&page_size=100"
    nginx = wsgi_get(app, PAGE.format(name="nginx"), query)
    repository = wsgi_get(app, REPOSITORY, "")
    anchor = bare_flask(nginx(), repository())
    page = interleaved(
        {
            "bare": wsgi_get(anchor, PAGE.format(name="nginx"), query),
            "fakehub": nginx,
            "page 2": wsgi_get(app, PAGE.format(name="nginx"), "page=2&page_size=100"),
            "bare repository": wsgi_get(anchor, REPOSITORY, ""),
            "repository": repository,
        },
        rounds=rounds,
        number=number,
    )
    scaling_cases: dict[str, Callable[[], object]] = {"180": nginx}
    for size in SIZES[1:]:
        get = wsgi_get(app, PAGE.format(name=f"tags{size}"), query)
        get()  # the first listing after the pushes sorts once; the rows are the steady state
        scaling_cases[str(size)] = get
    scaling = interleaved(scaling_cases, rounds=rounds, number=number)
    lines = [
        "### fakehub in-process: a page of 100 tags, one repository "
        "(anchor: a bare Flask route, same bytes)",
        "",
        "| what | time per request | ratio |",
        "|---|---|---|",
        ratio_row(
            "bare Flask route answering the page's bytes (anchor)", page["bare"], page["bare"]
        ),
        ratio_row("fakehub, nginx page 1 (100 of 180 tags)", page["fakehub"], page["bare"]),
        ratio_row("fakehub, nginx page 2 (80 of 180 tags)", page["page 2"], page["bare"]),
        ratio_row(
            "bare Flask route answering one repository's bytes (anchor)",
            page["bare repository"],
            page["bare repository"],
        ),
        ratio_row(
            "fakehub, GET one repository (library/nginx)",
            page["repository"],
            page["bare repository"],
        ),
        "",
        "### fakehub: a page of 100 tags as the repository grows (anchor: nginx's 180 tags)",
        "",
        "| tags in the repository | time per page | ratio |",
        "|---|---|---|",
    ]
    for size in SIZES:
        label = f"{size:,}" + (" (anchor)" if size == 180 else "")
        lines.append(ratio_row(label, scaling[str(size)], scaling["180"]))
    lines.append("")
    lines.append(
        f"Median of {rounds} interleaved rounds of {number} requests each, WSGI calls, CPU time "
        "of the calling thread."
    )
    return lines


if __name__ == "__main__":
    print("\n".join(main(quick="--quick" in sys.argv)))
