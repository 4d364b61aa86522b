# generated from spec/dockerhub.yaml — do not edit; run `python -m codegen`
"""The models of the spec: plain data, wire rules live in the converter."""

from __future__ import annotations

import datetime
import enum

import attrs

from dockerhub_sdk._constants import REDACTED
from dockerhub_sdk._model import Model
from dockerhub_sdk._types import UNSET, Unset

__all__ = [
    "Blob",
    "Color",
    "Part",
    "Widget",
    "WidgetCreate",
]


def _secret_repr(value: object) -> str:
    """The repr of a credential field (`secret: true` in the spec): `'[REDACTED]'` in place of
    a value, so that printing or logging a model never shows a token or a password; an empty
    or absent value is shown as it is."""
    return repr(REDACTED) if isinstance(value, str) and value else repr(value)


class Color(enum.StrEnum):
    """A color."""

    RED = "red"
    DARK_BLUE = "dark-blue"


@attrs.frozen(kw_only=True, repr=False, eq=False)
class Widget(Model):
    """A widget.

    Attributes:
        name: Its name.
        key: A credential.
    """

    name: str
    size: int | str
    color: Color
    made: datetime.datetime | None
    parts: list[Part] | Unset = UNSET
    from_: str | Unset = UNSET
    labels: dict[str, Part] | Unset = UNSET
    key: str | Unset | None = attrs.field(
        default=UNSET, repr=_secret_repr, metadata={"secret": True}
    )


@attrs.frozen(kw_only=True, repr=False, eq=False)
class Part(Model):
    """Part"""

    id: int


@attrs.frozen(kw_only=True, repr=False, eq=False)
class WidgetCreate(Model):
    """WidgetCreate"""

    namespace: str
    name: str
    color: Color = Color.RED
    parts: list[Part] = attrs.Factory(lambda: [Part(id=1)])
    notes: dict[str, str] = attrs.Factory(lambda: {"a": "b"})


@attrs.frozen(kw_only=True, repr=False, eq=False)
class Blob(Model):
    """A registry answer in one of two media types."""

    schema_version: int
