"""``fakehub serve``'s server: waitress, with keep-alive connections and a pool of threads.

Chosen by measurement (``bench/bench_fakehub_serve.py``): Werkzeug's development server closes
every connection (``Connection: close``) and starts a thread per connection, so each SDK call
paid a TCP handshake and a thread start.

What is fakehub's own here:

- **protocol errors** that waitress answers itself (a malformed request line, a raw CR, headers
  over :data:`MAX_HEADER_BYTES`...) answer in Docker Hub's JSON shape, ``{"detail": ...}`` with
  the same status, not waitress's text; those the application refuses (a request line over
  :data:`~fakehub.http.hygiene.MAX_REQUEST_LINE` → 414, more than
  :data:`~fakehub.http.hygiene.MAX_HEADER_FIELDS` header fields → 431) answer the same way;
- **TLS handshakes** (a client trying HTTPS first) close the connection at once, so the client
  falls back to plain HTTP without waiting for its handshake timeout;
- **dropped connections**: a fault rule's :class:`~fakehub.faults.ConnectionDropped` closes the
  connection without an answer (waitress would otherwise answer 500).
"""

from __future__ import annotations

import contextlib
import json
import logging
import threading
import typing
from collections.abc import Iterable
from typing import Any, Final

from waitress.channel import ClientDisconnected, HTTPChannel
from waitress.server import create_server
from waitress.task import ErrorTask

from fakehub.faults import ConnectionDropped
from fakehub.http.hygiene import MAX_REQUEST_LINE

__all__ = ["MAX_HEADER_BYTES", "THREADS", "Server", "make_server"]

access_log = logging.getLogger("fakehub.access")

_LOGGED_TARGET: Final = 200
"""The longest request target an access-log line shows whole."""

THREADS: Final = 16
"""Worker threads: enough that clients waiting on a fault rule's latency do not hold up the
others (the work itself is serialized by the GIL and the state's lock)."""

_TLS_HANDSHAKE: Final = b"\x16\x03"
"""How a TLS connection's first record (a ClientHello) starts; no HTTP request does."""

MAX_HEADER_BYTES: Final = 4 * MAX_REQUEST_LINE
"""The request line and headers together, at most (beyond: 431)."""


class _JSONErrorTask(ErrorTask):
    """Waitress's answer to a request it could not parse, in Docker Hub's shape."""

    def execute(self) -> None:
        error = typing.cast(Any, self.request).error  # the stubs type the parser as an Error
        detail = f"{error.reason}: {error.body}." if error.body else f"{error.reason}."
        body = json.dumps({"detail": detail}).encode("utf-8")
        self.status = f"{error.code} {error.reason}"
        typing.cast(list[tuple[str, str]], self.response_headers).append(
            ("Content-Type", "application/json")
        )
        self.set_close_on_finish()
        self.content_length = len(body)
        self.write(body)


class _Channel(HTTPChannel):
    error_task_class = _JSONErrorTask
    _started = False

    def received(self, data: bytes) -> bool:
        """Close a connection that opens with a TLS handshake at once: fakehub speaks plain
        HTTP, and a client that tries HTTPS first (skopeo, docker and containerd with an
        insecure registry) then falls back to HTTP, where waiting for a request line would
        keep it until its handshake timeout (10 s)."""
        if not self._started:
            self._started = True
            if data[:2] == _TLS_HANDSHAKE:
                self.handle_close()
                return False
        return bool(super().received(data))


class _Adapter:
    """The application as waitress runs it: :class:`ConnectionDropped` turned into waitress's
    ``ClientDisconnected`` (the channel then closes without writing an answer), and unless
    ``quiet`` one access-log line per request on the ``fakehub.access`` logger."""

    def __init__(self, app: Any, *, quiet: bool) -> None:
        self.app = app
        self.quiet = quiet

    def __call__(self, environ: dict[str, Any], start_response: Any) -> Iterable[bytes]:
        status: list[str] = []

        def logged_start_response(line: str, headers: Any, exc_info: Any = None) -> Any:
            status[:] = [line]
            return start_response(line, headers, exc_info)

        try:
            result: Iterable[bytes] = self.app(
                environ, start_response if self.quiet else logged_start_response
            )
        except ConnectionDropped as exc:
            raise ClientDisconnected(str(exc)) from exc
        if not self.quiet:
            target = str(environ.get("REQUEST_URI") or environ.get("PATH_INFO", ""))
            if len(target) > _LOGGED_TARGET:
                target = f"{target[:_LOGGED_TARGET]}... ({len(target)} characters)"
            access_log.info(
                '%s "%s %s %s" %s',
                environ.get("REMOTE_ADDR", "-"),
                environ.get("REQUEST_METHOD"),
                target,
                environ.get("SERVER_PROTOCOL"),
                status[0].split(" ", 1)[0] if status else "-",
            )
        return result


class Server:
    """A bound waitress server: :meth:`run` serves until :meth:`close` (from another thread)
    or an interrupt."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner
        self.port: int = int(inner.effective_port)
        """The port bound (the one asked for, or a free one for 0)."""
        self._running = threading.Event()
        self._stopped = threading.Event()

    def run(self) -> None:
        self._running.set()
        try:
            self._inner.run()
        finally:
            self._running.clear()
            self._stopped.set()

    def close(self) -> None:
        """Stop the worker threads (they finish the requests in hand), then close every socket:
        from inside the serving loop if it runs (so that it never polls a closed socket),
        which then ends."""
        self._inner.task_dispatcher.shutdown()
        if self._running.is_set():
            # a closed trigger: the sockets were closed already and the loop is ending (a
            # close() again, or one racing the end of the loop)
            with contextlib.suppress(OSError):
                self._inner.trigger.pull_trigger(self._close_sockets)
            self._stopped.wait(timeout=5)
        else:
            self._close_sockets()

    def _close_sockets(self) -> None:
        for dispatcher in list(self._inner._map.values()):
            dispatcher.close()


def make_server(app: Any, host: str, port: int, *, quiet: bool = False) -> Server:
    """A waitress server for ``app`` bound to ``host``:``port`` (0: a free port), not yet
    serving."""
    inner: Any = create_server(
        _Adapter(app, quiet=quiet),
        host=host,
        port=port,
        threads=THREADS,
        max_request_header_size=MAX_HEADER_BYTES,
        ident="fakehub",
        expose_tracebacks=False,
        clear_untrusted_proxy_headers=True,
    )
    inner.channel_class = _Channel
    return Server(inner)
