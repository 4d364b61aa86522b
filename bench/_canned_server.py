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


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") as file:
        bodies = {path: text.encode() for path, text in json.load(file).items()}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            body = bodies.get(self.path.partition("?")[0])
            self.send_response(200 if body is not None else 404)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body or b"")))
            self.end_headers()
            self.wfile.write(body or b"")

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    print(server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
