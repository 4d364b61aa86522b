"""What one fakehub application holds, and what its control surfaces do to it.

A :class:`Backend` is the state, the token issuer, the fault rules, the rate limiter and the
settings of one application, sharing one clock. The control API (:mod:`fakehub.control`), the
in-thread server (:class:`fakehub.server.FakeHub`) and the pytest plugin all act through its
methods (:meth:`~Backend.reset`, :meth:`~Backend.create_user`, :meth:`~Backend.load`,
:meth:`~Backend.snapshot`), so the three never disagree on what a reset forgets.

This module has no Flask in it beyond finding an application's backend (:func:`get_backend`).
"""

from __future__ import annotations

import datetime
import random
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Final, TypedDict

from attrs import define, field

from dockerhub_sdk.wire import models as wire
from fakehub.auth import TokenIssuer
from fakehub.demo import demo_checkpoint
from fakehub.faults import DEFAULT_WINDOW, Faults, RateLimiter
from fakehub.handlers import current_user_model
from fakehub.journal import DEFAULT_JOURNAL_SIZE, Journal
from fakehub.pull_limits import (
    DEFAULT_AUTHENTICATED_PULL_LIMIT,
    DEFAULT_PULL_LIMIT,
    DEFAULT_PULL_WINDOW,
    PullLimits,
)
from fakehub.state import Clock, State, utc_now
from fakehub.state.entities.accounts import new_incarnation

if TYPE_CHECKING:
    from flask import Flask

__all__ = [
    "DEFAULT_MAX_BODY_BYTES",
    "DEFAULT_REGISTRY_MAX_BODY_BYTES",
    "Backend",
    "BackendOptions",
    "attach_backend",
    "get_backend",
    "load_demo",
]

DEFAULT_MAX_BODY_BYTES: Final = 1024 * 1024
"""The largest request body the API accepts (1 MiB); larger ones answer 413."""
DEFAULT_REGISTRY_MAX_BODY_BYTES: Final = 64 * 1024 * 1024
"""The largest request body the registry accepts (64 MiB; larger ones answer 413), and the
largest blob an upload session may gather in chunks (400 ``SIZE_INVALID`` beyond)."""
_EXTENSION: Final = "fakehub"


class BackendOptions(TypedDict, total=False):
    """The settings of a new backend, every one optional: :meth:`Backend.create`'s keyword
    arguments (and :func:`fakehub.app.create_app`'s)."""

    demo: bool
    data: Mapping[str, Any] | None
    clock: Clock | None
    rng: random.Random | None
    secret: str | bytes | None
    token_ttl: datetime.timedelta
    rate_limit: int | None
    rate_limit_window: float
    sleep: Callable[[float], object]
    max_body_bytes: int | None
    journal_size: int
    control_token: str | None
    strict_bodies: bool
    pull_limit: int | None
    authenticated_pull_limit: int | None
    pull_limit_window: float
    registry_max_body_bytes: int | None


