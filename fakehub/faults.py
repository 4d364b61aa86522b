"""Fault injection and rate limiting: the rules behind ``/_fakehub/faults`` and
``/_fakehub/rate-limit``.

Nothing here knows about Flask or WSGI: :mod:`fakehub.middleware` applies these rules to each
request. Both objects are thread-safe (each has its own lock, never held while sleeping).

**Fault rules** (:class:`Faults`). A rule matches a request by ``method`` (optional, any case)
and ``path`` (optional Python regex, *searched* in the request path); it affects every
``every``-th matching request (default: each), with probability ``probability`` (optional,
``seed`` makes the draws reproducible), ``count`` times (default 1; ``None``: no limit), then
expires. What it does: ``latency`` seconds of delay (through the app's injectable sleep), then
either an answer with ``status`` (a Docker Hub body ``{"detail": ...}``, or ``body``, plus
``headers``), or ``drop``: no answer at all (:class:`ConnectionDropped`). A latency-only rule
lets the request go on. ``when="before"`` (the default) acts before the handler (state
untouched); ``when="after"`` lets the handler run and commit, then replaces or drops its answer.
Rules are tried in the order they were added; the first one that answers or drops ends the
search, latency-only rules that fire on the way add their delay.

**Rate limit** (:class:`RateLimiter`). Each caller identity (``user:<name>`` for a valid token,
else ``addr:<remote address>``) has a fixed window of ``window`` seconds that starts with its
first request; at most ``limit`` requests per window pass, the others get 429. Time comes from
the application's injected clock. Without a limit the headers are still computed against a
nominal :data:`NOMINAL_LIMIT`, and ``remaining`` never goes below 1.
"""

from __future__ import annotations

import math
import random
import re
import threading
from collections.abc import Callable, Mapping
from http import HTTPStatus
from typing import Any, Final, Literal

from attrs import define, field, frozen

__all__ = [
    "DEFAULT_WINDOW",
    "NOMINAL_LIMIT",
    "RATE_LIMIT_BODY",
    "ConnectionDropped",
    "FaultRule",
    "Faults",
    "Injection",
    "InvalidRule",
    "RateLimiter",
    "RateStatus",
    "parse_rate_limit",
    "parse_rule",
    "reason_phrase",
]

DEFAULT_WINDOW: Final = 60.0
"""Seconds per rate-limit window (Docker Hub counts per minute)."""
NOMINAL_LIMIT: Final = 10_000
"""The ``X-RateLimit-Limit`` announced when no limit is configured."""
RATE_LIMIT_BODY: Final[Mapping[str, object]] = {"detail": "Rate limit exceeded", "error": False}
"""Docker Hub's 429 body (the example of its official OpenAPI document)."""

_RULE_KEYS: Final = frozenset(
    {
        "status",
        "drop",
        "latency",
        "count",
        "method",
        "path",
        "probability",
        "seed",
        "every",
        "headers",
        "when",
        "body",
    }
)
_TOKEN: Final = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
_MISSING: Final = object()


class ConnectionDropped(ConnectionAbortedError):
    """Raised out of fakehub's WSGI application to drop the connection without an answer.

    Over a socket, fakehub's server closes the connection: the client sees the connection
    closed (EOF) or reset, never a response. In-process, whoever calls the WSGI application
    gets this exception (a :class:`ConnectionError`); Werkzeug's server and
    :class:`dockerhub_sdk.WSGITransport` treat a ``ConnectionError`` from the application
    as a lost connection. ``rule_id`` is the id of the rule that dropped it.
    """

    def __init__(
        self, message: str = "fakehub dropped the connection", *, rule_id: int | None = None
    ) -> None:
        super().__init__(message)
        self.rule_id = rule_id


class InvalidRule(ValueError):
    """A fault rule or rate-limit setting that breaks the contract: ``errors`` maps each
    offending field to its messages."""

    def __init__(self, errors: Mapping[str, list[str]]) -> None:
        self.errors = {k: list(v) for k, v in errors.items()}
        name, messages = next(iter(self.errors.items()))
        super().__init__(f"{name}: {messages[0]}")


def reason_phrase(status: int) -> str:
    """``Service Unavailable`` for 503; ``Error`` for a status without a standard phrase."""
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: object) -> bool:
    return (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and math.isfinite(float(value))
    )


