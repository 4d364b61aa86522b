"""The client's GET cache.

On by default (TTL 300 s), bounded (least recently used entries go first), one per client.

**Keys.** An entry is keyed by ``(identity, method, url)``: ``url`` is the full URL with its
query string and ``identity`` names the credential the request *carried*: ``"anonymous"`` when
no ``Authorization`` header was sent, else a keyed BLAKE2 hash of the token (the key is random
per cache, so the identity reveals nothing about the token and is never the token). Two users
of one client therefore never see each other's private answers.

**What is stored.** Only 2xx responses, raw (status, headers, bytes): a hit hands back
exactly the bytes a miss got, and the caller parses them again (fresh model objects each time).

**Tags.** Each entry is tagged with the repository it reads (``scope``, ``"namespace/name"``)
and with a ``namespace`` (the ``namespace`` path parameter of a read that has no repository,
such as ``repositories.list(namespace)``).

**Invalidation rule.** Every write (any method but GET/HEAD, whatever its outcome) calls
:meth:`ResponseCache.invalidate` with the repository it touched (``scope``, formatted from the
operation's ``repo_scope``) and the identity that sent it. That drops:

1. every entry, of *every* identity, tagged with that repository;
2. every entry, of every identity, of a namespace-level list of that repository's namespace
   (entries tagged with the namespace and no repository);
3. every entry of the writer's identity, whatever it reads (its starred list, its registry
   settings, ``users.me``...), when the write was authenticated.

A write whose repository cannot be known (``scope_known=False``) clears the whole cache.
What stays cached: other users' views of *other* repositories and lists (e.g. someone else's
anonymous read of the starred list of the writer), for at most the TTL.

**Requests in flight.** A GET that was sent before a write and answered after it carries the
state from before the write: storing it would serve the old answer for the whole TTL. So a
GET takes a :class:`Ticket` (:meth:`ResponseCache.begin`) before it is sent: the ticket
records its key's *generation*, a counter that every invalidation (or clear) matching the
key bumps while a request for it is in flight. :meth:`ResponseCache.put` with that ticket
stores nothing when the generation moved on; :meth:`ResponseCache.end` forgets the key's
counter once no request for it is in flight.
"""

from __future__ import annotations

import hashlib
import os
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from attrs import define, frozen

from dockerhub_sdk._constants import DEFAULT_CACHE_MAX_ENTRIES, DEFAULT_CACHE_TTL
from dockerhub_sdk._exceptions import InvalidInputError
from dockerhub_sdk._transport import Response

__all__ = ["ANONYMOUS", "CacheKey", "ResponseCache", "Ticket"]

ANONYMOUS = "anonymous"

CacheKey = tuple[str, str, str]


@frozen
class _Entry:
    response: Response
    expires_at: float
    identity: str
    scope: str | None
    namespace: str | None


@define
class _Flight:
    """The requests in flight for one key: how many, and the key's generation."""

    identity: str
    scope: str | None
    namespace: str | None
    generation: int = 0
    count: int = 0


@frozen
class Ticket:
    """A GET in flight: its key and that key's generation when the request was sent."""

    key: CacheKey
    generation: int


def _doomed(
    tags: _Entry | _Flight, scope: str | None, namespace: str | None, identity: str | None
) -> bool:
    """Whether the invalidation rule (see the module docstring) drops ``tags``."""
    return (
        (scope is not None and tags.scope == scope)
        or (namespace is not None and tags.scope is None and tags.namespace == namespace)
        or (identity is not None and tags.identity == identity)
    )


def _check_ttl(ttl: float) -> float:
    if isinstance(ttl, bool) or not isinstance(ttl, int | float) or ttl < 0:
        raise InvalidInputError(
            f"cache ttl {ttl!r} must be a number of seconds >= 0",
            param="ttl",
            value=ttl,
            rule="must be a number of seconds >= 0",
        )
    return float(ttl)


