"""A row of fakehub's generated route table (``fakehub/_generated/routes.py``)."""

from __future__ import annotations

import re

from attrs import frozen

from dockerhub_sdk.wire import Operation

__all__ = ["Route", "flask_rule"]


def flask_rule(path: str) -> str:
    """``/v2/repositories/{namespace}/`` → ``/v2/repositories/<namespace>/``."""
    return re.sub(r"\{([a-z_][a-z0-9_]*)\}", r"<\1>", path)


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

    @classmethod
    def serving(cls, operation: Operation) -> Route:
        """The route of ``operation``: its spec path as a Werkzeug rule, its endpoint name."""
        return cls(
            operation=operation,
            rule=flask_rule(operation.path),
            handler=f"{operation.resource}_{operation.name}",
        )