@define(kw_only=True, eq=False)
class FaultRule:
    """One active rule. ``count`` is what remains (``None``: no limit); ``matched`` counts the
    requests it matched, ``fired`` those it affected."""

    id: int
    status: int | None = None
    drop: bool = False
    latency: float = 0.0
    count: int | None = 1
    method: str | None = None
    path: str | None = None
    probability: float | None = None
    seed: int | None = None
    every: int | None = None
    headers: dict[str, str] = field(factory=dict)
    when: Literal["before", "after"] = "before"
    body: object = _MISSING
    matched: int = 0
    fired: int = 0
    _pattern: re.Pattern[str] | None = None
    _rng: random.Random = field(factory=random.Random)

    @property
    def answers(self) -> bool:
        """Whether it ends the request (a status or a drop), rather than only delaying it."""
        return self.status is not None or self.drop

    def matches(self, method: str, path: str, when: str) -> bool:
        if self.when != when:
            return False
        if self.method is not None and self.method != method:
            return False
        return self._pattern is None or self._pattern.search(path) is not None

    def to_dict(self) -> dict[str, Any]:
        """The rule as ``GET /_fakehub/faults`` shows it (``count``: what remains)."""
        out: dict[str, Any] = {"id": self.id}
        if self.status is not None:
            out["status"] = self.status
        if self.drop:
            out["drop"] = True
        if self.latency:
            out["latency"] = self.latency
        out.update(
            count=self.count,
            method=self.method,
            path=self.path,
            probability=self.probability,
            seed=self.seed,
            every=self.every,
            headers=dict(self.headers),
            when=self.when,
        )
        if self.body is not _MISSING:
            out["body"] = self.body
        out.update(matched=self.matched, fired=self.fired)
        return out


def parse_rule(doc: object, rule_id: int) -> FaultRule:
    """A :class:`FaultRule` from a ``POST /_fakehub/faults`` body; :class:`InvalidRule` names
    every offending field."""
    errors: dict[str, list[str]] = {}

    def bad(name: str, message: str) -> None:
        errors.setdefault(name, []).append(message)

    if not isinstance(doc, dict):
        raise InvalidRule({"non_field_errors": ["expected a JSON object"]})
    for key in doc:
        if key not in _RULE_KEYS:
            bad(str(key), "unknown field")
    rule = FaultRule(id=rule_id)

    status = doc.get("status")
    if status is not None:
        if not _is_int(status) or not 400 <= status <= 599:
            bad("status", "must be an integer from 400 to 599")
        else:
            rule.status = status
    drop = doc.get("drop", False)
    if not isinstance(drop, bool):
        bad("drop", "must be a boolean")
    else:
        rule.drop = drop
    latency = doc.get("latency")
    if latency is not None:
        if not _is_number(latency) or latency < 0:
            bad("latency", "must be a number of seconds >= 0")
        else:
            rule.latency = float(latency)
    if rule.status is not None and rule.drop:
        bad("drop", "cannot be combined with status")
    nothing = rule.status is None and not rule.drop and latency is None
    if nothing and not {"status", "drop", "latency"} & errors.keys():
        bad("non_field_errors", "a rule needs status, drop or latency")

    count = doc.get("count", 1)
    if count is not None and (not _is_int(count) or count < 1):
        bad("count", "must be an integer >= 1, or null for no limit")
    else:
        rule.count = count
    method = doc.get("method")
    if method is not None:
        if not isinstance(method, str) or not _TOKEN.fullmatch(method):
            bad("method", "must be an HTTP method such as GET")
        else:
            rule.method = method.upper()
    path = doc.get("path")
    if path is not None:
        if not isinstance(path, str):
            bad("path", "must be a regular expression (a string)")
        else:
            try:
                rule._pattern = re.compile(path)
                rule.path = path
            except re.error as exc:
                bad("path", f"not a valid regular expression: {exc}")
    probability = doc.get("probability")
    if probability is not None:
        if not _is_number(probability) or not 0 < probability <= 1:
            bad("probability", "must be a number in (0, 1]")
        else:
            rule.probability = float(probability)
    seed = doc.get("seed")
    if seed is not None:
        if not _is_int(seed):
            bad("seed", "must be an integer")
        else:
            rule.seed = seed
            rule._rng = random.Random(seed)
    every = doc.get("every")
    if every is not None:
        if not _is_int(every) or every < 1:
            bad("every", "must be an integer >= 1")
        else:
            rule.every = every
    headers = doc.get("headers", {})
    if not isinstance(headers, dict):
        bad("headers", "must be an object of header names to string values")
    else:
        for name, value in headers.items():
            if not _TOKEN.fullmatch(name):
                bad("headers", f"not a valid header name: {name!r}")
            elif not isinstance(value, str) or any(c in value for c in "\r\n\0"):
                bad("headers", f"{name}: the value must be a string on one line")
            else:
                rule.headers[name] = value
    when = doc.get("when", "before")
    if when == "before" or when == "after":
        rule.when = when
    else:
        bad("when", 'must be "before" or "after"')
    if "body" in doc:
        if rule.status is None:
            bad("body", "needs status")
        else:
            rule.body = doc["body"]
    if errors:
        raise InvalidRule(errors)
    return rule


