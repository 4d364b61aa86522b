"""Answers rendered with the least work: each listed object's JSON text kept from one request
to the next, and a page assembled by joining those texts.

A listing's items are the same from one request to the next until something writes them, so
a :class:`RenderCache` keeps, for each domain object, the JSON text of its wire model together
with the *key* it was rendered for: a value that changes whenever the rendering would (such
as the version of the collection the object is in, which every write moves on, plus whatever
else the rendering reads, such as a username looked up elsewhere). The text is reused while
the key compares equal and rendered again when it does not. Objects are kept by identity and
held weakly: a deleted tag leaves the cache with it.

:func:`dumps` writes a body whose values may be :class:`JSONItems` (a list already rendered,
item by item) byte for byte as ``json.dumps`` would have written the same body unrendered.
"""

from __future__ import annotations

import json
import weakref
from collections.abc import Callable, Hashable, Iterable
from typing import Any, Final, TypeVar

from dockerhub_sdk.wire import converter

__all__ = ["JSONItems", "RenderCache", "dumps"]

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
    if not isinstance(body, dict) or JSONItems not in map(type, body.values()):
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
