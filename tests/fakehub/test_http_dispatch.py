"""API requests answered from fakehub's route table (:mod:`fakehub.http.dispatch`) get what
Flask's routing and hooks would answer: the table picks the rule Werkzeug's matcher picks,
and the dispatcher's answer is Flask's to the byte."""

from __future__ import annotations

import functools
import random
from typing import Final

from flask import Flask
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from werkzeug.exceptions import HTTPException
from werkzeug.test import EnvironBuilder

from fakehub._generated.routes import ROUTES
from fakehub.app import create_app, get_backend
from fakehub.clock import ManualClock
from fakehub.http.dispatch import Dispatcher
from fakehub.middleware import TrafficMiddleware
from tests.fakehub.conftest import quick_people_document

METHODS: Final = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")
API_ENDPOINTS: Final = frozenset(route.handler for route in ROUTES)
LITERALS: Final = sorted(
    {part for route in ROUTES for part in route.rule.split("/") if not part.startswith("<")}
)
NAMES: Final = ["alice", "public", "private", "latest", "acme", "developers", "1", "007"]
ODD: Final = ["٣", "x y", "é", "%2F", ".", "..", "a\x00b", "9" * 30]
SEGMENTS: Final = st.sampled_from(LITERALS + NAMES + ODD) | st.text(max_size=4)


@st.composite
def paths(draw: st.DrawFn) -> str:
    """A path of the spec's own words, names that exist, and odd segments."""
    segments = draw(st.lists(SEGMENTS, min_size=1, max_size=9))
    leading = draw(st.sampled_from(["/", "/", "/", "//"]))
    return leading + "/".join(segments)


@functools.cache
def shared_app() -> Flask:
    """One app for every example: each only reads it."""
    app = create_app(clock=ManualClock(), rng=random.Random(7), data=quick_people_document())
    app.testing = True
    return app


def dispatcher_of(app: Flask) -> Dispatcher:
    middleware = app.wsgi_app
    assert isinstance(middleware, TrafficMiddleware)
    assert isinstance(middleware.app, Dispatcher)
    return middleware.app


def werkzeug_match(app: Flask, method: str, path: str) -> tuple[str, dict[str, str]] | None:
    """The API endpoint and path variables Werkzeug's map routes to (``None``: another rule,
    or an error)."""
    try:
        rule, values = app.url_map.bind("fakehub.test").match(path, method=method, return_rule=True)
    except HTTPException:  # 404, 405, a redirect
        return None
    return (rule.endpoint, values) if rule.endpoint in API_ENDPOINTS else None


def table_match(app: Flask, method: str, path: str) -> tuple[str, dict[str, str]] | None:
    found = dispatcher_of(app).table.match(method, path)
    return None if found is None else (found[0].__name__, found[1])


def test_the_table_routes_every_rule_as_werkzeug_does_for_every_method() -> None:
    app = shared_app()
    for rule in app.url_map.iter_rules():
        for value in ("1", "name", "login"):
            path = "/".join(
                value if part.startswith("<") else part for part in rule.rule.split("/")
            )
            for method in METHODS:
                assert table_match(app, method, path) == werkzeug_match(app, method, path), (
                    method,
                    path,
                )


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(method=st.sampled_from(METHODS), path=paths())
@example(method="GET", path="/v2/users/login/")
@example(method="POST", path="/v2/users/login")
@example(method="GET", path="//v2/repositories/alice/public/")
@example(method="PUT", path="/v2/repositories/a/b/autobuild/tags/٣/")
@example(method="GET", path="/v2/repositories/a/b/groups/12/")
def test_the_table_routes_any_path_as_werkzeug_does(method: str, path: str) -> None:
    app = shared_app()
    assert table_match(app, method, path) == werkzeug_match(app, method, path)


def answer(app: object, environ: dict[str, object]) -> tuple[str, list[tuple[str, str]], bytes]:
    started: list[tuple[str, list[tuple[str, str]]]] = []

    def start_response(
        status: str, headers: list[tuple[str, str]], exc_info: object = None
    ) -> None:
        started.append((status, headers))

    assert callable(app)
    result = app(dict(environ), start_response)
    try:
        body = b"".join(result)
    finally:
        getattr(result, "close", lambda: None)()
    return started[-1][0], started[-1][1], body


AUTHORIZATIONS: Final = st.sampled_from(["none", "alice", "bob", "garbage", "basic"])


def headers_for(app: Flask, who: str) -> dict[str, str]:
    if who == "none":
        return {}
    if who == "garbage":
        return {"Authorization": "Bearer not.a.token"}
    if who == "basic":
        return {"Authorization": "Basic YWxpY2U6eA=="}
    return {"Authorization": f"Bearer {get_backend(app).tokens.issue(who)}"}


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(
    method=st.sampled_from(["GET", "GET", "HEAD", "OPTIONS"]),
    path=paths(),
    query=st.sampled_from(["", "page=2", "page_size=1", "page=0", "page=x", "name=a"]),
    who=AUTHORIZATIONS,
)
@example(method="GET", path="/v2/repositories/alice/public/", query="", who="none")
@example(method="GET", path="/v2/repositories/alice/private/", query="", who="alice")
@example(method="GET", path="/v2/repositories/alice/", query="page_size=1", who="bob")
@example(
    method="HEAD", path="/v2/namespaces/alice/repositories/public/tags/v1", query="", who="none"
)
@example(method="GET", path="/v2/scim/2.0/Users/", query="", who="garbage")
@example(method="GET", path="/v2/users/login/", query="", who="none")
def test_the_dispatcher_answers_reads_as_flask_does(
    method: str, path: str, query: str, who: str
) -> None:
    """Reads only (the app is shared): status, headers and body, byte for byte."""
    app = shared_app()
    dispatcher = dispatcher_of(app)
    environ = EnvironBuilder(
        path="/", method=method, query_string=query, headers=headers_for(app, who)
    ).get_environ()
    environ["PATH_INFO"] = path.encode("utf-8").decode("latin-1")
    environ["REQUEST_URI"] = path.encode("utf-8").decode("latin-1") + (f"?{query}" if query else "")
    assert answer(dispatcher, environ) == answer(dispatcher.app, environ)
