"""Running fakehub on a real socket, in a background thread of this process.

::

    with run_in_thread() as hub:            # port 0: a free port
        requests.get(f"{hub.url}/v2/repositories/library/nginx/")
        hub.create_user("alice", "alice-password-1")
        requests.get(f"{hub.registry_url}/v2/")   # the registry: 401 and its challenge

:class:`FakeHub` also serves the registry and its token service (:mod:`fakehub.registry`, over
the same backend) on a second port, :attr:`FakeHub.registry_url` (``registry_port``; 0, the
default, picks a free one), started and stopped with the Hub API. It serves with ``fakehub
serve``'s server (:mod:`fakehub.serving`: waitress, with
keep-alive connections and a pool of worker threads) in a daemon thread, and also drives the
state directly (``reset``, ``create_user``, ``load``,
``state``, ``add_fault``, ``clear_faults``, ``set_rate_limit``, ``requests``...: see
:class:`fakehub.direct_control.Controls`) without going through HTTP.

A fault rule with ``drop`` makes the application raise
:class:`~fakehub.faults.ConnectionDropped`; the server then closes the connection without a
response, so the client sees the connection closed or reset.

:class:`FakehubRequestHandler` and :class:`QuietRequestHandler` serve the same application on
Werkzeug's development server (``werkzeug.serving.make_server(..., request_handler=...)``), for
those who want it; :class:`FakeHub` no longer uses them.
"""

from __future__ import annotations

import threading
from typing import Any, TypedDict, Unpack

from flask import Flask
from werkzeug.serving import WSGIRequestHandler

from fakehub.app import create_app
from fakehub.backend import get_backend
from fakehub.direct_control import Controls
from fakehub.registry import create_registry_app
from fakehub.serving import Server, make_server

__all__ = [
    "FakeHub",
    "FakehubRequestHandler",
    "QuietRequestHandler",
    "get_backend",
    "run_in_thread",
]


class FakehubRequestHandler(WSGIRequestHandler):
    """Werkzeug's request handler, closing the connection when the application drops it.

    Werkzeug calls :meth:`connection_dropped` when the application raises a
    ``ConnectionError`` (such as :class:`~fakehub.faults.ConnectionDropped`); by default it
    would then keep the keep-alive connection open, and the client would wait for an answer
    that never comes.
    """

    def connection_dropped(
        self, error: BaseException, environ: dict[str, Any] | None = None
    ) -> None:
        self.close_connection = True


class QuietRequestHandler(FakehubRequestHandler):
    """:class:`FakehubRequestHandler` without the per-request log line."""

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        pass


class FakeHub(Controls):
    """A fakehub server bound to ``host``:``port`` (port 0 picks a free one).

    The socket is bound on construction, so :attr:`url` and :attr:`port` are known at once;
    :meth:`start` begins serving in a daemon thread, :meth:`stop` shuts it down. As a context
    manager it starts on entry and stops on exit. Its control methods (``reset``,
    ``create_user``, ``add_fault``, ``requests``, ``client_for``...) are
    :class:`fakehub.direct_control.Controls`'.
    """

    def __init__(
        self,
        app: Flask | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        quiet: bool = True,
        registry_port: int = 0,
    ) -> None:
        super().__init__(app if app is not None else create_app())
        self.host = host
        self._server: Server = make_server(self.app, host, port, quiet=quiet)
        self.port: int = self._server.port
        self.registry_app: Flask = create_registry_app(get_backend(self.app))
        """The registry and its token service, over this server's backend."""
        try:
            self._registry: Server = make_server(
                self.registry_app, host, registry_port, quiet=quiet
            )
        except OSError:
            self._server.close()
            raise
        self.registry_port: int = self._registry.port
        self._threads: list[threading.Thread] = []

    @property
    def url(self) -> str:
        """The base URL, e.g. ``http://127.0.0.1:49152`` (no trailing slash)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def registry_url(self) -> str:
        """The registry's base URL, e.g. ``http://127.0.0.1:49153``; its token service is
        ``{registry_url}/token``."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.registry_port}"

    @property
    def running(self) -> bool:
        return bool(self._threads) and all(t.is_alive() for t in self._threads)

    def start(self) -> FakeHub:
        if not self._threads:
            for server, port in ((self._server, self.port), (self._registry, self.registry_port)):
                thread = threading.Thread(target=server.run, name=f"fakehub-{port}", daemon=True)
                thread.start()
                self._threads.append(thread)
        return self

    def stop(self) -> None:
        """Stop serving and close the sockets (idempotent)."""
        threads, self._threads = self._threads, []
        self._server.close()
        self._registry.close()
        for thread in threads:
            thread.join()

    def __enter__(self) -> FakeHub:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


class _ServerOptions(TypedDict, total=False):
    """:class:`FakeHub`'s keyword options (its defaults are its own)."""

    host: str
    port: int
    quiet: bool
    registry_port: int


def run_in_thread(app: Flask | None = None, **options: Unpack[_ServerOptions]) -> FakeHub:
    """A started :class:`FakeHub` (the Hub API on ``port``, the registry on
    ``registry_port``: :class:`FakeHub`'s options); use it as a context manager to stop it."""
    return FakeHub(app, **options).start()
