"""Checkpoints: a state's data pickled once, copied back by every restore.

What cannot change is not copied: a value that is immutable all the way down — bytes (the
blobs, the manifests' text), datetimes, and frozen attrs instances (a tag's images, manifests,
platforms...) and tuples whose every part is such a value or an immutable scalar — is kept by
the checkpoint itself and referenced from the pickle (a persistent id), so a restore rebuilds
only the mutable objects (the dicts, lists, sets and mutable attrs instances) and shares the
immutable ones with the checkpoint and with every other restore of it, as the live state
already shares them between the objects that hold them.
"""

from __future__ import annotations

import datetime
import enum
import io
import pickle
from typing import Any, Final

from attrs import fields, frozen, has

__all__ = ["Checkpoint", "freeze", "thaw"]


@frozen
class Checkpoint:
    """The whole data of one state at one moment (:meth:`DocumentState.checkpoint`), to go
    back to with :meth:`DocumentState.restore` as many times as wanted. Opaque: it is made
    by fakehub only, and never read from outside (a pickle of fakehub's objects and the
    immutable objects it refers to)."""

    data: bytes
    shared: tuple[Any, ...]


@frozen
class _Probe:
    pass


_FROZEN_SETATTR: Final = _Probe.__setattr__
"""What attrs installs as ``__setattr__`` on every frozen class (one function for all)."""

_SCALARS: Final = (str, int, float, complex, type(None), enum.Enum, datetime.tzinfo)
"""Immutable values not worth sharing: pickling them is as cheap as referring to them."""
_SHARED_SCALARS: Final = (bytes, datetime.date, datetime.time, datetime.timedelta)
"""Immutable values shared rather than copied (``datetime.datetime`` is a ``date``)."""


class _Sharing(pickle.Pickler):
    """Pickles a state's data, putting every immutable value it meets in :attr:`shared`
    (once, however often it is referred to) and the value's index there in the pickle."""

    def __init__(self, file: io.BytesIO) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self.shared: list[object] = []
        self._index: dict[int, int] = {}
        self._immutable: dict[int, tuple[object, bool]] = {}
        """Each object judged, by identity, with the answer (the object is kept: pickling
        makes temporary objects, whose identity must not be reused while it runs)."""

    def persistent_id(self, obj: Any) -> int | None:
        if isinstance(obj, _SCALARS):
            return None
        index = self._index.get(id(obj))
        if index is None:
            if not self._is_immutable(obj):
                return None
            index = self._index[id(obj)] = len(self.shared)
            self.shared.append(obj)
        return index

    def _is_immutable(self, obj: object) -> bool:
        """Whether nothing in ``obj`` can change: immutable scalars, and tuples, frozensets
        and frozen attrs instances (without a ``__dict__``) made of them, all the way down."""
        if isinstance(obj, (*_SCALARS, *_SHARED_SCALARS)):
            return True
        known = self._immutable.get(id(obj))
        if known is not None:
            return known[1]
        cls = type(obj)
        parts: tuple[object, ...] | frozenset[object] | None = None
        if isinstance(obj, (tuple, frozenset)) and cls in (tuple, frozenset):  # no subclass
            parts = obj
        elif has(cls) and cls.__setattr__ is _FROZEN_SETATTR and not getattr(obj, "__dict__", 0):
            parts = tuple(getattr(obj, a.name) for a in fields(cls))
        self._immutable[id(obj)] = (obj, False)  # what refers back to itself is not immutable
        answer = parts is not None and all(self._is_immutable(part) for part in parts)
        self._immutable[id(obj)] = (obj, answer)
        return answer


class _Restoring(pickle.Unpickler):
    def __init__(self, checkpoint: Checkpoint) -> None:
        super().__init__(io.BytesIO(checkpoint.data))
        self._shared = checkpoint.shared

    def persistent_load(self, pid: Any) -> Any:
        return self._shared[pid]


def freeze(data: object) -> Checkpoint:
    """``data`` as a :class:`Checkpoint`: its mutable objects pickled, its immutable ones
    kept as they are."""
    buffer = io.BytesIO()
    pickler = _Sharing(buffer)
    pickler.dump(data)
    return Checkpoint(buffer.getvalue(), tuple(pickler.shared))


def thaw(checkpoint: Checkpoint) -> Any:
    """A fresh copy of the data of ``checkpoint``: new mutable objects every time, the
    immutable ones shared."""
    return _Restoring(checkpoint).load()
