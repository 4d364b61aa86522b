"""Sending one request with retries: which failures are retried, and how long to wait.

**What is retried.** A connection error (:class:`APIConnectionError`, timeouts included) and a
response with status 408, 429, 500, 502, 503 or 504 — for an idempotent method (GET, HEAD,
PUT, DELETE) only. A POST or PATCH is sent again only after :class:`APIConnectError`: the
connection could not be made, so the server never saw the request. A read timeout or a reset
after sending is no such proof, and a retryable status proves the server received it. Nothing
else (401 included) is retried.

**How long to wait.** What the server asks for (:func:`~dockerhub_sdk._ratelimit.retry_wait`:
``Retry-After``, ``X-Retry-After``, ``X-RateLimit-Reset`` when none remain), else exponential
backoff with full jitter: the n-th retry (n = 0, 1, ...) waits ``uniform(0, min(retry_cap,
retry_base * 2**n))``. A server wait longer than ``max_retry_wait`` is not slept: the response
is returned at once, and the client raises its status error (``RateLimitError`` for a 429)
with ``retry_after`` / ``retry_at`` set. After ``max_retries`` retries the last response is
returned (or the last connection error raised).

**Logging** (logger ``dockerhub_sdk``): DEBUG for each request (method, URL, attempt, headers
with credentials redacted) and each response (status); INFO for each retry (the wait and the
reason); WARNING when a server wait exceeds ``max_retry_wait``. Bodies are never logged, and
every text logged from an error passes through the client's secret redaction.
"""

from __future__ import annotations

import http
import logging
import math
import random
from collections.abc import Callable, Mapping

from attrs import frozen

from dockerhub_sdk._constants import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_MAX_RETRY_WAIT,
    DEFAULT_RETRY_BASE,
    DEFAULT_RETRY_CAP,
    LOGGER_NAME,
)
from dockerhub_sdk._exceptions import (
    RETRY_STATUSES,
    APIConnectError,
    APIConnectionError,
    APITimeoutError,
    InvalidInputError,
)
from dockerhub_sdk._ratelimit import retry_wait
from dockerhub_sdk._transport import Request, Response, Transport

__all__ = [
    "IDEMPOTENT_METHODS",
    "RetryOptions",
    "backoff_wait",
    "redacted_headers",
    "send_with_retries",
]

logger = logging.getLogger(LOGGER_NAME)

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE"})
_SENSITIVE = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})


def _check_count(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidInputError(
            f"{name} {value!r} must be an integer >= 0",
            param=name,
            value=value,
            rule="must be an integer >= 0",
        )
    return value


def _check_seconds(name: str, value: object) -> float:
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or math.isnan(value)
        or value < 0
    ):
        raise InvalidInputError(
            f"{name} {value!r} must be a number of seconds >= 0",
            param=name,
            value=value,
            rule="must be a number of seconds >= 0",
        )
    return float(value)


@frozen(kw_only=True)
class RetryOptions:
    """How a client retries (see the module docstring); validated on construction."""

    max_retries: int = DEFAULT_MAX_RETRIES
    retry_base: float = DEFAULT_RETRY_BASE
    retry_cap: float = DEFAULT_RETRY_CAP
    max_retry_wait: float = DEFAULT_MAX_RETRY_WAIT

    def __attrs_post_init__(self) -> None:
        _check_count("max_retries", self.max_retries)
        for name in ("retry_base", "retry_cap", "max_retry_wait"):
            _check_seconds(name, getattr(self, name))


def backoff_wait(attempt: int, *, base: float, cap: float, rng: random.Random) -> float:
    """Full jitter: ``uniform(0, min(cap, base * 2**attempt))`` for the ``attempt``-th retry."""
    try:
        ceiling = min(cap, base * 2.0**attempt)
    except OverflowError:
        ceiling = cap
    return rng.uniform(0.0, ceiling)


def redacted_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """Headers fit for a log line: credentials become ``Bearer ***`` (the scheme is kept)."""
    shown: dict[str, str] = {}
    for name, value in headers.items():
        if name.lower() in _SENSITIVE:
            scheme, _, credential = value.partition(" ")
            value = (
                f"{scheme} ***" if credential and name.lower().endswith("authorization") else "***"
            )
        shown[name] = value
    return shown


