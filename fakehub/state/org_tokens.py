"""Organization access tokens: created by owners, used by the organization itself."""

from __future__ import annotations

import datetime
import re
import string
from collections.abc import Sequence
from typing import TypedDict, Unpack

from dockerhub_sdk.wire import REPOSITORY
from fakehub.state.core import StateCore, _aware, _check_format, _found, _locked, _set_given
from fakehub.state.credentials import _use_token, hash_token
from fakehub.state.entities.org_tokens import (
    OAT_DESCRIPTION_MAX,
    OAT_LABEL_MAX,
    OAT_PREFIX,
    OAT_PUBLIC_REPOS,
    OrgAccessToken,
    OrgAccessTokenResource,
    oat_scopes_for,
)
from fakehub.state.entities.orgs import Organization
from fakehub.state.errors import Invalid, Unauthorized


class OrgAccessTokenChanges(TypedDict, total=False):
    """What updating an organization access token may change (``None``: left as it is)."""

    label: str | None
    description: str | None
    resources: Sequence[OrgAccessTokenResource] | None
    is_active: bool | None


class OrgTokensState(StateCore):
    """Organizations' access tokens."""

    def _org_owner(self, caller: str | None, org: str) -> Organization:
        """``org``, when ``caller`` is a user who owns it (organization access tokens are
        managed by owners, never by a token)."""
        self._require_user(caller)
        return self._org_for(caller, org, owner=True)

    def _check_oat_resources(
        self, org: str, resources: Sequence[OrgAccessTokenResource]
    ) -> list[OrgAccessTokenResource]:
        if not resources:
            raise Invalid("resources", "at least one resource is required")
        checked: list[OrgAccessTokenResource] = []
        for index, resource in enumerate(resources):
            where = f"resources[{index}]"
            if resource.type == "TYPE_REPO":
                self._check_oat_repo_path(org, f"{where}.path", resource.path)
            elif resource.type == "TYPE_ORG":
                if resource.path != org:
                    raise Invalid(f"{where}.path", f"a TYPE_ORG resource's path must be {org}")
            else:
                raise Invalid(f"{where}.type", "expected TYPE_REPO or TYPE_ORG")
            allowed = oat_scopes_for(resource.type, resource.path)
            if not resource.scopes:
                raise Invalid(f"{where}.scopes", "at least one scope is required")
            for scope in resource.scopes:
                if scope not in allowed:
                    raise Invalid(
                        f"{where}.scopes",
                        f"unknown scope {scope!r} for {resource.path}: one of {', '.join(allowed)}",
                    )
            checked.append(
                OrgAccessTokenResource(
                    type=resource.type,
                    path=resource.path,
                    scopes=tuple(dict.fromkeys(resource.scopes)),
                )
            )
        return checked

    def _check_oat_repo_path(self, org: str, where: str, path: str) -> None:
        """``*/*/public``, ``org/<existing repository>`` or ``org/<glob>`` (``*``, ``?``)."""
        if path == OAT_PUBLIC_REPOS:
            return
        namespace, _, name = path.partition("/")
        if namespace != org or not name:
            raise Invalid(
                where,
                f"expected {org}/<repository>, a glob such as {org}/* or {OAT_PUBLIC_REPOS}",
            )
        if any(c in name for c in "*?"):
            if not re.fullmatch(r"[a-z0-9._*?-]+", name):
                raise Invalid(where, "a glob of lower-case letters, digits, ., _, -, * and ?")
            return
        _check_format(REPOSITORY, where, name)
        if (namespace, name) not in self._repos:
            raise Invalid(where, f"no repository {path}: a TYPE_REPO path must exist")

    @staticmethod
    def _check_oat_text(label: str | None, description: str | None) -> None:
        if label is not None and (not label.strip() or len(label) > OAT_LABEL_MAX):
            raise Invalid("label", f"must be 1 to {OAT_LABEL_MAX} characters, not blank")
        if description is not None and len(description) > OAT_DESCRIPTION_MAX:
            raise Invalid("description", f"must be at most {OAT_DESCRIPTION_MAX} characters")

    @_locked
    def create_org_access_token(
        self,
        caller: str | None,
        org: str,
        *,
        label: str,
        description: str = "",
        resources: Sequence[OrgAccessTokenResource],
        expires_at: datetime.datetime | None = None,
    ) -> tuple[OrgAccessToken, str]:
        """A new organization access token of ``org`` and its secret (shown this once)."""
        organization = self._org_owner(caller, org)
        self._check_oat_text(label, description)
        checked = self._check_oat_resources(organization.name, resources)
        now = self.now()
        if expires_at is not None and _aware(expires_at) <= now:
            raise Invalid("expires_at", "must be in the future")
        secret = OAT_PREFIX + "".join(
            self._rng.choice(string.ascii_letters + string.digits) for _ in range(27)
        )
        token = OrgAccessToken(
            id=self._uuid(),
            token_hash=hash_token(secret),
            label=label,
            description=description,
            resources=checked,
            created_by=self._require_user(caller),
            created_at=now,
            expires_at=None if expires_at is None else _aware(expires_at),
        )
        organization.access_tokens[token.id] = token
        self._audit_org_token(organization.name, caller, token, "create")
        return token, secret

    @_locked
    def list_org_access_tokens(self, caller: str | None, org: str) -> Sequence[OrgAccessToken]:
        """``org``'s tokens, newest first; owners only."""
        organization = self._org_owner(caller, org)
        return organization.access_tokens.ordered()

    @_locked
    def get_org_access_token(self, caller: str | None, org: str, token_id: str) -> OrgAccessToken:
        return _found(
            self._org_owner(caller, org).access_tokens.get(token_id), "Access token not found."
        )

    @_locked
    def update_org_access_token(
        self, caller: str | None, org: str, token_id: str, **changes: Unpack[OrgAccessTokenChanges]
    ) -> OrgAccessToken:
        """Change the given fields (all checked before any is changed)."""
        token = self.get_org_access_token(caller, org, token_id)
        self._check_oat_text(changes.get("label"), changes.get("description"))
        resources = changes.get("resources")
        checked = None if resources is None else self._check_oat_resources(org, resources)
        _set_given(token, **{**changes, "resources": checked})
        self._audit_org_token(org, caller, token, "update")
        return token

    def _audit_org_token(
        self, org: str, caller: str | None, token: OrgAccessToken, change: str
    ) -> None:
        """Record the ``org.access_token.{change}`` of ``token``."""
        data = {"access_token_id": token.id, "label": token.label}
        self.audit(org, f"org.access_token.{change}", actor=caller, data=data)

    @_locked
    def delete_org_access_token(self, caller: str | None, org: str, token_id: str) -> None:
        token = self.get_org_access_token(caller, org, token_id)
        del self._orgs[org].access_tokens[token_id]
        self._audit_org_token(org, caller, token, "delete")

    @_locked
    def authenticate_org_token(
        self, identifier: str, secret: str
    ) -> tuple[Organization, OrgAccessToken]:
        """The organization and its active, unexpired token whose secret is ``secret`` (its
        ``last_used_at`` is then updated); anything else is :class:`Unauthorized`."""
        organization = self._orgs.get(identifier.lower())
        if organization is not None:
            token = _use_token(organization.access_tokens.values(), secret, OAT_PREFIX, self.now)
            if token is not None:
                return organization, token
        raise Unauthorized("Incorrect authentication credentials.")

    @_locked
    def usable_org_access_token(self, org: str, token_id: str) -> OrgAccessToken | None:
        """The organization access token, when it still exists, is active and unexpired."""
        organization = self._orgs.get(org)
        token = organization.access_tokens.get(token_id) if organization is not None else None
        return token if token is not None and token.usable(self.now()) else None
