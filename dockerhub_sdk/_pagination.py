"""One page of a paginated list, as Docker Hub returns it: ``{count, next, previous, results}``."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Generic, TypeVar

from attrs import frozen

__all__ = ["Page"]

T = TypeVar("T")


@frozen(kw_only=True)
class Page(Generic[T]):
    """A page of ``results``; iterating over it (and ``len()``) covers this page only.

    Every paginated method has an ``iter...`` twin that walks all the pages lazily.
    """

    count: int
    """How many items there are across all pages."""
    next: str | None
    """The absolute URL of the next page, or ``None`` on the last page."""
    previous: str | None
    """The absolute URL of the previous page, or ``None`` on the first page."""
    results: list[T]
    """The items of this page."""
    page: int
    """The number of this page (1-based), as requested."""

    def __iter__(self) -> Iterator[T]:
        return iter(self.results)

    def __len__(self) -> int:
        return len(self.results)

    @property
    def has_next(self) -> bool:
        """Whether there is a page after this one."""
        return self.next is not None
