"""The request loop every generated method goes through.

A generated method hands :class:`BaseClient` an :class:`~dockerhub_sdk._operation.Operation`
and the raw user arguments; the loop then, in this order:

1. **validates** them, before any request: path and query parameters (types, ``minimum`` /
   ``maximum``, no empty strings, the parameter's :class:`Format` after normalizing it),
   ``library_default`` (``None`` or ``"_"`` mean ``library``), ``current_user`` (``None`` means
   the logged-in user), then the body fields (format, ``library_prefix``, templates filled from
   the validated path parameters) -> :class:`InvalidInputError`;
2. refuses an ``auth: required`` operation when the client holds no credentials at all ->
   :class:`MissingCredentialsError`, still before any request;
3. builds the URL (every path segment percent-encoded, ``None`` query values left out) and the
   JSON body (``UNSET`` fields left out);
4. asks :mod:`dockerhub_sdk._auth` for the token to send (logging in lazily with a username
   and password, exchanging a personal or organization access token for a short-lived JWT
   and renewing it ``RENEW_MARGIN`` seconds before it expires); sends
   ``Authorization: Bearer <token>`` unless the operation is ``auth: none``; a 401 to a
   request sent with an access token made from such a credential renews it once and sends
   the request once more (the server refused before acting, so any method is safe);
5. answers a GET from the cache when it can (see :mod:`dockerhub_sdk._cache`); otherwise
   sends the request, retrying what is safe to retry (see :mod:`dockerhub_sdk._retries`), and
   remembers every response's status, headers and rate limit (``last_response``,
   ``rate_limit``); after a write, whatever its outcome, invalidates the cache;
6. turns a non-2xx response into an :class:`APIStatusError` subclass, a 2xx body that is not the
   documented JSON into :class:`APIResponseValidationError`, and a 2xx body into models with the
   generated cattrs converter.
"""

from __future__ import annotations

import contextlib
import copy
import enum
import json
import random
import re
import time
import types
from collections.abc import Callable, Iterator, Mapping
from typing import Any, Self, TypeVar
from urllib.parse import parse_qs, quote, urlencode, urlsplit

import cattrs
from attrs import evolve, frozen

from dockerhub_sdk._auth import Credentials, check_secret, new_session
from dockerhub_sdk._cache import ResponseCache, Ticket
from dockerhub_sdk._constants import (
    DEFAULT_BASE_URL,
    DEFAULT_CACHE_TTL,
    DEFAULT_MAX_RETRIES,
    DEFAULT_MAX_RETRY_WAIT,
    DEFAULT_RETRY_BASE,
    DEFAULT_RETRY_CAP,
    DEFAULT_TIMEOUT,
    LIBRARY_NAMESPACE,
    USER_AGENT,
)
from dockerhub_sdk._exceptions import (
    REDACTED,
    APIResponseValidationError,
    InvalidInputError,
    MissingCredentialsError,
    make_status_error,
)
from dockerhub_sdk._operation import BodyField, Operation, Param, ResponseKind
from dockerhub_sdk._pagination import Page, UnsafeLinkError, next_page_url, read_page
from dockerhub_sdk._ratelimit import RateLimit, rate_limit_from
from dockerhub_sdk._retries import RetryOptions, logger, send_with_retries
from dockerhub_sdk._transport import RawResponse, Request, Response, Transport, Urllib3Transport
from dockerhub_sdk._types import UNSET, Unset

__all__ = ["BaseClient"]

T = TypeVar("T")
P = TypeVar("P", bound=Page[Any])

_EMPTY: Mapping[str, object] = types.MappingProxyType({})
_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
_MAX_SHOWN = 80


@frozen(kw_only=True)
class _Prepared:
    """A validated call: everything needed to send it (and to send its next pages)."""

    op: Operation
    url: str
    body: bytes | None
    scope: str | None
    scope_known: bool
    namespace: str | None
    page: int


def _show(value: object) -> str:
    text = repr(value)
    return text if len(text) <= _MAX_SHOWN else text[: _MAX_SHOWN - 3] + "..."


def _invalid(op: Operation, name: str, value: object, rule: str) -> InvalidInputError:
    return InvalidInputError(
        f"{name} {_show(value)} {rule}", param=name, value=value, rule=rule, operation=op.id
    )


