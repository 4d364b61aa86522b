"""Docker Hub's pages, in each paging style an operation's spec names.

A handler hands over a sequence that can be sliced and counted, not a built list:
:func:`mapped` presents domain objects as wire models built only for the slice a page takes,
so a page costs its own size, whatever the size of the collection.

A ``count`` page is ``{count, next, previous, results}`` with absolute ``next``/``previous``
URLs (DRF's); ``total`` names its count ``total``; ``logs`` is ``{logs}``; ``data`` everything
at once; ``scim`` an RFC 7644 ``ListResponse`` (``startIndex``/``count`` instead of
``page``/``page_size``).
"""

from __future__ import annotations

import math
import typing
from collections.abc import Callable, Hashable, Mapping, Sequence
from typing import Any, Final, TypeVar, overload
from urllib.parse import urlencode

from dockerhub_sdk.wire import Operation, PageStyle, converter
from fakehub.bounds import int64
from fakehub.http.current import current_request
from fakehub.http.errors import HTTPError
from fakehub.http.rendering import JSONItems, RenderCache

__all__ = [
    "DEFAULT_PAGE_SIZE",
    "MAX_PAGE_SIZE",
    "SCIM_LIST_RESPONSE",
    "Mapped",
    "drf_paging_value",
    "mapped",
    "paginate",
    "paging_params",
    "request_url",
]

_D = TypeVar("_D")
_W = TypeVar("_W")


class Mapped(Sequence[_W]):
    """``source`` seen through ``build``: its length is the source's, and indexing or slicing
    builds the items taken, and only those (the source is sliced first). With a ``cache``
    and a ``key``, :meth:`rendered` gives the items taken as JSON text, rendered again only
    for the items whose key changed (see :mod:`fakehub.http.rendering`)."""

    __slots__ = ("_build", "_cache", "_key", "_source")

    def __init__(
        self,
        source: Sequence[_D],
        build: Callable[[_D], _W],
        *,
        cache: RenderCache | None = None,
        key: Callable[[_D], Hashable] | None = None,
    ) -> None:
        self._source: Sequence[Any] = source
        self._build: Callable[[Any], _W] = build
        self._cache = cache
        self._key: Callable[[Any], Hashable] | None = key

    def __len__(self) -> int:
        return len(self._source)

    @overload
    def __getitem__(self, index: int) -> _W: ...

    @overload
    def __getitem__(self, index: slice) -> list[_W]: ...

    def __getitem__(self, index: int | slice) -> _W | list[_W]:
        if isinstance(index, slice):
            build = self._build
            return [build(item) for item in self._source[index]]
        return self._build(self._source[index])

    def rendered(self, index: slice) -> JSONItems | None:
        """The items of ``index`` as JSON text, or ``None`` without a cache."""
        cache, key = self._cache, self._key
        if cache is None or key is None:
            return None
        return cache.render(self._source[index], key, self._build)


def mapped(
    source: Sequence[_D],
    build: Callable[[_D], _W],
    *,
    cache: RenderCache | None = None,
    key: Callable[[_D], Hashable] | None = None,
) -> Sequence[_W]:
    """A lazy ``[build(x) for x in source]`` for a paginated handler to return (see
    :class:`Mapped`). ``source`` must stay unchanged until the page is cut: the view cuts it
    under the state's lock, in the same critical section as the handler.

    A listing that is read far more often than written passes a ``cache`` of its own (one
    per listing: the same object renders differently in another) and a ``key`` that changes
    whenever ``build``'s result would: the page then reuses each unchanged item's JSON text.
    """
    return Mapped(source, build, cache=cache, key=key)


DEFAULT_PAGE_SIZE: Final = 10
"""Docker Hub's page size when a request gives none."""
MAX_PAGE_SIZE: Final = 100
"""Docker Hub's largest page: a larger ``page_size`` gets this many."""
_DRF_STYLES: Final = ("count", "total")


def drf_paging_value(op: Operation, wire: str, text: str) -> int | None:
    """An integer ``page`` or ``page_size`` of a ``count``/``total`` page, read as Docker Hub
    (Django REST framework's page-number pagination) reads it, never refused with a 400: a
    ``page_size`` above 100 is 100 (a request for 300 tags gets 100), one below 1 the default
    10; a ``page`` below 1 answers 404 ``Invalid page.``, as a page past the end does.
    ``None``: not such a parameter, or not a 64-bit integer (a 400, as every integer
    parameter's). The SDK refuses all of these before sending; SCIM's and the audit log's
    paging keep their 400s."""
    if op.page_style not in _DRF_STYLES or wire not in ("page", "page_size"):
        return None
    number = int64(text)
    if number is None:
        return None
    if wire == "page":
        if number < 1:
            raise HTTPError(404, "Invalid page.")
        return number
    return DEFAULT_PAGE_SIZE if number < 1 else min(number, MAX_PAGE_SIZE)


