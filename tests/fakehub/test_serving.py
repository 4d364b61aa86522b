"""``fakehub serve``'s server over a real socket: protocol errors answer Docker Hub's JSON with
their status, connections are kept alive, and fault rules still drop and delay."""

from __future__ import annotations

import contextlib
import json
import socket
import threading
from collections.abc import Iterator
from typing import Any

import pytest
import urllib3

from fakehub.app import create_app, get_backend
from fakehub.backend import Backend
from fakehub.serving import MAX_HEADER_BYTES, make_server


class Served:
    def __init__(self, backend: Backend, port: int, delays: list[float]) -> None:
        self.backend = backend
        self.port = port
        self.delays = delays
        self.url = f"http://127.0.0.1:{port}"


@pytest.fixture(scope="module")
def served() -> Iterator[Served]:
    delays: list[float] = []
    app = create_app(
        sleep=delays.append, data={"users": [{"username": "erin", "password": "erin-password-1"}]}
    )  # latency rules record their delay, never wait
    server = make_server(app, "127.0.0.1", 0, quiet=True)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        yield Served(get_backend(app), server.port, delays)
    finally:
        server.close()


def exchange(port: int, request: bytes) -> bytes:
    """Send ``request`` raw, then read until the server closes (every case here closes)."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as conn:
        # the server may answer and close before taking it all: read the answer all the same
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            conn.sendall(request)
        chunks = []
        while chunk := conn.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def parse(answer: bytes) -> tuple[int, dict[str, str], Any]:
    head, _, body = answer.partition(b"\r\n\r\n")
    status_line, *header_lines = head.decode("latin-1").split("\r\n")
    headers = {k.lower(): v.strip() for k, _, v in (h.partition(":") for h in header_lines)}
    return int(status_line.split()[1]), headers, json.loads(body)


def closing(request_line: bytes, *headers: bytes) -> bytes:
    return b"\r\n".join([request_line, b"Host: fakehub", *headers, b"Connection: close", b"", b""])


@pytest.mark.parametrize(
    ("request_bytes", "status", "words"),
    [
        (closing(b"GET /v2/\rusers/ HTTP/1.1"), 400, "Bare CR"),
        (closing(b"GET /v2/" + b"a" * 70_000 + b"/ HTTP/1.1"), 414, "Request line too long"),
        (closing(b"GET /v2/users/x/ HTTP/1.1", b"X-Big: " + b"v" * MAX_HEADER_BYTES), 431, ""),
        (
            closing(b"GET /v2/users/x/ HTTP/1.1", *(b"X-H%d: v" % i for i in range(150))),
            431,
            "Too many header fields",
        ),
    ],
    ids=["raw CR in the request line", "70 KB request line", "huge header", "150 headers"],
)
def test_a_protocol_error_answers_docker_hubs_json_with_its_status(
    served: Served, request_bytes: bytes, status: int, words: str
) -> None:
    got_status, headers, body = parse(exchange(served.port, request_bytes))
    assert got_status == status
    assert headers["content-type"] == "application/json"
    assert list(body) == ["detail"]
    assert words in body["detail"]


def test_connections_are_kept_alive_between_requests(served: Served) -> None:
    pool = urllib3.HTTPConnectionPool("127.0.0.1", served.port, maxsize=1, retries=False)
    for _ in range(3):
        response = pool.request("GET", "/v2/users/erin/", timeout=5)
        assert response.status == 200
        assert response.headers.get("Connection", "").lower() != "close"
    assert pool.num_connections == 1


def test_a_tls_handshake_is_closed_at_once_so_the_client_falls_back_to_http(
    served: Served,
) -> None:
    # the start of a ClientHello; waiting for a request line would hold the client until its
    # handshake timeout (skopeo: 10 s) before it tries plain HTTP
    with socket.create_connection(("127.0.0.1", served.port), timeout=5) as conn:
        conn.sendall(b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03")
        assert conn.recv(1024) == b""


def test_a_drop_rule_closes_the_connection_without_an_answer(served: Served) -> None:
    served.backend.faults.add({"drop": True, "path": "/users/erin/"})
    pool = urllib3.PoolManager(retries=False)
    with pytest.raises(urllib3.exceptions.ProtocolError):
        pool.request("GET", f"{served.url}/v2/users/erin/", timeout=5)
    # the server goes on serving
    assert pool.request("GET", f"{served.url}/v2/users/erin/", timeout=5).status == 200


def test_a_latency_rule_delays_the_answer_and_then_answers(served: Served) -> None:
    served.delays.clear()
    served.backend.faults.add({"latency": 0.25, "path": "/users/erin/$"})
    pool = urllib3.PoolManager(retries=False)
    assert pool.request("GET", f"{served.url}/v2/users/erin/", timeout=5).status == 200
    assert served.delays == [0.25]
