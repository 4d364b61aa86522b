"""Accounts: users and their personal access tokens (plain data, no operations)."""

from __future__ import annotations

import datetime
import hashlib
import secrets
from typing import Final, TypedDict

from attrs import define, field, frozen

from fakehub.state.entities.index import NewestFirst, newest_first

__all__ = [
    "PAT_PREFIX",
    "PAT_SCOPES",
    "UNLIMITED",
    "VISIBILITIES",
    "HubPlan",
    "PersonalAccessToken",
    "RegistrySettings",
    "User",
    "UserProfile",
]

VISIBILITIES: Final = ("public", "private")

PAT_PREFIX: Final = "dckr_pat_"
"""How the secret of a personal access token starts."""

PAT_SCOPES: Final = ("repo:admin", "repo:write", "repo:read", "repo:public_read")
"""The scopes a personal access token may have."""

NOT_IN_DOCUMENTS: Final = {"document": False}
"""The ``metadata`` of an entity's field that snapshots leave out (and loads do not read)."""

LISTED_BY_VALUE: Final = {"document": "values"}
"""The ``metadata`` of an entity's dict of entities (by id or name) that documents show as the
list of its values, in order."""


def hash_of(plain_key: str) -> dict[str, str]:
    """The ``metadata`` of an entity's field that holds the hash of a secret, which documents
    may give in plain text as ``plain_key`` instead (loads hash it)."""
    return {"plain_secret": plain_key}


def new_incarnation() -> str:
    """A fresh incarnation of an account: random, so no two accounts ever share one."""
    return secrets.token_hex(16)


@define(kw_only=True)
class PersonalAccessToken:
    uuid: str
    token_hash: str = field(metadata=hash_of("token"))
    """:func:`hash_token` of the secret; the secret itself is never stored."""
    token_label: str
    scopes: list[str]
    is_active: bool = True
    created_at: datetime.datetime
    last_used: datetime.datetime | None = None
    expires_at: datetime.datetime | None = None
    creator_ip: str = ""
    creator_ua: str = ""
    client_id: str = "HUB"
    generated_by: str = "manual"

    def usable(self, now: datetime.datetime) -> bool:
        return self.is_active and (self.expires_at is None or now < self.expires_at)

    def mark_used(self, now: datetime.datetime) -> None:
        self.last_used = now


class UserProfile(TypedDict, total=False):
    """What an account is created with besides its username and password (each field left out
    takes :class:`User`'s default)."""

    full_name: str
    location: str
    company: str
    profile_url: str
    gravatar_email: str
    is_staff: bool
    is_admin: bool
    private_repo_limit: int
    num_free_private_repos: int
    default_repo_visibility: str
    totp_secret: str | None


@define(kw_only=True)
class User:
    pk: int
    """Docker Hub's internal numeric id (tags name their creator by it)."""
    id: str
    """The public id: 32 hex digits."""
    username: str
    password_hash: str = field(metadata=hash_of("password"))
    full_name: str = ""
    location: str = ""
    company: str = ""
    profile_url: str = ""
    gravatar_email: str = ""
    date_joined: datetime.datetime
    is_staff: bool = False
    is_admin: bool = False
    private_repo_limit: int = 1
    num_free_private_repos: int = 0
    default_repo_visibility: str = "public"
    totp_secret: str | None = None
    """Base32: the account has two-factor authentication (TOTP)."""
    access_tokens: NewestFirst[PersonalAccessToken] = field(
        factory=NewestFirst, converter=newest_first, metadata=LISTED_BY_VALUE
    )
    """By uuid; :meth:`~fakehub.state.entities.index.SortedIndex.ordered`: newest first."""
    incarnation: str = field(
        factory=new_incarnation, eq=False, repr=False, metadata=NOT_IN_DOCUMENTS
    )
    """New whenever an account comes into being (created, loaded, created again after a
    reset): the tokens issued for it carry it, and end with it. Not in documents, so a load
    makes a new one too."""

    @property
    def gravatar_url(self) -> str:
        email_hash = hashlib.md5(self.gravatar_email.strip().lower().encode()).hexdigest()
        return f"https://secure.gravatar.com/avatar/{email_hash}.jpg?s=80&r=g&d=mm"


UNLIMITED: Final = 9999
"""How Docker Hub's billing API writes "unlimited" (hub-tool shows 9999 as ``unlimited``)."""


@frozen(kw_only=True)
class HubPlan:
    """An account's Docker Hub plan (``GET /api/billing/v4/accounts/{id}/hub-plan``)."""

    name: str
    legacy: bool = False
    seats: int
    private_repos: int
    teams: int
    collaborators: int
    parallel_builds: int
    duration: str = ""


@frozen(kw_only=True)
class RegistrySettings:
    private_repo_used: int
    num_free_private_repos: int
    private_repo_limit: int
    private_repo_available: int
    private_repo_percent_used: float
    default_repo_visibility: str
