"""The pluggable transport: send one :class:`Request`, get one :class:`Response`.

The client knows nothing about sockets. :class:`Urllib3Transport` (the default) talks HTTP
through one ``urllib3.PoolManager``; :class:`WSGITransport` calls a WSGI application (such as
fakehub's Flask app) in-process, with no socket at all. Anything with the same two methods
(:class:`Transport`) can replace them: a recorder in tests, a proxy, a replay.

A transport returns every HTTP response, whatever its status (errors are the client's job), and
raises :class:`~dockerhub_sdk.APIConnectionError` / :class:`~dockerhub_sdk.APITimeoutError`
when there is no response at all (``from None``: a short traceback; the underlying exception
is the error's ``cause``). When it can *prove* the request never left (the connection
could not be made), it raises :class:`~dockerhub_sdk.APIConnectError` (or
:class:`~dockerhub_sdk.APIConnectTimeoutError`) instead: only then does the client send a
POST or PATCH again.
"""

from __future__ import annotations

import io
import sys
import types
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Protocol, TypeAlias, runtime_checkable
from urllib.parse import unquote_to_bytes, urlsplit

import urllib3
from attrs import field, frozen

from dockerhub_sdk._exceptions import (
    APIConnectError,
    APIConnectionError,
    APIConnectTimeoutError,
    APITimeoutError,
)
from dockerhub_sdk._ratelimit import CaseInsensitiveMapping

__all__ = [
    "Headers",
    "RawResponse",
    "Request",
    "Response",
    "Transport",
    "Urllib3Transport",
    "WSGITransport",
]

HeadersLike: TypeAlias = "Mapping[str, str] | Iterable[tuple[str, str]]"

_SENSITIVE_HEADERS = frozenset({"authorization", "cookie", "set-cookie", "proxy-authorization"})


class Headers(CaseInsensitiveMapping):
    """An immutable, case-insensitive mapping of HTTP headers.

    Repeated headers are joined with ``", "``. Iteration yields the names as first given.
    The ``repr`` hides credentials (``Authorization``, cookies).
    """

    __slots__ = ("_items", "_merged")

    _items: dict[str, tuple[str, str]]
    _merged: Callable[[], Iterable[tuple[str, str]]]

    def __init__(self, data: HeadersLike = ()) -> None:
        items: dict[str, tuple[str, str]] = {}
        pairs = data.items() if isinstance(data, Mapping) else data
        for name, value in pairs:
            key = name.lower()
            if key in items:
                first, previous = items[key]
                items[key] = (first, f"{previous}, {value}")
            else:
                items[key] = (name, value)
        self._items = items

    @classmethod
    def distinct(cls, merged: Callable[[], Iterable[tuple[str, str]]]) -> Headers:
        """Headers of the pairs ``merged()`` gives, whose names are already distinct, case
        aside (a repeated header merged into one value): no check for repeats, and
        ``merged`` called when a header is first read, not before."""
        headers = cls.__new__(cls)
        headers._merged = merged
        return headers

    if not TYPE_CHECKING:  # (hidden from type checkers: every other name stays checked)

        def __getattr__(self, name: str) -> Any:
            # only called for an attribute not set: ``_items`` not made yet (``distinct``)
            if name != "_items":
                raise AttributeError(name)
            items = {key.lower(): (key, value) for key, value in self._merged()}
            self._items = items
            return items

    def __getitem__(self, name: str) -> str:
        return self._items[name.lower()][1]

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.lower() in self._items

    def get(self, name: str, default: Any = None) -> Any:  # no KeyError raised and caught
        item = self._items.get(name.lower()) if isinstance(name, str) else None
        return default if item is None else item[1]

    def as_dict(self) -> dict[str, str]:
        """A plain ``dict`` of the headers, names as first given."""
        return dict(self._items.values())

    def __iter__(self) -> Iterator[str]:
        return (name for name, _ in self._items.values())

    def __len__(self) -> int:
        return len(self._items)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Mapping):
            return NotImplemented
        other_headers = other if isinstance(other, Headers) else Headers(other)
        return {k: v for k, (_, v) in self._items.items()} == {
            k: v for k, (_, v) in other_headers._items.items()
        }

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        shown = {
            name: "[REDACTED]" if key in _SENSITIVE_HEADERS else value
            for key, (name, value) in self._items.items()
        }
        return f"Headers({shown!r})"


def _to_headers(value: HeadersLike) -> Headers:
    return value if isinstance(value, Headers) else Headers(value)


def _body_repr(body: bytes | None) -> str:
    return "None" if body is None else f"<{len(body)} bytes>"


@frozen(kw_only=True)
class Request:
    """An HTTP request. ``url`` is absolute; ``body`` is already encoded."""

    method: str
    url: str
    headers: Headers = field(factory=Headers, converter=_to_headers)
    body: bytes | None = field(default=None, repr=_body_repr)


