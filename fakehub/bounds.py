"""Bounds on what input may cost: JSON nesting, integer sizes.

Every JSON text fakehub reads (a request body, a control-API body, ``fakehub serve --data
FILE``) goes through :func:`load_json`, and every integer it reads from a query string or a
path through :func:`int64`, so that no input costs more than linear time or reaches a limit
of Python's (recursion depth, the 4,300-digit int-string limit) and becomes a 500:

* **Nesting**: arrays and objects nest at most :data:`MAX_JSON_DEPTH` deep (no document of
  Docker Hub's API nests a tenth of that). Deeper: :class:`RefusedJSON`, checked by a linear
  scan before parsing.
* **Integers** are 64-bit, as in Docker Hub's Go services and its database: from
  :data:`INT64_MIN` to :data:`INT64_MAX`. A longer one is refused by its length (at most
  :data:`MAX_INT_DIGITS` digits) before it is converted, a larger one by its value.

Nothing here knows HTTP: callers turn :class:`RefusedJSON` (a :class:`ValueError`, as
:mod:`json`'s own errors are) into their 400 or exit status.
"""

from __future__ import annotations

import itertools
import json
import re
from typing import Final

__all__ = [
    "INT64_MAX",
    "INT64_MIN",
    "MAX_INT_DIGITS",
    "MAX_JSON_DEPTH",
    "RefusedJSON",
    "int64",
    "load_json",
]

MAX_JSON_DEPTH: Final = 64
"""How deep arrays and objects may nest in a JSON text."""
INT64_MIN: Final = -(2**63)
INT64_MAX: Final = 2**63 - 1
MAX_INT_DIGITS: Final = len(str(INT64_MAX))
"""The most digits a 64-bit integer has (19)."""

_INTEGER: Final = re.compile(r"[+-]?[0-9]+")
_STRING: Final = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
"""A JSON string (unrolled, so that it matches in linear time)."""
_BRACKET: Final = re.compile(r"[\[\]{}]")
_STEP: Final = {"[": 1, "{": 1, "]": -1, "}": -1}


class RefusedJSON(ValueError):
    """A JSON text beyond fakehub's bounds; its message says which bound and what is accepted."""


def int64(text: str) -> int | None:
    """``text`` as a 64-bit integer (optional sign, ASCII digits), or ``None`` when it is not
    one. The length is checked before converting, so a text of any size costs linear time."""
    if not _INTEGER.fullmatch(text):
        return None
    digits = text.lstrip("+-").lstrip("0") or "0"  # Python refuses 4,300 digits, zeros too
    if len(digits) > MAX_INT_DIGITS:
        return None
    number = -int(digits) if text.startswith("-") else int(digits)
    return number if INT64_MIN <= number <= INT64_MAX else None


def _json_int(text: str) -> int:
    number = int64(text)
    if number is None:
        shown = text if len(text) <= 2 * MAX_INT_DIGITS else f"{text[:MAX_INT_DIGITS]}..."
        raise RefusedJSON(
            f"integer {shown} ({len(text.lstrip('-'))} digits) is out of range: integers are "
            f"64-bit, from {INT64_MIN} to {INT64_MAX}"
        )
    return number


def check_depth(text: str) -> None:
    """Raise :class:`RefusedJSON` when arrays and objects nest deeper than
    :data:`MAX_JSON_DEPTH` in ``text`` (strings skipped; linear time, in C loops)."""
    if text.count("[") + text.count("{") <= MAX_JSON_DEPTH:
        return  # no deeper than its openers: most bodies end here, without scanning
    brackets = _BRACKET.findall(_STRING.sub("", text))
    if max(itertools.accumulate(map(_STEP.__getitem__, brackets)), default=0) > MAX_JSON_DEPTH:
        raise RefusedJSON(
            f"arrays and objects nest more than {MAX_JSON_DEPTH} deep; at most "
            f"{MAX_JSON_DEPTH} levels are accepted"
        )


def load_json(raw: bytes | str) -> object:
    """The document of the JSON text ``raw`` (bytes: UTF-8, -16 or -32, as :func:`json.loads`
    reads them), within fakehub's bounds.

    Raises :class:`ValueError`: :class:`json.JSONDecodeError` or :class:`UnicodeDecodeError`
    for malformed text, :class:`RefusedJSON` for a document too deep or an integer out of
    range.
    """
    text = raw.decode(json.detect_encoding(raw), "surrogatepass") if isinstance(raw, bytes) else raw
    check_depth(text)
    return json.loads(text, parse_int=_json_int)
