"""The control methods shared by :class:`fakehub.server.FakeHub` (a server on a socket), the
``fakehub`` pytest fixture and :func:`fakehub.mock` (in-process): the same as the
``/_fakehub/`` control API, without HTTP, plus clients logged in to the fake.
"""

from __future__ import annotations

import time
from typing import Any

from flask import Flask

from dockerhub_sdk import DockerHub, Transport, Urllib3Transport
from dockerhub_sdk.wire import models as wire
from fakehub.backend import Backend, get_backend
from fakehub.faults import DEFAULT_WINDOW
from fakehub.pull_limits import (
    DEFAULT_AUTHENTICATED_PULL_LIMIT,
    DEFAULT_PULL_LIMIT,
    DEFAULT_PULL_WINDOW,
)

__all__ = ["Controls"]


class Controls:
    """Direct control of one fakehub application (``app``), reached at ``url``."""

    def __init__(self, app: Flask) -> None:
        self.app = app
        self._made_clients: list[tuple[DockerHub, Transport | None]] = []

    @property
    def url(self) -> str:
        """The base URL clients of this fake use (no trailing slash)."""
        raise NotImplementedError

    @property
    def registry_url(self) -> str:
        """The base URL of the fake's registry and its token service (no trailing slash)."""
        raise NotImplementedError

    @property
    def backend(self) -> Backend:
        """The application's :class:`~fakehub.backend.Backend` (its live state, token issuer,
        fault rules, rate limiter and journal), for direct manipulation."""
        return get_backend(self.app)

    def reset(self, *, demo: bool = False) -> None:
        """Forget everything; ``demo=True`` reloads the demo data. Like ``POST
        /_fakehub/reset``, this also removes the fault rules, forgets the rate-limit counters
        and the journal, and restores the rate limit the application was created with."""
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

    # -- faults, rate limits and the journal -------------------------------------------------

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

    def set_pull_rate_limit(
        self,
        limit: int | None = DEFAULT_PULL_LIMIT,
        authenticated_limit: int | None = DEFAULT_AUTHENTICATED_PULL_LIMIT,
        window: float = DEFAULT_PULL_WINDOW,
    ) -> None:
        """The registry's pull limits (``POST /_fakehub/pull-rate-limit``): ``limit`` manifest
        GETs per client IP, ``authenticated_limit`` per account, per ``window`` seconds
        (``None``: that limit off); every identity starts a fresh window."""
        self.backend.pull_limits.configure(limit, authenticated_limit, window)

    def requests(self) -> list[dict[str, Any]]:
        """The journal of the latest API requests, oldest first (``GET /_fakehub/requests``):
        ``method``, ``path``, ``query``, ``status``, ``caller``, ``fault`` of each."""
        return self.backend.journal.entries()

    def clear_requests(self) -> None:
        """Empty the journal (``DELETE /_fakehub/requests``)."""
        self.backend.journal.clear()

    # -- clients ------------------------------------------------------------------------------

    def sleep(self, seconds: float) -> None:
        """Let ``seconds`` pass for the fake: at once when its clock can skip ahead (the
        fixtures' and ``fakehub.mock()``'s can), else really."""
        clock_sleep = getattr(self.backend.clock, "sleep", None)
        if callable(clock_sleep):
            clock_sleep(seconds)
        else:
            time.sleep(seconds)

    def timestamp(self) -> float:
        """The fake's time as unix seconds (what its ``X-RateLimit-Reset`` counts in): the
        ``wall_clock`` of :meth:`client_for`'s clients."""
        return self.backend.clock().timestamp()

    def _transport(self) -> Transport:
        """A transport for one of :meth:`client_for`'s clients (given explicitly, so that a
        ``fakehub.mock()`` block around the call does not redirect it)."""
        return Urllib3Transport()

    def _registry_transport(self) -> Transport | None:
        """The transport of a client's registry calls (``None``: its :meth:`_transport`)."""
        return None

    def client_for(self, username: str, **options: Any) -> DockerHub:
        """A ``DockerHub`` of this fake, logged in as ``username`` (with :meth:`token`), with
        its response cache off (changes made here are seen at once) and retry waits that let
        the fake's time pass (:meth:`sleep`) instead of really waiting. ``options`` are
        ``DockerHub``'s (they win over these). Close it, or use it in a ``with`` block."""
        settings: dict[str, Any] = {
            "base_url": self.url,
            "cache": False,
            "transport": self._transport(),
            "registry_url": self.registry_url,
            "registry_transport": self._registry_transport(),
            "sleep": self.sleep,
            "wall_clock": self.timestamp,
            "token": self.token(username),
        }
        settings.update(options)
        client = DockerHub(**settings)
        self._made_clients.append((client, settings["transport"]))
        return client

    def close_clients(self) -> None:
        """Close every client :meth:`client_for` made (the ``fakehub`` fixture does this
        after each test)."""
        while self._made_clients:
            client, transport = self._made_clients.pop()
            client.close()
            if transport is not None:
                transport.close()