@frozen(kw_only=True)
class Response:
    """An HTTP response, whatever its status; ``content`` is the whole (decoded) body."""

    status: int
    headers: Headers = field(factory=Headers, converter=_to_headers)
    content: bytes = field(default=b"", repr=_body_repr)


@frozen(kw_only=True)
class RawResponse:
    """What the client keeps of the latest response: ``hub.last_response``.

    ``status_code`` and ``headers`` (case-insensitive) as the server sent them, and the
    ``method`` and ``url`` of the request they answer. The body is not kept.
    """

    status_code: int
    headers: Headers = field(converter=_to_headers)
    method: str
    url: str


@runtime_checkable
class Transport(Protocol):
    """What the client needs from a transport."""

    def send(self, request: Request, *, timeout: float | None) -> Response:
        """Send ``request`` and return the response (any status).

        ``timeout`` bounds connecting and each read, in seconds (``None``: no limit). Raise
        :class:`APITimeoutError` when it expires and :class:`APIConnectionError` when no
        response can be had; :class:`APIConnectError` (:class:`APIConnectTimeoutError`) only
        when the connection could not be made, so that no byte of the request was sent.
        """
        ...

    def close(self) -> None:
        """Release connections; the transport is not used afterwards."""
        ...


_NO_RETRIES = urllib3.Retry(False, redirect=False)
"""What urllib3 makes of ``retries=False, redirect=False`` on every request, made once."""


class Urllib3Transport:
    """HTTP(S) through one ``urllib3.PoolManager``: keep-alive, no retries, no redirects.

    Retries and redirects are off so that the client sees every response as the server sent
    it (a redirect would, among other things, carry the ``Authorization`` header elsewhere).
    """

    def __init__(
        self,
        *,
        pool_manager: urllib3.PoolManager | None = None,
        num_pools: int = 10,
        maxsize: int = 10,
    ) -> None:
        self._pool = pool_manager or urllib3.PoolManager(
            num_pools=num_pools, maxsize=maxsize, retries=False
        )
        self._timeouts: dict[float | None, urllib3.Timeout] = {}

    def _timeout(self, timeout: float | None) -> urllib3.Timeout:
        """One ``urllib3.Timeout`` per value, made once (urllib3 copies it per request)."""
        found = self._timeouts.get(timeout)
        if found is None:
            found = urllib3.Timeout(connect=timeout, read=timeout)
            if len(self._timeouts) < 16:
                self._timeouts[timeout] = found
        return found

    def send(self, request: Request, *, timeout: float | None) -> Response:
        try:  # ``urlopen``: what ``request`` calls with no fields to encode
            raw = self._pool.urlopen(
                request.method.upper(),
                request.url,
                body=request.body,
                headers=request.headers.as_dict(),
                timeout=self._timeouts.get(timeout) or self._timeout(timeout),
                retries=_NO_RETRIES,
                redirect=False,
                preload_content=True,
            )
        except urllib3.exceptions.NewConnectionError as exc:
            # A refused or unresolvable connection (NameResolutionError is a subclass). It
            # subclasses ConnectTimeoutError, yet it is not a timeout: test it first.
            raise _connection_error(request, exc, APIConnectError) from None
        except urllib3.exceptions.ConnectTimeoutError as exc:
            raise APIConnectTimeoutError(
                f"{request.method} {request.url}: connecting timed out after {timeout} s",
                method=request.method,
                url=request.url,
                cause=exc,
            ) from None
        except (TimeoutError, urllib3.exceptions.TimeoutError) as exc:
            # A read timeout: the request may have reached the server.
            raise APITimeoutError(
                f"{request.method} {request.url} timed out after {timeout} s",
                method=request.method,
                url=request.url,
                cause=exc,
            ) from None
        except (urllib3.exceptions.HTTPError, OSError) as exc:
            # A reset, an aborted or malformed response, TLS...: the request may have been sent.
            raise _connection_error(request, exc) from None
        # urllib3 merges a repeated header as Headers does: ", "-joined, under its first name
        return Response(
            status=raw.status, headers=Headers.distinct(raw.headers.itermerged), content=raw.data
        )

    def close(self) -> None:
        self._pool.clear()


def _reason(exc: BaseException) -> str:
    """What went wrong, without urllib3's ``HTTPConnection(host=..., port=...): `` prefix."""
    text = str(exc)
    if isinstance(exc, urllib3.exceptions.NewConnectionError):
        text = text.partition("): ")[2] or text
    return f"{type(exc).__name__}: {text}"


def _connection_error(
    request: Request,
    exc: BaseException,
    cls: type[APIConnectionError] = APIConnectionError,
) -> APIConnectionError:
    """The SDK's error for ``exc``; raised ``from None``, it keeps ``exc`` as ``cause``."""
    return cls(
        f"{request.method} {request.url} failed: {_reason(exc)}",
        method=request.method,
        url=request.url,
        cause=exc,
    )


