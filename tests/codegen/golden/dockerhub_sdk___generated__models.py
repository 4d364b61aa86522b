# generated from spec/dockerhub.yaml — do not edit; run `python -m codegen`
"""The models of the spec: plain data, wire rules live in the converter."""

from __future__ import annotations

import datetime
import enum

import attrs

from dockerhub_sdk._types import UNSET, Unset

__all__ = [
    "Color",
    "Part",
    "Widget",
    "WidgetCreate",
]


class Color(enum.StrEnum):
    """A color."""

    RED = "red"
    DARK_BLUE = "dark-blue"


@attrs.frozen(kw_only=True)
class Widget:
    """A widget.

    Attributes:
        name: Its name.
    """

    name: str
    size: int | str
    color: Color
    made: datetime.datetime | None
    parts: list[Part] | Unset = UNSET
    from_: str | Unset = UNSET
    labels: dict[str, Part] | Unset = UNSET


@attrs.frozen(kw_only=True)
class Part:
    """Part"""

    id: int


@attrs.frozen(kw_only=True)
class WidgetCreate:
    """WidgetCreate"""

    namespace: str
    name: str
    color: Color = Color.RED
    parts: list[Part] = attrs.Factory(lambda: [Part(id=1)])
    notes: dict[str, str] = attrs.Factory(lambda: {"a": "b"})
