"""Organizations, their groups (teams), settings and pending invites (plain data)."""

from __future__ import annotations

import datetime
from typing import Final

from attrs import define, field, frozen

from fakehub.state.entities.accounts import (
    LISTED_BY_VALUE,
    NOT_IN_DOCUMENTS,
    hash_of,
    new_incarnation,
)
from fakehub.state.entities.index import ByCreation, NewestFirst, by_creation, newest_first
from fakehub.state.entities.org_tokens import OrgAccessToken
from fakehub.state.entities.scim import ScimUser

__all__ = [
    "MAX_INVITEES",
    "ORG_ROLES",
    "CustomRegistry",
    "Group",
    "Invite",
    "InviteOutcome",
    "Organization",
    "RegistryAccess",
    "RestrictedImages",
    "StandardRegistry",
    "org_member_names",
    "org_role",
]

ORG_ROLES: Final = ("owner", "editor", "member")

MAX_INVITEES: Final = 1000
"""The most invitees one bulk invite takes (Docker Hub's limit)."""


@define(kw_only=True)
class Group:
    id: int
    name: str
    description: str = ""
    members: list[str] = field(factory=list)


@frozen(kw_only=True)
class RestrictedImages:
    """An organization's image access management settings (``PUT /v2/orgs/{name}/settings``)."""

    enabled: bool = False
    allow_official_images: bool = True
    allow_verified_publishers: bool = True


@frozen(kw_only=True)
class StandardRegistry:
    """One of Docker's registries in registry access management (``DockerHub``)."""

    id: str
    allowed: bool = True


@frozen(kw_only=True)
class CustomRegistry:
    """A registry an organization allows in registry access management."""

    address: str
    friendly_name: str = ""
    allowed: bool = True


@frozen(kw_only=True)
class RegistryAccess:
    """An organization's registry access management settings
    (``PUT /v2/orgs/{org}/settings/registry-access-management``)."""

    enabled: bool = False
    standard_registries: tuple[StandardRegistry, ...] = (StandardRegistry(id="DockerHub"),)
    custom_registries: tuple[CustomRegistry, ...] = ()


@define(kw_only=True)
class Invite:
    """A pending invitation to join an organization (accepted or cancelled ones are gone)."""

    id: str
    invitee: str
    """A registered user's username, or the (lower-cased) email address of someone else."""
    inviter: str
    role: str = "member"
    team: str = ""
    """The group the invitee joins; empty for none."""
    created_at: datetime.datetime
    sent_at: datetime.datetime
    """When it was last sent (created or resent)."""
    sent_count: int = 1


@frozen(kw_only=True)
class InviteOutcome:
    """What a bulk invite did for one invitee (``status`` as Docker Hub spells it)."""

    invitee: str
    status: str
    invite: Invite | None = None


@define(kw_only=True)
class Organization:
    pk: int
    id: str
    name: str
    full_name: str = ""
    location: str = ""
    company: str = ""
    date_joined: datetime.datetime
    members: list[str] = field(factory=list)
    """The owners: they administer the organization and every repository under it."""
    editors: list[str] = field(factory=list)
    """Members (not owners) with the editor role."""
    direct_members: list[str] = field(factory=list)
    """Members in no group who are not owners (an owner demoted to ``member``, for one)."""
    groups: dict[str, Group] = field(factory=dict, metadata=LISTED_BY_VALUE)
    restricted_images: RestrictedImages = field(factory=RestrictedImages)
    registry_access: RegistryAccess = field(factory=RegistryAccess)
    access_tokens: NewestFirst[OrgAccessToken] = field(
        factory=NewestFirst, converter=newest_first, metadata=LISTED_BY_VALUE
    )
    """Its organization access tokens, by id (listed newest first)."""
    invites: ByCreation[Invite] = field(
        factory=ByCreation, converter=by_creation, metadata=LISTED_BY_VALUE
    )
    """Pending invites, by id (listed oldest first)."""
    scim_token_hash: str | None = field(default=None, metadata=hash_of("scim_token"))
    """:func:`hash_token` of the organization's SCIM bearer token (its SSO connection's)."""
    scim_users: dict[str, ScimUser] = field(factory=dict, metadata=LISTED_BY_VALUE)
    """The users SCIM provisioned, by SCIM id, in provisioning order."""
    incarnation: str = field(
        factory=new_incarnation, eq=False, repr=False, metadata=NOT_IN_DOCUMENTS
    )
    """New whenever an organization comes into being, like :attr:`User.incarnation`: the
    access tokens made from its organization access tokens end with it."""


def org_role(org: Organization, username: str) -> str:
    """``owner``, ``editor`` or ``member``: ``username``'s role in ``org`` (a member of it)."""
    if username in org.members:
        return "owner"
    return "editor" if username in org.editors else "member"


def group_with_id(org: Organization, group_id: int) -> Group | None:
    """``org``'s group whose id is ``group_id`` (groups are kept by name), or ``None``."""
    return next((g for g in org.groups.values() if g.id == group_id), None)


def sees_member_emails(org: Organization, caller: str | None) -> bool:
    """Docker's rule for the email addresses of ``org``'s members, wherever they are listed
    (its members, their CSV export, a group's members): its owners see them; other members,
    and its organization access tokens, do not."""
    return caller is not None and caller in org.members


def org_member_names(org: Organization) -> list[str]:
    """Everyone in ``org``: its owners, editors, other members and its groups' members, once."""
    names = [*org.members, *org.editors, *org.direct_members]
    for group in org.groups.values():
        names.extend(group.members)
    return list(dict.fromkeys(names))
