"""SCIM 2.0 provisioning: an organization's identity provider manages its members."""

from __future__ import annotations

import datetime
import hmac
import re
from collections.abc import Callable

from dockerhub_sdk.wire import format_datetime
from fakehub.state.accounts import AccountsState
from fakehub.state.core import _EMAIL, _found, _locked, _set_given
from fakehub.state.credentials import hash_token
from fakehub.state.entities.orgs import Organization, org_member_names
from fakehub.state.entities.scim import SCIM_ACTOR, ScimUser, ScimUserView
from fakehub.state.errors import Conflict, Invalid, ScimMutability, Unauthorized
from fakehub.state.orgs import OrgsState


def _check_scim_token(path: str, token: str) -> str:
    if not re.fullmatch(r"[\x21-\x7e]{16,}", token):
        raise Invalid(path, "must be at least 16 printable ASCII characters, without spaces")
    return token


class ScimState(AccountsState, OrgsState):
    """SCIM users (provisioning may create accounts)."""

    @_locked
    def scim_org(self, token: str | None) -> str:
        """The organization whose SCIM token ``token`` is; 401 for none or another secret (a
        login's token included: SCIM takes the organization's SCIM token only)."""
        if token is None:
            raise Unauthorized("Authentication credentials were not provided.")
        digest = hash_token(token)
        for org in self._orgs.values():
            if org.scim_token_hash is not None and hmac.compare_digest(org.scim_token_hash, digest):
                return org.name
        raise Unauthorized("Invalid SCIM token.")

    @_locked
    def set_scim_token(self, org: str, token: str) -> None:
        """Give ``org`` a SCIM token (what setting up SCIM on its SSO connection does)."""
        organization = self.get_org(org)
        _check_scim_token("scim_token", token)
        organization.scim_token_hash = hash_token(token)

    def _scim_view(self, organization: Organization, user: ScimUser) -> ScimUserView:
        return ScimUserView(
            user=user,
            active=user.username in org_member_names(organization),
            groups=tuple(
                g.name for g in organization.groups.values() if user.username in g.members
            ),
        )

    @_locked
    def scim_users(
        self,
        org: str,
        *,
        where: Callable[[dict[str, list[object]]], bool] | None = None,
        sort_by: str | None = None,
        descending: bool = False,
    ) -> list[ScimUserView]:
        """``org``'s SCIM users (in provisioning order, or by the lower-cased attribute
        ``sort_by``), those ``where`` accepts."""
        organization = self.get_org(org)
        views = [self._scim_view(organization, u) for u in organization.scim_users.values()]
        if where is not None:
            views = [v for v in views if where(v.values())]
        if sort_by is not None:

            def key(view: ScimUserView) -> tuple[bool, str]:
                found = view.values().get(sort_by) or [None]
                value = found[0]
                if isinstance(value, datetime.datetime):
                    return False, format_datetime(value)
                return value is None, str(value).lower() if value is not None else ""

            views.sort(key=key, reverse=descending)
        return views

    def _scim_user(self, organization: Organization, user_id: str) -> ScimUser:
        return _found(organization.scim_users.get(user_id), f"User {user_id} not found.")

    @_locked
    def scim_user(self, org: str, user_id: str) -> ScimUserView:
        organization = self.get_org(org)
        return self._scim_view(organization, self._scim_user(organization, user_id))

    def _scim_username(self, email: str) -> str:
        """A free username for a new account, made of the email's local part."""
        base = re.sub(r"[^a-z0-9]", "", email.split("@", 1)[0].lower())[:26]
        if len(base) < 2:
            base = f"user{base}"
        candidate, n = base, 1
        while self._namespace_exists(candidate):
            n += 1
            candidate = f"{base}{n}"
        return candidate

    @_locked
    def scim_create_user(
        self, org: str, email: str, *, given_name: str = "", family_name: str = ""
    ) -> ScimUserView:
        """Provision the person with ``email`` in ``org``: the account whose email
        (``gravatar_email``) it is, else a new account (no usable password) named after the
        email; they become a member of ``org``."""
        organization = self.get_org(org)
        if not _EMAIL.fullmatch(email):
            raise Invalid("userName", "must be an email address (name@example.com)")
        lowered = email.lower()
        if any(u.email.lower() == lowered for u in organization.scim_users.values()):
            raise Conflict(f"A user with userName {email} already exists in {org}.")
        account = next(
            (u for u in self._users.values() if u.gravatar_email.lower() == lowered), None
        )
        if account is not None and any(
            u.username == account.username for u in organization.scim_users.values()
        ):
            raise Conflict(f"{account.username} is already provisioned in {org}.")
        if account is None:
            account = self.create_user(
                self._scim_username(email),
                self._hex_id(),  # a random password nobody knows: the account signs in by SSO
                full_name=" ".join(p for p in (given_name, family_name) if p),
                gravatar_email=email,
            )
        now = self.now()
        user = ScimUser(
            id=self._uuid(),
            username=account.username,
            email=email,
            given_name=given_name,
            family_name=family_name,
            created=now,
            last_modified=now,
        )
        joined = account.username not in org_member_names(organization)
        if joined:
            organization.direct_members.append(account.username)
        organization.scim_users[user.id] = user
        if joined:
            self._audit_scim(organization, "org.member.add", account.username, "provisioned")
        return self._scim_view(organization, user)

    def _audit_scim(self, organization: Organization, action: str, name: str, did: str) -> None:
        """:meth:`audit` for a membership change the identity provider made through SCIM (the
        actor is :data:`SCIM_ACTOR`)."""
        said = f"the identity provider {did} {name} in {organization.name}"
        data = {"source": "scim"}
        self.audit(
            organization.name, action, actor=SCIM_ACTOR, name=name, data=data, description=said
        )

    @_locked
    def scim_update_user(
        self,
        org: str,
        user_id: str,
        *,
        active: bool | None,
        email: str | None = None,
        given_name: str | None = None,
        family_name: str | None = None,
    ) -> ScimUserView:
        """Change a SCIM user's name parts (those not ``None``; ``""`` clears one) and active
        state (unless ``None``): deactivating removes the user from ``org`` and its groups,
        activating makes them a member again. The userName cannot change; the last owner
        cannot be deactivated. Every check comes before any change."""
        organization = self.get_org(org)
        user = self._scim_user(organization, user_id)
        if email is not None and email.lower() != user.email.lower():
            raise ScimMutability("userName", f"cannot change (it is {user.email})")
        name = user.username
        member = name in org_member_names(organization)
        if active is False and member:
            self._check_not_last_owner(organization, name, "active", "deactivated")
        _set_given(user, given_name=given_name, family_name=family_name)
        if active and not member:
            organization.direct_members.append(name)
            self._audit_scim(organization, "org.member.add", name, "reactivated")
        elif active is False and member:
            self._leave(organization, name)
            self._audit_scim(organization, "org.member.remove", name, "deactivated")
        user.last_modified = self.now()
        return self._scim_view(organization, user)

    def _check_not_last_owner(
        self, organization: Organization, name: str, field: str, how: str
    ) -> None:
        if organization.members == [name]:
            raise Invalid(
                field, f"{name} is the last owner of {organization.name} and cannot be {how}"
            )

    @_locked
    def scim_delete_user(self, org: str, user_id: str) -> None:
        """What an identity provider's DELETE does: the user leaves ``org`` and its groups
        (as a deactivation does) and the SCIM user is forgotten; the Docker account stays
        (provisioning its email again links it anew). The last owner cannot be removed."""
        organization = self.get_org(org)
        user = self._scim_user(organization, user_id)
        name = user.username
        member = name in org_member_names(organization)
        if member:
            self._check_not_last_owner(organization, name, "id", "removed")
            self._leave(organization, name)
            self._audit_scim(organization, "org.member.remove", name, "removed")
        del organization.scim_users[user_id]
