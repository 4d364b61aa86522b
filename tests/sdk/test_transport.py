"""The transports: headers, WSGITransport against a tiny WSGI app, Urllib3Transport on loopback."""

from __future__ import annotations

import http.server
import json
import socket
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import pytest
import urllib3
from hypothesis import given
from hypothesis import strategies as st

from dockerhub_sdk._base_client import BaseClient
from dockerhub_sdk._exceptions import (
    APIConnectError,
    APIConnectionError,
    APITimeoutError,
    NotFoundError,
)
from dockerhub_sdk._transport import (
    Headers,
    Request,
    Response,
    Transport,
    Urllib3Transport,
    WSGITransport,
)

from .fakes import CONVERTER, OPS, TOKEN, FakeClock, FakeTransport, Repo

StartResponse = Callable[..., Any]


def echo_app(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
    """Answers with what it was given, as JSON."""
    length = int(environ.get("CONTENT_LENGTH") or 0)
    seen = {
        "method": environ["REQUEST_METHOD"],
        "path": environ["PATH_INFO"],
        "script_name": environ["SCRIPT_NAME"],
        "query": environ["QUERY_STRING"],
        "body": environ["wsgi.input"].read(length).decode(),
        "content_type": environ.get("CONTENT_TYPE"),
        "content_length": environ.get("CONTENT_LENGTH"),
        "host": environ.get("HTTP_HOST"),
        "server": [environ["SERVER_NAME"], environ["SERVER_PORT"]],
        "scheme": environ["wsgi.url_scheme"],
        "custom": environ.get("HTTP_X_CUSTOM_THING"),
        "authorization": environ.get("HTTP_AUTHORIZATION"),
        "raw_uri": environ.get("RAW_URI"),
    }
    start_response(
        "201 Created",
        [("Content-Type", "application/json"), ("Set-Cookie", "a=1"), ("Set-Cookie", "b=2")],
    )
    return [json.dumps(seen).encode()]


def _echo(request: Request, **kwargs: Any) -> tuple[Response, dict[str, Any]]:
    response = WSGITransport(echo_app, **kwargs).send(request, timeout=None)
    return response, json.loads(response.content)


# -- Headers -------------------------------------------------------------------------------


def test_headers_are_case_insensitive() -> None:
    headers = Headers({"Content-Type": "application/json"})
    assert headers["content-type"] == headers["CONTENT-TYPE"] == "application/json"
    assert "content-TYPE" in headers


def test_repeated_headers_are_joined() -> None:
    assert Headers([("Vary", "a"), ("vary", "b")])["Vary"] == "a, b"


def test_headers_compare_case_insensitively() -> None:
    assert Headers({"X-A": "1"}) == {"x-a": "1"}


def test_headers_repr_hides_credentials() -> None:
    text = repr(Headers({"Authorization": f"Bearer {TOKEN}", "Cookie": "s=1", "Accept": "x"}))
    assert TOKEN not in text and "s=1" not in text and "'Accept': 'x'" in text


_NAMES = st.sampled_from(["Vary", "vary", "VARY", "Content-Type", "X-RateLimit-Limit", "Date"])


@given(st.lists(st.tuples(_NAMES, st.text(st.characters(codec="latin-1"), max_size=5))))
def test_headers_made_lazily_from_urllib3_read_as_headers_made_at_once(
    pairs: list[tuple[str, str]],
) -> None:
    """A response's headers are merged by urllib3 and made when first read: the same names,
    order, values, repr and equality as :class:`Headers` of the raw pairs."""
    raw = urllib3.HTTPHeaderDict()
    for name, value in pairs:
        raw.add(name, value)
    lazy, eager = Headers.distinct(raw.itermerged), Headers(pairs)
    assert (list(lazy), len(lazy), repr(lazy)) == (list(eager), len(eager), repr(eager))
    assert lazy == eager and lazy.as_dict() == eager.as_dict()
    for name, _ in pairs:
        assert lazy[name.upper()] == eager[name] and name.lower() in lazy


def test_headers_made_lazily_are_not_merged_before_they_are_read() -> None:
    calls: list[int] = []

    def merged() -> Iterator[tuple[str, str]]:
        calls.append(1)
        yield ("Vary", "a, b")

    headers = Headers.distinct(merged)
    assert calls == []
    assert headers.get("vary") == "a, b" and headers["VARY"] == "a, b"
    assert calls == [1]  # merged once, then kept


# -- WSGITransport -------------------------------------------------------------------------


def test_wsgi_transport_is_a_transport() -> None:
    assert isinstance(WSGITransport(echo_app), Transport)


def test_wsgi_transport_passes_method_path_and_raw_query() -> None:
    _, seen = _echo(Request(method="GET", url="http://hub.test/v2/a%20b/?q=x%26y&page=2"))
    assert (seen["method"], seen["path"], seen["query"]) == ("GET", "/v2/a b/", "q=x%26y&page=2")


def test_wsgi_transport_decodes_the_path_as_latin1_bytes() -> None:
    _, seen = _echo(Request(method="GET", url="http://hub.test/v2/%C3%A9/"))
    assert seen["path"].encode("latin-1").decode() == "/v2/é/"


def test_wsgi_transport_passes_the_body_and_its_length_and_type() -> None:
    request = Request(
        method="POST",
        url="http://hub.test/v2/x/",
        headers={"Content-Type": "application/json"},
        body=b'{"a": 1}',
    )
    _, seen = _echo(request)
    assert (seen["body"], seen["content_type"], seen["content_length"]) == (
        '{"a": 1}',
        "application/json",
        "8",
    )


def test_wsgi_transport_passes_headers_as_http_variables() -> None:
    request = Request(
        method="GET",
        url="https://hub.test:8443/",
        headers={"X-Custom-Thing": "yes", "Authorization": "Bearer t"},
    )
    _, seen = _echo(request)
    assert (seen["custom"], seen["authorization"]) == ("yes", "Bearer t")
    assert (seen["host"], seen["server"], seen["scheme"]) == (
        "hub.test:8443",
        ["hub.test", "8443"],
        "https",
    )


def test_wsgi_transport_uses_the_default_port_of_the_scheme() -> None:
    _, seen = _echo(Request(method="GET", url="http://hub.test/"))
    assert seen["server"] == ["hub.test", "80"]


def test_wsgi_transport_strips_the_script_name() -> None:
    _, seen = _echo(Request(method="GET", url="http://hub.test/api/v2/x/"), script_name="/api")
    assert (seen["script_name"], seen["path"]) == ("/api", "/v2/x/")


def test_wsgi_transport_reads_the_status_line_and_headers() -> None:
    response, _ = _echo(Request(method="GET", url="http://hub.test/"))
    assert response.status == 201
    assert response.headers["content-type"] == "application/json"
    assert response.headers["Set-Cookie"] == "a=1, b=2"


def test_wsgi_transport_closes_the_application_iterable() -> None:
    closed: list[bool] = []

    class Body:
        def __iter__(self) -> Iterator[bytes]:
            yield b"a"
            yield b""
            yield b"b"

        def close(self) -> None:
            closed.append(True)

    def app(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        start_response("200 OK", [])
        return Body()

    response = WSGITransport(app).send(Request(method="GET", url="http://x/"), timeout=None)
    assert (response.content, closed) == (b"ab", [True])


def test_wsgi_transport_supports_the_write_callable() -> None:
    def app(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        write = start_response("200 OK", [])
        write(b"early ")
        return [b"late"]

    response = WSGITransport(app).send(Request(method="GET", url="http://x/"), timeout=None)
    assert response.content == b"early late"


def test_wsgi_transport_propagates_an_application_exception() -> None:
    def app(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        raise RuntimeError("handler bug")

    with pytest.raises(RuntimeError, match="handler bug"):
        WSGITransport(app).send(Request(method="GET", url="http://x/"), timeout=None)


def test_wsgi_transport_reports_an_aborted_connection_as_a_connection_error() -> None:
    def app(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        raise ConnectionAbortedError("dropped")

    with pytest.raises(APIConnectionError) as info:
        WSGITransport(app).send(Request(method="POST", url="http://x/v2/"), timeout=None)
    # delivered, then dropped: not a connect failure, so a POST must not be replayed
    assert not isinstance(info.value, APIConnectError)


def test_wsgi_transport_passes_the_undecoded_path_as_raw_uri() -> None:
    _, seen = _echo(Request(method="GET", url="http://x/v2/a%2Fb/?q=1"))
    assert seen["path"] == "/v2/a/b/"
    assert seen["raw_uri"] == "/v2/a%2Fb/?q=1"


def test_wsgi_transport_can_turn_an_application_exception_into_a_500() -> None:
    def app(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        raise RuntimeError("handler bug")

    transport = WSGITransport(app, raise_app_exceptions=False)
    assert transport.send(Request(method="GET", url="http://x/"), timeout=None).status == 500


def test_a_client_works_over_a_wsgi_app() -> None:
    def app(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        if environ["PATH_INFO"] == "/v2/repositories/library/nginx/":
            start_response("200 OK", [("Content-Type", "application/json")])
            return [b'{"namespace": "library", "name": "nginx", "star_count": 9}']
        start_response("404 NOT FOUND", [("Content-Type", "application/json")])
        return [b'{"detail": "Not found."}']

    client = BaseClient(
        base_url="http://fakehub.test",
        transport=WSGITransport(app),
        clock=FakeClock(),
        converter=CONVERTER,
        operations=OPS,
    )
    get = OPS["repositories.get"]
    assert client._request_model(
        get, Repo, path={"namespace": None, "repository": "nginx"}
    ) == Repo(namespace="library", name="nginx", star_count=9)
    with pytest.raises(NotFoundError, match="Not found"):
        client._request_model(get, Repo, path={"namespace": "x1", "repository": "nope"})


# -- Urllib3Transport (loopback only) ------------------------------------------------------


def test_urllib3_transport_maps_a_refused_connection_to_a_connection_error() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    transport = Urllib3Transport()
    with pytest.raises(APIConnectionError) as info:
        transport.send(Request(method="GET", url=f"http://127.0.0.1:{port}/"), timeout=2)
    assert not isinstance(info.value, APITimeoutError)
    assert isinstance(info.value, APIConnectError)  # proof that nothing was sent
    transport.close()


def test_urllib3_transport_maps_a_read_timeout_to_a_timeout_error() -> None:
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)  # accepts the connection in the backlog, never answers
        port = silent.getsockname()[1]
        transport = Urllib3Transport()
        with pytest.raises(APITimeoutError, match="timed out") as info:
            transport.send(Request(method="GET", url=f"http://127.0.0.1:{port}/"), timeout=0.2)
        transport.close()
    # the connection was made: the server may have the request
    assert not isinstance(info.value, APIConnectError)


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        if self.path == "/redirect/":
            self.send_response(302)
            self.send_header("Location", "http://elsewhere.invalid/")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = json.dumps({"path": self.path, "auth": self.headers.get("Authorization")}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        if self.path == "/repeated/":
            self.send_header("Vary", "Accept")
            self.send_header("vary", "Cookie")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def local_server() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_urllib3_transport_returns_status_headers_and_body(local_server: str) -> None:
    transport = Urllib3Transport()
    request = Request(method="GET", url=f"{local_server}/v2/x/", headers={"Authorization": "t"})
    response = transport.send(request, timeout=5)
    assert response.status == 200
    assert response.headers["content-type"] == "application/json"
    assert json.loads(response.content) == {"path": "/v2/x/", "auth": "t"}
    transport.close()


def test_urllib3_transport_joins_a_repeated_response_header_under_its_first_name(
    local_server: str,
) -> None:
    transport = Urllib3Transport()
    response = transport.send(Request(method="GET", url=f"{local_server}/repeated/"), timeout=5)
    assert response.headers["VARY"] == "Accept, Cookie"
    assert [name for name in response.headers if name.lower() == "vary"] == ["Vary"]
    transport.close()


def test_urllib3_transport_does_not_follow_redirects(local_server: str) -> None:
    transport = Urllib3Transport()
    response = transport.send(Request(method="GET", url=f"{local_server}/redirect/"), timeout=5)
    assert response.status == 302
    transport.close()


def test_a_client_closes_only_a_transport_it_created(
    make_client: Callable[..., BaseClient], transport: FakeTransport
) -> None:
    make_client().close()
    assert not transport.closed


def test_a_client_is_a_context_manager(
    make_client: Callable[..., BaseClient],
) -> None:
    with make_client() as client:
        assert isinstance(client, BaseClient)


def test_wsgi_transport_lets_an_application_replace_its_response_with_exc_info() -> None:
    def app(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        write = start_response("200 OK", [])
        write(b"partial")
        try:
            raise ValueError("late failure")
        except ValueError:
            start_response("500 Internal Server Error", [], sys.exc_info())
        return [b"error page"]

    response = WSGITransport(app).send(Request(method="GET", url="http://x/"), timeout=None)
    assert (response.status, response.content) == (500, b"error page")
