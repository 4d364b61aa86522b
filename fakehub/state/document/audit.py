"""Audit-log events in documents."""

from __future__ import annotations

from dockerhub_sdk.wire import NAMESPACE
from fakehub.audit import ACTIONS as AUDIT_ACTIONS
from fakehub.state.document.base import _LoaderBase
from fakehub.state.document.reader import _Obj
from fakehub.state.entities.audit import AuditEvent
from fakehub.state.errors import Invalid


class _AuditLoader(_LoaderBase):
    def _audit_event(self, obj: _Obj) -> AuditEvent:
        account = obj.text("account", fmt=NAMESPACE)
        if account not in self._names:
            raise Invalid(obj.at("account"), f"no such user or organization: {account}")
        action = obj.text("action")
        if action not in AUDIT_ACTIONS:
            raise Invalid(
                obj.at("action"),
                f"{action!r} is not an audit action of fakehub "
                "(GET /v2/auditlogs/{account}/actions lists them)",
            )
        raw = obj._get("data", {})
        if not isinstance(raw, dict):
            raise Invalid(obj.at("data"), "expected an object of strings")
        details: dict[str, str] = {}
        for key, value in raw.items():
            if not isinstance(value, str):
                raise Invalid(f"{obj.at('data')}.{key}", "expected a string")
            details[str(key)] = value
        return AuditEvent(
            account=account,
            action=action,
            name=obj.text("name", account),
            actor=obj.text("actor"),
            data=details,
            timestamp=obj.when("timestamp", self.now),
            action_description=obj.text("action_description", ""),
        )
