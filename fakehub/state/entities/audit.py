"""Audit-log events (plain data)."""

from __future__ import annotations

import datetime

from attrs import field, frozen


@frozen(kw_only=True)
class AuditEvent:
    """One audit-log event: a write made in ``account`` (an organization) by ``actor``."""

    account: str
    action: str
    """``"{category}.{name}"`` of :data:`fakehub.audit.CATALOGUE` (``repo.create``)."""
    name: str
    """What it is about: the repository (``acme/app``), the member's username for member
    events, otherwise the organization."""
    actor: str
    data: dict[str, str] = field(factory=dict)
    timestamp: datetime.datetime
    action_description: str
