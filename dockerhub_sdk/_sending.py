"""Sending: the cache, the token, retries and the record of every response.

:class:`Sender` is the half of :class:`~dockerhub_sdk._base_client.BaseClient` between a
validated call and its response: it answers a GET from the cache when it can (see
:mod:`dockerhub_sdk._cache`), otherwise sends the request with the credentials' token,
retrying what is safe to retry (see :mod:`dockerhub_sdk._retries`), renews a token refused
with a 401 once, remembers each response's status, headers and rate limit, and after a write,
whatever its outcome, invalidates the cache.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from dockerhub_sdk._auth import Credentials
from dockerhub_sdk._cache import ANONYMOUS, Ticket
from dockerhub_sdk._constants import USER_AGENT
from dockerhub_sdk._exceptions import redact
from dockerhub_sdk._prepare import Prepared
from dockerhub_sdk._retries import RetryOptions, logger, send_with_retries
from dockerhub_sdk._transport import Headers, Request, Response, Transport

__all__ = ["Sender"]


class Sender(Credentials):
    """A mixin: :class:`~dockerhub_sdk._base_client.BaseClient` sets the attributes."""

    _transport: Transport
    _timeout: float | None
    _retry: RetryOptions
    _sleep: Callable[[float], None]
    _rng: random.Random
    _identities: tuple[str, str] | None = None
    """The last token seen and its cache identity."""
    _header_sets: dict[tuple[str | None, str | None, str | None], Headers]
    """The request headers of each media type, body type and token seen (a few)."""

    def _send(self, prepared: Prepared, url: str) -> Response:
        """The response to ``prepared`` at ``url``: from the cache, or sent (with retries)."""
        op = prepared.op
        token = self._token_for(op)
        identity = ANONYMOUS if token is None else self._identity(token)
        caching = op.method == "GET" and self._cache.enabled
        if caching:
            cached = self._cache.get(identity, op.method, url)
            if cached is not None:
                logger.debug("Cache hit: %s %s", op.method, self._redact(url))
                self._remember(op.method, url, cached, from_server=False)
                return cached
        tickets: list[Ticket] = []
        try:
            ticket = self._begin(tickets, prepared, identity, url) if caching else None
            try:
                response = self._transmit(self._request(prepared, url, token))
                if response.status == 401 and token is not None and op.auth != "scim":
                    # a token renewed from a held access token: renew once, send once more
                    renewed = self._renew_after_401(token)
                    if renewed is not None:
                        logger.info(
                            "%s %s: 401, retrying once with a renewed token",
                            op.method,
                            self._redact(url),
                        )
                        token, identity = renewed, self._identity(renewed)
                        ticket = self._begin(tickets, prepared, identity, url)
                        response = self._transmit(self._request(prepared, url, token))
            finally:
                if op.is_write:  # whatever the outcome: the server may have acted on it
                    self._cache.invalidate(
                        scope=prepared.scope,
                        identity=identity if token is not None else None,
                        scope_known=prepared.scope_known,
                    )
            if ticket is not None:  # a GET: only a 2xx is stored, and not if a write came since
                self._cache.put(
                    identity,
                    op.method,
                    url,
                    response,
                    scope=prepared.scope,
                    namespace=prepared.namespace,
                    ticket=ticket,
                )
        finally:
            for ticket in tickets:
                self._cache.end(ticket)
        return response

    def _identity(self, token: str | None) -> str:
        """The cache identity of ``token``, hashed once per token (not once per call)."""
        if token is None:
            return ANONYMOUS
        known = self._identities
        if known is not None and known[0] == token:
            return known[1]
        identity = self._cache.identity_for(token)
        self._identities = (token, identity)
        return identity

    def _begin(
        self, tickets: list[Ticket], prepared: Prepared, identity: str, url: str
    ) -> Ticket | None:
        """For a GET to an enabled cache: note it as in flight (``tickets`` then ended by the
        caller, see ``_cache``). A GET sent while the cache is off is not stored."""
        if prepared.op.method != "GET" or not self._cache.enabled:
            return None
        ticket = self._cache.begin(
            identity, prepared.op.method, url, scope=prepared.scope, namespace=prepared.namespace
        )
        tickets.append(ticket)
        return ticket

    def _request(self, prepared: Prepared, url: str, token: str | None) -> Request:
        op = prepared.op
        has_body = prepared.body is not None
        key = (op.media_type, op.json_media_type if has_body else None, token)
        headers = self._header_sets.get(key)
        if headers is None:  # the same few sets each call: made once (and for the last tokens)
            fields = {"Accept": op.media_type or "application/json", "User-Agent": USER_AGENT}
            if has_body:
                fields["Content-Type"] = op.json_media_type
            if token is not None:
                fields["Authorization"] = f"Bearer {token}"
            headers = Headers(fields)
            if len(self._header_sets) >= 64:
                self._header_sets.clear()
            self._header_sets[key] = headers
        return Request(method=op.method, url=url, headers=headers, body=prepared.body)

    def _transmit(
        self,
        request: Request,
        transport: Transport | None = None,
        redact: Callable[[str], str] | None = None,
    ) -> Response:
        """``request`` sent with the client's retries, through ``transport`` (default: the
        client's; the registry's has its own) and ``redact`` (default: the client's)."""
        return send_with_retries(
            self._transport if transport is None else transport,
            request,
            timeout=self._timeout,
            options=self._retry,
            sleep=self._sleep,
            wall_clock=self._wall_clock,
            rng=self._rng,
            observe=self._remember,
            redact=self._redact if redact is None else redact,
        )

    def _remember(
        self, method: str, url: str, response: Response, from_server: bool = True
    ) -> None:
        # ``last_response`` is made from these parts, and ``rate_limit`` parsed from the
        # headers, when read: not once per response
        parts = (response.status, response.headers, method, url)
        session = self._session
        with session.state_lock:
            session.last_parts = parts
            if from_server:
                session.rate_limit_headers = response.headers

    def _redact(self, text: str) -> str:
        return redact(text, self._secrets())
