"""The request being answered, wherever it is answered.

An API request matched by :mod:`fakehub.http.dispatch` is answered without Flask's request
context (whose setting up and tearing down cost more than most views): the dispatcher makes
a :class:`LeanRequest` and installs it here for the request's duration. Every other request
— the control API, ``/openapi.json``, routing's errors — goes through Flask, and
:func:`current_request` is then Flask's ``request``. The generic layer reads the request
through this one function, and only what :class:`ApiRequest` names, so it answers the same
whichever way the request came.
"""

from __future__ import annotations

from contextvars import ContextVar, Token
from typing import TYPE_CHECKING, Final, Protocol
from urllib.parse import parse_qsl

from flask import Request, request
from werkzeug.datastructures import ImmutableMultiDict, MultiDict
from werkzeug.wsgi import get_content_length

if TYPE_CHECKING:
    from _typeshed.wsgi import WSGIEnvironment

__all__ = ["ApiRequest", "LeanRequest", "current_request", "enter", "leave"]


class ApiRequest(Protocol):
    """What fakehub's generic layer reads of a request: Werkzeug's (Flask's) ``Request`` has
    all of it, :class:`LeanRequest` only this."""

    @property
    def environ(self) -> WSGIEnvironment: ...

    @property
    def method(self) -> str: ...

    @property
    def path(self) -> str: ...

    @property
    def args(self) -> MultiDict[str, str]: ...

    @property
    def remote_addr(self) -> str | None: ...

    @property
    def content_length(self) -> int | None: ...

    @property
    def max_content_length(self) -> int | None: ...

    @max_content_length.setter
    def max_content_length(self, value: int | None) -> None: ...

    @property
    def base_url(self) -> str: ...

    @property
    def host_url(self) -> str: ...

    def get_data(self, cache: bool = True) -> bytes: ...


_NO_ARGS: Final[ImmutableMultiDict[str, str]] = ImmutableMultiDict()


class LeanRequest:
    """An API request as the dispatcher reads it: what :class:`ApiRequest` names, read from
    the environ as Werkzeug's ``Request`` reads it, nothing made before it is read. Its
    URLs and its body come from a Werkzeug request made when first needed (the
    URLs are memoised by :func:`fakehub.http.paging.request_url`; a GET has no body)."""

    __slots__ = ("_args", "_full", "_make", "environ", "max_content_length", "method", "path")

    def __init__(
        self,
        environ: WSGIEnvironment,
        method: str,
        path: str,
        make: type[Request] = Request,
    ) -> None:
        """``method`` upper-case and ``path`` (``PATH_INFO`` decoded from latin-1 and UTF-8)
        as Werkzeug reads them; ``make`` the request class for the rest."""
        self.environ = environ
        self.method = method
        self.path = path if path[:1] == "/" and path[1:2] != "/" else "/" + path.lstrip("/")
        self.max_content_length: int | None = None
        self._make = make
        self._args: MultiDict[str, str] | None = None
        self._full: Request | None = None

    @property
    def args(self) -> MultiDict[str, str]:
        """The query's parameters (Werkzeug's ``Request.args``: bytes that are not UTF-8
        stay percent-encoded)."""
        args = self._args
        if args is None:
            query = self.environ.get("QUERY_STRING", "")
            if not query:
                args = _NO_ARGS
            else:
                pairs = parse_qsl(
                    query.encode("latin1").decode(),
                    keep_blank_values=True,
                    errors="werkzeug.url_quote",
                )
                args = ImmutableMultiDict(pairs)
            self._args = args
        return args

    @property
    def remote_addr(self) -> str | None:
        address: str | None = self.environ.get("REMOTE_ADDR")
        return address

    def _whole(self) -> Request:
        full = self._full
        if full is None:
            full = self._full = self._make(self.environ, populate_request=False)
        return full

    @property
    def content_length(self) -> int | None:
        return get_content_length(self.environ)

    @property
    def base_url(self) -> str:
        return self._whole().base_url

    @property
    def host_url(self) -> str:
        return self._whole().host_url

    def get_data(self, cache: bool = True) -> bytes:
        full = self._whole()
        full.max_content_length = self.max_content_length
        return full.get_data(cache=cache)


_CURRENT: Final[ContextVar[ApiRequest | None]] = ContextVar("fakehub_request", default=None)


def current_request() -> ApiRequest:
    """The request being answered (Flask's ``request`` outside the dispatcher)."""
    current = _CURRENT.get()
    return request if current is None else current


def enter(current: ApiRequest) -> Token[ApiRequest | None]:
    """Make ``current`` the request :func:`current_request` returns, until :func:`leave`."""
    return _CURRENT.set(current)


def leave(token: Token[ApiRequest | None]) -> None:
    """Back to the request answered before :func:`enter` (none, outside the dispatcher)."""
    _CURRENT.reset(token)