def _wire(value: object) -> str:
    """A path or query value as text: ``true``/``false`` for booleans, enum values as such."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return str(value.value)
    return str(value)


def _fill(template: str, values: Mapping[str, object]) -> str:
    """Fill ``{name}`` placeholders; a missing name raises ``KeyError``."""
    return _PLACEHOLDER.sub(lambda m: _wire(values[m.group(1)]), template)


def _page_number(url: str, default: int) -> int:
    values = parse_qs(urlsplit(url).query).get("page")
    if values:
        try:
            return int(values[-1])
        except ValueError:
            pass
    return default


def _check_base_url(base_url: str) -> str:
    parts = urlsplit(base_url) if isinstance(base_url, str) else None
    if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
        raise InvalidInputError(
            f"base_url {_show(base_url)} must be an absolute http:// or https:// URL",
            param="base_url",
            value=base_url,
            rule="must be an absolute http:// or https:// URL",
        )
    return base_url.rstrip("/")


def _check_timeout(timeout: float | None) -> float | None:
    if timeout is None:
        return None
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout <= 0:
        raise InvalidInputError(
            f"timeout {_show(timeout)} must be a positive number of seconds (or None)",
            param="timeout",
            value=timeout,
            rule="must be a positive number of seconds (or None)",
        )
    return float(timeout)


def _given(value: T | Unset, default: T) -> T:
    return default if isinstance(value, Unset) else value


class BaseClient(Credentials):
    """Credentials, transport, cache and the request loop; ``DockerHub`` adds the resources.

    Each instance holds its own token: two clients never share credentials or cache entries
    (a :meth:`with_options` copy shares both with its original).
    ``converter`` and ``operations`` default to the generated ones (imported on first use);
    passing them lets the runtime be exercised with hand-built operations and models.
    """

    def __init__(
        self,
        *,
        base_url: str = DEFAULT_BASE_URL,
        token: str | None = None,
        username: str | None = None,
        password: str | None = None,
        scim_token: str | None = None,
        timeout: float | None = DEFAULT_TIMEOUT,
        cache: bool = True,
        cache_ttl: float = DEFAULT_CACHE_TTL,
        transport: Transport | None = None,
        clock: Callable[[], float] = time.monotonic,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_base: float = DEFAULT_RETRY_BASE,
        retry_cap: float = DEFAULT_RETRY_CAP,
        max_retry_wait: float = DEFAULT_MAX_RETRY_WAIT,
        sleep: Callable[[float], None] = time.sleep,
        wall_clock: Callable[[], float] = time.time,
        rng: random.Random | None = None,
        converter: cattrs.Converter | None = None,
        operations: Mapping[str, Operation] | None = None,
    ) -> None:
        self._base_url = _check_base_url(base_url)
        self._timeout = _check_timeout(timeout)
        self._retry = RetryOptions(
            max_retries=max_retries,
            retry_base=retry_base,
            retry_cap=retry_cap,
            max_retry_wait=max_retry_wait,
        )
        self._sleep = sleep
        self._wall_clock = wall_clock
        self._rng = random.Random() if rng is None else rng
        self._owns_transport = transport is None
        self._transport: Transport = Urllib3Transport() if transport is None else transport
        self._cache = ResponseCache(enabled=cache, ttl=cache_ttl, clock=clock)
        self._converter = converter
        self._operations = operations
        self._session = new_session(token=token, username=username, password=password)
        self._scim_token = None if scim_token is None else check_secret("scim_token", scim_token)

    # -- public surface ---------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        """The API root, without a trailing slash."""
        return self._base_url

    @property
    def max_retries(self) -> int:
        """Retries after a first failed attempt (see :meth:`with_options`)."""
        return self._retry.max_retries

    @property
    def timeout(self) -> float | None:
        """Seconds allowed for connecting and for each read (``None``: no limit)."""
        return self._timeout

    @property
    def rate_limit(self) -> RateLimit:
        """The ``X-RateLimit-*`` headers of the latest response this client received.

        Parts are ``None`` when that response lacked the header (all of them before the first
        response). A cache hit does not change it; a response that was retried does.
        Shared with :meth:`with_options` copies.
        """
        with self._session.state_lock:
            return self._session.rate_limit

    @property
    def last_response(self) -> RawResponse | None:
        """Status, headers, method and URL of the latest completed request of this client.

        Every operation sets it: to the last response received (of the last attempt, when the
        request was retried; of the last page fetched, when iterating), or to the cached
        response a cache hit returned. ``None`` before the first response; a connection
        error leaves it unchanged. Shared with :meth:`with_options` copies; with several
        threads, "latest" is whichever finished last.
        """
        with self._session.state_lock:
            return self._session.last_response

    @property
    def _token(self) -> str | None:
        return self._session.token

    def with_options(
        self,
        *,
        timeout: float | Unset | None = UNSET,
        max_retries: int | Unset = UNSET,
        max_retry_wait: float | Unset = UNSET,
        retry_base: float | Unset = UNSET,
        retry_cap: float | Unset = UNSET,
    ) -> Self:
        """A copy of this client with other options, for one call or several.

        ```python
        hub.with_options(max_retries=5, timeout=60).tags.list(None, "nginx")
        ```

        The copy shares the transport, the cache, the credentials (a login or logout through
        either is seen by both), ``rate_limit`` and ``last_response``; it costs no connection.
        Closing the copy leaves the shared transport open.
        """
        old = self._retry
        retry = RetryOptions(
            max_retries=_given(max_retries, old.max_retries),
            retry_base=_given(retry_base, old.retry_base),
            retry_cap=_given(retry_cap, old.retry_cap),
            max_retry_wait=_given(max_retry_wait, old.max_retry_wait),
        )
        new_timeout = self._timeout if isinstance(timeout, Unset) else _check_timeout(timeout)
        clone = copy.copy(self)
        clone._retry = retry
        clone._timeout = new_timeout
        clone._owns_transport = False
        clone._init_resources()
        return clone

    def _init_resources(self) -> None:
        """Bind the resources (``hub.tags``...) to this client; ``DockerHub`` overrides it."""

    def set_cache_options(self, *, enabled: bool = True, ttl: float = DEFAULT_CACHE_TTL) -> None:
        """Turn the GET cache on or off and set its TTL in seconds; the cache is emptied."""
        self._cache.set_options(enabled=enabled, ttl=ttl)

    def close(self) -> None:
        """Close the transport the client created (a transport passed in is left open)."""
        if self._owns_transport:
            self._transport.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self._base_url!r}, "
            f"authenticated={self._session.token is not None})"
        )

    # -- what generated code calls ----------------------------------------------------------

    def _request_model(
        self,
        op: Operation,
        cast_to: type[T],
        *,
        path: Mapping[str, object] = _EMPTY,
        query: Mapping[str, object] = _EMPTY,
        body: Mapping[str, object] | None = None,
    ) -> T:
        prepared = self._prepare(op, "model", path, query, body)
        data = self._json(prepared, prepared.url, self._send(prepared, prepared.url))
        result = self._structure(prepared, prepared.url, data, cast_to, "$")
        if op.session == "login":
            self._keep_token(op, prepared.url, result, (body or _EMPTY).get("username"))
        return result

    def _request_list(
        self,
        op: Operation,
        item: type[T],
        *,
        path: Mapping[str, object] = _EMPTY,
        query: Mapping[str, object] = _EMPTY,
        body: Mapping[str, object] | None = None,
    ) -> list[T]:
        prepared = self._prepare(op, "list", path, query, body)
        data = self._json(prepared, prepared.url, self._send(prepared, prepared.url))
        if not isinstance(data, list):
            raise self._invalid_body(prepared, prepared.url, "expected a JSON array")
        return [
            self._structure(prepared, prepared.url, value, item, f"$[{index}]")
            for index, value in enumerate(data)
        ]

    def _request_page(
        self,
        op: Operation,
        item: type[T],
        page_type: type[P],
        *,
        path: Mapping[str, object] = _EMPTY,
        query: Mapping[str, object] = _EMPTY,
    ) -> P:
        prepared = self._prepare(op, "page", path, query, None)
        return self._fetch_page(prepared, prepared.url, prepared.page, item, page_type)

    def _iter_pages(
        self,
        op: Operation,
        item: type[T],
        *,
        path: Mapping[str, object] = _EMPTY,
        query: Mapping[str, object] = _EMPTY,
    ) -> Iterator[T]:
        """Every item of every page, fetching each page only when iteration reaches it.

        The arguments are validated now; the first request is sent by the first ``next()``.
        """
        prepared = self._prepare(op, "page", path, query, None)
        return self._walk(prepared, item)

    def _request_none(
        self,
        op: Operation,
        *,
        path: Mapping[str, object] = _EMPTY,
        query: Mapping[str, object] = _EMPTY,
        body: Mapping[str, object] | None = None,
    ) -> None:
        prepared = self._prepare(op, "none", path, query, body)
        try:
            self._json(prepared, prepared.url, self._send(prepared, prepared.url))
        finally:
            if op.session == "logout":
                self._forget_token()

    def _request_check(
        self,
        op: Operation,
        *,
        path: Mapping[str, object] = _EMPTY,
        query: Mapping[str, object] = _EMPTY,
    ) -> bool:
        """Whether the resource exists: ``True`` on a 2xx, ``False`` on a 404; raises otherwise."""
        prepared = self._prepare(op, "check", path, query, None)
        response = self._send(prepared, prepared.url)
        if response.status == 404:
            return False
        self._json(prepared, prepared.url, response)  # raises for any other non-2xx
        return True

    def _request_text(
        self,
        op: Operation,
        *,
        path: Mapping[str, object] = _EMPTY,
        query: Mapping[str, object] = _EMPTY,
    ) -> str:
        """A text body (``op.media_type``, e.g. ``text/csv``) as a ``str``; a 2xx of another
        media type, or not UTF-8, raises ``APIResponseValidationError``."""
        prepared = self._prepare(op, "text", path, query, None)
        response = self._send(prepared, prepared.url)
        self._json(prepared, prepared.url, response)  # raises for any non-2xx
        content_type = response.headers.get("Content-Type", "")
        if content_type.split(";")[0].strip().lower() != op.media_type:
            why = f"expected {op.media_type}, got {content_type or 'no Content-Type'}"
            raise self._invalid_body(prepared, prepared.url, why, response)
        try:
            return response.content.decode("utf-8")
        except UnicodeDecodeError:
            raise self._invalid_body(
                prepared, prepared.url, "the body is not UTF-8", response
            ) from None

    # -- validation and encoding ------------------------------------------------------------

    def _prepare(
        self,
        op: Operation,
        kind: ResponseKind,
        path: Mapping[str, object],
        query: Mapping[str, object],
        body: Mapping[str, object] | None,
    ) -> _Prepared:
        if op.response_kind != kind:
            raise TypeError(f"operation {op.id} returns {op.response_kind!r}, not {kind!r}")
        _refuse_unknown(op, "path parameter", path, {p.name for p in op.path_params})
        _refuse_unknown(op, "query parameter", query, {p.name for p in op.query_params})

        values: dict[str, object] = {}
        for param in op.path_params:
            values[param.name] = self._path_value(op, param, path.get(param.name))
        segments: dict[str, str] = {}
        for param in op.path_params:
            segments[param.wire] = segments[param.name] = quote(_wire(values[param.name]), safe="")
        try:
            url = self._base_url + _PLACEHOLDER.sub(lambda m: segments[m.group(1)], op.path)
        except KeyError as exc:
            raise TypeError(f"operation {op.id}: path has undeclared parameter {exc}") from None

        pairs: list[tuple[str, str]] = []
        page = 1
        for param in op.query_params:
            raw = query.get(param.name)
            if raw is None:
                if param.required:
                    raise _invalid(op, param.name, raw, "is required")
                continue
            value = _check_param(op, param, raw)
            if param.name == "page" and isinstance(value, int):
                page = value
            pairs.append((param.wire, _wire(value)))
        if pairs:
            url = f"{url}?{urlencode(pairs, quote_via=quote, safe='')}"

        body_bytes, body_values = self._encode_body(op, values, body)

        scope, scope_known = _scope(op, values, body_values)
        namespace = None
        if scope is None and isinstance(values.get("namespace"), str):
            namespace = str(values["namespace"])

        if op.auth == "scim" and self._scim_token is None:
            raise MissingCredentialsError(
                f"{op.id} authenticates with an organization's SCIM token (from its SSO "
                "connection), and the client has none: pass scim_token=",
                operation=op.id,
            )
        if op.auth == "required" and not self._has_credentials():
            raise MissingCredentialsError(
                f"{op.id} requires authentication and the client has no credentials: pass "
                "token= or username= and password= (or set DOCKER_HUB_LOGIN_TOKEN, or "
                "DOCKER_HUB_USERNAME with DOCKER_HUB_PAT or DOCKER_HUB_PASSWORD), or call "
                "login() first",
                operation=op.id,
            )
        return _Prepared(
            op=op,
            url=url,
            body=body_bytes,
            scope=scope,
            scope_known=scope_known,
            namespace=namespace,
            page=page,
        )

    def _path_value(self, op: Operation, param: Param, raw: object) -> object:
        value = raw
        if param.library_default and (value is None or value == "_"):
            value = LIBRARY_NAMESPACE
        elif value is None and param.current_user_default:
            value = self._current_username(op, param)
        if value is None:
            raise _invalid(op, param.name, value, "is required")
        return _check_param(op, param, value)

    def _encode_body(
        self, op: Operation, path_values: Mapping[str, object], body: Mapping[str, object] | None
    ) -> tuple[bytes | None, dict[str, object]]:
        given: Mapping[str, object] = _EMPTY if body is None else body
        if op.body is None:
            if given:
                raise TypeError(f"operation {op.id} takes no body")
            return None, {}
        _refuse_unknown(op, "body field", given, {f.name for f in op.body_fields})
        fields: dict[str, object] = {}
        for spec in op.body_fields:
            if spec.template is not None:
                if spec.name in given:
                    raise TypeError(
                        f"operation {op.id}: body field {spec.name!r} is filled from the path"
                    )
                value = _template_value(op, spec.template, path_values)
            else:
                value = given.get(spec.name, UNSET)
                if value is UNSET:
                    continue
            fields[spec.name] = _check_body_field(op, spec, value)
        try:
            data = self._conv.unstructure(op.body(**fields))
            encoded = json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode()
        except (TypeError, ValueError) as exc:
            raise InvalidInputError(
                f"invalid body for {op.id}: {exc}", rule=str(exc), operation=op.id
            ) from exc
        return encoded, fields

    # -- sending ----------------------------------------------------------------------------

    def _send(self, prepared: _Prepared, url: str) -> Response:
        """The response to ``prepared`` at ``url``: from the cache, or sent (with retries)."""
        op = prepared.op
        token = self._token_for(op)
        identity = self._cache.identity_for(token)
        if op.method == "GET":
            cached = self._cache.get(identity, op.method, url)
            if cached is not None:
                logger.debug("Cache hit: %s %s", op.method, self._redact(url))
                self._remember(op.method, url, cached, from_server=False)
                return cached
        headers = {"Accept": op.media_type or "application/json", "User-Agent": USER_AGENT}
        if prepared.body is not None:
            headers["Content-Type"] = op.json_media_type
        with contextlib.ExitStack() as flights:
            ticket = self._begin(flights, prepared, identity, url)
            try:
                response = self._transmit(self._request(prepared, url, headers, token))
                if response.status == 401 and token is not None and op.auth != "scim":
                    # a token renewed from a held access token: renew once, send once more
                    renewed = self._renew_after_401(token)
                    if renewed is not None:
                        logger.info(
                            "%s %s: 401, retrying once with a renewed token",
                            op.method,
                            self._redact(url),
                        )
                        token, identity = renewed, self._cache.identity_for(renewed)
                        ticket = self._begin(flights, prepared, identity, url)
                        response = self._transmit(self._request(prepared, url, headers, token))
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
        return response

    def _begin(
        self, flights: contextlib.ExitStack, prepared: _Prepared, identity: str, url: str
    ) -> Ticket | None:
        """For a GET: note it as in flight until ``flights`` closes (see ``_cache``)."""
        if prepared.op.method != "GET":
            return None
        return flights.enter_context(
            self._cache.in_flight(
                identity,
                prepared.op.method,
                url,
                scope=prepared.scope,
                namespace=prepared.namespace,
            )
        )

    @staticmethod
    def _request(
        prepared: _Prepared, url: str, headers: Mapping[str, str], token: str | None
    ) -> Request:
        if token is not None:
            headers = {**headers, "Authorization": f"Bearer {token}"}
        return Request(
            method=prepared.op.method, url=url, headers=dict(headers), body=prepared.body
        )

    def _transmit(self, request: Request) -> Response:
        return send_with_retries(
            self._transport,
            request,
            timeout=self._timeout,
            options=self._retry,
            sleep=self._sleep,
            wall_clock=self._wall_clock,
            rng=self._rng,
            observe=lambda sent, got: self._remember(sent.method, sent.url, got),
            redact=self._redact,
        )

    def _remember(
        self, method: str, url: str, response: Response, from_server: bool = True
    ) -> None:
        raw = RawResponse(
            status_code=response.status, headers=response.headers, method=method, url=url
        )
        limit = rate_limit_from(response.headers) if from_server else None
        with self._session.state_lock:
            self._session.last_response = raw
            if limit is not None:
                self._session.rate_limit = limit

    def _redact(self, text: str) -> str:
        for secret in self._secrets():
            text = text.replace(secret, REDACTED)
        return text

    def _json(self, prepared: _Prepared, url: str, response: Response) -> object:
        """The parsed body of a 2xx response; raises for any other status."""
        op = prepared.op
        if not 200 <= response.status < 300:
            try:
                body: object = json.loads(response.content) if response.content.strip() else None
            except ValueError:
                body = None
            raise make_status_error(
                status_code=response.status,
                method=op.method,
                url=url,
                headers=response.headers,
                body=body,
                secrets=self._secrets(),
                now=self._wall_clock(),
            )
        if op.response_kind in ("none", "check", "text"):
            return None
        if not response.content.strip():
            raise self._invalid_body(prepared, url, "the body is empty", response)
        try:
            return json.loads(response.content)
        except ValueError:
            content_type = response.headers.get("Content-Type", "no Content-Type")
            raise self._invalid_body(
                prepared, url, f"the body is not JSON ({content_type})", response
            ) from None

    def _invalid_body(
        self, prepared: _Prepared, url: str, why: str, response: Response | None = None
    ) -> APIResponseValidationError:
        op = prepared.op
        text = f"{op.method} {url} ({op.id}) returned an unexpected body: {why}"
        return APIResponseValidationError(
            self._redact(text),
            status_code=response.status if response is not None else 200,
            method=op.method,
            url=url,
            content=response.content if response is not None else b"",
        )

    def _structure(
        self, prepared: _Prepared, url: str, data: object, cast_to: type[T], where: str
    ) -> T:
        try:
            result: T = self._conv.structure(data, cast_to)
        except cattrs.BaseValidationError as exc:
            problems = "; ".join(cattrs.transform_error(exc, path=where))
            raise self._invalid_body(
                prepared, url, f"does not match {cast_to.__name__}: {problems}"
            ) from exc
        except (TypeError, ValueError, KeyError, AttributeError) as exc:
            raise self._invalid_body(
                prepared, url, f"does not match {cast_to.__name__} @ {where}: {exc}"
            ) from exc
        return result

    def _fetch_page(
        self, prepared: _Prepared, url: str, number: int, item: type[T], page_type: type[P]
    ) -> P:
        data = self._json(prepared, url, self._send(prepared, url))
        op = prepared.op
        try:
            raw = read_page(op.page_style or "count", data, url, number, op.page_extra)
        except ValueError as exc:
            raise self._invalid_body(prepared, url, str(exc)) from None
        return page_type(
            count=raw.count,
            next=raw.next,
            previous=raw.previous,
            results=[
                self._structure(prepared, url, value, item, f"{raw.items_at}[{index}]")
                for index, value in enumerate(raw.items)
            ],
            page=raw.page,
            # the extra counts live on the operation's page subclass (the iterator's plain
            # Page has no use for them)
            **(raw.extra if page_type is not Page else {}),
        )

    def _walk(self, prepared: _Prepared, item: type[T]) -> Iterator[T]:
        url, number, seen = prepared.url, prepared.page, set()
        while True:
            seen.add(url)
            page = self._fetch_page(prepared, url, number, item, Page)
            yield from page.results
            if page.next is None:
                return
            try:
                next_url = next_page_url(self._base_url, url, page.next)
            except UnsafeLinkError as exc:
                raise self._invalid_body(
                    prepared, url, f"refusing to follow the next page {_show(page.next)}: {exc}"
                ) from None
            if next_url in seen:
                raise self._invalid_body(
                    prepared, url, f"the next page {_show(page.next)} was already fetched"
                )
            url, number = next_url, _page_number(next_url, number + 1)

    # -- generated tables -------------------------------------------------------------------

    @property
    def _conv(self) -> cattrs.Converter:
        if self._converter is None:
            from dockerhub_sdk._generated.converter import converter

            self._converter = converter
        return self._converter

    def _operation(self, op_id: str) -> Operation:
        if self._operations is None:
            from dockerhub_sdk._generated.operations import OPERATIONS

            self._operations = OPERATIONS
        return self._operations[op_id]


def _refuse_unknown(op: Operation, what: str, given: Mapping[str, object], known: set[str]) -> None:
    unknown = sorted(set(given) - known)
    if unknown:
        raise TypeError(f"operation {op.id} has no {what} {', '.join(map(repr, unknown))}")


def _check_param(op: Operation, param: Param, value: object) -> object:
    """Type-check a path/query value, refuse empty strings, normalize and apply its format."""
    name = param.name
    if param.type is bool:
        if not isinstance(value, bool):
            raise _invalid(op, name, value, "must be True or False")
        return value
    if param.type is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise _invalid(op, name, value, "must be an integer")
        if param.minimum is not None and value < param.minimum:
            raise _invalid(op, name, value, f"must be at least {param.minimum}")
        if param.maximum is not None and value > param.maximum:
            raise _invalid(op, name, value, f"must be at most {param.maximum}")
        return value
    if param.type is str:
        if not isinstance(value, str):
            raise _invalid(op, name, value, "must be a string")
        if not value:
            raise _invalid(op, name, value, "must not be empty")
        if param.format is not None:
            normalized = param.format.normalize(value)
            problem = param.format.violation(normalized)
            if problem is not None:
                raise _invalid(op, name, value, problem)
            return normalized
    return value


def _library_prefixed(op: Operation, spec: BodyField, value: str) -> str:
    """``x`` and ``_/x`` mean ``library/x``; ``namespace/x`` is kept."""
    if value.startswith("_/"):
        result = f"{LIBRARY_NAMESPACE}/{value[2:]}"
    elif "/" not in value:
        result = f"{LIBRARY_NAMESPACE}/{value}"
    else:
        result = value
    namespace, _, name = result.partition("/")
    if not namespace or not name or "/" in name:
        raise _invalid(
            op,
            spec.name,
            value,
            "must be a repository reference ('name', '_/name' or 'namespace/name')",
        )
    return result


def _check_body_field(op: Operation, spec: BodyField, value: object) -> object:
    if spec.format is None and not spec.library_prefix:
        return value
    if value is None:
        return value  # nullable fields; the model says whether null is allowed
    if spec.each:  # a list[str] field: its format applies to each item
        if not isinstance(value, (list, tuple)):
            raise _invalid(op, spec.name, value, "must be a list of strings")
        item_spec = evolve(spec, each=False)
        return [
            _check_body_field(op, evolve(item_spec, name=f"{spec.name}[{i}]"), item)
            for i, item in enumerate(value)
        ]
    if not isinstance(value, str):
        raise _invalid(op, spec.name, value, "must be a string")
    if not value and (spec.format is None or spec.format.min_length > 0):
        raise _invalid(op, spec.name, value, "must not be empty")
    result = _library_prefixed(op, spec, value) if spec.library_prefix else value
    if spec.format is not None:
        result = spec.format.normalize(result)
        problem = spec.format.violation(result)
        if problem is not None:
            raise _invalid(op, spec.name, value, problem)
    return result


def _template_value(op: Operation, template: str, values: Mapping[str, object]) -> object:
    """A body template filled from the validated path parameters.

    A template that is exactly ``{param}`` passes that parameter's value unchanged (keeping
    its type: ``{build_tag_id}`` stays an ``int``).
    """
    try:
        whole = _PLACEHOLDER.fullmatch(template)
        if whole is not None:
            return values[whole.group(1)]
        return _fill(template, values)
    except KeyError as exc:
        raise TypeError(f"operation {op.id}: template {template!r} names unknown {exc}") from None


def _scope(
    op: Operation, path_values: Mapping[str, object], body_values: Mapping[str, object]
) -> tuple[str | None, bool]:
    """The repository ``op`` reads or writes, from ``repo_scope`` (or namespace + repository).

    Returns ``(scope, known)``; ``known`` is False when the template names a value that was not
    given (a write then clears the whole cache, to stay correct).
    """
    template = op.repo_scope
    if template is None:
        names = {p.name for p in op.path_params}
        if not {"namespace", "repository"} <= names:
            return None, True
        template = "{namespace}/{repository}"
    try:
        return _fill(template, {**body_values, **path_values}), True
    except KeyError:
        return None, False