@define(kw_only=True)
class Backend:
    """What one fakehub application holds: its state, its token issuer, its fault rules and
    rate limiter, and how it sleeps (for injected latency)."""

    state: State
    tokens: TokenIssuer
    clock: Clock = utc_now
    """What the state, the tokens and the rate limit read the time from."""
    demo: bool = False
    journal: Journal = field(factory=Journal)
    """The latest requests of the API (see :mod:`fakehub.journal`)."""
    faults: Faults = field(factory=Faults)
    rate_limiter: RateLimiter = field(
        factory=lambda: RateLimiter(clock=lambda: utc_now().timestamp())
    )
    sleep: Callable[[float], object] = time.sleep
    """What injected latency calls; may be replaced on a running application."""
    max_body_bytes: int | None = DEFAULT_MAX_BODY_BYTES
    strict_bodies: bool = False
    """Refuse request-body keys the operation does not know (400), where Docker Hub ignores
    them: for catching a client's stray fields. Off by default."""
    static_paths: dict[str, list[str]] = field(factory=dict)
    """The methods of each path without parameters (``/v2/users/login/``): another method
    there answers 405, even where a parameterized path (``/v2/users/<username>/``) matches."""
    control_token: str | None = field(default=None, repr=False)
    """When set, every request under ``/_fakehub/`` must carry ``Authorization: Bearer
    <control_token>`` (401 otherwise); ``None`` (the default) leaves the control API open."""
    pull_limits: PullLimits = field(factory=lambda: PullLimits(clock=lambda: utc_now().timestamp()))
    """The registry's pull rate limits (see :mod:`fakehub.pull_limits`)."""
    registry_max_body_bytes: int | None = DEFAULT_REGISTRY_MAX_BODY_BYTES

    @classmethod
    def create(
        cls,
        *,
        demo: bool = False,
        data: Mapping[str, Any] | None = None,
        clock: Clock | None = None,
        rng: random.Random | None = None,
        secret: str | bytes | None = None,
        token_ttl: datetime.timedelta = datetime.timedelta(hours=1),
        rate_limit: int | None = None,
        rate_limit_window: float = DEFAULT_WINDOW,
        sleep: Callable[[float], object] = time.sleep,
        max_body_bytes: int | None = DEFAULT_MAX_BODY_BYTES,
        journal_size: int = DEFAULT_JOURNAL_SIZE,
        control_token: str | None = None,
        strict_bodies: bool = False,
        pull_limit: int | None = DEFAULT_PULL_LIMIT,
        authenticated_pull_limit: int | None = DEFAULT_AUTHENTICATED_PULL_LIMIT,
        pull_limit_window: float = DEFAULT_PULL_WINDOW,
        registry_max_body_bytes: int | None = DEFAULT_REGISTRY_MAX_BODY_BYTES,
    ) -> Backend:
        """A backend with its own in-memory state.

        ``demo`` loads :func:`fakehub.demo.demo_document`; ``data`` is then loaded on top (a
        :meth:`State.load` document). ``clock`` (timezone-aware ``datetime`` factory) drives
        dates, token expiry and the rate-limit windows; ``rng`` makes ids, build codes and
        trigger tokens reproducible; ``secret`` signs the JWTs (random per backend by
        default). ``rate_limit`` requests per ``rate_limit_window`` seconds per caller
        (``None``: no limit; ``POST /_fakehub/rate-limit`` changes it, a reset restores it);
        ``sleep`` is what injected latency calls (give a recorder to keep tests sleep-free);
        ``max_body_bytes`` bounds request bodies of the API (413 beyond; ``None``: no bound);
        ``journal_size`` is how many requests the journal keeps (the latest);
        ``control_token`` (``None``: none) is the bearer token the control API then requires;
        ``strict_bodies`` refuses unknown request-body keys (400) instead of ignoring them.
        The registry (:mod:`fakehub.registry`) counts manifest GETs: ``pull_limit`` per
        client IP and ``authenticated_pull_limit`` per account in ``pull_limit_window``
        seconds (``None``: no limit; ``POST /_fakehub/pull-rate-limit`` changes them, a reset
        restores them), and bounds its request bodies by ``registry_max_body_bytes``.
        """
        if control_token == "":
            raise ValueError("control_token must not be empty (None: no control token)")
        clock = clock or utc_now
        state = State(clock=clock, rng=rng)
        backend = cls(
            state=state,
            tokens=TokenIssuer(
                secret=secret, clock=clock, ttl=token_ttl, incarnations=state.incarnation_of
            ),
            clock=clock,
            demo=demo,
            journal=Journal(journal_size),
            rate_limiter=RateLimiter(
                clock=lambda: state.now().timestamp(), limit=rate_limit, window=rate_limit_window
            ),
            sleep=sleep,
            max_body_bytes=max_body_bytes,
            control_token=control_token,
            strict_bodies=strict_bodies,
            pull_limits=PullLimits(
                clock=lambda: state.now().timestamp(),
                anonymous=pull_limit,
                authenticated=authenticated_pull_limit,
                window=pull_limit_window,
            ),
            registry_max_body_bytes=registry_max_body_bytes,
        )
        if demo:
            load_demo(state)
        if data is not None:
            state.load(data)
        return backend

    def reset(self, *, demo: bool = False) -> None:
        """Forget everything; ``demo=True`` reloads the demo data. This also removes every
        fault rule, forgets the rate-limit counters and the journal and restores the rate
        limit the backend was created with."""
        with self.state.lock:
            self.state.reset()
            if demo:
                load_demo(self.state)
        self.reset_traffic()

    def reset_traffic(self) -> None:
        """Remove every fault rule, forget the rate-limit and pull-limit counters and the
        journal, and restore the limits the application was created with (what :meth:`reset` does
        besides the state)."""
        self.faults.clear()
        self.rate_limiter.reset()
        self.pull_limits.reset()
        self.journal.clear()

    def create_user(self, username: str, password: str, **profile: Any) -> wire.CurrentUser:
        """Create an account; ``profile`` takes ``full_name``, ``location``, ``company``,
        ``profile_url``, ``gravatar_email`` (and ``is_staff``, ``is_admin``,
        ``private_repo_limit``, ``num_free_private_repos``, ``default_repo_visibility``,
        ``totp_secret``). Returns the account as ``GET /v2/user/`` shows it."""
        with self.state.lock:
            return current_user_model(self.state.create_user(username, password, **profile))

    def load(self, doc: object) -> dict[str, int]:
        """Add a document of users, organizations and repositories (see ``State.load``);
        returns the counts added."""
        return self.state.load(doc)

    def snapshot(self) -> dict[str, Any]:
        """The whole state, in the form :meth:`load` accepts back."""
        return self.state.snapshot()

    def counts(self) -> dict[str, int]:
        """How many users, organizations and repositories the state holds."""
        return {
            "users": len(self.state.users()),
            "orgs": len(self.state.orgs()),
            "repositories": len(self.state.repositories()),
        }

    def token(self, username: str) -> str:
        """A login token for ``username``, as ``POST /v2/users/login/`` would issue it."""
        return self.tokens.issue(self.state.get_user(username).username)


def load_demo(state: State) -> None:
    """Load the demo data into ``state``, which holds nothing: what
    ``state.load(demo_document())`` does, restored from a checkpoint of it made once per
    process (:func:`fakehub.demo.demo_checkpoint`); each account then comes into being anew, as
    a load makes it (a new incarnation: tokens of the accounts of an earlier demo end)."""
    state.restore(demo_checkpoint())
    state.restore_incarnations({name: new_incarnation() for name in state.incarnations()})


def attach_backend(app: Flask, backend: Backend) -> None:
    """Make ``backend`` the one :func:`get_backend` finds for ``app``."""
    app.extensions[_EXTENSION] = backend


def get_backend(app: Flask) -> Backend:
    """The :class:`Backend` of an application made by :func:`fakehub.app.create_app`."""
    backend = app.extensions.get(_EXTENSION)
    if not isinstance(backend, Backend):
        raise LookupError("not a fakehub application (made by fakehub.app.create_app)")
    return backend
