"""The registry's pull rate limit, as Docker documents it (docs.docker.com, "Pull usage and
limits"): manifest GETs counted per identity in a window of the injected clock.

Anonymous callers are counted per client IP (limit 100 by default), authenticated ones per
account (200); a HEAD is not counted. "A pull request is defined as up to two GET requests on
registry manifest URLs": a multi-platform image's pull is two (its index, then one of the
manifests the index lists), so a GET of a manifest that the same identity's last counted GET
(an index) lists completes that pull instead of counting another (:meth:`PullLimits.pull`).
Every manifest GET or HEAD answer carries ``ratelimit-limit: 100;w=21600``,
``ratelimit-remaining: 99;w=21600`` and ``docker-ratelimit-source: <IP or account id>``;
past the limit a GET is refused (429 ``TOOMANYREQUESTS``). ``None`` for a limit turns that
limit off (and its headers). A reset (:meth:`PullLimits.reset`) forgets the counters and
restores the limits given at creation; ``POST /_fakehub/pull-rate-limit`` changes them.
Nothing here knows HTTP.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Collection
from typing import Any, Final

import attrs
from attrs import frozen

from fakehub.faults import InvalidRule, RateLimiter, RateStatus

__all__ = [
    "DEFAULT_AUTHENTICATED_PULL_LIMIT",
    "DEFAULT_PULL_LIMIT",
    "DEFAULT_PULL_WINDOW",
    "PullLimits",
    "PullStatus",
    "parse_pull_limits",
]

DEFAULT_PULL_LIMIT: Final = 100
DEFAULT_AUTHENTICATED_PULL_LIMIT: Final = 200
DEFAULT_PULL_WINDOW: Final = 21600
"""Six hours, in seconds."""


@frozen(kw_only=True)
class PullStatus(RateStatus):
    """One identity's pull quota after a manifest request: its :class:`RateStatus` (limit,
    remaining, ``exceeded``...), the window's length and whom it counts."""

    window: int
    source: str

    def headers(self) -> dict[str, str]:
        return {
            "ratelimit-limit": f"{self.limit};w={self.window}",
            "ratelimit-remaining": f"{self.remaining};w={self.window}",
            "docker-ratelimit-source": self.source,
        }


class PullLimits:
    """The anonymous and the authenticated pull limits, over ``clock`` (unix seconds)."""

    def __init__(
        self,
        *,
        clock: Callable[[], float],
        anonymous: int | None = DEFAULT_PULL_LIMIT,
        authenticated: int | None = DEFAULT_AUTHENTICATED_PULL_LIMIT,
        window: float = DEFAULT_PULL_WINDOW,
    ) -> None:
        self._anonymous = RateLimiter(clock=clock, limit=anonymous, window=window)
        self._authenticated = RateLimiter(clock=clock, limit=authenticated, window=window)
        self._lock = threading.Lock()
        self._open_pulls: dict[str, Collection[str]] = {}
        """Per identity: the manifests listed by the index its last counted GET fetched."""

    def settings(self) -> dict[str, Any]:
        """``{"limit": N | None, "authenticated_limit": N | None, "window": seconds}``."""
        return {
            "limit": self._anonymous.limit,
            "authenticated_limit": self._authenticated.limit,
            "window": self._anonymous.window,
        }

    def configure(self, anonymous: int | None, authenticated: int | None, window: float) -> None:
        """New limits; every identity starts a fresh window."""
        self._anonymous.configure(anonymous, window)
        self._authenticated.configure(authenticated, window)

    def reset(self) -> None:
        """Forget every counter; restore the limits given at creation."""
        self._anonymous.reset()
        self._authenticated.reset()
        with self._lock:
            self._open_pulls.clear()

    def pull(
        self, source: str, *, authenticated: bool, digest: str, children: Collection[str] = ()
    ) -> bool:
        """Whether a manifest GET of ``digest`` (an index listing ``children``, or an image
        manifest: none) by ``source`` is a new pull, which :meth:`check` then counts; ``False``
        when it is the second GET of the pull the identity's last one began (``digest`` is
        among the children of the index that GET fetched)."""
        key = _key(source, authenticated)
        with self._lock:
            began = self._open_pulls.pop(key, ())
            if digest in began:
                return False
            if children:
                self._open_pulls[key] = children
            return True

    def check(self, source: str, *, authenticated: bool, count: bool) -> PullStatus | None:
        """The quota of ``source`` (a client IP, or an account id when ``authenticated``),
        counting one pull when ``count``; ``None`` when that limit is off."""
        limiter = self._authenticated if authenticated else self._anonymous
        if limiter.limit is None:
            return None
        key = _key(source, authenticated)
        status: RateStatus = limiter.hit(key) if count else limiter.peek(key)
        return PullStatus(**attrs.asdict(status), window=int(limiter.window), source=source)


def _key(source: str, authenticated: bool) -> str:
    return f"{'account' if authenticated else 'ip'}:{source}"


def parse_pull_limits(doc: object, current: dict[str, Any]) -> tuple[int | None, int | None, float]:
    """``(limit, authenticated_limit, window)`` from a ``POST /_fakehub/pull-rate-limit``
    body; keys left out keep ``current``'s value; :class:`InvalidRule` names each bad field."""
    if not isinstance(doc, dict):
        raise InvalidRule({"non_field_errors": ["expected a JSON object"]})
    errors: dict[str, list[str]] = {}
    for key in doc:
        if key not in ("limit", "authenticated_limit", "window"):
            errors.setdefault(str(key), []).append(
                "unknown field: limit, authenticated_limit or window"
            )
    values = {**current, **{k: v for k, v in doc.items() if k in current}}
    for key in ("limit", "authenticated_limit"):
        value = values[key]
        if value is not None and (
            isinstance(value, bool) or not isinstance(value, int) or value < 1
        ):
            errors.setdefault(key, []).append("must be an integer >= 1, or null for no limit")
    window = values["window"]
    if isinstance(window, bool) or not isinstance(window, int | float) or not 0 < window < 1e9:
        errors.setdefault("window", []).append("must be a number of seconds > 0")
    if errors:
        raise InvalidRule(errors)
    return values["limit"], values["authenticated_limit"], float(window)
