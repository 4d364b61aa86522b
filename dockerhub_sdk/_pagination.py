"""Pages of a list, whichever of Docker Hub's paging styles the operation uses.

Most lists are pages ``{count, next, previous, results}``; a few answer in their own shape
(organization access tokens: ``total``; invites: ``{data}``; audit logs: ``{logs}``; SCIM:
``{totalResults, startIndex, itemsPerPage, Resources}``). :func:`read_page` turns each into the same
:class:`Page`, working out the links that the answer does not carry, so that every paginated method
and its ``iter...`` twin behave alike.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterator, Mapping, Sequence
from typing import Generic, TypeVar
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from attrs import frozen
from urllib3.exceptions import LocationParseError
from urllib3.util import Url, parse_url

from dockerhub_sdk._operation import PageStyle

__all__ = [
    "Page",
    "PageKeys",
    "RawPage",
    "UnsafeLinkError",
    "next_page_url",
    "page_keys",
    "read_page",
    "with_query",
]

T = TypeVar("T")


@frozen(kw_only=True)
class Page(Generic[T]):
    """A page of ``results``; iterating over it (and ``len()``) covers this page only.

    Every paginated method has an ``iter...`` twin that walks all the pages lazily.
    """

    count: int | None
    """How many items there are across all pages; ``None`` when the server does not say
    (audit logs)."""
    next: str | None
    """The absolute URL of the next page, or ``None`` on the last page."""
    previous: str | None
    """The absolute URL of the previous page, or ``None`` on the first page."""
    results: list[T]
    """The items of this page."""
    page: int
    """The number of this page (1-based). For SCIM lists, which are cut by ``startIndex`` and
    ``count``, the page that ``startIndex`` falls in."""

    def __iter__(self) -> Iterator[T]:
        return iter(self.results)

    def __len__(self) -> int:
        return len(self.results)

    @property
    def has_next(self) -> bool:
        """Whether there may be a page after this one."""
        return self.next is not None


@frozen(kw_only=True)
class RawPage:
    """A page as read off the wire, its items still JSON."""

    count: int | None
    next: str | None
    previous: str | None
    items: list[object]
    items_at: str
    """Where the items are in the body, for error messages (``$.results``)."""
    page: int
    extra: dict[str, int]


def _int(data: Mapping[str, object], key: str, style: str) -> int:
    value = data.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"the {style}-style page has no non-negative integer {key!r}")
    return value


def _link(data: Mapping[str, object], key: str) -> str | None:
    value = data.get(key)
    if not (value is None or isinstance(value, str)):
        raise ValueError(f"the page's {key!r} is not a URL or null")
    return value


def _items(data: Mapping[str, object], key: str, *, optional: bool = False) -> list[object]:
    value = data.get(key, [] if optional else None)
    if not isinstance(value, list):
        raise ValueError(f"the page has no {key!r} array")
    return value


def _query_int(url: str, key: str) -> int | None:
    for name, value in reversed(parse_qsl(urlsplit(url).query)):
        if name == key:
            try:
                return int(value)
            except ValueError:
                return None
    return None


def with_query(url: str, **values: int | None) -> str:
    """``url`` with the query parameters ``values`` replaced (removed where ``None``)."""
    parts = urlsplit(url)
    pairs = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in values]
    pairs.extend((k, str(v)) for k, v in values.items() if v is not None)
    return urlunsplit(parts._replace(query=urlencode(pairs)))


PageKeys = tuple[str, tuple[str, ...]]
"""The key of a page's items, and every other key :func:`read_page` reads."""

_PAGE_KEYS: dict[str, PageKeys] = {
    "count": ("results", ("count", "next", "previous")),
    "total": ("results", ("total", "next", "previous")),
    "data": ("data", ()),
    "logs": ("logs", ()),
    "scim": ("Resources", ("totalResults", "startIndex", "itemsPerPage")),
}


def page_keys(style: PageStyle, extra: Sequence[str] = ()) -> PageKeys:
    """The key of a ``style`` page's items, and every other key :func:`read_page` reads."""
    items, keys = _PAGE_KEYS[style]
    return items, (*keys, *extra)


