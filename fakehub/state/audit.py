"""Reading audit logs (events are recorded by :meth:`StateCore.audit`)."""

from __future__ import annotations

import datetime
from collections.abc import Sequence

from fakehub.state.core import StateCore, _locked
from fakehub.state.entities.audit import AuditEvent
from fakehub.state.errors import Forbidden, NotFound


class AuditState(StateCore):
    """Who may read which audit log, and the events in it."""

    def _audit_reader(self, caller: str | None, account: str) -> None:
        """An organization's audit log is its owners'; a user's is their own."""
        user = self._require_caller(caller)
        organization = self._orgs.get(account)
        if organization is not None:
            if user not in organization.members:
                raise Forbidden("Only owners of the organization may read its audit logs.")
            return
        if account not in self._users:
            raise NotFound(f"Account {account} not found.")
        if account != user:
            raise Forbidden("You do not have permission to perform this action.")

    @_locked
    def audit_actions(self, caller: str | None, account: str) -> None:
        """Check that ``caller`` may read ``account``'s audit log (the catalogue of actions
        is :data:`fakehub.audit.CATALOGUE`, the same for every account)."""
        self._audit_reader(caller, account)

    @_locked
    def audit_logs(
        self,
        caller: str | None,
        account: str,
        *,
        action: str | None = None,
        name: str | None = None,
        actor: str | None = None,
        since: datetime.datetime | None = None,
        until: datetime.datetime | None = None,
    ) -> Sequence[AuditEvent]:
        """``account``'s audit events, newest first (the later-recorded first at equal times),
        keeping those with exactly this ``action`` / ``name`` / ``actor`` and a timestamp
        within ``since`` .. ``until`` (both included)."""
        self._audit_reader(caller, account)
        events = self._audit_events.of_account(account)
        if action is None and name is None and actor is None and since is None and until is None:
            return events
        return [
            event
            for event in events
            if (action is None or event.action == action)
            and (name is None or event.name == name)
            and (actor is None or event.actor == actor)
            and (since is None or event.timestamp >= since)
            and (until is None or event.timestamp <= until)
        ]

    @_locked
    def audit_events(self) -> list[AuditEvent]:
        """Every recorded event, oldest first (for tests and the control API)."""
        return list(self._audit_events)
