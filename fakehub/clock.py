"""A clock for tests: fakehub reads the time only through a ``Clock`` callable.

::

    clock = ManualClock()
    app = create_app(clock=clock)
    ...
    clock.advance(hours=2)      # every login token is now expired
"""

from __future__ import annotations

import datetime

__all__ = ["ManualClock"]

DEFAULT_START = datetime.datetime(2024, 1, 1, 12, 0, 0, tzinfo=datetime.UTC)


class ManualClock:
    """A clock that stands still until told to move (timezone-aware, UTC)."""

    def __init__(self, start: datetime.datetime = DEFAULT_START) -> None:
        if start.tzinfo is None:
            raise ValueError("ManualClock needs a timezone-aware start")
        self.now = start

    def __call__(self) -> datetime.datetime:
        return self.now

    def advance(self, **delta: float) -> datetime.datetime:
        """Move forward by ``datetime.timedelta(**delta)``; returns the new time."""
        self.now += datetime.timedelta(**delta)
        return self.now
