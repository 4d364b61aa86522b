"""Repositories, their tags, comments and webhooks (plain data, no operations)."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, Final

from attrs import define, field, frozen

from fakehub.state.entities.accounts import NOT_IN_DOCUMENTS
from fakehub.state.entities.builds import AutomatedBuild, Build, BuildLink, BuildTrigger
from fakehub.state.entities.index import SortedIndex
from fakehub.state.entities.registry import Platform, RegistryContent

__all__ = [
    "IMAGE_STATUSES",
    "LIBRARY",
    "REPO_PERMISSIONS",
    "Comment",
    "Hook",
    "Repository",
    "Tag",
    "TagImage",
    "Webhook",
    "display_repo_ref",
]

LIBRARY: Final = "library"

REPO_PERMISSIONS: Final = {"read": 1, "write": 2, "admin": 3}
"""A group's (team's) permission on an organization's repository, by strength."""


@frozen(kw_only=True)
class TagImage(Platform):
    """One platform's image of a tag (``GET /v2/namespaces/.../tags`` lists them): the
    platform's fields, then the image's."""

    digest: str
    size: int
    status: str = "active"
    last_pulled: datetime.datetime | None = None
    last_pushed: datetime.datetime | None = None


IMAGE_STATUSES: Final = ("active", "inactive")


@define(kw_only=True)
class Tag:
    id: int
    name: str
    full_size: int | None = None
    creator: int
    last_updater: int
    last_updated: datetime.datetime | None
    image_id: str | None = None
    v2: bool = True
    images: list[TagImage] = field(factory=list)
    digest: str | None = None
    """The digest of the manifest the tag names in the registry (set by a push); ``None``
    for a tag without registry content, whose digest the Hub API derives from its images."""
    media_type: str | None = None
    """That manifest's media type."""

    @property
    def last_pulled(self) -> datetime.datetime | None:
        """When any of its images was last pulled."""
        pulls = [i.last_pulled for i in self.images if i.last_pulled is not None]
        return max(pulls) if pulls else None


_EPOCH: Final = datetime.datetime.min.replace(tzinfo=datetime.UTC)


def _listing_key(tag: Tag) -> tuple[datetime.datetime, int]:
    return (tag.last_updated or _EPOCH, -tag.id)


class TagIndex(SortedIndex[str, Tag]):
    """A repository's tags by name, and :meth:`ordered`: the order Docker Hub lists them in,
    newest first (never-updated ones last), ties by id. Any change to a tag made in place must
    call :meth:`touch` (``State.push_tag`` does): the tag listings keep each tag's rendered
    JSON until the index's :attr:`version` moves on."""

    __slots__ = ()
    sort_key: ClassVar[Callable[[Any], Any]] = staticmethod(_listing_key)
    newest_first: ClassVar[bool] = True


def _tag_index(tags: Mapping[str, Tag]) -> TagIndex:
    return TagIndex.of(tags)


@define(kw_only=True)
class Comment:
    id: int
    user: str
    comment: str
    created_on: datetime.datetime
    updated_on: datetime.datetime


@define(kw_only=True)
class Hook:
    id: int
    hook_url: str
    creator: str
    last_updater: str
    date_added: datetime.datetime
    last_updated: datetime.datetime
    active: bool = True


@define(kw_only=True)
class Webhook:
    id: int
    name: str
    active: bool = True
    expect_final_callback: bool = True
    creator: str
    last_updater: str
    last_updated: datetime.datetime
    hooks: list[Hook] = field(factory=list)


@define(kw_only=True)
class Repository:
    id: int
    namespace: str
    name: str
    description: str = ""
    full_description: str = ""
    is_private: bool = False
    status: int = 1
    pull_count: int = 0
    other_stars: int = 0
    """Stars from Docker Hub users that fakehub does not model (demo data's star counts)."""
    stars: dict[str, datetime.datetime] = field(factory=dict)
    """Who starred it, and when."""
    last_updated: datetime.datetime | None = None
    date_registered: datetime.datetime
    collaborators: list[str] = field(factory=list)
    tags: TagIndex = field(factory=TagIndex, converter=_tag_index)
    comments: list[Comment] = field(factory=list)
    webhooks: dict[int, Webhook] = field(factory=dict)
    autobuild: AutomatedBuild | None = None
    builds: list[Build] = field(factory=list)
    links: dict[int, BuildLink] = field(factory=dict)
    build_trigger: BuildTrigger | None = None
    immutable_tags: bool = False
    """Whether tags matching ``immutable_tags_rules`` can no longer be overwritten."""
    immutable_tags_rules: list[str] = field(factory=list)
    team_permissions: dict[int, str] = field(factory=dict)
    """Group id -> ``read``, ``write`` or ``admin`` (an organization's repositories only)."""
    registry: RegistryContent = field(factory=RegistryContent, metadata=NOT_IN_DOCUMENTS)
    """Its manifests and blobs in the registry (documents carry them under ``registry``)."""

    @property
    def full_name(self) -> str:
        return f"{self.namespace}/{self.name}"

    @property
    def star_count(self) -> int:
        return self.other_stars + len(self.stars)

    @property
    def is_automated(self) -> bool:
        return self.autobuild is not None

    @property
    def trigger_url(self) -> str:
        token = self.build_trigger.token if self.build_trigger else ""
        return f"https://registry.hub.docker.com/u/{self.full_name}/trigger/{token}/"


def display_repo_ref(full_name: str) -> str:
    """How Docker Hub names another repository: official images without ``library/``."""
    namespace, _, name = full_name.partition("/")
    return name if namespace == LIBRARY else full_name
