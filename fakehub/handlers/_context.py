"""What every group of handlers shares: the call's :class:`Context`, the :class:`Listing` a
paginated handler may return, and :func:`given` and :func:`given_fields` for the (optional)
fields of request bodies."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, Final, TypeAlias, TypeVar

import attrs
from attrs import field, frozen

from dockerhub_sdk.wire import Unset
from fakehub import state as domain
from fakehub.auth import Claims, TokenIssuer

__all__ = ["Context", "Handler", "Listing", "given", "given_fields", "runs_unlocked", "unlocked"]

Handler: TypeAlias = Callable[..., object]
"""A handler: ``(ctx, **parameters, body=...)`` -> a wire model, a list of them, a
:class:`Listing`, a string or ``None``."""

_T = TypeVar("_T")
_H = TypeVar("_H", bound=Handler)

_UNLOCKED: Final = "__fakehub_unlocked__"


def unlocked(handler: _H) -> _H:
    """Mark ``handler`` as one the app calls *without* the state's lock (it still serializes
    the result under it): the handler's state calls take the lock themselves, in steps, so
    that the slow part between them (matching user patterns) holds no lock. The same
    function is returned."""
    setattr(handler, _UNLOCKED, True)
    return handler


def runs_unlocked(handler: Handler) -> bool:
    """Whether the app calls ``handler`` without the state's lock (see :func:`unlocked`)."""
    return getattr(handler, _UNLOCKED, False) is True


@frozen(kw_only=True)
class Listing:
    """What a paginated handler returns when Docker Hub adds counts to every page
    (``active_count``); otherwise it returns the plain list. The app cuts the page."""

    items: Sequence[object]
    extra: Mapping[str, int] = field(factory=dict)


@frozen(kw_only=True)
class Context:
    """Who is calling, and the application's state and token issuer."""

    state: domain.State
    tokens: TokenIssuer
    claims: Claims | None = None
    remote_addr: str = ""
    user_agent: str = ""
    scim_org: str | None = None
    """SCIM operations: the organization whose SCIM token authenticated the request."""
    base_url: str = ""
    """The server's root URL without a trailing slash (``http://127.0.0.1:5555``)."""

    @property
    def caller(self) -> str | None:
        return self.claims.username if self.claims is not None else None


def given(value: _T | Unset) -> _T | None:
    """An optional body field: ``None`` when the request left it out."""
    return None if isinstance(value, Unset) else value


def given_fields(body: attrs.AttrsInstance, /, *names: str) -> dict[str, Any]:
    """The fields ``names`` of a request body (all its fields when none is named) as the
    keyword arguments of a state call, by the same names, each as :func:`given` makes it:
    ``None`` when the request left it out. A handler spells out beside it only the arguments
    it renames or converts: ``update(caller, ns, repo, **given_fields(body), rules=...)``."""
    return {name: given(getattr(body, name)) for name in names or attrs.fields_dict(type(body))}
