"""Organization access tokens and what they reach (plain data, no operations)."""

from __future__ import annotations

import datetime
import fnmatch
from typing import Final

from attrs import define, field, frozen

from fakehub.state.entities.accounts import hash_of

__all__ = [
    "OAT_DESCRIPTION_MAX",
    "OAT_LABEL_MAX",
    "OAT_ORG_SCOPES",
    "OAT_PREFIX",
    "OAT_PUBLIC_REPOS",
    "OAT_PULL_SCOPES",
    "OAT_PUSH_SCOPES",
    "OAT_REPO_SCOPES",
    "OrgAccessToken",
    "OrgAccessTokenResource",
    "oat_scopes_for",
]

OAT_PREFIX: Final = "dckr_oat_"
"""How the secret of an organization access token starts."""

OAT_PULL_SCOPES: Final = ("repo-pull", "scope-image-pull")
"""Read a repository: ``repo-pull``, or ``scope-image-pull`` as Docker's official example
spells it (the two are the same scope)."""

OAT_PUSH_SCOPES: Final = ("repo-push", "scope-image-push")
"""Read and write a repository: ``repo-push`` (or ``scope-image-push``)."""

OAT_REPO_SCOPES: Final = (*OAT_PULL_SCOPES, *OAT_PUSH_SCOPES)
"""The scopes of an organization access token's ``TYPE_REPO`` resource."""

OAT_ORG_SCOPES: Final = ("member-read", "member-edit")
"""The scopes of an organization access token's ``TYPE_ORG`` resource."""

OAT_PUBLIC_REPOS: Final = "*/*/public"
"""The ``TYPE_REPO`` path that means every public repository (pull scopes only)."""

OAT_LABEL_MAX: Final = 100

OAT_DESCRIPTION_MAX: Final = 255


def oat_scopes_for(kind: str, path: str) -> tuple[str, ...]:
    """The scopes an organization access token's resource of type ``kind`` at ``path`` may
    have: a ``TYPE_ORG`` resource the member scopes, a ``TYPE_REPO`` one the repository
    scopes, but only the pull scopes for every public repository (``*/*/public``)."""
    if kind == "TYPE_ORG":
        return OAT_ORG_SCOPES
    return OAT_PULL_SCOPES if path == OAT_PUBLIC_REPOS else OAT_REPO_SCOPES


@frozen(kw_only=True)
class OrgAccessTokenResource:
    """What an organization access token may reach: ``TYPE_REPO`` with a repository path
    (``org/name``, a glob such as ``org/*``, or ``*/*/public``) or ``TYPE_ORG`` with the
    organization's name, and the scopes it has there."""

    type: str
    path: str
    scopes: tuple[str, ...]

    def covers_repo(self, namespace: str, name: str, *, is_private: bool) -> bool:
        if self.type != "TYPE_REPO":
            return False
        if self.path == OAT_PUBLIC_REPOS:
            return not is_private
        return fnmatch.fnmatchcase(f"{namespace}/{name}", self.path)


@define(kw_only=True)
class OrgAccessToken:
    id: str
    token_hash: str = field(metadata=hash_of("token"))
    """:func:`hash_token` of the secret; the secret itself is never stored."""
    label: str
    description: str = ""
    resources: list[OrgAccessTokenResource] = field(factory=list)
    created_by: str
    is_active: bool = True
    created_at: datetime.datetime
    expires_at: datetime.datetime | None = None
    last_used_at: datetime.datetime | None = None

    def usable(self, now: datetime.datetime) -> bool:
        return self.is_active and (self.expires_at is None or now < self.expires_at)

    def mark_used(self, now: datetime.datetime) -> None:
        self.last_used_at = now

    def grants_repo(self, namespace: str, name: str, *, is_private: bool, write: bool) -> bool:
        """Whether a resource covers ``namespace/name`` with a push scope (a write) or a pull
        or push scope (a read)."""
        needed = set(OAT_PUSH_SCOPES) if write else set(OAT_REPO_SCOPES)
        return any(
            r.covers_repo(namespace, name, is_private=is_private) and needed & set(r.scopes)
            for r in self.resources
        )

    def grants_org(self, org: str, *, write: bool) -> bool:
        """Whether a ``TYPE_ORG`` resource of ``org`` has ``member-edit`` (a write) or
        ``member-read``/``member-edit`` (a read)."""
        needed = {"member-edit"} if write else set(OAT_ORG_SCOPES)
        return any(
            r.type == "TYPE_ORG" and r.path == org and needed & set(r.scopes)
            for r in self.resources
        )
