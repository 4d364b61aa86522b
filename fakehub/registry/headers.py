"""Reading the registry's request headers and query values: ``Range``, ``Content-Range``,
``Accept``, ``n``. Each refuses a hostile value (too long, malformed, too large) with an
:class:`~fakehub.registry.errors.OCIError`, in time linear in its length."""

from __future__ import annotations

import re
from typing import Final

from fakehub.bounds import INT64_MAX
from fakehub.registry.errors import OCIError

__all__ = ["accepts", "byte_range", "chunk_start", "page_size"]

_MAX_HEADER: Final = 8192
_RANGE: Final = re.compile(r"bytes=(\d{0,19})-(\d{0,19})")
_CONTENT_RANGE: Final = re.compile(r"(?:bytes )?(\d{1,19})-(\d{1,19})(?:/(?:\d{1,19}|\*))?")


def byte_range(header: str | None, size: int) -> tuple[int, int] | None:
    """The ``(first, last)`` bytes a ``Range: bytes=a-b`` (``a-``, ``-n``) asks for in a blob
    of ``size`` bytes; ``None`` without one; 416 ``RANGE_INVALID`` for one that is
    malformed, several ranges, or unsatisfiable."""
    if header is None:
        return None
    match = _RANGE.fullmatch(header.strip()) if len(header) <= 64 else None
    unsatisfiable = OCIError(
        "RANGE_INVALID",
        f"invalid range {header[:64]!r}: expected bytes=FIRST-LAST within {size} bytes",
        headers={"Content-Range": f"bytes */{size}"},
    )
    if match is None or match.group(1) == match.group(2) == "":
        raise unsatisfiable
    first_text, last_text = match.groups()
    if first_text == "":  # the last n bytes
        count = int(last_text)
        if count == 0 or size == 0:
            raise unsatisfiable
        return max(0, size - count), size - 1
    first = int(first_text)
    last = min(int(last_text), size - 1) if last_text else size - 1
    if first >= size or first > last:
        raise unsatisfiable
    return first, last


def chunk_start(header: str | None, length: int) -> int | None:
    """Where a chunk's ``Content-Range: a-b`` says it starts (``None`` without one); 416
    ``RANGE_INVALID`` when malformed or when it does not span ``length`` bytes."""
    if header is None:
        return None
    match = _CONTENT_RANGE.fullmatch(header.strip()) if len(header) <= 64 else None
    if match is None:
        raise OCIError("RANGE_INVALID", "invalid Content-Range: expected FIRST-LAST")
    first, last = int(match.group(1)), int(match.group(2))
    if last - first + 1 != length and not (length == 0 and last < first):
        raise OCIError(
            "RANGE_INVALID", f"Content-Range {first}-{last} does not span the {length} bytes sent"
        )
    return first


def accepts(header: str | None, media_type: str) -> bool:
    """Whether an ``Accept`` header lets the registry answer ``media_type`` (no header, the
    type itself, or ``*/*``); 400 ``UNSUPPORTED`` for one longer than 8 KiB."""
    if header is None or not header.strip():
        return True
    if len(header) > _MAX_HEADER:
        raise OCIError("UNSUPPORTED", "the Accept header is longer than 8192 characters")
    offered = {part.split(";", 1)[0].strip().lower() for part in header.split(",")}
    return media_type in offered or "*/*" in offered


def page_size(value: str | None) -> int | None:
    """The ``n`` of a tag listing: a non-negative integer, at most 2**63-1; 400
    ``PAGINATION_NUMBER_INVALID`` else."""
    if value is None or value == "":
        return None
    if len(value) > 19 or not value.isdigit() or not value.isascii() or int(value) > INT64_MAX:
        raise OCIError("PAGINATION_NUMBER_INVALID", f"invalid number of results {value[:32]!r}")
    return int(value)
