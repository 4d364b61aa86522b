"""A row of fakehub's generated route table (``fakehub/_generated/routes.py``)."""

from __future__ import annotations

from attrs import frozen

from dockerhub_sdk.wire import Operation

__all__ = ["Route"]


@frozen(kw_only=True)
class Route:
    """One operation bound to a URL rule and to the name of its Flask endpoint."""

    operation: Operation
    rule: str
    """A Werkzeug rule ending in ``/``, e.g. ``/v2/repositories/<namespace>/<repository>/``."""
    handler: str
    """The Flask endpoint name of the route, ``{resource}_{operation}``, and nothing more: the
    application takes the function that serves the operation from
    :data:`fakehub.handlers.HANDLERS`, by the operation's id."""
