"""Answers rendered with the least work: each listed object's JSON text kept from one request
to the next, and a page assembled by joining those texts.

A listing's items are the same from one request to the next until something writes them, so
a :class:`RenderCache` keeps, for each domain object, the JSON text of its wire model together
with the *key* it was rendered for: a value that changes whenever the rendering would (the
object's :func:`snapshot` plus whatever else the rendering reads, such as a username looked up
elsewhere). The text is reused while the key compares equal and rendered again when it does
not, so no write has to remember to drop anything. Objects are held weakly: a deleted tag
leaves the cache with it.

:func:`dumps` writes a body whose values may be :class:`JSONItems` (a list already rendered,
item by item) byte for byte as ``json.dumps`` would have written the same body unrendered.
"""

from __future__ import annotations

import datetime
import enum
import json
import types
import typing
import weakref
from collections.abc import Callable, Collection, Hashable, Iterable, Mapping
from typing import Any, Final, TypeVar

import attrs

from dockerhub_sdk.wire import converter

__all__ = ["JSONItems", "RenderCache", "dumps", "snapshot"]

_T = TypeVar("_T")


class JSONItems(list[bytes]):
    """A JSON array whose items are already JSON text, UTF-8 encoded (``json.dumps`` of each,
    as :func:`dumps` writes them)."""

    __slots__ = ()


_encode: Final = json.JSONEncoder(ensure_ascii=False).encode
"""``json.dumps(value, ensure_ascii=False)``, without making an encoder per call."""


def dumps(body: object) -> bytes:
    """``json.dumps(body, ensure_ascii=False)`` encoded in UTF-8, with the top-level
    :class:`JSONItems` of a ``dict`` body spliced in as they are (joined once: a page is
    copied into its answer's bytes once, whatever its size)."""
    if not isinstance(body, dict) or not any(type(v) is JSONItems for v in body.values()):
        return _encode(body).encode()
    chunks: list[bytes] = []
    separator = b"{"
    for key, value in body.items():
        chunks.append(separator)
        separator = b", "
        if type(value) is not JSONItems:
            chunks.append(f"{_encode(key)}: {_encode(value)}".encode())
            continue
        chunks.append(_encode(key).encode() + b": [")
        for i, item in enumerate(value):
            if i:
                chunks.append(b", ")
            chunks.append(item)
        chunks.append(b"]")
    chunks.append(b"}")
    return b"".join(chunks)


@attrs.frozen
class _Probe:
    pass


_FROZEN_SETATTR: Final = _Probe.__setattr__
"""What every frozen attrs class's instances are set with: how a snapshot tells an immutable
attrs value (kept as it is) from a mutable one (snapshotted in turn)."""

_IMMUTABLE: Final = (
    int,
    float,
    str,
    bytes,
    type(None),
    datetime.datetime,
    datetime.date,
    datetime.timedelta,
    enum.Enum,
)

_Freeze = Callable[[Any], Any]


def _is_immutable(tp: object) -> bool:
    if isinstance(tp, type):
        if issubclass(tp, _IMMUTABLE):
            return True
        return attrs.has(tp) and tp.__setattr__ is _FROZEN_SETATTR
    if typing.get_origin(tp) is typing.Literal:
        return True
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        return all(_is_immutable(arg) for arg in typing.get_args(tp))
    return False


def _frozen(value: object) -> object:
    """``value`` as an immutable value, whatever its type (the slow, general path)."""
    kind = type(value)
    if issubclass(kind, _IMMUTABLE):
        return value
    if issubclass(kind, Mapping):
        return tuple((k, _frozen(v)) for k, v in value.items())  # type: ignore[attr-defined]
    if issubclass(kind, Collection):
        return tuple(_frozen(v) for v in value)  # type: ignore[attr-defined]
    if attrs.has(kind) and kind.__setattr__ is not _FROZEN_SETATTR:
        return snapshot(value)
    return value