_MEMO_SIZE: Final = 1024
"""How many URLs each memo below keeps (it starts afresh when full)."""
_MEMO_TEXT: Final = 512
"""Only short URLs are kept (the URL and the texts it is made from, about twice this many
characters at most): a request's host, path and query are the client's to make long, and
the memos' memory stays bounded by about 1024 x 1024 characters each."""

_REQUEST_URLS: dict[tuple[object, ...], str] = {}
_PAGE_URLS: dict[tuple[str, str, int, str], str] = {}


def request_url(*, path: bool) -> str:
    """This request's ``base_url`` (``path``) or ``host_url`` without its
    slash, remembered by the environ values Werkzeug builds them from (it builds them afresh
    for each request, through an IRI conversion that costs as much as the rest of a small
    page)."""
    current = current_request()
    environ = current.environ
    key = (
        path,
        environ.get("wsgi.url_scheme"),
        environ.get("HTTP_HOST"),
        environ.get("SERVER_NAME"),
        environ.get("SERVER_PORT"),
        environ.get("SCRIPT_NAME") if path else None,
        environ.get("PATH_INFO") if path else None,
    )
    url = _REQUEST_URLS.get(key)
    if url is None:
        url = current.base_url if path else current.host_url.rstrip("/")
        _remember(_REQUEST_URLS, key, url)
    return url


def _remember(memo: dict[Any, str], key: tuple[object, ...], value: str) -> None:
    """Keep ``value`` under ``key`` when both are short (see :data:`_MEMO_TEXT`)."""
    size = len(value) + sum(len(part) for part in key if isinstance(part, str))
    if size > 2 * _MEMO_TEXT:
        return
    if len(memo) >= _MEMO_SIZE:
        memo.clear()
    memo[key] = value


def _page_url(page: int, key: str = "page") -> str:
    """This request's absolute URL with ``key`` replaced (removed for 1), as DRF does
    (remembered by the URL and the raw query string it is made from)."""
    base_url = request_url(path=True)
    memo_key = (base_url, str(current_request().environ.get("QUERY_STRING", "")), page, key)
    url = _PAGE_URLS.get(memo_key)
    if url is not None:
        return url
    query = {k: v for k, v in current_request().args.items(multi=False)}
    if page == 1:
        query.pop(key, None)
    else:
        query[key] = str(page)
    encoded = urlencode(sorted(query.items()))
    url = f"{base_url}?{encoded}" if encoded else base_url
    _remember(_PAGE_URLS, memo_key, url)
    return url


SCIM_LIST_RESPONSE: Final = "urn:ietf:params:scim:api:messages:2.0:ListResponse"


def paginate(
    items: Sequence[object],
    *,
    page: int,
    page_size: int,
    style: PageStyle = "count",
    extra: Mapping[str, int] | None = None,
) -> dict[str, Any]:
    """One page of ``items`` in the operation's paging style (``page`` is SCIM's ``startIndex``
    and ``page_size`` its ``count`` for the ``scim`` style).

    ``count``/``total``: a page past the end answers 404 ``Invalid page.``; ``logs``: an empty
    page; ``scim``: an empty ``Resources``; ``data``: everything, in one page.
    """

    unstructure = converter.unstructure

    def dump(index: slice) -> Sequence[object]:
        if isinstance(items, Mapped):
            rendered = items.rendered(index)
            if rendered is not None:
                return rendered
        return [unstructure(item) for item in items[index]]

    if style == "data":
        return {"data": dump(slice(None))}
    if style == "scim":
        chunk = dump(slice(page - 1, page - 1 + page_size))
        return {
            "schemas": [SCIM_LIST_RESPONSE],
            "totalResults": len(items),
            "startIndex": page,
            "itemsPerPage": len(chunk),
            "Resources": chunk,
        }
    start = (page - 1) * page_size
    if style == "logs":
        return {"logs": dump(slice(start, start + page_size))}
    count = len(items)
    pages = max(1, math.ceil(count / page_size))
    if page > pages:
        raise HTTPError(404, "Invalid page.")
    return {
        style: count,
        "next": _page_url(page + 1) if page < pages else None,
        "previous": _page_url(page - 1) if page > 1 else None,
        **(extra or {}),
        "results": dump(slice(start, start + page_size)),
    }


def paging_params(op: Operation, query_values: dict[str, object]) -> tuple[int, int]:
    """Remove the implicit paging parameters from ``query_values``: ``(page, page_size)``, or
    SCIM's ``(startIndex, count)``."""
    if op.page_style == "scim":
        start = query_values.pop("start_index", 1)
        count = query_values.pop("count", DEFAULT_PAGE_SIZE)
        return int(typing.cast(int, start)), int(typing.cast(int, count))
    page = query_values.pop("page", 1)
    page_size = query_values.pop("page_size", DEFAULT_PAGE_SIZE)
    return int(typing.cast(int, page)), int(typing.cast(int, page_size))