@frozen(kw_only=True)
class Injection:
    """What the fault rules do to one request: delay it by ``latency`` seconds, then (when
    ``rule`` is set) answer with its ``status`` or drop the connection."""

    latency: float = 0.0
    rule_id: int | None = None
    status: int | None = None
    drop: bool = False
    body: object = _MISSING
    headers: Mapping[str, str] = field(factory=dict)

    @property
    def answers(self) -> bool:
        return self.rule_id is not None

    @property
    def has_body(self) -> bool:
        return self.body is not _MISSING


_NOTHING: Final = Injection()
"""What no rule does (shared: an injection is immutable)."""


class Faults:
    """The active fault rules of one application."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._rules: list[FaultRule] = []
        self._next_id = 1

    def add(self, doc: object) -> dict[str, Any]:
        """Add the rule ``doc`` (see :func:`parse_rule`); returns it with its ``id``."""
        with self._lock:
            rule = parse_rule(doc, self._next_id)
            self._next_id += 1
            self._rules.append(rule)
            return rule.to_dict()

    def rules(self) -> list[dict[str, Any]]:
        with self._lock:
            return [rule.to_dict() for rule in self._rules]

    def remove(self, rule_id: int) -> bool:
        with self._lock:
            kept = [rule for rule in self._rules if rule.id != rule_id]
            removed = len(kept) != len(self._rules)
            self._rules = kept
            return removed

    def clear(self) -> int:
        """Remove every rule; returns how many there were."""
        with self._lock:
            removed = len(self._rules)
            self._rules = []
            return removed

    def pick(self, method: str, path: str, when: Literal["before", "after"]) -> Injection:
        """Decide what happens to a request (``method`` upper-case) in phase ``when``."""
        if not self._rules:  # no rule: no lock taken (a rule added meanwhile is for later)
            return _NOTHING
        latency = 0.0
        with self._lock:
            for rule in list(self._rules):
                if not rule.matches(method, path, when):
                    continue
                rule.matched += 1
                if rule.every is not None and rule.matched % rule.every != 0:
                    continue
                if rule.probability is not None and rule._rng.random() >= rule.probability:
                    continue
                rule.fired += 1
                if rule.count is not None:
                    rule.count -= 1
                    if rule.count <= 0:
                        self._rules.remove(rule)
                latency += rule.latency
                if rule.answers:
                    return Injection(
                        latency=latency,
                        rule_id=rule.id,
                        status=rule.status,
                        drop=rule.drop,
                        body=rule.body,
                        headers=dict(rule.headers),
                    )
        return Injection(latency=latency)


# --- rate limit ----------------------------------------------------------------------------


@frozen(kw_only=True)
class RateStatus:
    """A caller's quota after a request: what the ``X-RateLimit-*`` headers say."""

    limit: int
    remaining: int
    reset: int
    """Unix seconds when the window ends."""
    retry_after: int | None = None
    """Seconds to wait; set when the request is over the limit (a 429)."""

    @property
    def exceeded(self) -> bool:
        return self.retry_after is not None

    def headers(self) -> dict[str, str]:
        out = {
            "X-RateLimit-Limit": str(self.limit),
            "X-RateLimit-Remaining": str(self.remaining),
            "X-RateLimit-Reset": str(self.reset),
        }
        if self.retry_after is not None:
            out["Retry-After"] = str(self.retry_after)
        return out


