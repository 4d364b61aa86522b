"""The request being answered, wherever it is answered.

An API request matched by :mod:`fakehub.http.dispatch` is answered without Flask's request
context (whose setting up and tearing down cost more than most views): the dispatcher makes
the request object and installs it here for the request's duration. Every other request —
the control API, ``/openapi.json``, routing's errors — goes through Flask, and
:func:`current_request` is then Flask's ``request``. The generic layer reads the request
through this one function, so it answers the same whichever way the request came.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Final

from flask import Request, request

__all__ = ["answering", "current_request"]

_CURRENT: Final[ContextVar[Request | None]] = ContextVar("fakehub_request", default=None)


def current_request() -> Request:
    """The request being answered (Flask's ``request`` outside the dispatcher)."""
    current = _CURRENT.get()
    return request if current is None else current


@contextmanager
def answering(current: Request) -> Iterator[Request]:
    """Make ``current`` the request :func:`current_request` returns, until the block ends."""
    token = _CURRENT.set(current)
    try:
        yield current
    finally:
        _CURRENT.reset(token)
