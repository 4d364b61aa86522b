"""Running fakehub on a real socket, in a background thread of this process.

::

    with run_in_thread() as hub:            # port 0: a free port
        requests.get(f"{hub.url}/v2/repositories/library/nginx/")
        hub.create_user("alice", "alice-password-1")

:class:`FakeHub` serves with Werkzeug's threaded server (``make_server(threaded=True)``) in a
daemon thread, and also drives the state directly (``reset``, ``create_user``, ``load``,
``state``, ``add_fault``, ``clear_faults``, ``set_rate_limit``) without going through HTTP.

A fault rule with ``drop`` makes the application raise
:class:`~fakehub.faults.ConnectionDropped`; :class:`FakehubRequestHandler` then closes the
connection without a response, so the client sees the connection closed or reset.
"""

from __future__ import annotations

import threading
from types import TracebackType
from typing import Any

from flask import Flask
from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server

from dockerhub_sdk.wire import models as wire
from fakehub.app import create_app
from fakehub.backend import Backend, get_backend
from fakehub.faults import DEFAULT_WINDOW

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


class FakeHub:
    """A fakehub server bound to ``host``:``port`` (port 0 picks a free one).

    The socket is bound on construction, so :attr:`url` and :attr:`port` are known at once;
    :meth:`start` begins serving in a daemon thread, :meth:`stop` shuts it down. As a context
    manager it starts on entry and stops on exit.
    """

    def __init__(
        self,
        app: Flask | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        quiet: bool = True,
    ) -> None:
        self.app = app if app is not None else create_app()
        self.host = host
        self._server: BaseWSGIServer = make_server(
            host,
            port,
            self.app,
            threaded=True,
            request_handler=QuietRequestHandler if quiet else FakehubRequestHandler,
        )
        self.port: int = self._server.server_port
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """The base URL, e.g. ``http://127.0.0.1:49152`` (no trailing slash)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def backend(self) -> Backend:
        """The application's :class:`~fakehub.backend.Backend` (its live state, token issuer,
        fault rules and rate limiter), for direct manipulation."""
        return get_backend(self.app)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> FakeHub:
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._server.serve_forever,
                kwargs={"poll_interval": 0.05},  # how soon stop() takes effect
                name=f"fakehub-{self.port}",
                daemon=True,
            )
            self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close the socket (idempotent)."""
        thread, self._thread = self._thread, None
        if thread is not None:
            self._server.shutdown()
            thread.join()
        self._server.server_close()

    def __enter__(self) -> FakeHub:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -- direct control (the same as the /_fakehub/ control API, without HTTP) ---------------

    def reset(self, *, demo: bool = False) -> None:
        """Forget everything; ``demo=True`` reloads the demo data. Like ``POST
        /_fakehub/reset``, this also removes the fault rules, forgets the rate-limit counters
        and restores the rate limit the application was created with."""
        self.backend.reset(demo=demo)

    def create_user(self, username: str, password: str, **profile: Any) -> wire.CurrentUser:
        """Create an account; ``profile`` takes ``full_name``, ``location``, ``company``,
        ``profile_url``, ``gravatar_email`` (and ``is_staff``, ``is_admin``,
        ``private_repo_limit``, ``num_free_private_repos``, ``default_repo_visibility``,
        ``totp_secret``)."""
        return self.backend.create_user(username, password, **profile)

    def load(self, doc: object) -> dict[str, int]:
        """Add a document of users, organizations and repositories (see ``State.load``)."""
        return self.backend.load(doc)

    def state(self) -> dict[str, Any]:
        """A snapshot of the whole state (what ``GET /_fakehub/state`` returns)."""
        return self.backend.snapshot()

    def token(self, username: str) -> str:
        """A login token for ``username``, as ``POST /v2/users/login/`` would issue it."""
        return self.backend.token(username)

    # -- faults and rate limits (the same as /_fakehub/faults and /_fakehub/rate-limit) -----

    def add_fault(self, **rule: Any) -> dict[str, Any]:
        """Add a fault rule, as ``POST /_fakehub/faults`` takes it; returns it with its ``id``.

        ``add_fault(status=503, count=2, path=r"/tags/")``, ``add_fault(drop=True,
        method="POST")``, ``add_fault(latency=0.5, count=None)``... Raises
        :class:`fakehub.faults.InvalidRule` (a ``ValueError``) naming the bad fields.
        """
        return self.backend.faults.add(rule)

    def faults(self) -> list[dict[str, Any]]:
        """The active fault rules (``count``: what remains), as ``GET /_fakehub/faults``."""
        return self.backend.faults.rules()

    def clear_faults(self) -> None:
        """Remove every fault rule."""
        self.backend.faults.clear()

    def set_rate_limit(self, limit: int | None, window: float = DEFAULT_WINDOW) -> None:
        """Allow ``limit`` requests per ``window`` seconds per caller (``None``: no limit);
        every caller starts a fresh window."""
        self.backend.rate_limiter.configure(limit, window)


def run_in_thread(
    app: Flask | None = None, *, host: str = "127.0.0.1", port: int = 0, quiet: bool = True
) -> FakeHub:
    """A started :class:`FakeHub`; use it as a context manager to stop it."""
    return FakeHub(app, host=host, port=port, quiet=quiet).start()