@define(kw_only=True)
class _Window:
    start: float
    used: int = 0


def parse_rate_limit(doc: object) -> tuple[int | None, float]:
    """``(limit, window)`` from a ``POST /_fakehub/rate-limit`` body ``{"limit": N | null,
    "window": seconds}`` (``window`` defaults to 60); :class:`InvalidRule` names the field."""
    if not isinstance(doc, dict):
        raise InvalidRule({"non_field_errors": ["expected a JSON object"]})
    errors: dict[str, list[str]] = {}
    for key in doc:
        if key not in ("limit", "window"):
            errors.setdefault(str(key), []).append("unknown field")
    if "limit" not in doc:
        errors.setdefault("limit", []).append("this field is required (null turns limits off)")
    limit = doc.get("limit")
    if limit is not None and (not _is_int(limit) or limit < 1):
        errors.setdefault("limit", []).append("must be an integer >= 1, or null for no limit")
    window = doc.get("window", DEFAULT_WINDOW)
    if not _is_number(window) or window <= 0:
        errors.setdefault("window", []).append("must be a number of seconds > 0")
    if errors:
        raise InvalidRule(errors)
    return limit, float(window)


class RateLimiter:
    """Counts requests per caller identity in fixed windows of the injected clock's time.

    ``clock`` returns unix seconds. ``limit`` and ``window`` given here are the defaults that
    :meth:`reset` restores.
    """

    def __init__(
        self,
        *,
        clock: Callable[[], float],
        limit: int | None = None,
        window: float = DEFAULT_WINDOW,
    ) -> None:
        if limit is not None and limit < 1:
            raise ValueError("the rate limit must be >= 1 (None: no limit)")
        if window <= 0:
            raise ValueError("the rate-limit window must be > 0 seconds")
        self._clock = clock
        self._lock = threading.Lock()
        self._default = (limit, float(window))
        self._limit = limit
        self._window = float(window)
        self._windows: dict[str, _Window] = {}

    @property
    def limit(self) -> int | None:
        return self._limit

    @property
    def window(self) -> float:
        return self._window

    def settings(self) -> dict[str, Any]:
        """``{"limit": N | None, "window": seconds}``."""
        with self._lock:
            return {"limit": self._limit, "window": self._window}

    def configure(self, limit: int | None, window: float = DEFAULT_WINDOW) -> None:
        """Set the limit (``None``: off) and window; every caller starts a fresh window."""
        if limit is not None and limit < 1:
            raise ValueError("the rate limit must be >= 1 (None: no limit)")
        if window <= 0:
            raise ValueError("the rate-limit window must be > 0 seconds")
        with self._lock:
            self._limit = limit
            self._window = float(window)
            self._windows = {}

    def reset(self) -> None:
        """Forget every counter and restore the limit given at construction."""
        limit, window = self._default
        self.configure(limit, window)

    def _current(self, identity: str, now: float) -> _Window:
        window = self._windows.get(identity)
        if window is None or now >= window.start + self._window:
            if len(self._windows) > 4096:  # forget callers whose window has ended
                self._windows = {
                    k: w for k, w in self._windows.items() if now < w.start + self._window
                }
            window = self._windows[identity] = _Window(start=now)
        return window

    def _status(self, window: _Window) -> RateStatus:
        limit = self._limit if self._limit is not None else NOMINAL_LIMIT
        remaining = limit - window.used
        if self._limit is None:
            remaining = max(1, remaining)
        return RateStatus(
            limit=limit, remaining=max(0, remaining), reset=math.ceil(window.start + self._window)
        )

    def hit(self, identity: str) -> RateStatus:
        """Count one request of ``identity``; ``exceeded`` when it is over the limit."""
        now = self._clock()
        with self._lock:
            window = self._current(identity, now)
            if self._limit is not None and window.used >= self._limit:
                end = window.start + self._window
                return RateStatus(
                    limit=self._limit,
                    remaining=0,
                    reset=math.ceil(end),
                    retry_after=max(1, math.ceil(end - now)),
                )
            window.used += 1
            return self._status(window)

    def peek(self, identity: str) -> RateStatus:
        """The quota of ``identity`` without counting a request."""
        now = self._clock()
        with self._lock:
            window = self._windows.get(identity)
            if window is None or now >= window.start + self._window:
                window = _Window(start=now)
            return self._status(window)
