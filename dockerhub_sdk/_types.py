"""Small shared types: the ``UNSET`` sentinel and JSON aliases."""

from __future__ import annotations

from typing import Any, Final, Literal, TypeAlias

import msgspec

__all__ = ["JSON", "UNSET", "HTTPMethod", "Unset"]

Unset: TypeAlias = msgspec.UnsetType
"""The type of :data:`UNSET`: marks a field that is absent from a JSON object (as opposed to
present and ``null``).

Models use ``T | Unset = UNSET`` for keys that Docker Hub sends only sometimes; the converter
omits such fields when serializing, so a body round-trips to exactly the JSON it came from.
It is msgspec's own sentinel (falsy, ``repr`` ``UNSET``), so msgspec decodes a body straight
into the models: a key left out keeps the field's ``UNSET`` default.
"""

UNSET: Final = msgspec.UNSET

JSON: TypeAlias = Any
HTTPMethod: TypeAlias = Literal["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"]