class _Redacted:
    """A URL shown redacted, and only when a log record is formatted (``%s``)."""

    __slots__ = ("_redact", "_url")

    def __init__(self, url: str, redact: Callable[[str], str]) -> None:
        self._url = url
        self._redact = redact

    def __str__(self) -> str:
        return self._redact(self._url)

    def __repr__(self) -> str:
        return repr(str(self))


def _status_text(status: int) -> str:
    try:
        return f"{status} {http.HTTPStatus(status).phrase}"
    except ValueError:
        return str(status)


def _os_error(request: Request, exc: OSError, redact: Callable[[str], str]) -> APIConnectionError:
    """What an ``OSError`` from a custom transport is raised as."""
    cls: type[APIConnectionError] = APIConnectionError
    if isinstance(exc, ConnectionRefusedError):
        cls = APIConnectError  # nothing was sent on a refused connection
    elif isinstance(exc, TimeoutError):
        cls = APITimeoutError
    text = redact(f"{request.method} {request.url} failed: {type(exc).__name__}: {exc}")
    return cls(text, method=request.method, url=request.url)


def send_with_retries(
    transport: Transport,
    request: Request,
    *,
    timeout: float | None,
    options: RetryOptions,
    sleep: Callable[[float], None],
    wall_clock: Callable[[], float],
    rng: random.Random,
    observe: Callable[[str, str, Response], None],
    redact: Callable[[str], str],
) -> Response:
    """Send ``request``, retrying as the module docstring says; return the last response.

    ``observe`` is called with the method, the URL and every response received (retried
    ones too); ``redact`` cleans
    any text taken from an error before it is logged or raised.
    """
    method = request.method
    idempotent = method in IDEMPOTENT_METHODS
    attempts = options.max_retries + 1
    attempt = 0
    while True:
        attempt += 1
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "Request %s %s (attempt %d of %d), headers %s",
                method,
                _Redacted(request.url, redact),
                attempt,
                attempts,
                redacted_headers(request.headers),
            )
        try:
            try:
                response = transport.send(request, timeout=timeout)
            except APIConnectionError:
                raise
            except OSError as exc:  # from a custom transport
                raise _os_error(request, exc, redact) from exc
        except APIConnectionError as exc:
            url = _Redacted(request.url, redact)  # shown when a log record is formatted
            reason = redact(f"{type(exc).__name__}: {exc}")
            if attempt >= attempts:
                logger.debug(
                    "Giving up on %s %s after %d attempts: %s", method, url, attempt, reason
                )
                raise
            if not (idempotent or isinstance(exc, APIConnectError)):
                logger.debug(
                    "Not retrying %s %s: the request may have reached the server: %s",
                    method,
                    url,
                    reason,
                )
                raise
            wait = backoff_wait(
                attempt - 1, base=options.retry_base, cap=options.retry_cap, rng=rng
            )
        else:
            observe(method, request.url, response)
            status = response.status
            if logger.isEnabledFor(logging.DEBUG):
                shown = _Redacted(request.url, redact)
                logger.debug("Response %s %s: %s", method, shown, _status_text(status))
            if status not in RETRY_STATUSES or not idempotent or attempt >= attempts:
                return response
            url = _Redacted(request.url, redact)
            asked = retry_wait(response.headers, now=wall_clock())
            if asked is not None and asked > options.max_retry_wait:
                logger.warning(
                    "Not retrying %s %s (%s): the server asks to wait %.3f s, "
                    "more than max_retry_wait (%.3f s)",
                    method,
                    url,
                    _status_text(status),
                    asked,
                    options.max_retry_wait,
                )
                return response
            if asked is not None:
                wait = asked
                reason = f"{_status_text(status)}, the server asks to wait {asked:.3f} s"
            else:
                wait = backoff_wait(
                    attempt - 1, base=options.retry_base, cap=options.retry_cap, rng=rng
                )
                reason = _status_text(status)
        logger.info(
            "Retrying %s %s in %.3f s (attempt %d of %d): %s",
            method,
            url,
            wait,
            attempt + 1,
            attempts,
            reason,
        )
        sleep(wait)
