"""Clocks for tests: fakehub reads the time only through a ``Clock`` callable.

::

    clock = ManualClock()
    app = create_app(clock=clock)
    ...
    clock.advance(hours=2)      # every login token is now expired

Both clocks here also ``sleep(seconds)`` by moving forward at once, and give ``timestamp()``
(unix seconds): a client built with ``sleep=clock.sleep, wall_clock=clock.timestamp`` waits
out a ``Retry-After`` without really waiting (what the pytest fixtures' clients and
``fakehub.mock()``'s do).
"""

from __future__ import annotations

import datetime
import threading

__all__ = ["ManualClock", "OffsetClock"]

DEFAULT_START = datetime.datetime(2024, 1, 1, 12, 0, 0, tzinfo=datetime.UTC)


class _Advancing:
    """``sleep`` and ``timestamp`` for a clock that has ``advance`` and ``__call__``."""

    def __call__(self) -> datetime.datetime:
        raise NotImplementedError

    def advance(self, **delta: float) -> datetime.datetime:
        raise NotImplementedError

    def sleep(self, seconds: float) -> None:
        """Move forward by ``seconds`` (a negative wait is none), at once."""
        self.advance(seconds=max(0.0, seconds))

    def timestamp(self) -> float:
        """The clock's time as unix seconds."""
        return self().timestamp()


class ManualClock(_Advancing):
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


class OffsetClock(_Advancing):
    """The real time (UTC) plus an offset that only grows: time passes as usual, and
    ``advance`` / ``sleep`` skip ahead at once. Safe to share between threads."""

    def __init__(self) -> None:
        self._offset = datetime.timedelta(0)
        self._lock = threading.Lock()

    def __call__(self) -> datetime.datetime:
        return datetime.datetime.now(datetime.UTC) + self._offset

    def advance(self, **delta: float) -> datetime.datetime:
        """Skip ahead by ``datetime.timedelta(**delta)`` (not backwards); returns the new time."""
        step = datetime.timedelta(**delta)
        if step < datetime.timedelta(0):
            raise ValueError(f"OffsetClock only moves forward, not by {step}")
        with self._lock:
            self._offset += step
        return self()
