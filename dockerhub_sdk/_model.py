"""The base class of every generated model: one ``__repr__``, ``__eq__`` and ``__hash__``.

attrs would compile these three methods for each of the 100-odd models when
``dockerhub_sdk`` is imported (almost half of the models' import time); the models are declared
``@attrs.frozen(kw_only=True, repr=False, eq=False)`` and share these instead, which read the
class's ``__attrs_attrs__`` once (on first use) and behave as attrs' generated ones do:

- ``repr``: ``Name(field=value, ...)`` over the fields whose ``repr`` is not ``False``, a
  field's own ``repr`` callable where it has one (credentials: ``'[REDACTED]'``), ``...`` for
  an object already being shown higher up the same ``repr`` (a cycle);
- ``==``: same class (else ``NotImplemented``) and equal ``eq`` fields, compared as a tuple
  (so an identical object counts as equal, as in a tuple);
- ``hash``: of the class and the fields that take part in it (``hash``, else ``eq``); a model
  with a list field is unhashable, as with attrs.

``tests/sdk/test_model_methods.py`` holds them to attrs' own methods on every model.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from operator import attrgetter
from typing import TYPE_CHECKING, Any

__all__ = ["Model"]

Key = Callable[[Any], tuple[Any, ...]]


class _Plan:
    """What the shared methods need of one model class, read from its attrs fields."""

    __slots__ = ("eq_key", "hash_key", "reprs")

    def __init__(self, cls: type) -> None:
        fields = cls.__attrs_attrs__  # type: ignore[attr-defined]
        self.reprs: tuple[tuple[str, Callable[[Any], str]], ...] = tuple(
            (a.name, repr if a.repr is True else a.repr) for a in fields if a.repr is not False
        )
        self.eq_key = _key(tuple(a.name for a in fields if a.eq))
        self.hash_key = _key(tuple(a.name for a in fields if (a.eq if a.hash is None else a.hash)))


def _key(names: tuple[str, ...]) -> Key:
    """The tuple of the fields ``names`` of an object (``attrgetter`` gives a tuple only for
    two names or more)."""
    if len(names) >= 2:
        return attrgetter(*names)
    if names:
        get = attrgetter(names[0])
        return lambda obj: (get(obj),)
    return lambda obj: ()


_PLANS: dict[type, _Plan] = {}


def _plan(cls: type) -> _Plan:
    plan = _PLANS.get(cls)
    if plan is None:
        plan = _PLANS[cls] = _Plan(cls)
    return plan


_repring = threading.local()
"""The ids of the objects a ``repr`` of this thread is showing (attrs' cycle guard)."""


def _eq(self: object, other: object) -> object:  # NotImplemented for another class
    if other.__class__ is not self.__class__:
        return NotImplemented
    key = _plan(self.__class__).eq_key
    return key(self) == key(other)


def _ne(self: object, other: object) -> object:
    result = _eq(self, other)
    return result if result is NotImplemented else not result


def _hash(self: object) -> int:
    cls = self.__class__
    return hash((cls, *_plan(cls).hash_key(self)))


# ``Model`` takes these three as attrs would add them, behind TYPE_CHECKING: a class that
# defines ``__eq__`` is exempt from mypy's strict equality check, so with them visible
# ``repository == category`` would no longer be flagged in user code, as it is for attrs'
class Model:
    """The shared methods of the generated models (see the module's docstring)."""

    __slots__ = ()

    def __repr__(self) -> str:
        try:
            showing: set[int] = _repring.ids
        except AttributeError:
            showing = _repring.ids = set()
        if id(self) in showing:
            return "..."
        showing.add(id(self))
        try:
            cls = self.__class__
            parts = ", ".join(
                [f"{name}={show(getattr(self, name))}" for name, show in _plan(cls).reprs]
            )
            return f"{cls.__qualname__.rsplit('>.', 1)[-1]}({parts})"
        finally:
            showing.discard(id(self))

    if not TYPE_CHECKING:  # a type checker sees object's (see above)
        __eq__ = _eq
        __ne__ = _ne
        __hash__ = _hash
