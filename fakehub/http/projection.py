"""Serialization by projection: a wire model built from a domain object's attributes.

``project(wire.Tag, tag, repository=repo.id)`` takes every field of ``wire.Tag`` from the
attribute of the same name on ``tag``, except those given as keyword arguments: a handler spells
out only the fields it renames or computes.

No field is ever filled in silently. A field that is neither an attribute of the object nor
given is a :class:`ProjectionError`, **even when the model gives it a default**: the defaults of
the wire models are ``UNSET`` ("absent from the answer"), so falling back on them would let a
renamed domain attribute drop a field from every answer without a sound. A handler that means
to leave an optional field out says so: ``project(..., has_starred=UNSET)``.

It runs for every item of every answer, so a model's field names are read once (the first time
the model is projected) and kept; a projection is then one ``getattr`` per field not given.
Values are taken as they are: a handler copies a mutable domain container it does not want
the answer to share (``scopes=list(pat.scopes)``).
"""

from __future__ import annotations

from typing import Any, TypeVar

import attrs

__all__ = ["ProjectionError", "project"]

_Model = TypeVar("_Model", bound=attrs.AttrsInstance)

_FIELD_NAMES: dict[type[Any], tuple[str, ...]] = {}
"""Each projected model class -> the names of its fields, in declaration order."""


class ProjectionError(TypeError):
    """A field of the wire model is neither an attribute of the domain object nor given."""


def _field_names(model_cls: type[Any]) -> tuple[str, ...]:
    names = tuple(f.name for f in attrs.fields(model_cls))
    _FIELD_NAMES[model_cls] = names
    return names


def project(model_cls: type[_Model], obj: object, /, **overrides: Any) -> _Model:
    """``model_cls`` with each field from ``overrides`` if given, else from ``obj``'s
    attribute of the same name; :class:`ProjectionError` names the fields that have neither."""
    names = _FIELD_NAMES.get(model_cls)
    if names is None:
        names = _field_names(model_cls)
    for name in names:
        if name not in overrides:
            try:
                overrides[name] = getattr(obj, name)
            except AttributeError:
                raise ProjectionError(_missing(model_cls, obj, names, overrides)) from None
    return model_cls(**overrides)


def _missing(model_cls: type[Any], obj: object, names: tuple[str, ...], given: Any) -> str:
    missing = [n for n in names if n not in given and not hasattr(obj, n)]
    return (
        f"cannot project {type(obj).__qualname__} onto {model_cls.__qualname__}: "
        f"it has no attribute {', '.join(missing)} and no value was given for "
        f"{'it' if len(missing) == 1 else 'them'}"
    )
