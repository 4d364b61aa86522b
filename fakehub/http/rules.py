"""The application's URL rules: werkzeug's, with their URL builders compiled on first use.

When a rule joins a URL map, werkzeug compiles its matcher and also generates, parses and
compiles two Python functions that build URLs for ``url_for`` — nine tenths of the cost of
:func:`fakehub.app.create_app` (about 200 rules), paid again by every new application (one per
test in a suite that isolates its tests). fakehub serves requests; it builds a URL of its own
rules rarely if ever. :class:`LazyBuildRule` matches exactly as werkzeug's rule does and keeps
building: the builder is compiled the first time a URL is built with it, then kept.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from werkzeug.routing import Rule

__all__ = ["LazyBuildRule"]

Builder = Callable[..., tuple[str, str]]


class LazyBuildRule(Rule):
    """A werkzeug :class:`~werkzeug.routing.Rule` that compiles each URL builder when it is
    first called instead of when the rule is bound to its map."""

    def _compile_builder(self, append_unknown: bool = True) -> Builder:
        compile_builder = super()._compile_builder
        compiled: list[Builder] = []

        def build(rule: Rule, *args: Any, **kwargs: Any) -> tuple[str, str]:
            # werkzeug binds what this returns to the rule; a race compiles twice, harmlessly
            if not compiled:
                compiled.append(compile_builder(append_unknown).__get__(rule, None))
            return compiled[0](*args, **kwargs)

        return build
