"""The users an organization's identity provider provisioned through SCIM."""

from __future__ import annotations

import datetime
from typing import Final

from attrs import define, frozen

__all__ = ["SCIM_ACTOR", "SCIM_USER_SCHEMA", "ScimUser", "ScimUserView"]


@define(kw_only=True)
class ScimUser:
    """A user an organization's identity provider provisioned through SCIM: the account
    ``username``, known to the IdP by ``email`` (its SCIM ``userName``). It is active while
    ``username`` is a member of the organization."""

    id: str
    username: str
    email: str
    given_name: str = ""
    family_name: str = ""
    created: datetime.datetime
    last_modified: datetime.datetime


@frozen(kw_only=True)
class ScimUserView:
    """A SCIM user as SCIM shows it: with whether it is active and the groups it is in."""

    user: ScimUser
    active: bool
    groups: tuple[str, ...]

    def values(self) -> dict[str, list[object]]:
        """Attribute values for filters and sorting (keys lower-cased, see fakehub.scim)."""
        u = self.user
        return {
            "id": [u.id],
            "username": [u.email],
            "displayname": [u.username],
            "name.givenname": [u.given_name],
            "name.familyname": [u.family_name],
            "active": [self.active],
            "emails.value": [u.email],
            "groups.value": list(self.groups),
            "meta.created": [u.created],
            "meta.lastmodified": [u.last_modified],
        }


SCIM_USER_SCHEMA: Final = "urn:ietf:params:scim:schemas:core:2.0:User"

SCIM_ACTOR: Final = "scim"
"""The actor of the audit events of SCIM provisioning (the identity provider, not a user)."""
