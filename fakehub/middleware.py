"""The WSGI layer in front of fakehub's Flask application: fault injection and rate limits.

For every request outside ``/_fakehub/`` (the control API is never faulted or rate-limited):

1. the ``before`` fault rules (:class:`fakehub.faults.Faults`): their latency is slept through
   the application's injectable ``sleep``; a rule with a status answers at once, a ``drop``
   raises :class:`~fakehub.faults.ConnectionDropped`. Such a request never reaches the
   handlers and is not counted by the rate limit;
2. the rate limit, for paths under ``/v2/``: the request is counted for its caller (the
   subject of a valid token, else the remote address); over the limit it gets 429 with
   ``Retry-After`` and Docker Hub's body ``{"detail": "Rate limit exceeded", "error": false}``;
3. the Flask application (the handlers run and commit);
4. the ``after`` fault rules: latency, then the handler's answer is replaced (status) or lost
   (drop);
5. every answer under ``/v2/`` carries ``X-RateLimit-Limit``, ``X-RateLimit-Remaining`` and
   ``X-RateLimit-Reset`` (an injected answer shows the quota without counting the request; a
   rule's own ``headers`` win). An injected answer also carries ``X-Fakehub-Fault: <rule id>``.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Final

from fakehub.auth import InvalidToken, TokenIssuer, parse_authorization
from fakehub.faults import (
    RATE_LIMIT_BODY,
    ConnectionDropped,
    Faults,
    Injection,
    RateLimiter,
    reason_phrase,
)
from fakehub.journal import Journal

if TYPE_CHECKING:
    from _typeshed.wsgi import StartResponse, WSGIApplication, WSGIEnvironment

__all__ = [
    "CONTROL_PREFIX",
    "Answer",
    "Headers",
    "TrafficMiddleware",
    "decoded_path",
    "request_path",
    "whole_answer",
]

CONTROL_PREFIX: Final = "/_fakehub"
RATE_LIMITED_PREFIX: Final = "/v2/"
FAULT_HEADER: Final = "X-Fakehub-Fault"
_FAULT_HEADER_KEY: Final = FAULT_HEADER.lower()

Headers = list[tuple[str, str]]
Answer = tuple[str, Headers, bytes]
"""A whole answer: the status line, the headers and the body."""


def decoded_path(raw: str) -> str | None:
    """PEP 3333's latin-1 ``PATH_INFO`` read back as UTF-8, as Werkzeug reads it (``None``:
    not latin-1, which no server sends)."""
    if raw.isascii():
        return raw
    try:
        return raw.encode("latin-1").decode("utf-8", "replace")
    except UnicodeEncodeError:
        return None


def request_path(environ: WSGIEnvironment) -> str:
    """The decoded request path (:func:`decoded_path`; as it is when it is not latin-1)."""
    raw = str(environ.get("PATH_INFO", "") or "/")
    decoded = decoded_path(raw)
    return raw if decoded is None else decoded


def is_control_path(path: str) -> bool:
    return path == CONTROL_PREFIX or path.startswith(CONTROL_PREFIX + "/")


def whole_answer(app: WSGIApplication, environ: WSGIEnvironment) -> Answer:
    """Run a WSGI application to the end, keeping its whole answer."""
    started: list[tuple[str, Headers]] = []
    chunks: list[bytes] = []

    def capture(
        status: str, headers: Headers, exc_info: object = None
    ) -> Callable[[bytes], object]:
        # nothing has reached the client yet: a second call (PEP 3333's error path) simply
        # replaces the first
        del exc_info
        started[:] = [(status, list(headers))]
        chunks.clear()
        return chunks.append

    result = app(environ, capture)
    try:
        for chunk in result:
            if chunk:
                chunks.append(chunk)
    finally:
        close = getattr(result, "close", None)
        if close is not None:
            close()
    if not started:  # pragma: no cover - Flask always answers
        raise RuntimeError("the application did not call start_response")
    status_line, headers = started[0]
    return status_line, headers, b"".join(chunks)


def _status_code(status_line: str) -> int | None:
    code = status_line.split(" ", 1)[0]
    return int(code) if code.isdigit() else None


def _status_line(status: int) -> str:
    return f"{status} {reason_phrase(status)}"


def _merge(headers: Headers, extra: Mapping[str, str]) -> Headers:
    """``headers`` with each of ``extra`` set (replacing a header of the same name)."""
    if not extra:
        return headers
    names = {name.lower() for name in extra}
    kept = [(k, v) for k, v in headers if k.lower() not in names]
    kept.extend(extra.items())
    return kept


def _fault_of(headers: Headers) -> int | None:
    """The fault rule an answer names (``X-Fakehub-Fault``), if any."""
    fault = next((v for k, v in headers if k.lower() == _FAULT_HEADER_KEY), "")
    return int(fault) if fault.isdigit() else None


def _identity(environ: WSGIEnvironment, caller: str | None) -> str:
    if caller is not None:
        return f"user:{caller}"
    return f"addr:{environ.get('REMOTE_ADDR') or 'unknown'}"


class TrafficMiddleware:
    """Wraps a WSGI application (``app.wsgi_app``) with fault injection and rate limits."""

    def __init__(
        self,
        app: WSGIApplication,
        *,
        faults: Faults,
        rate_limiter: RateLimiter,
        tokens: TokenIssuer,
        sleep: Callable[[float], object],
        journal: Journal | None = None,
        answer: Callable[[WSGIEnvironment], Answer] | None = None,
    ) -> None:
        self.app = app
        self.answer = answer if answer is not None else functools.partial(whole_answer, app)
        """``app``'s whole answer to an API request (``app`` run to its end by default)."""
        self.faults = faults
        self.rate_limiter = rate_limiter
        self.tokens = tokens
        self.sleep = sleep
        self.journal = journal if journal is not None else Journal()

    def caller(self, environ: WSGIEnvironment) -> str | None:
        """The account of the request's valid token, else ``None``."""
        try:
            token = parse_authorization(environ.get("HTTP_AUTHORIZATION"))
            if token is not None:
                return self.tokens.verify(token).username
        except InvalidToken:
            pass
        return None

    def identity(self, environ: WSGIEnvironment, caller: str | None = None) -> str:
        """Who is calling, for the rate limit: ``user:<name>`` or ``addr:<remote address>``."""
        return _identity(environ, caller if caller is not None else self.caller(environ))

    def __call__(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        path = request_path(environ)
        if is_control_path(path):
            return self.app(environ, start_response)
        method = str(environ.get("REQUEST_METHOD", "GET")).upper()
        caller = self.caller(environ)
        status: int | None = None
        fault: int | None = None
        try:
            status_line, headers, body = self._serve(environ, path, method, caller)
            status, fault = _status_code(status_line), _fault_of(headers)
        except ConnectionDropped as dropped:
            fault = dropped.rule_id
            raise
        finally:
            self.journal.record(
                method=method,
                path=path,
                query=str(environ.get("QUERY_STRING", "")),
                status=status,
                caller=caller,
                fault=fault,
            )
        start_response(status_line, headers)
        return [body]

    def _serve(
        self, environ: WSGIEnvironment, path: str, method: str, caller: str | None
    ) -> Answer:
        """The whole answer: status line, headers and body."""
        limited = path.startswith(RATE_LIMITED_PREFIX)
        identity = _identity(environ, caller) if limited else ""

        before = self.faults.pick(method, path, "before")
        self._delay(before)
        if before.answers:
            quota = self.rate_limiter.peek(identity).headers() if limited else {}
            return self._inject(before, quota)

        quota = {}
        if limited:
            status = self.rate_limiter.hit(identity)
            quota = status.headers()
            if status.exceeded:
                body = json.dumps(RATE_LIMIT_BODY).encode()
                headers = [
                    ("Content-Type", "application/json"),
                    ("Content-Length", str(len(body))),
                    *quota.items(),
                ]
                return _status_line(429), headers, body

        status_line, headers, body = self.answer(environ)

        after = self.faults.pick(method, path, "after")
        self._delay(after)
        if after.answers:
            return self._inject(after, quota)
        return status_line, _merge(headers, quota), body

    def _delay(self, injection: Injection) -> None:
        if injection.latency > 0:
            self.sleep(injection.latency)

    def _inject(self, injection: Injection, quota: Mapping[str, str]) -> Answer:
        if injection.drop:
            raise ConnectionDropped(
                f"fault rule {injection.rule_id} dropped the connection",
                rule_id=injection.rule_id,
            )
        assert injection.status is not None
        if injection.has_body and isinstance(injection.body, str):
            body = injection.body.encode("utf-8")
            content_type = "text/plain; charset=utf-8"
        else:
            document = injection.body if injection.has_body else self._default_body(injection)
            body = json.dumps(document, ensure_ascii=False).encode("utf-8")
            content_type = "application/json"
        headers: Headers = [("Content-Type", content_type), ("Content-Length", str(len(body)))]
        headers = _merge(headers, quota)
        headers = _merge(headers, {FAULT_HEADER: str(injection.rule_id)})
        headers = _merge(headers, injection.headers)
        return _status_line(injection.status), headers, body

    @staticmethod
    def _default_body(injection: Injection) -> object:
        if injection.status == 429:
            return dict(RATE_LIMIT_BODY)
        return {"detail": reason_phrase(injection.status or 500)}
