"""A row of fakehub's generated route table (``fakehub/_generated/routes.py``)."""

from __future__ import annotations

from attrs import frozen

from dockerhub_sdk.wire import Operation

__all__ = ["Route"]


@frozen(kw_only=True)
class Route:
    """One operation bound to a URL rule and to the handler that serves it."""

    operation: Operation
    rule: str
    """A Werkzeug rule ending in ``/``, e.g. ``/v2/repositories/<namespace>/<repository>/``."""
    handler: str
    """The name of the function in :mod:`fakehub.handlers`: ``{resource}_{operation}``."""
