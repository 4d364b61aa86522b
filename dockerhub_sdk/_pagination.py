"""Pages of a list, whichever of Docker Hub's paging styles the operation uses.

Most lists are pages ``{count, next, previous, results}``; a few answer in their own shape
(organization access tokens: ``total``; invites: ``{data}``; audit logs: ``{logs}``; SCIM:
``{totalResults, startIndex, itemsPerPage, Resources}``). :func:`read_page` turns each into the same
:class:`Page`, working out the links that the answer does not carry, so that every paginated method
and its ``iter...`` twin behave alike.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Generic, TypeVar
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from attrs import frozen

from dockerhub_sdk._operation import PageStyle

__all__ = ["Page", "RawPage", "read_page", "with_query"]

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
