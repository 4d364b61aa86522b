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

Steps 1 and 3 live in :mod:`dockerhub_sdk._prepare`, steps 4 and 5 in
:mod:`dockerhub_sdk._sending` (a mixin this class inherits, with :mod:`dockerhub_sdk._auth`'s).
"""

from __future__ import annotations

import copy
import random
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, Self, TypeVar
from urllib.parse import parse_qs, urlsplit

import cattrs

from dockerhub_sdk._auth import check_secret, new_session
from dockerhub_sdk._cache import ResponseCache
from dockerhub_sdk._constants import (
    DEFAULT_BASE_URL,
    DEFAULT_CACHE_TTL,
    DEFAULT_MAX_RETRIES,
    DEFAULT_MAX_RETRY_WAIT,
    DEFAULT_RETRY_BASE,
    DEFAULT_RETRY_CAP,
    DEFAULT_TIMEOUT,
)
from dockerhub_sdk._exceptions import (
    APIResponseValidationError,
    MissingCredentialsError,
    make_status_error,
)
from dockerhub_sdk._json_decode import decode_fast, parse_json
from dockerhub_sdk._operation import Operation, ResponseKind
from dockerhub_sdk._pagination import (
    Page,
    PageKeys,
    UnsafeLinkError,
    next_page_url,
    page_keys,
    read_page,
)
from dockerhub_sdk._prepare import (
    EMPTY,
    Prepared,
    check_base_url,
    check_timeout,
    prepare,
    show,
)
from dockerhub_sdk._ratelimit import RateLimit, rate_limit_from
from dockerhub_sdk._retries import RetryOptions
from dockerhub_sdk._sending import Sender
from dockerhub_sdk._transport import RawResponse, Response, Transport, Urllib3Transport
from dockerhub_sdk._types import UNSET, Unset

__all__ = ["BaseClient", "parse_json"]  # parse_json (from _json_decode): still imported from here

T = TypeVar("T")
P = TypeVar("P", bound=Page[Any])


def _page_number(url: str, default: int) -> int:
    values = parse_qs(urlsplit(url).query).get("page")
    if values:
        try:
            return int(values[-1])
        except ValueError:
            pass
    return default


_NOT_JSON = frozenset({"none", "check", "text"})


def _blank(content: bytes) -> bool:
    """Empty or only whitespace (as ``not content.strip()``, without copying the body)."""
    return not content or content.isspace()


def _given(value: T | Unset, default: T) -> T:
    return default if isinstance(value, Unset) else value


class BaseClient(Sender):
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
        self._base_url = check_base_url(base_url)
        self._timeout = check_timeout(timeout)
        self._retry = RetryOptions(
            max_retries=max_retries,
            retry_base=retry_base,
            retry_cap=retry_cap,
            max_retry_wait=max_retry_wait,
        )
        self._sleep = sleep
        self._wall_clock = wall_clock
        self._rng = random.Random() if rng is None else rng
        self._header_sets = {}
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
        session = self._session
        with session.state_lock:
            if session.rate_limit_headers is not None:
                session.rate_limit = rate_limit_from(session.rate_limit_headers)
                session.rate_limit_headers = None
            return session.rate_limit

    @property
    def last_response(self) -> RawResponse | None:
        """Status, headers, method and URL of the latest completed request of this client.

        Every operation sets it: to the last response received (of the last attempt, when the
        request was retried; of the last page fetched, when iterating), or to the cached
        response a cache hit returned. ``None`` before the first response; a connection
        error leaves it unchanged. Shared with :meth:`with_options` copies; with several
        threads, "latest" is whichever finished last.
        """
        return self._session.latest_response()

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
        new_timeout = self._timeout if isinstance(timeout, Unset) else check_timeout(timeout)
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
        path: Mapping[str, object] = EMPTY,
        query: Mapping[str, object] = EMPTY,
        body: Mapping[str, object] | None = None,
    ) -> T:
        prepared = self._prepare(op, "model", path, query, body)
        result = self._decode(prepared, self._send(prepared, prepared.url), cast_to)
        if op.session == "login":
            self._keep_token(op, prepared.url, result, (body or EMPTY).get("username"))
        return result

    def _request_list(
        self,
        op: Operation,
        item: type[T],
        *,
        path: Mapping[str, object] = EMPTY,
        query: Mapping[str, object] = EMPTY,
        body: Mapping[str, object] | None = None,
    ) -> list[T]:
        return list(self._list_items(self._prepare(op, "list", path, query, body), item))

    def _iter_list(
        self,
        op: Operation,
        item: type[T],
        *,
        path: Mapping[str, object] = EMPTY,
        query: Mapping[str, object] = EMPTY,
    ) -> Iterator[T]:
        """Every item of a plain JSON array, as ``_iter_pages`` does for pages: the arguments
        are validated now, the one request is sent by the first ``next()``."""
        return self._list_items(self._prepare(op, "list", path, query, None), item)

    def _list_items(self, prepared: Prepared, item: type[T]) -> Iterator[T]:
        """Send ``prepared`` (at the first ``next()``) and yield each item of its JSON array."""
        data = self._json(prepared, prepared.url, self._send(prepared, prepared.url))
        if not isinstance(data, list):
            raise self._invalid_body(prepared, prepared.url, "expected a JSON array")
        for index, value in enumerate(data):
            yield self._structure(prepared, prepared.url, value, item, f"$[{index}]")

    def _request_page(
        self,
        op: Operation,
        item: type[T],
        page_type: type[P],
        *,
        path: Mapping[str, object] = EMPTY,
        query: Mapping[str, object] = EMPTY,
    ) -> P:
        prepared = self._prepare(op, "page", path, query, None)
        return self._fetch_page(prepared, prepared.url, prepared.page, item, page_type)

    def _iter_pages(
        self,
        op: Operation,
        item: type[T],
        *,
        path: Mapping[str, object] = EMPTY,
        query: Mapping[str, object] = EMPTY,
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
        path: Mapping[str, object] = EMPTY,
        query: Mapping[str, object] = EMPTY,
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
        path: Mapping[str, object] = EMPTY,
        query: Mapping[str, object] = EMPTY,
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
        path: Mapping[str, object] = EMPTY,
        query: Mapping[str, object] = EMPTY,
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
    ) -> Prepared:
        prepared = prepare(
            op,
            kind,
            path,
            query,
            body,
            base_url=self._base_url,
            current_user=self._current_username,
            unstructure=self._unstructure,
        )
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
        return prepared

    def _unstructure(self, value: object) -> object:
        return self._conv.unstructure(value)

    def _json(self, prepared: Prepared, url: str, response: Response) -> object:
        """The parsed body of a 2xx response; raises for any other status."""
        op = prepared.op
        content = response.content
        if not 200 <= response.status < 300:
            try:
                body: object = None if _blank(content) else parse_json(content)
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
        if op.response_kind in _NOT_JSON:
            return None
        if _blank(content):
            raise self._invalid_body(prepared, url, "the body is empty", response)
        try:
            return parse_json(content)
        except ValueError:
            content_type = response.headers.get("Content-Type", "no Content-Type")
            raise self._invalid_body(
                prepared, url, f"the body is not JSON ({content_type})", response
            ) from None

    def _decode(self, prepared: Prepared, response: Response, cast_to: type[T]) -> T:
        """A response's body as a ``cast_to``: straight from the bytes when it can, else
        parsed, then structured."""
        result: T | None = self._fast(prepared, response, cast_to)
        if result is None:
            data = self._json(prepared, prepared.url, response)
            result = self._structure(prepared, prepared.url, data, cast_to, "$")
        return result

    def _fast(
        self, prepared: Prepared, response: Response, cls: type, page: PageKeys | None = None
    ) -> Any:
        """A 2xx JSON body straight from its bytes (see :func:`decode_fast`), or ``None``."""
        if not 200 <= response.status < 300 or prepared.op.response_kind in _NOT_JSON:
            return None
        return decode_fast(self._conv.get_structure_hook(cls), response.content, page)

    def _invalid_body(
        self, prepared: Prepared, url: str, why: str, response: Response | None = None
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
        self, prepared: Prepared, url: str, data: object, cast_to: type[T], where: str
    ) -> T:
        return self._structure_all(prepared, url, (data,), cast_to, where)[0]

    def _structure_all(
        self,
        prepared: Prepared,
        url: str,
        items: Sequence[object],
        cast_to: type[T],
        where: str,
        indexed: bool = False,
    ) -> list[T]:
        """Each of ``items`` as a ``cast_to``; a refusal names ``where`` (``where[i]`` when
        ``indexed``). The structure hook is looked up once, not once per item."""
        structure = self._conv.get_structure_hook(cast_to)
        result: list[T] = []
        try:
            for value in items:
                result.append(structure(value, cast_to))
        except cattrs.BaseValidationError as exc:
            where = f"{where}[{len(result)}]" if indexed else where
            problems = "; ".join(cattrs.transform_error(exc, path=where))
            raise self._invalid_body(
                prepared, url, f"does not match {cast_to.__name__}: {problems}"
            ) from exc
        except (TypeError, ValueError, KeyError, AttributeError) as exc:
            where = f"{where}[{len(result)}]" if indexed else where
            raise self._invalid_body(
                prepared, url, f"does not match {cast_to.__name__} @ {where}: {exc}"
            ) from exc
        return result

    def _fetch_page(
        self, prepared: Prepared, url: str, number: int, item: type[T], page_type: type[P]
    ) -> P:
        response = self._send(prepared, url)
        op = prepared.op
        style = op.page_style or "count"
        data = self._fast(prepared, response, item, page_keys(style, op.page_extra))
        structured = data is not None  # the items too
        if data is None:
            data = self._json(prepared, url, response)
        try:
            raw = read_page(style, data, url, number, op.page_extra)
        except ValueError as exc:
            raise self._invalid_body(prepared, url, str(exc)) from None
        return page_type(
            count=raw.count,
            next=raw.next,
            previous=raw.previous,
            results=raw.items
            if structured
            else self._structure_all(prepared, url, raw.items, item, raw.items_at, True),
            page=raw.page,
            # the extra counts live on the operation's page subclass (the iterator's plain
            # Page has no use for them)
            **(raw.extra if page_type is not Page else {}),
        )

    def _walk(self, prepared: Prepared, item: type[T]) -> Iterator[T]:
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
                    prepared, url, f"refusing to follow the next page {show(page.next)}: {exc}"
                ) from None
            if next_url in seen:
                raise self._invalid_body(
                    prepared, url, f"the next page {show(page.next)} was already fetched"
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
