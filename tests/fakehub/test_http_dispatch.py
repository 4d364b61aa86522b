"""API requests answered from fakehub's route table (:mod:`fakehub.http.dispatch`) get what
Flask's routing and hooks would answer: the table picks the rule Werkzeug's matcher picks,
and the dispatcher's answer is Flask's to the byte."""

from __future__ import annotations

import functools
import io
import json
import random
from typing import Final

from flask import Flask, Request, Response
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from werkzeug.exceptions import HTTPException
from werkzeug.test import EnvironBuilder

from fakehub._generated.routes import ROUTES
from fakehub.app import create_app, get_backend
from fakehub.clock import ManualClock
from fakehub.http.current import LeanRequest
from fakehub.http.dispatch import Dispatcher, RouteTable, _whole
from fakehub.http.errors import reply_maker
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


QUERIES: Final = st.sampled_from(["", "page=2", "a=1&a=2&b=", "q=%ff%2F", "x=%E2%82%AC", "=&&k"])


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(
    method=st.sampled_from(["GET", "get", "Post", "HEAD"]),
    path=st.sampled_from(["/", "//v2//x", "/v2/é/", "v2/a", "/%2F"]) | st.text(max_size=8),
    query=QUERIES | st.text(max_size=8),
    length=st.sampled_from([None, "12", "-3", "x", " 7"]),
    chunked=st.booleans(),
    remote=st.sampled_from([None, "127.0.0.1", "::1"]),
    host=st.sampled_from([None, "hub.test", "hub.test:8080", "[::1]:5"]),
)
def test_the_lean_request_reads_the_environ_as_werkzeug_s_request_does(
    method: str,
    path: str,
    query: str,
    length: str | None,
    chunked: bool,
    remote: str | None,
    host: str | None,
) -> None:
    environ = EnvironBuilder(path="/", method=method).get_environ()
    environ["PATH_INFO"] = path.encode("utf-8").decode("latin-1")
    environ["QUERY_STRING"] = query.encode("utf-8").decode("latin-1")
    for key, value in (
        ("CONTENT_LENGTH", length),
        ("HTTP_TRANSFER_ENCODING", "chunked" if chunked else None),
        ("REMOTE_ADDR", remote),
        ("HTTP_HOST", host),
    ):
        environ.pop(key, None)
        if value is not None:
            environ[key] = value
    full = Request(environ, populate_request=False)
    decoded = environ["PATH_INFO"].encode("latin-1").decode("utf-8", "replace")
    lean = LeanRequest(environ, method.upper(), decoded)
    assert (lean.method, lean.path, lean.remote_addr) == (
        full.method,
        full.path,
        full.remote_addr,
    )
    assert list(lean.args.items(multi=True)) == list(full.args.items(multi=True))
    assert lean.content_length == full.content_length
    assert (lean.base_url, lean.host_url) == (full.base_url, full.host_url)


@given(
    status=st.sampled_from([200, 201, 202, 400, 404]),
    mimetype=st.sampled_from(["application/json", "application/scim+json", "text/plain"]),
    body=st.binary(max_size=20),
)
def test_a_reply_is_the_response_flask_makes_of_it(status: int, mimetype: str, body: bytes) -> None:
    """A view's :class:`Reply`, sent as it is by the dispatcher, is what Flask makes of the
    tuple, and what a ``Response`` of the same body, status and media type sends."""
    app = Flask("replies")
    reply = reply_maker(status, mimetype)(body)
    app.add_url_rule("/reply", "reply", lambda: reply)
    app.add_url_rule("/response", "response", lambda: Response(body, status, mimetype=mimetype))
    environ = EnvironBuilder(path="/reply").get_environ()
    sent = _whole(reply, environ)
    assert answer(app, environ) == sent
    assert answer(app, {**environ, "PATH_INFO": "/response"}) == sent


def test_a_chunked_body_over_the_limit_is_413_from_a_server_that_terminates_it() -> None:
    """Werkzeug's development server gives a chunked body no Content-Length: the body is
    read, to one byte over the limit, before the view runs."""
    app = create_app(clock=ManualClock(), data=quick_people_document(), max_body_bytes=100)
    token = get_backend(app).tokens.issue("alice")
    body = json.dumps({"namespace": "alice", "name": "chunky", "description": "x" * 500})
    environ = EnvironBuilder(
        path="/v2/repositories/",
        method="POST",
        headers=[("Authorization", f"Bearer {token}"), ("Content-Type", "application/json")],
    ).get_environ()
    environ.pop("CONTENT_LENGTH", None)
    environ.update(
        {
            "HTTP_TRANSFER_ENCODING": "chunked",
            "wsgi.input_terminated": True,
            "wsgi.input": io.BytesIO(body.encode()),
        }
    )
    status, _, sent = answer(app, environ)
    assert status.startswith("413")
    assert json.loads(sent)["detail"].startswith("Request body too large")
    assert app.test_client().get("/v2/repositories/alice/chunky/").status_code == 404


def test_a_remembered_match_gives_way_to_a_rule_added_since() -> None:
    def first() -> Response:
        return Response(b"first")

    def second() -> Response:
        return Response(b"second")

    table = RouteTable(Flask("table").url_map.converters)
    table.add("/v2/<name>/", "GET", first)
    assert table.match("GET", "/v2/literal/") == (first, {"name": "literal"})
    assert table.match("GET", "/v2/literal/") == (first, {"name": "literal"})
    table.add("/v2/literal/", "GET", second)  # a literal segment wins over a variable
    assert table.match("GET", "/v2/literal/") == (second, {})
