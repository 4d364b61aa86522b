"""Small shared types: the ``UNSET`` sentinel and JSON aliases."""

from __future__ import annotations

import enum
from typing import Any, Final, Literal, TypeAlias

__all__ = ["JSON", "UNSET", "HTTPMethod", "Unset"]


class Unset(enum.Enum):
    """Marks a field that is absent from a JSON object (as opposed to present and ``null``).

    Models use ``T | Unset = UNSET`` for keys that Docker Hub sends only sometimes; the converter
    omits such fields when serializing, so a body round-trips to exactly the JSON it came from.
    """

    UNSET = "UNSET"

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Final = Unset.UNSET

JSON: TypeAlias = Any
HTTPMethod: TypeAlias = Literal["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"]
