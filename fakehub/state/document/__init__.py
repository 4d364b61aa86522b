"""Documents: :meth:`DocumentState.snapshot` dumps the whole state, :meth:`~DocumentState.load`
reads one back (or a simpler hand-written form of it), checked in full before anything changes.

The dump side is one generic projection (:mod:`fakehub.state.document.projection`) applied per
group; the load side reads field by field (:mod:`~fakehub.state.document.reader`), one loader
mixin per group, assembled in :mod:`~fakehub.state.document.loader`.
"""

from __future__ import annotations

from typing import Any, Final

from fakehub.state.core import StateCore, _locked
from fakehub.state.document.base import SNAPSHOT_VERSION
from fakehub.state.document.checkpoint import Checkpoint, freeze, thaw
from fakehub.state.document.loader import _Loader
from fakehub.state.document.projection import fields, plain
from fakehub.state.document.registry import dump_registry
from fakehub.state.document.repositories import _dump_repo
from fakehub.state.entities.repositories import Repository

__all__ = ["SNAPSHOT_VERSION", "Checkpoint", "DocumentState"]

CHECKPOINTED: Final = (
    "_users",
    "_orgs",
    "_repos",
    "_next_id",
    "_audit_events",
    "_blobs",
    "_uploads",
)
"""The attributes of a state that hold its data (what :meth:`StateCore.reset` empties): what
a :class:`Checkpoint` keeps. The lock, the clock and the random source are not data."""


class DocumentState(StateCore):
    """Snapshots and loads of the whole state."""

    @_locked
    def snapshot(self) -> dict[str, Any]:
        """The whole state as a JSON-able document that :meth:`load` accepts back."""
        return {
            "version": SNAPSHOT_VERSION,
            "next_id": self._next_id,
            "users": [fields(u, first=("username", "password_hash")) for u in self._users.values()],
            "orgs": [fields(o, first=("name",)) for o in self._orgs.values()],
            "repositories": [
                {**_dump_repo(r), "team_permissions": self._dump_team_permissions(r)}
                for r in self._repos.values()
            ],
            "audit_logs": [plain(e) for e in self._audit_events],
            "registry": dump_registry(self),
        }

    def _dump_team_permissions(self, repo: Repository) -> list[dict[str, str]]:
        org = self._orgs.get(repo.namespace)
        groups = {g.id: g.name for g in org.groups.values()} if org is not None else {}
        return [
            {"group_name": groups[group_id], "permission": permission}
            for group_id, permission in repo.team_permissions.items()
            if group_id in groups
        ]

    @_locked
    def checkpoint(self) -> Checkpoint:
        """The data as it is now, for :meth:`restore`: a way back to a known state that costs
        a fraction of a :meth:`reset` and a :meth:`load` (no document is read or checked
        again), for tests that start every example from the same state."""
        return freeze(tuple(getattr(self, name) for name in CHECKPOINTED))

    @_locked
    def restore(self, checkpoint: Checkpoint) -> None:
        """Replace all the data with a fresh copy of ``checkpoint``'s (the clock and the random
        source stay, as in :meth:`reset`); nothing mutable of the copy is shared with the
        checkpoint (what is immutable all the way down is: see :mod:`.checkpoint`), so the
        next restore starts from the same data again."""
        for name, value in zip(CHECKPOINTED, thaw(checkpoint), strict=True):
            setattr(self, name, value)

    @_locked
    def load(self, doc: object) -> dict[str, int]:
        """Add the users, organizations and repositories of ``doc`` to the state.

        ``doc`` is a :meth:`snapshot` or a hand-written document of the same shape where
        everything but names may be left out (ids are then assigned, ``password`` replaces
        ``password_hash``). The document is checked in full first: on any error,
        :class:`Invalid` names the path (``repositories[1].tags[0].full_size``) and the state
        is untouched. Returns how many objects of each kind were added.
        """
        loader = _Loader(self)
        loader.read(doc)
        loader.commit()
        return {
            "users": len(loader.users),
            "orgs": len(loader.orgs),
            "repositories": len(loader.repos),
            "audit_logs": len(loader.audit_events),
        }
