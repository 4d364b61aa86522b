"""What a response's headers say about rate limits and about when to try again.

Docker Hub sends, on every API response, ``X-RateLimit-Limit`` (requests per window),
``X-RateLimit-Remaining`` and ``X-RateLimit-Reset`` (unix seconds when the window resets); over
the limit it answers 429 with ``Retry-After`` (seconds). Older deployments sent
``X-Retry-After`` (a unix time) instead. :func:`retry_wait` reads the wait from these, in this
order:

1. ``Retry-After``: delta seconds (``"3"``, ``"1.5"``) or an HTTP date, relative to ``now``;
2. ``X-Retry-After``: a unix time, relative to ``now``;
3. ``X-RateLimit-Reset`` (a unix time), only when ``X-RateLimit-Remaining`` is ``0``;
4. the registry's pull limit, ``ratelimit-remaining: 0;w=SECONDS``: the window's length, the
   longest the wait may be (Docker names no reset time, and its window rolls). It is far
   longer than any ``max_retry_wait``, so a spent pull quota is not retried in vain.

A wait in the past is ``0``; a header that cannot be parsed is skipped.
"""

from __future__ import annotations

import email.utils
import math
import re
from collections.abc import Mapping
from datetime import UTC, datetime

from attrs import frozen

__all__ = ["CaseInsensitiveMapping", "RateLimit", "rate_limit_from", "retry_wait", "utc"]

_LEADING_NUMBER = re.compile(r"\s*(\d+)")
_PULL_WINDOW = re.compile(r";\s*w=(\d{1,9})\b")


@frozen(kw_only=True)
class RateLimit:
    """The rate-limit headers of a response; a part is ``None`` when its header was absent.

    ``limit`` is the number of requests allowed per window, ``remaining`` how many are left in
    it, ``reset`` (an aware UTC datetime) when the window resets.
    """

    limit: int | None = None
    remaining: int | None = None
    reset: datetime | None = None


def utc(timestamp: float) -> datetime | None:
    """A unix time as an aware UTC datetime (``None`` when out of range)."""
    try:
        return datetime.fromtimestamp(timestamp, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None


def _int(value: str | None) -> int | None:
    """The leading integer of a header (``"180"``, ``"100;w=21600"``), else ``None``."""
    if value is None:
        return None
    match = _LEADING_NUMBER.match(value)
    return int(match.group(1)) if match else None


def _unix_time(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        number = float(value.strip())
    except ValueError:
        return None
    return number if math.isfinite(number) else None


class CaseInsensitiveMapping(Mapping[str, str]):
    """A mapping whose lookups already ignore case (``Headers``): read as it is."""

    __slots__ = ()


def _lower(headers: Mapping[str, str]) -> Mapping[str, str]:
    if isinstance(headers, CaseInsensitiveMapping):
        return headers
    return {name.lower(): value for name, value in headers.items()}


def rate_limit_from(headers: Mapping[str, str]) -> RateLimit:
    """The :class:`RateLimit` of a response's headers (names are matched case-insensitively)."""
    headers = _lower(headers)
    reset = _unix_time(headers.get("x-ratelimit-reset"))
    return RateLimit(
        limit=_int(headers.get("x-ratelimit-limit")),
        remaining=_int(headers.get("x-ratelimit-remaining")),
        reset=utc(reset) if reset is not None else None,
    )


def _retry_after(value: str, now: float) -> float | None:
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        return max(0.0, seconds) if math.isfinite(seconds) else None
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # RFC 9110 dates are GMT; "-0000" parses as naive
        when = when.replace(tzinfo=UTC)
    return max(0.0, when.timestamp() - now)


def retry_wait(headers: Mapping[str, str], *, now: float) -> float | None:
    """Seconds the server asks the client to wait before retrying, or ``None``.

    ``now`` is the wall-clock time (unix seconds) that dates and unix times are relative to.
    See the module docstring for the headers and their order (names are case-insensitive).
    """
    headers = _lower(headers)
    value = headers.get("retry-after")
    if value is not None:
        wait = _retry_after(value, now)
        if wait is not None:
            return wait
    at = _unix_time(headers.get("x-retry-after"))
    if at is not None:
        return max(0.0, at - now)
    if _int(headers.get("x-ratelimit-remaining")) == 0:
        reset = _unix_time(headers.get("x-ratelimit-reset"))
        if reset is not None:
            return max(0.0, reset - now)
    pulls = headers.get("ratelimit-remaining")
    if _int(pulls) == 0:
        window = _PULL_WINDOW.search(pulls or "")
        if window is not None:
            return float(window.group(1))
    return None
