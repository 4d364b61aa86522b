"""The dump side of documents: entities (attrs classes) as JSON-able data, field by field.

A snapshot shows an entity as every one of its attrs fields by name, in the order the class
defines them, datetimes formatted as on the wire, but those whose ``metadata`` says
``{"document": False}`` (an account's incarnation), and a dict of entities whose ``metadata``
says ``{"document": "values"}`` shown as the list of its values. Where a snapshot shows a field
otherwise (a name put first), the dump says so in its call.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Any

import attrs

from dockerhub_sdk.wire import format_datetime

__all__ = ["fields", "plain", "plain_values"]


def plain(value: object) -> Any:
    """``value`` as JSON-able data: an entity as :func:`fields` shows it, a datetime
    formatted, the items of lists, tuples (as lists) and dicts each made plain; anything
    else (strings, numbers, booleans, ``None``) as it is."""
    if isinstance(value, datetime.datetime):
        return format_datetime(value)
    if attrs.has(type(value)):
        return fields(value)
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    return value


def plain_values(mapping: Mapping[Any, object]) -> list[Any]:
    """The values of ``mapping`` (entities by id or name), made plain, in order."""
    return [plain(value) for value in mapping.values()]


def fields(entity: object, /, *, first: Sequence[str] = (), **given: object) -> dict[str, Any]:
    """Every attrs field of ``entity`` by name (but those not in documents), in the class's
    order but those named in ``first`` first; each value made :func:`plain` (a dict listed by
    value, :func:`plain_values`), but those in ``given`` (by field name), which are taken as
    they are."""
    cls = type(entity)
    if not attrs.has(cls):
        raise TypeError(f"{cls.__name__} is not an attrs class")
    shown = {f.name: f.metadata.get("document", True) for f in attrs.fields(cls)}
    names = [*first, *(name for name, how in shown.items() if how and name not in first)]
    return {name: _shown(entity, name, shown[name], given) for name in names}


def _shown(entity: object, name: str, how: object, given: Mapping[str, object]) -> Any:
    if name in given:
        return given[name]
    value = getattr(entity, name)
    return plain_values(value) if how == "values" else plain(value)
