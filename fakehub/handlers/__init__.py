"""One function per operation of the spec, in one module per resource group.

Like moto's ``responses.py``: a handler gets the request already validated by
:mod:`fakehub.http.view` (path and query parameters as keyword arguments by their Python
names, the request body as a structured model in ``body``), calls
:class:`~fakehub.state.State`, and returns models of :mod:`dockerhub_sdk.wire.models`, most of
them projected from the domain objects by :func:`fakehub.http.projection.project`: one model, a
list of them, or, for paginated operations, the whole list (the view cuts the page). Domain
errors propagate; :mod:`fakehub.http.errors` maps them to status codes. Handlers run with the
state's lock held. A body's fields go to the state call by name with
:func:`~fakehub.handlers._context.given_fields` (only renamed or converted ones spelled out), and
an audited write gives :meth:`~fakehub.state.State.audit` its action, name and data: the
sentence is the action's in :data:`fakehub.audit.CATALOGUE`.

The groups: :mod:`~fakehub.handlers.accounts` (auth, personal access tokens, users),
:mod:`~fakehub.handlers.orgs` (organizations, members, groups, invites, settings),
:mod:`~fakehub.handlers.org_tokens`, :mod:`~fakehub.handlers.repositories` (repositories, tags,
comments, collaborators, immutable tags, webhooks, groups' access),
:mod:`~fakehub.handlers.builds`, :mod:`~fakehub.handlers.audit` and
:mod:`~fakehub.handlers.scim`. Each names its operations in its own ``HANDLERS`` table;
:data:`HANDLERS` here is their union, keyed by operation id (``"repositories.get"``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Final

from fakehub.handlers import accounts, audit, builds, org_tokens, orgs, repositories, scim
from fakehub.handlers._context import Context, Handler, Listing, runs_unlocked
from fakehub.handlers.accounts import *  # noqa: F403
from fakehub.handlers.audit import *  # noqa: F403
from fakehub.handlers.builds import *  # noqa: F403
from fakehub.handlers.org_tokens import *  # noqa: F403
from fakehub.handlers.orgs import *  # noqa: F403
from fakehub.handlers.repositories import *  # noqa: F403
from fakehub.handlers.scim import *  # noqa: F403

__all__ = ["HANDLERS", "Context", "Handler", "Listing", "missing_handlers", "runs_unlocked"]
__all__ += accounts.__all__
__all__ += orgs.__all__
__all__ += org_tokens.__all__
__all__ += repositories.__all__
__all__ += builds.__all__
__all__ += audit.__all__
__all__ += scim.__all__


def _union(*tables: Mapping[str, Handler]) -> dict[str, Handler]:
    """The groups' tables in one; an operation claimed by two groups is a programming error."""
    union: dict[str, Handler] = {}
    for table in tables:
        for operation_id, handler in table.items():
            if operation_id in union:
                raise ValueError(f"operation {operation_id} has a handler in two groups")
            union[operation_id] = handler
    return union


HANDLERS: Final[Mapping[str, Handler]] = _union(
    accounts.HANDLERS,
    orgs.HANDLERS,
    org_tokens.HANDLERS,
    repositories.HANDLERS,
    builds.HANDLERS,
    audit.HANDLERS,
    scim.HANDLERS,
)
"""Every operation's handler, by operation id (``Operation.id``: ``"repositories.get"``)."""


def missing_handlers(
    operation_ids: Iterable[str], table: Mapping[str, Handler] | None = None
) -> list[str]:
    """What keeps :data:`HANDLERS` from serving exactly ``operation_ids``, one sentence per
    operation: those without a handler, then handlers of no such operation. Empty when they
    match (the app checks this at start)."""
    wanted = set(operation_ids)
    served = HANDLERS if table is None else table
    return [
        f"operation {op} has no handler in fakehub.handlers.HANDLERS"
        for op in sorted(wanted - served.keys())
    ] + [
        f"fakehub.handlers.HANDLERS has a handler for {op}, which is no operation of the spec"
        for op in sorted(served.keys() - wanted)
    ]