class ResponseCache:
    """A bounded, thread-safe TTL cache of raw GET responses (see the module docstring)."""

    def __init__(
        self,
        *,
        enabled: bool = True,
        ttl: float = DEFAULT_CACHE_TTL,
        max_entries: int = DEFAULT_CACHE_MAX_ENTRIES,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if max_entries < 1:
            raise ValueError("max_entries must be at least 1")
        self._enabled = bool(enabled)
        self._ttl = _check_ttl(ttl)
        self._max_entries = max_entries
        self._clock = clock
        self._entries: OrderedDict[CacheKey, _Entry] = OrderedDict()
        self._flights: dict[CacheKey, _Flight] = {}
        self._lock = threading.Lock()
        self._key = os.urandom(32)

    @property
    def enabled(self) -> bool:
        return self._enabled

    @property
    def ttl(self) -> float:
        return self._ttl

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)

    def identity_for(self, token: str | None) -> str:
        """The cache identity of a request that carried ``token`` (``None``: anonymous)."""
        if token is None:
            return ANONYMOUS
        digest = hashlib.blake2b(token.encode(), key=self._key, digest_size=16).hexdigest()
        return f"token:{digest}"

    def set_options(self, *, enabled: bool, ttl: float) -> None:
        """Turn the cache on or off and set the TTL (seconds); either way it is emptied."""
        ttl = _check_ttl(ttl)
        with self._lock:
            self._enabled = bool(enabled)
            self._ttl = ttl
            self._clear()

    def get(self, identity: str, method: str, url: str) -> Response | None:
        """The fresh cached response for this key, or ``None``."""
        if not self._enabled:
            return None
        key = (identity, method, url)
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                return None
            if self._clock() >= entry.expires_at:
                del self._entries[key]
                return None
            self._entries.move_to_end(key)
            return entry.response

    def begin(
        self, identity: str, method: str, url: str, *, scope: str | None, namespace: str | None
    ) -> Ticket:
        """Note a request for this key as in flight (call :meth:`end` when it is over)."""
        key = (identity, method, url)
        with self._lock:
            flight = self._flights.get(key)
            if flight is None:
                flight = self._flights[key] = _Flight(identity, scope, namespace)
            flight.count += 1
            return Ticket(key, flight.generation)

    def end(self, ticket: Ticket) -> None:
        """The request of ``ticket`` is over (answered, failed or stored)."""
        with self._lock:
            flight = self._flights.get(ticket.key)
            if flight is not None:
                flight.count -= 1
                if flight.count <= 0:
                    del self._flights[ticket.key]

    @contextmanager
    def in_flight(
        self, identity: str, method: str, url: str, *, scope: str | None, namespace: str | None
    ) -> Iterator[Ticket]:
        """:meth:`begin` and, whatever happens, :meth:`end`."""
        ticket = self.begin(identity, method, url, scope=scope, namespace=namespace)
        try:
            yield ticket
        finally:
            self.end(ticket)

    def put(
        self,
        identity: str,
        method: str,
        url: str,
        response: Response,
        *,
        scope: str | None,
        namespace: str | None,
        ticket: Ticket | None = None,
    ) -> None:
        """Store a 2xx ``response`` (other statuses, a disabled cache, a zero TTL: nothing).

        With the ``ticket`` its request took before it was sent, nothing is stored either when
        an invalidation matched the key since: the response may predate a write.
        """
        if not self._enabled or self._ttl <= 0 or not 200 <= response.status < 300:
            return
        key = (identity, method, url)
        entry = _Entry(response, self._clock() + self._ttl, identity, scope, namespace)
        with self._lock:
            if ticket is not None:
                flight = self._flights.get(key)
                if ticket.key != key or flight is None or flight.generation != ticket.generation:
                    return
            self._entries[key] = entry
            self._entries.move_to_end(key)
            while len(self._entries) > self._max_entries:
                self._entries.popitem(last=False)

    def invalidate(
        self, *, scope: str | None, identity: str | None, scope_known: bool = True
    ) -> None:
        """Apply the invalidation rule after a write (see the module docstring).

        ``scope`` is the repository written (``"namespace/name"``) or ``None`` when the write
        touches no repository; ``identity`` is the writer's, ``None`` for an anonymous write.
        """
        if not scope_known:
            self.clear()
            return
        namespace = scope.split("/", 1)[0] if scope else None
        with self._lock:
            for key in [
                k for k, e in self._entries.items() if _doomed(e, scope, namespace, identity)
            ]:
                del self._entries[key]
            for flight in self._flights.values():
                if _doomed(flight, scope, namespace, identity):
                    flight.generation += 1

    def clear_identity(self, identity: str) -> None:
        """Drop every entry of one identity (after logging out)."""
        with self._lock:
            for key in [k for k, e in self._entries.items() if e.identity == identity]:
                del self._entries[key]
            for flight in self._flights.values():
                if flight.identity == identity:
                    flight.generation += 1

    def clear(self) -> None:
        with self._lock:
            self._clear()

    def _clear(self) -> None:
        self._entries.clear()
        for flight in self._flights.values():
            flight.generation += 1
