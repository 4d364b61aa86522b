"""Reading a loaded document: :class:`_Obj`, a JSON object read field by field."""

from __future__ import annotations

import datetime
import functools
from collections.abc import Iterable, Iterator
from typing import Any, Final

import attrs

from dockerhub_sdk.wire import Format, parse_datetime
from fakehub.state.core import _check_format
from fakehub.state.errors import Invalid

_MISSING: Final = object()


@functools.cache
def fields_of(entity: type[Any]) -> frozenset[str]:
    """The keys an entity's object may have in a document: its attrs fields by name (the
    snapshot writes an entity by field name, :func:`fakehub.state.document.projection.fields`)
    but those whose ``metadata`` says ``{"document": False}`` (an account's incarnation), and
    the ``plain_secret`` its ``metadata`` names for a secret given in plain text instead of
    its stored hash (``password`` for ``password_hash``)."""
    keys: set[str] = set()
    for field in attrs.fields(entity):
        if field.metadata.get("document", True):
            keys.add(field.name)
        if "plain_secret" in field.metadata:
            keys.add(field.metadata["plain_secret"])
    return frozenset(keys)


Keys = type | Iterable[str]
"""The keys an object may have: an entity's (:func:`fields_of`), or those given."""


class _Obj:
    """A JSON object of a loaded document, read field by field with path-naming errors."""

    def __init__(self, value: object, path: str, allowed: Keys) -> None:
        if not isinstance(value, dict):
            raise Invalid(path or "$", "expected an object")
        self.path = path
        self.value: dict[str, object] = value
        keys = fields_of(allowed) if isinstance(allowed, type) else allowed
        for key in value:
            if key not in keys:
                raise Invalid(self.at(str(key)), "unknown field")

    def nested(self, key: str, allowed: Keys) -> _Obj:
        """The object at ``key`` (which must be there), with the keys ``allowed``."""
        return _Obj(self.value[key], self.at(key), allowed)

    def objects(self, key: str, allowed: Keys) -> Iterator[_Obj]:
        """Each object of the array at ``key`` (none when it is left out), with the keys
        ``allowed``."""
        for item, path in self.items(key):
            yield _Obj(item, path, allowed)

    def at(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def _get(self, key: str, default: object) -> object:
        if key in self.value:
            return self.value[key]
        if default is _MISSING:
            raise Invalid(self.at(key), "this field is required")
        return default

    def text(self, key: str, default: object = _MISSING, *, fmt: Format | None = None) -> str:
        value = self._get(key, default)
        if not isinstance(value, str):
            raise Invalid(self.at(key), "expected a string")
        if fmt is not None:
            value = _check_format(fmt, self.at(key), value)
        return value

    def opt_text(self, key: str) -> str | None:
        value = self._get(key, None)
        if value is not None and not isinstance(value, str):
            raise Invalid(self.at(key), "expected a string or null")
        return value

    def integer(self, key: str, default: object = _MISSING, *, minimum: int | None = None) -> int:
        value = self._get(key, default)
        if not isinstance(value, int) or isinstance(value, bool):
            raise Invalid(self.at(key), "expected an integer")
        if minimum is not None and value < minimum:
            raise Invalid(self.at(key), f"must be at least {minimum}")
        return value

    def opt_integer(self, key: str) -> int | None:
        value = self._get(key, None)
        if value is None:
            return None
        return self.integer(key)

    def str_or_int(self, key: str, default: object = _MISSING) -> str | int:
        value = self._get(key, default)
        if isinstance(value, bool) or not isinstance(value, str | int):
            raise Invalid(self.at(key), "expected a string or an integer")
        return value

    def flag(self, key: str, default: object = _MISSING) -> bool:
        value = self._get(key, default)
        if not isinstance(value, bool):
            raise Invalid(self.at(key), "expected a boolean")
        return value

    def when(self, key: str, default: object = _MISSING) -> datetime.datetime:
        value = self._get(key, default)
        if isinstance(value, datetime.datetime):
            return value
        try:
            return parse_datetime(value)
        except (TypeError, ValueError):
            raise Invalid(self.at(key), "expected an ISO 8601 datetime") from None

    def opt_when(self, key: str) -> datetime.datetime | None:
        if self._get(key, None) is None:
            return None
        return self.when(key)

    def choice(self, key: str, choices: Iterable[str], default: object = _MISSING) -> str:
        value = self.text(key, default)
        options = tuple(choices)
        if value not in options:
            raise Invalid(self.at(key), f"must be one of {', '.join(options)}")
        return value

    def defaults(self, entity: type, *keys: str) -> dict[str, Any]:
        """The fields ``keys`` of ``entity`` (strings and booleans with a default), each read
        as :meth:`text` or :meth:`flag`, the entity's default where the object leaves it out."""
        by_name = attrs.fields_dict(entity)
        values: dict[str, Any] = {}
        for key in keys:
            default = by_name[key].default
            if isinstance(default, bool):
                values[key] = self.flag(key, default)
            elif isinstance(default, str):
                values[key] = self.text(key, default)
            else:
                raise TypeError(f"{entity.__name__}.{key} has no string or boolean default")
        return values

    def items(self, key: str) -> Iterator[tuple[object, str]]:
        value = self._get(key, [])
        if not isinstance(value, list):
            raise Invalid(self.at(key), "expected an array")
        for index, item in enumerate(value):
            yield item, f"{self.at(key)}[{index}]"

    def names(self, key: str) -> list[tuple[str, str]]:
        result: list[tuple[str, str]] = []
        for item, path in self.items(key):
            if not isinstance(item, str):
                raise Invalid(path, "expected a string")
            result.append((item, path))
        return result

    def present(self, key: str) -> bool:
        return key in self.value and self.value[key] is not None
