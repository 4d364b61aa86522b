"""Over real sockets: a ``next`` link that two URL parsers read differently never takes the
token to the other server (issue 10 #1).

Server A (the client's ``base_url``) answers a page whose ``next`` is
``http://127.0.0.1:B\\@127.0.0.1:A/...``: ``urllib.parse`` reads host A, urllib3 connects to
B. Server B records every request it gets.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from dockerhub_sdk import APIResponseValidationError, DockerHub

TOKEN = "e2e-bearer-SECRET-7c1d"


class _Server:
    """A loopback HTTP server on a free port answering every GET with ``body``."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, str | None]] = []
        self.body: dict[str, object] = {"count": 0, "next": None, "previous": None, "results": []}
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                server.seen.append((self.path, self.headers.get("Authorization")))
                data = json.dumps(server.body).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join()


@pytest.fixture
def servers() -> Iterator[tuple[_Server, _Server]]:
    a, b = _Server(), _Server()
    try:
        yield a, b
    finally:
        a.close()
        b.close()


def test_a_next_link_with_a_backslash_before_an_at_sign_sends_nothing_to_the_other_host(
    servers: tuple[_Server, _Server],
) -> None:
    a, b = servers
    tags = "/v2/repositories/alice/app/tags/"
    a.body = {
        "count": 2,
        "next": f"http://127.0.0.1:{b.port}\\@127.0.0.1:{a.port}{tags}?page=2",
        "previous": None,
        "results": [],
    }
    hub = DockerHub(base_url=f"http://127.0.0.1:{a.port}", token=TOKEN, max_retries=0)
    with hub, pytest.raises(APIResponseValidationError, match="refusing to follow"):
        list(hub.tags.iter("alice", "app"))
    assert b.seen == []
    assert a.seen == [(tags, f"Bearer {TOKEN}")]