def read_page(
    style: PageStyle, data: object, url: str, number: int, extra: Sequence[str] = ()
) -> RawPage:
    """Read one page of ``style`` fetched from ``url``; ``ValueError`` says what is malformed.

    ``number`` is the page number the caller asked for (used when the answer does not say).
    """
    if not isinstance(data, dict):
        raise ValueError("expected a page object")
    extras = {name: _int(data, name, style) for name in extra}
    if style in ("count", "total"):
        return RawPage(
            count=_int(data, style, style),
            next=_link(data, "next"),
            previous=_link(data, "previous"),
            items=_items(data, "results"),
            items_at="$.results",
            page=number,
            extra=extras,
        )
    if style == "data":
        items = _items(data, "data")
        return RawPage(
            count=len(items),
            next=None,
            previous=None,
            items=items,
            items_at="$.data",
            page=1,
            extra=extras,
        )
    if style == "logs":
        # No count and no links: a full page may be followed by another; a short one is the last.
        items = _items(data, "logs")
        size = _query_int(url, "page_size")
        more = bool(items) and (size is None or len(items) >= size)
        back = with_query(url, page=number - 1 if number > 2 else None) if number > 1 else None
        return RawPage(
            count=None,
            next=with_query(url, page=number + 1) if more else None,
            previous=back,
            items=items,
            items_at="$.logs",
            page=number,
            extra=extras,
        )
    # scim: RFC 7644 §3.4.2 — `Resources` may be left out when there are none
    total = _int(data, "totalResults", style)
    items = _items(data, "Resources", optional=True)
    start = data.get("startIndex", 1)
    if isinstance(start, bool) or not isinstance(start, int) or start < 1:
        raise ValueError("the SCIM page's 'startIndex' is not a positive integer")
    per_page = data.get("itemsPerPage", len(items))
    if isinstance(per_page, bool) or not isinstance(per_page, int) or per_page < 0:
        raise ValueError("the SCIM page's 'itemsPerPage' is not a non-negative integer")
    step = _query_int(url, "count") or per_page or len(items) or 1
    after = start + len(items)
    return RawPage(
        count=total,
        next=with_query(url, startIndex=after) if items and after <= total else None,
        previous=with_query(url, startIndex=max(1, start - step)) if start > 1 else None,
        items=items,
        items_at="$.Resources",
        page=(start - 1) // step + 1,
        extra=extras,
    )


_DEFAULT_PORTS = {"http": 80, "https": 443}


class UnsafeLinkError(ValueError):
    """A ``next`` link the client will not follow (the message says why)."""


def _host(host: str) -> str:
    """A host as urllib3 connects to it, in one spelling: lower case, IDNA already applied by
    :func:`parse_url`, an IPv6 address in its compressed form (brackets kept)."""
    host = host.lower()
    if host.startswith("[") and host.endswith("]"):
        address, _, zone = host[1:-1].partition("%")
        try:
            compressed = ipaddress.IPv6Address(address).compressed
        except ValueError:
            return host
        return f"[{compressed}{'%' + zone if zone else ''}]"
    return host


def _origin(url: Url, default_scheme: str | None = None) -> tuple[str, str, int | None]:
    """``(scheme, host, port)`` as urllib3 would connect, with the scheme's default port."""
    scheme = (url.scheme or default_scheme or "").lower()
    port = url.port if url.port is not None else _DEFAULT_PORTS.get(scheme)
    return scheme, _host(url.host or ""), port


def next_page_url(base_url: str, current_url: str, link: str) -> str:
    """The URL to fetch a page's ``next`` link from: always on ``base_url``'s origin.

    The link is read with urllib3's own parser (the one the default transport connects with,
    so that no disagreement between two URL parsers can send the token elsewhere). A link
    with user information, or whose scheme, host or port differ from ``base_url``'s once
    normalized (case, default port, IDNA, IPv6 spelling), raises :class:`UnsafeLinkError`.
    Otherwise only its path and query are kept, appended to ``base_url``'s scheme and
    authority; a path that is not absolute is resolved against ``current_url``'s, and a link
    with no path (``?page=2``) keeps ``current_url``'s path.
    """
    try:
        parts = parse_url(link)
        base = parse_url(base_url)
    except LocationParseError:
        raise UnsafeLinkError("it is not a URL") from None
    if parts.auth is not None:
        raise UnsafeLinkError("it carries user information")
    absolute = parts.scheme is not None or parts.host is not None
    if absolute and _origin(parts, default_scheme=base.scheme) != _origin(base):
        raise UnsafeLinkError(f"it is not on {base.scheme}://{base.netloc}")
    path = parts.path or ""
    if not path.startswith("/"):
        current = parse_url(current_url).path or "/"
        path = urljoin(current, path) if path else current
    query = "" if parts.query is None else f"?{parts.query}"
    return f"{base.scheme}://{base.netloc}{path}{query}"
