"""A server that answers canned bytes, for the client benchmarks: the least any server can do,
so the client's own cost is what differs between rows.

Run as ``python _canned_server.py BODIES.json``: BODIES maps a URL path to the JSON text to
answer (with ``200``, ``Content-Type: application/json``, keep-alive); it prints the port it
listens on (loopback, chosen by the system) and serves until killed.
"""

from __future__ import annotations

import json
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def _answer(status: int, body: bytes) -> bytes:
    head = (
        f"HTTP/1.1 {status} {'OK' if status == 200 else 'Not Found'}\r\n"
        "Content-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    )
    return head.encode("ascii") + body


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") as file:
        bodies = {path: text.encode() for path, text in json.load(file).items()}

    # each answer is one write: headers and body sent apart would make every request wait
    # for the client's delayed ACK (~40 ms), and the benchmark would time cold caches
    answers = {path: _answer(200, body) for path, body in bodies.items()}
    not_found = _answer(404, b"")

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            self.wfile.write(answers.get(self.path.partition("?")[0], not_found))

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    print(server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