def _freezer(tp: object) -> _Freeze | None:
    """How a field of type ``tp`` is made immutable: ``None`` when its values already are."""
    if _is_immutable(tp):
        return None
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if (
        isinstance(origin, type)
        and issubclass(origin, (list, tuple, set, frozenset))
        and args
        and all(_is_immutable(a) for a in args if a is not Ellipsis)
    ):
        return tuple
    return _frozen


_SNAPSHOTS: dict[type[Any], Callable[[Any], tuple[Any, ...]]] = {}


def _snapshot_function(cls: type[Any]) -> Callable[[Any], tuple[Any, ...]]:
    """Made once per class, from its field types: ``lambda o: (o.a, tuple(o.b), ...)``, each
    mutable field frozen the cheapest way its type allows (a listing snapshots every item of
    every page: this is its per-item cost)."""
    attrs.resolve_types(cls)
    parts: list[str] = []
    freezers: dict[str, _Freeze] = {}
    for f in attrs.fields(cls):
        if not f.name.isidentifier():  # pragma: no cover - attrs field names are identifiers
            raise TypeError(f"{cls.__qualname__}: field {f.name!r}")
        freeze = _freezer(f.type if f.type is not None else Any)
        if freeze is None:
            parts.append(f"o.{f.name}")
        else:
            freezers[f"_freeze_{f.name}"] = freeze
            parts.append(f"_freeze_{f.name}(o.{f.name})")
    source = f"def snapshot(o):\n    return ({', '.join(parts)},)\n"
    namespace: dict[str, Any] = dict(freezers)
    # made from the class's field names only (identifiers), as attrs makes its methods
    exec(compile(source, f"<fakehub snapshot of {cls.__qualname__}>", "exec"), namespace)
    function = typing.cast(Callable[[Any], tuple[Any, ...]], namespace["snapshot"])
    _SNAPSHOTS[cls] = function
    return function


def snapshot(obj: object) -> tuple[Any, ...]:
    """The values of the attrs instance ``obj``'s fields, as an immutable tuple: containers
    become tuples and mutable attrs instances their own snapshot (frozen ones stay as they
    are). It compares equal to an earlier snapshot exactly when no field has changed since.
    Which fields need freezing is read from the class's field types, once."""
    kind = type(obj)
    return (_SNAPSHOTS.get(kind) or _snapshot_function(kind))(obj)


class RenderCache:
    """One listing's rendered items: each domain object's JSON text and the key it was
    rendered for (see the module's documentation), by the object's identity (domain objects
    compare by value, and most are not hashable). Safe to share between threads: at worst
    two threads render the same object at once, and both texts are right."""

    __slots__ = ("_entries",)

    def __init__(self) -> None:
        self._entries: dict[int, tuple[weakref.ref[Any], Hashable, bytes]] = {}

    def __len__(self) -> int:
        return len(self._entries)

    def render(
        self, items: Iterable[_T], key: Callable[[_T], Hashable], build: Callable[[_T], object]
    ) -> JSONItems:
        """Each of ``items`` as ``build(item)`` renders it: the kept text when it was
        rendered for a key equal to ``key(item)``, else rendered now (and kept while the item
        lives)."""
        entries = self._entries
        rendered = JSONItems()
        append = rendered.append
        for item in items:
            item_key = key(item)
            entry = entries.get(id(item))
            if entry is not None and entry[1] == item_key and entry[0]() is item:
                append(entry[2])
                continue
            text = _encode(converter.unstructure(build(item))).encode()
            entries[id(item)] = (weakref.ref(item, self._forget(id(item))), item_key, text)
            append(text)
        return rendered

    def _forget(self, ident: int) -> Callable[[weakref.ref[Any]], None]:
        entries = self._entries

        def forget(ref: weakref.ref[Any]) -> None:
            entry = entries.get(ident)
            if entry is not None and entry[0] is ref:
                del entries[ident]

        return forget