WSGIApp: TypeAlias = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]

_ExcInfo: TypeAlias = tuple[type[BaseException], BaseException, types.TracebackType | None]


class WSGITransport:
    """Calls a WSGI application in-process, e.g. ``WSGITransport(fakehub_app)``.

    ``timeout`` is ignored (the call is synchronous). An exception raised by the application
    propagates as-is when ``raise_app_exceptions`` (the default) so tests see the real
    traceback; otherwise it becomes a plain ``500`` response.
    """

    def __init__(
        self,
        app: WSGIApp,
        *,
        script_name: str = "",
        remote_addr: str = "127.0.0.1",
        raise_app_exceptions: bool = True,
    ) -> None:
        self.app = app
        self._script_name = script_name.rstrip("/")
        self._remote_addr = remote_addr
        self._raise_app_exceptions = raise_app_exceptions

    def _environ(self, request: Request) -> dict[str, Any]:
        parts = urlsplit(request.url)
        scheme = parts.scheme or "http"
        host = parts.hostname or "localhost"
        port = parts.port or (443 if scheme == "https" else 80)
        path = parts.path or "/"
        if self._script_name and path.startswith(self._script_name):
            path = path[len(self._script_name) :]
        body = request.body or b""
        environ: dict[str, Any] = {
            "REQUEST_METHOD": request.method.upper(),
            "SCRIPT_NAME": self._script_name,
            # PEP 3333: PATH_INFO is the percent-decoded path, as latin-1 "bytes in a str".
            "PATH_INFO": unquote_to_bytes(path).decode("latin-1"),
            "QUERY_STRING": parts.query,
            # The undecoded target, as gunicorn and werkzeug's server pass it (lets an app tell
            # an encoded %2F from a real /).
            "RAW_URI": (parts.path or "/") + (f"?{parts.query}" if parts.query else ""),
            "SERVER_NAME": host,
            "SERVER_PORT": str(port),
            "SERVER_PROTOCOL": "HTTP/1.1",
            "REMOTE_ADDR": self._remote_addr,
            "HTTP_HOST": parts.netloc or host,
            "wsgi.version": (1, 0),
            "wsgi.url_scheme": scheme,
            "wsgi.input": io.BytesIO(body),
            "wsgi.errors": sys.stderr,
            "wsgi.multithread": False,
            "wsgi.multiprocess": False,
            "wsgi.run_once": False,
        }
        if body or request.method.upper() in ("POST", "PUT", "PATCH"):
            environ["CONTENT_LENGTH"] = str(len(body))
        for name, value in request.headers.items():
            key = name.upper().replace("-", "_")
            if key == "CONTENT_TYPE":
                environ["CONTENT_TYPE"] = value
            elif key == "CONTENT_LENGTH":
                continue  # computed from the body above
            elif key == "HOST":
                environ["HTTP_HOST"] = value
            else:
                environ[f"HTTP_{key}"] = value
        return environ

    def send(self, request: Request, *, timeout: float | None) -> Response:
        environ = self._environ(request)
        status: list[str] = []
        headers: list[tuple[str, str]] = []
        written: list[bytes] = []

        def start_response(
            status_line: str,
            response_headers: list[tuple[str, str]],
            exc_info: _ExcInfo | None = None,
        ) -> Callable[[bytes], object]:
            # Nothing reaches a client before the application returns, so a second call
            # (with exc_info, PEP 3333's error path) may always replace what was started.
            if exc_info is not None:
                written.clear()
            status[:] = [status_line]
            headers[:] = list(response_headers)
            return written.append

        try:
            result = self.app(environ, start_response)
            try:
                for chunk in result:
                    if chunk:
                        written.append(chunk)
            finally:
                close = getattr(result, "close", None)
                if close is not None:
                    close()
        except ConnectionError as exc:
            # What a server does with an application that aborts the connection: the client
            # sees it closed without a response. The request was delivered, so this is not a
            # connect failure (a POST must not be replayed).
            raise APIConnectionError(
                f"{request.method} {request.url}: the server closed the connection "
                f"without a response ({type(exc).__name__})",
                method=request.method,
                url=request.url,
            ) from exc
        except Exception:
            if self._raise_app_exceptions:
                raise
            return Response(status=500, headers={"Content-Type": "text/plain"}, content=b"")
        if not status:
            raise APIConnectionError(
                f"{request.method} {request.url}: the WSGI application never called start_response",
                method=request.method,
                url=request.url,
            )
        code = int(status[0].split(" ", 1)[0])
        return Response(status=code, headers=headers, content=b"".join(written))

    def close(self) -> None:
        """Nothing to release."""
