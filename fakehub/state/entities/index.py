"""Collections kept in the order they are listed: a listing costs its page, not a sort of the
whole collection on every request."""

from __future__ import annotations

import datetime
import typing
from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping, Sequence
from typing import Any, ClassVar, Generic, Self, TypeVar, overload

__all__ = [
    "AuditLog",
    "ByCreation",
    "ByNamespace",
    "NewestFirst",
    "SortedIndex",
    "by_creation",
    "created_at",
    "newest_first",
]

_K = TypeVar("_K")
_V = TypeVar("_V")


class _Index(MutableMapping[_K, _V], Generic[_K, _V]):
    """A ``dict`` (values by key, in the order added) that calls :meth:`_changed` with the
    key of every write: what the indexes below keep in order depends on it."""

    __slots__ = ("_by_key",)

    def __init__(self, items: Mapping[_K, _V] | None = None) -> None:
        self._by_key: dict[_K, _V] = dict(items or {})

    def _changed(self, key: _K) -> None:
        raise NotImplementedError

    def __getitem__(self, key: _K) -> _V:
        return self._by_key[key]

    def __setitem__(self, key: _K, value: _V) -> None:
        self._by_key[key] = value
        self._changed(key)

    def __delitem__(self, key: _K) -> None:
        del self._by_key[key]
        self._changed(key)

    def __iter__(self) -> Iterator[_K]:
        return iter(self._by_key)

    def __len__(self) -> int:
        return len(self._by_key)

    def __contains__(self, key: object) -> bool:
        return key in self._by_key

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._by_key!r})"


class SortedIndex(_Index[_K, _V]):
    """Items by key (in the order they were added, as a ``dict``), and :meth:`ordered`: the
    items in listing order, sorted once and kept until the next write, so that a page costs
    the page rather than the collection. Subclasses name the order (:attr:`sort_key`,
    :attr:`newest_first`); the sort is stable, so ties keep the order of addition, as
    ``sorted(mapping.values(), ...)`` would.

    Every change to the mapping invalidates the order and moves :attr:`version` on; a change
    made in place to a value must call :meth:`touch`, which does the same.
    """

    __slots__ = ("_order", "version")

    sort_key: ClassVar[Callable[[Any], Any]]
    newest_first: ClassVar[bool] = False

    def __init__(self, items: Mapping[_K, _V] | None = None) -> None:
        super().__init__(items)
        self._order: list[_V] | None = None
        self.version = 0
        """Moves on with every write (and :meth:`touch`): a listing rendered at one version
        shows the values of that version (see ``fakehub.handlers.repositories``)."""

    @classmethod
    def of(cls, items: Mapping[_K, _V]) -> Self:
        """``items`` as this index (an attrs converter): an index of this kind as it is."""
        return items if isinstance(items, cls) else cls(items)

    def _changed(self, key: _K) -> None:
        self.touch()

    def touch(self) -> None:
        """A value changed in place: sort again before the next listing, and render it
        again."""
        self._order = None
        self.version += 1

    def ordered(self) -> Sequence[_V]:
        """The values in listing order. Read-only; valid until the next write."""
        if self._order is None:
            self._order = sorted(
                self._by_key.values(), key=type(self).sort_key, reverse=self.newest_first
            )
        return self._order


def created_at(item: Any) -> datetime.datetime:
    """The sort key of the indexes by creation time."""
    return item.created_at  # type: ignore[no-any-return]


class ByCreation(SortedIndex[str, _V]):
    """Oldest first (then in the order added): invites."""

    __slots__ = ()
    sort_key: ClassVar[Callable[[Any], Any]] = staticmethod(created_at)


class NewestFirst(SortedIndex[str, _V]):
    """Newest first (ties in the order added): access tokens."""

    __slots__ = ()
    sort_key: ClassVar[Callable[[Any], Any]] = staticmethod(created_at)
    newest_first: ClassVar[bool] = True


class ByNamespace(_Index[tuple[str, str], _V]):
    """Repositories by ``(namespace, name)`` (in the order added, as a ``dict``), and
    :meth:`in_namespace`: one namespace's, by name, gathered and sorted once and kept until
    the next write to that namespace, so that a namespace's listing neither walks every
    repository nor sorts on every request. Names never change in place."""

    __slots__ = ("_namespaces",)

    def __init__(self, items: Mapping[tuple[str, str], _V] | None = None) -> None:
        super().__init__(items)
        self._namespaces: dict[str, list[_V]] = {}

    def _changed(self, key: tuple[str, str]) -> None:
        self._namespaces.pop(key[0], None)

    def in_namespace(self, namespace: str) -> Sequence[_V]:
        """``namespace``'s values, by name (the key's second part). Read-only; valid until
        the next write to that namespace."""
        found = self._namespaces.get(namespace)
        if found is None:
            keys = sorted(key for key in self._by_key if key[0] == namespace)
            found = self._namespaces[namespace] = [self._by_key[key] for key in keys]
        return found


class AuditLog(Sequence[_V], Generic[_V]):
    """Audit events in the order recorded, and :meth:`of_account`: one account's, newest first
    (the later-recorded first at equal times), gathered and sorted once and kept until that
    account's next event (or any :meth:`extend`), so that reading an audit log neither walks
    every account's events nor sorts on every request. Events are never changed in place."""

    __slots__ = ("_accounts", "_events")

    def __init__(self) -> None:
        self._events: list[_V] = []
        self._accounts: dict[str, list[_V]] = {}

    @overload
    def __getitem__(self, index: int) -> _V: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[_V]: ...

    def __getitem__(self, index: int | slice) -> _V | Sequence[_V]:
        return self._events[index]

    def __len__(self) -> int:
        return len(self._events)

    def __iter__(self) -> Iterator[_V]:
        return iter(self._events)

    def append(self, event: _V) -> None:
        self._events.append(event)
        self._accounts.pop(typing.cast(Any, event).account, None)

    def extend(self, events: Iterable[_V]) -> None:
        self._events.extend(events)
        self._accounts.clear()

    def of_account(self, account: str) -> Sequence[_V]:
        """``account``'s events, newest first. Read-only; valid until its next event."""
        found = self._accounts.get(account)
        if found is None:
            mine = [
                (i, e) for i, e in enumerate(self._events) if typing.cast(Any, e).account == account
            ]
            mine.sort(key=lambda pair: (typing.cast(Any, pair[1]).timestamp, pair[0]), reverse=True)
            found = self._accounts[account] = [event for _, event in mine]
        return found


def by_creation(items: Mapping[str, _V]) -> ByCreation[_V]:
    """``items`` as a :class:`ByCreation` index (an attrs converter)."""
    return ByCreation.of(items)


def newest_first(items: Mapping[str, _V]) -> NewestFirst[_V]:
    """``items`` as a :class:`NewestFirst` index (an attrs converter)."""
    return NewestFirst.of(items)
