"""The application's URL rules: werkzeug's, bound and compiled once per process, with their
URL builders compiled on first use.

When a rule joins a URL map, werkzeug parses it, compiles its matcher into the map's state
machine, and generates, parses and compiles two Python functions that build URLs for
``url_for``. With about 460 rules that was most of the cost of :func:`fakehub.app.create_app`,
paid again by every new application (one per test in a suite that isolates its tests), for the
same rules every time. Two things avoid it:

* :class:`RecordingMap`: an application's URL map while it is set up. It records the rules
  added to it without binding them; :meth:`RecordingMap.shared` then gives the application
  the one :class:`SharedMap` of the process with exactly those rules and settings (built the
  first time). A map holds rules, endpoint names and converters only — each application keeps
  its own views, hooks and backend — so sharing it shares nothing of an application's state.
* :class:`LazyBuildRule` matches exactly as werkzeug's rule does and keeps building: the
  builder is compiled the first time a URL is built with it, then kept.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable, Iterable
from typing import Any, Final

from werkzeug.routing import Map, Rule, RuleFactory

__all__ = ["LazyBuildRule", "RecordingMap", "SharedMap"]

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


class SharedMap(Map):
    """A URL map that every application with its rules and settings uses: complete when it is
    made, it refuses any rule added later (that rule would reach every application)."""

    def __init__(self, settings: dict[str, Any], rules: Iterable[Rule]) -> None:
        settings = dict(settings)
        converters = settings.pop("converters")
        super().__init__(**settings)
        self.converters = converters
        for rule in rules:
            super().add(rule)
        self._complete = True

    def add(self, rulefactory: RuleFactory) -> None:
        if getattr(self, "_complete", False):
            raise RuntimeError(
                "fakehub applications share their URL map: add rules to what "
                "fakehub.app.create_app registers, not to one application"
            )
        super().add(rulefactory)


_SHARED: Final[dict[Hashable, SharedMap]] = {}
_SHARED_LOCK: Final = threading.Lock()


class RecordingMap(Map):
    """An application's URL map while it is set up (its ``url_map_class``): rules added to it
    are recorded, not bound; :meth:`shared` is the map to serve them with."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.recorded: list[Rule] = []

    def add(self, rulefactory: RuleFactory) -> None:
        self.recorded.extend(rulefactory.get_rules(self))

    def _settings(self) -> dict[str, Any]:
        return {
            "default_subdomain": self.default_subdomain,
            "strict_slashes": self.strict_slashes,
            "merge_slashes": self.merge_slashes,
            "redirect_defaults": self.redirect_defaults,
            "converters": dict(self.converters),
            "sort_parameters": self.sort_parameters,
            "sort_key": self.sort_key,
            "host_matching": self.host_matching,
        }

    def shared(self) -> SharedMap:
        """The process's map of the recorded rules with this map's settings, built (rules
        bound and compiled) by the first application that records them."""
        settings = self._settings()
        key = (
            tuple((k, _hashable(v)) for k, v in settings.items()),
            tuple(_rule_key(rule) for rule in self.recorded),
        )
        with _SHARED_LOCK:
            shared = _SHARED.get(key)
            if shared is None:
                shared = _SHARED[key] = SharedMap(settings, self.recorded)
        return shared


def _hashable(value: Any) -> Hashable:
    if isinstance(value, dict):
        return tuple(sorted(value.items()))
    return value  # type: ignore[no-any-return]


def _rule_key(rule: Rule) -> Hashable:
    """Everything that makes a rule match and build as it does."""
    options = dict(rule.get_empty_kwargs())
    methods = options.pop("methods")
    defaults = options.pop("defaults")
    return (
        type(rule),
        rule.rule,
        tuple(sorted(methods or ())),
        tuple(sorted((defaults or {}).items())),
        tuple(sorted(options.items(), key=lambda item: item[0])),
        getattr(rule, "provide_automatic_options", None),
    )
