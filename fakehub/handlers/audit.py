"""Audit logs: an organization's events and the catalogue of their actions."""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Final

from dockerhub_sdk.wire import models as wire
from dockerhub_sdk.wire import parse_datetime
from fakehub import state as domain
from fakehub.audit import CATALOGUE
from fakehub.handlers._context import Context, Handler
from fakehub.http.paging import mapped
from fakehub.http.projection import project

__all__ = ["audit_logs_list", "audit_logs_list_actions"]


def audit_logs_list_actions(ctx: Context, *, account: str) -> wire.AuditActions:
    ctx.state.audit_actions(ctx.caller, account)
    return wire.AuditActions(
        actions={
            category.key: project(
                wire.AuditLogActions,
                category,
                actions=[project(wire.AuditLogAction, a) for a in category.actions],
            )
            for category in CATALOGUE
        }
    )


def _audit_time(field: str, value: str | None) -> datetime.datetime | None:
    """A ``from`` / ``to`` filter (its form already checked against ``audit_datetime``)."""
    if value is None:
        return None
    try:
        return parse_datetime(value)
    except ValueError:
        raise domain.Invalid(field, f"{value} is not a valid date and time") from None


def audit_logs_list(
    ctx: Context,
    *,
    account: str,
    action: str | None = None,
    name: str | None = None,
    actor: str | None = None,
    from_: str | None = None,
    to: str | None = None,
) -> Sequence[wire.AuditLog]:
    since, until = _audit_time("from", from_), _audit_time("to", to)
    events = ctx.state.audit_logs(
        ctx.caller, account, action=action, name=name, actor=actor, since=since, until=until
    )
    return mapped(events, lambda e: project(wire.AuditLog, e, data=dict(e.data)))


HANDLERS: Final[Mapping[str, Handler]] = {
    "audit_logs.list_actions": audit_logs_list_actions,
    "audit_logs.list": audit_logs_list,
}
