# generated from spec/dockerhub.yaml — do not edit; run `python -m codegen`
"""The models of the spec: plain data, wire rules live in the converter."""

from __future__ import annotations

import datetime
import enum
from typing import Any

import attrs

from dockerhub_sdk._constants import REDACTED
from dockerhub_sdk._model import Model
from dockerhub_sdk._pagination import Page
from dockerhub_sdk._types import UNSET, Unset

__all__ = [
    "AccessToken",
    "AccessTokenCreate",
    "AccessTokenPage",
    "AccessTokenUpdate",
    "ApiTokenCreate",
    "AuditActions",
    "AuditLog",
    "AuditLogAction",
    "AuditLogActions",
    "AuthTokenRequest",
    "AuthTokenResponse",
    "AutomatedBuild",
    "AutomatedBuildCreate",
    "Build",
    "BuildDetails",
    "BuildLink",
    "BuildLinkCreate",
    "BuildMetrics",
    "BuildProvider",
    "BuildResults",
    "BuildTag",
    "BuildTagCreate",
    "BuildTagUpdate",
    "BuildTrigger",
    "BuildTriggerEvent",
    "BuildTriggerRequest",
    "Category",
    "Collaborator",
    "CollaboratorCreate",
    "Comment",
    "CurrentUser",
    "CustomRegistry",
    "Descriptor",
    "GroupMember",
    "GroupMemberCreate",
    "Hook",
    "HookCreate",
    "HubPlan",
    "ImageConfig",
    "ImageIndex",
    "ImageManifest",
    "ImmutableTagsSettings",
    "ImmutableTagsUpdate",
    "ImmutableTagsVerifyRequest",
    "ImmutableTagsVerifyResponse",
    "Invite",
    "InviteBulkCreate",
    "InviteBulkResult",
    "InviteeResult",
    "Login2FARequest",
    "LoginRequest",
    "LoginResponse",
    "NamespaceRepository",
    "NamespaceRepositoryCreate",
    "NamespaceTag",
    "OrgAccessToken",
    "OrgAccessTokenCreate",
    "OrgAccessTokenCreated",
    "OrgAccessTokenResource",
    "OrgAccessTokenResourceType",
    "OrgAccessTokenUpdate",
    "OrgGroup",
    "OrgGroupMember",
    "OrgGroupPatch",
    "OrgGroupWrite",
    "OrgMember",
    "OrgMemberRoleUpdate",
    "OrgSettings",
    "OrgSettingsUpdate",
    "Organization",
    "Platform",
    "PullRateLimit",
    "RegistryAccessManagement",
    "RegistryAccessManagementUpdate",
    "RegistrySettings",
    "RegistryToken",
    "RepoVisibility",
    "Repository",
    "RepositoryCreate",
    "RepositoryGroup",
    "RepositoryGroupCreate",
    "RepositoryGroupUpdate",
    "RepositoryInfo",
    "RepositoryPermissions",
    "RepositoryPrivacy",
    "RepositorySummary",
    "RepositoryUpdate",
    "RestrictedImages",
    "ScimAuthenticationScheme",
    "ScimBulk",
    "ScimEmail",
    "ScimFilterSupport",
    "ScimGroupRef",
    "ScimMeta",
    "ScimName",
    "ScimPatchOp",
    "ScimPatchOperation",
    "ScimResourceType",
    "ScimResourceTypeList",
    "ScimSchema",
    "ScimSchemaAttribute",
    "ScimSchemaList",
    "ScimServiceProviderConfig",
    "ScimSubAttribute",
    "ScimSupported",
    "ScimUser",
    "ScimUserCreate",
    "ScimUserUpdate",
    "SourceType",
    "StandardRegistry",
    "Tag",
    "TagImage",
    "TagList",
    "TriggeredBuild",
    "User",
    "Webhook",
    "WebhookCreate",
]


def _secret_repr(value: object) -> str:
    """The repr of a credential field (`secret: true` in the spec): `'[REDACTED]'` in place of
    a value, so that printing or logging a model never shows a token or a password; an empty
    or absent value is shown as it is."""
    return repr(REDACTED) if isinstance(value, str) and value else repr(value)


class RepoVisibility(enum.StrEnum):
    """The visibility new repositories get."""

    PUBLIC = "public"
    PRIVATE = "private"


class SourceType(enum.StrEnum):
    """What a build tag follows in the source repository, a branch or a tag."""

    BRANCH = "Branch"
    TAG = "Tag"


class BuildProvider(enum.StrEnum):
    """The source-code host of an automated build (the only two Docker Hub supports)."""

    GITHUB = "github"
    BITBUCKET = "bitbucket"


class OrgAccessTokenResourceType(enum.StrEnum):
    """What an organization access token's resource is: repositories or the organization itself."""

    TYPE_REPO = "TYPE_REPO"
    TYPE_ORG = "TYPE_ORG"


@attrs.frozen(kw_only=True, repr=False, eq=False)
class LoginRequest(Model):
    """The credentials `POST /v2/users/login/` takes.

    Attributes:
        username: The Docker Hub username.
        password: The password (or a personal access token).
    """

    username: str
    password: str = attrs.field(repr=_secret_repr, metadata={"secret": True})


@attrs.frozen(kw_only=True, repr=False, eq=False)
class LoginResponse(Model):
    """The answer to a successful login.

    Attributes:
        token: A JWT, sent back as `Authorization: Bearer <token>` on later requests (fakehub also accepts the older `JWT <token>`).
        refresh_token: With `?refresh_token=true` only: a long-lived token hub-tool keeps to get registry tokens later (fakehub's is no access token: `Authorization` refuses it).
    """

    token: str = attrs.field(repr=_secret_repr, metadata={"secret": True})
    refresh_token: str | Unset = attrs.field(
        default=UNSET, repr=_secret_repr, metadata={"secret": True}
    )


@attrs.frozen(kw_only=True, repr=False, eq=False)
class Login2FARequest(Model):
    """The second step of a login to an account with two-factor authentication: `POST /v2/users/2fa-login/`.

    Attributes:
        login_2fa_token: The short-lived token the 401 of `POST /v2/users/login/` carried.
        code: The current time-based one-time password (TOTP) of the account.
    """

    login_2fa_token: str = attrs.field(repr=_secret_repr, metadata={"secret": True})
    code: str = attrs.field(repr=_secret_repr, metadata={"secret": True})


@attrs.frozen(kw_only=True, repr=False, eq=False)
class AuthTokenRequest(Model):
    """The credentials `POST /v2/auth/token/` exchanges for a short-lived access token.

    Attributes:
        identifier: The username (for a password or a personal access token `dckr_pat_...`), or the organization name (for an organization access token `dckr_oat_...`).
        secret: A password, personal access token or organization access token.
    """

    identifier: str
    secret: str = attrs.field(repr=_secret_repr, metadata={"secret": True})


@attrs.frozen(kw_only=True, repr=False, eq=False)
class AuthTokenResponse(Model):
    """The answer of `POST /v2/auth/token/`.

    Attributes:
        access_token: A JWT valid for about 10 minutes, sent as `Authorization: Bearer <access_token>`; it carries the scopes of the personal access token it came from, or acts for the organization with the resources and scopes of the organization access token it came from.
    """

    access_token: str = attrs.field(repr=_secret_repr, metadata={"secret": True})


@attrs.frozen(kw_only=True, repr=False, eq=False)
class AccessToken(Model):
    """A personal access token. Its secret `token` (`dckr_pat_...`) is shown once, in the answer of `create`; everywhere else it is the empty string.

    Attributes:
        client_id: What created it (`HUB`).
        creator_ua: The User-Agent of the request that created it.
        last_used: `null` until it is first used.
        generated_by: `manual` for tokens created through the API or the web page.
        is_active: An inactive token is refused until activated again.
        token: The secret: `dckr_pat_...` in the answer of `create`, the empty string otherwise.
        scopes: `repo:admin`, `repo:write`, `repo:read` or `repo:public_read`.
        expires_at: Absent for a token that never expires.
    """

    uuid: str
    client_id: str
    creator_ip: str
    creator_ua: str
    created_at: datetime.datetime
    last_used: datetime.datetime | None
    generated_by: str
    is_active: bool
    token: str = attrs.field(repr=_secret_repr, metadata={"secret": True})
    token_label: str
    scopes: list[str]
    expires_at: datetime.datetime | Unset = UNSET


@attrs.frozen(kw_only=True, repr=False, eq=False)
class AccessTokenCreate(Model):
    """The body of `POST /v2/access-tokens/`.

    Attributes:
        token_label: A name to recognize the token by.
        scopes: What the token allows: `repo:admin` (read, write, delete), `repo:write` (read and write), `repo:read` or `repo:public_read` (public repositories only).
        expires_at: When it stops working; it never expires when left out.
    """

    token_label: str
    scopes: list[str]
    expires_at: datetime.datetime | Unset = UNSET


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ApiTokenCreate(Model):
    """The body of `POST /v2/api_tokens` (the older path hub-tool's `token create` calls). A token made here has every scope (`repo:admin`); one without a label is labelled `API token`.

    Attributes:
        token_label: A name to recognize the token by.
        is_active: Ignored: a new token is always active (hub-tool sends `false`, Go's zero value).
    """

    token_label: str | Unset = UNSET
    is_active: bool | Unset = UNSET


@attrs.frozen(kw_only=True, repr=False, eq=False)
class AccessTokenUpdate(Model):
    """The body of `PATCH /v2/access-tokens/{uuid}/`; only the fields given are changed.

    Attributes:
        is_active: `false` disables the token (and the access tokens made from it); `true` enables it again.
    """

    token_label: str | Unset = UNSET
    is_active: bool | Unset = UNSET


@attrs.frozen(kw_only=True, repr=False, eq=False)
class User(Model):
    """A Docker Hub user's public profile, as `GET /v2/users/{username}/` returns it.

    Attributes:
        id: The user's id (32 hex digits).
    """

    id: str
    username: str
    full_name: str
    location: str
    company: str
    profile_url: str
    date_joined: datetime.datetime
    gravatar_url: str


@attrs.frozen(kw_only=True, repr=False, eq=False)
class CurrentUser(Model):
    """The logged-in user's profile, as `GET /v2/user/` returns it: the public profile plus `gravatar_email`, `is_staff` and `is_admin`.

    Attributes:
        id: The user's id (32 hex digits).
    """

    id: str
    username: str
    full_name: str
    location: str
    company: str
    gravatar_email: str
    is_staff: bool
    is_admin: bool
    profile_url: str
    date_joined: datetime.datetime
    gravatar_url: str


@attrs.frozen(kw_only=True, repr=False, eq=False)
class RegistrySettings(Model):
    """A user's private-repository quota and default visibility.

    Attributes:
        private_repo_used: How many private repositories the user has.
        private_repo_limit: How many private repositories the plan allows.
        private_repo_available: How many more private repositories can be created.
        default_repo_visibility: The visibility new repositories get.
    """

    private_repo_used: int
    num_free_private_repos: int
    private_repo_limit: int
    private_repo_available: int
    private_repo_percent_used: float
    default_repo_visibility: RepoVisibility


@attrs.frozen(kw_only=True, repr=False, eq=False)
class Repository(Model):
    """A repository, as `GET /v2/repositories/{namespace}/{repository}/` returns it (also the items of a user's starred repositories, which lack `has_starred` and `full_description`).

    Attributes:
        user: The owner's name.
        description: The short description.
        is_automated: Whether it is built by an automated build.
        can_edit: Whether the caller may change it.
        last_updated: `null` until the first push.
        has_starred: Present on single-repository reads.
        full_description: The long description (Markdown).
    """

    user: str
    name: str
    namespace: str
    status: int
    description: str
    is_private: bool
    is_automated: bool
    can_edit: bool
    star_count: int
    pull_count: int
    last_updated: datetime.datetime | None
    has_starred: bool | Unset = UNSET
    full_description: str | Unset = UNSET


@attrs.frozen(kw_only=True, repr=False, eq=False)
class Category(Model):
    """A category a repository is classified under.

    Attributes:
        name: Human-readable, e.g. `Databases`.
        slug: URL-friendly, e.g. `databases`.
    """

    name: str
    slug: str


@attrs.frozen(kw_only=True, repr=False, eq=False)
class RepositoryPermissions(Model):
    """What the caller may do with a repository."""

    read: bool
    write: bool
    admin: bool


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ImmutableTagsSettings(Model):
    """Whether tags matching the rules can be overwritten.

    Attributes:
        rules: Regular expressions naming the immutable tags.
    """

    enabled: bool
    rules: list[str]


@attrs.frozen(kw_only=True, repr=False, eq=False)
class NamespaceRepository(Model):
    """A repository as `GET /v2/namespaces/{namespace}/repositories` lists it.

    Attributes:
        repository_type: `image`, `plugin` or `null`.
        status_description: `active` or `inactive`.
        last_updated: `null` until the first push.
        affiliation: The caller's affiliation with it (empty when none).
        storage_size: Bytes stored.
    """

    name: str
    namespace: str
    repository_type: str | None
    status: int
    status_description: str
    description: str | None
    is_private: bool
    star_count: int
    pull_count: int
    last_updated: datetime.datetime | None
    last_modified: datetime.datetime | Unset | None = UNSET
    date_registered: datetime.datetime
    affiliation: str | Unset = UNSET
    media_types: list[str]
    content_types: list[str]
    categories: list[Category]
    storage_size: int | Unset | None = UNSET


@attrs.frozen(kw_only=True, repr=False, eq=False)
class RepositoryInfo(Model):
    """A repository as `GET /v2/namespaces/{namespace}/repositories/{repository}` returns it (and the answer of creating one).

    Attributes:
        user: The owner's name.
        last_updated: When it was last pushed to (its registration date before that).
        has_starred: Whether the caller starred it.
        full_description: The long description (Markdown).
        storage_size: Bytes stored.
        source: Where it was created from.
    """

    user: str
    name: str
    namespace: str
    repository_type: str | Unset | None = UNSET
    status: int
    status_description: str
    description: str
    is_private: bool
    is_automated: bool
    star_count: int
    pull_count: int
    last_updated: datetime.datetime | None
    last_modified: datetime.datetime | Unset | None = UNSET
    date_registered: datetime.datetime
    collaborator_count: int
    affiliation: str | Unset | None = UNSET
    hub_user: str | Unset | None = UNSET
    has_starred: bool
    full_description: str | Unset | None = UNSET
    permissions: RepositoryPermissions
    media_types: list[str]
    content_types: list[str]
    categories: list[Category]
    immutable_tags_settings: ImmutableTagsSettings
    storage_size: int | Unset | None = UNSET
    source: str | Unset | None = UNSET


@attrs.frozen(kw_only=True, repr=False, eq=False)
class NamespaceRepositoryCreate(Model):
    """The body of `POST /v2/namespaces/{namespace}/repositories`; the namespace comes from the path.

    Attributes:
        name: The new repository's name.
        description: The short description (at most 100 characters).
        full_description: The long description (Markdown, at most 25,000 characters).
        registry: The registry hosting it (`docker.io`).
        is_private: Docker Hub's default is `false`.
    """

    namespace: str
    name: str
    description: str | Unset = UNSET
    full_description: str | Unset = UNSET
    registry: str | Unset = UNSET
    is_private: bool | Unset = UNSET


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ImmutableTagsUpdate(Model):
    """The body of `PATCH /v2/namespaces/{namespace}/repositories/{repository}/immutabletags`. Docker's description requires neither field: a field left out keeps its value (an empty body changes nothing).

    Attributes:
        immutable_tags: Whether immutable tags are enabled.
        immutable_tags_rules: Regular expressions naming the tags that cannot be overwritten, e.g. `v.*`.
    """

    immutable_tags: bool | Unset = UNSET
    immutable_tags_rules: list[str] | Unset = UNSET


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ImmutableTagsVerifyRequest(Model):
    """The body of `POST .../immutabletags/verify`.

    Attributes:
        regex: The rule to try on the repository's tags.
    """

    regex: str


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ImmutableTagsVerifyResponse(Model):
    """The tags a rule matches."""

    tags: list[str]


@attrs.frozen(kw_only=True, repr=False, eq=False)
class TagImage(Model):
    """One platform's image of a tag.

    Attributes:
        architecture: `amd64`, `arm64`...
        variant: `v8` for arm64; `null` when the architecture has none.
        digest: The image manifest's digest, `sha256:...`.
        size: Compressed size in bytes.
        status: `active` or `inactive` (pushed or pulled in the past month).
    """

    architecture: str
    features: str
    variant: str | None
    digest: str | None
    os: str
    os_features: str
    os_version: str | None
    size: int
    status: str
    last_pulled: datetime.datetime | None
    last_pushed: datetime.datetime | None


@attrs.frozen(kw_only=True, repr=False, eq=False)
class NamespaceTag(Model):
    """A tag as `GET /v2/namespaces/{namespace}/repositories/{repository}/tags` returns it, with one image per platform.

    Attributes:
        creator: The numeric id of the user who pushed it first.
        repository: The repository's numeric id.
        full_size: Compressed size in bytes.
        tag_status: `active` or `inactive`.
        digest: The digest of the tag's manifest (list).
        content_type: `image` for container images.
    """

    id: int
    images: list[TagImage]
    creator: int
    last_updated: datetime.datetime | None
    last_updater: int
    last_updater_username: str
    name: str
    repository: int
    full_size: int | None
    v2: bool
    tag_status: str
    tag_last_pulled: datetime.datetime | None
    tag_last_pushed: datetime.datetime | None
    digest: str | Unset = UNSET
    media_type: str | Unset = UNSET
    content_type: str | Unset = UNSET


@attrs.frozen(kw_only=True, repr=False, eq=False)
class RepositorySummary(Model):
    """A repository as a user's repository list names it."""

    namespace: str
    name: str


@attrs.frozen(kw_only=True, repr=False, eq=False)
class RepositoryCreate(Model):
    """The body of `POST /v2/repositories/`. Fields left out are not sent: Docker Hub then applies its own defaults (an omitted `is_private` follows the user's default visibility).

    Attributes:
        namespace: The user or organization to create it under.
        name: The new repository's name.
        description: The short description.
        full_description: The long description (Markdown).
    """

    namespace: str
    name: str
    description: str | Unset = UNSET
    full_description: str | Unset = UNSET
    is_private: bool | Unset = UNSET


@attrs.frozen(kw_only=True, repr=False, eq=False)
class RepositoryUpdate(Model):
    """The body of `PATCH /v2/repositories/{namespace}/{repository}/`; only the fields given are changed.

    Attributes:
        description: The short description.
        full_description: The long description (Markdown).
    """

    description: str | Unset = UNSET
    full_description: str | Unset = UNSET


@attrs.frozen(kw_only=True, repr=False, eq=False)
class RepositoryPrivacy(Model):
    """The body of `POST /v2/repositories/{namespace}/{repository}/privacy/`.

    Attributes:
        is_private: `true` makes the repository private, `false` public.
    """

    is_private: bool


@attrs.frozen(kw_only=True, repr=False, eq=False)
class Tag(Model):
    """A tag as the legacy `GET /v2/repositories/{namespace}/{repository}/tags/` (and one tag, `.../tags/{tag}/`) returns it: the fields Docker's CLI (hub-tool's `hubTagResult`) and Terraform provider (`Tag`) decode, with one image per platform; timestamps with six fraction digits, as the live Hub writes them. The fields after `v2` are optional: older answers (the JavaScript library's README sample, 2015) lack them; fakehub always sends them.

    Attributes:
        full_size: Compressed size in bytes.
        repository: The repository's numeric id.
        creator: The numeric id of the user who pushed it first.
        last_updater: The numeric id of the user who pushed it last.
        tag_status: `active` or `inactive`.
        digest: The digest of the tag's manifest (list).
        content_type: `image` for container images.
    """

    name: str
    full_size: int | None
    id: int
    repository: int
    creator: int
    last_updater: int
    last_updated: datetime.datetime | None
    image_id: str | None
    v2: bool
    last_updater_username: str | Unset = UNSET
    images: list[TagImage] | Unset = UNSET
    tag_status: str | Unset = UNSET
    tag_last_pulled: datetime.datetime | Unset | None = UNSET
    tag_last_pushed: datetime.datetime | Unset | None = UNSET
    digest: str | Unset = UNSET
    media_type: str | Unset = UNSET
    content_type: str | Unset = UNSET


@attrs.frozen(kw_only=True, repr=False, eq=False)
class Comment(Model):
    """A comment on a repository's Docker Hub page.

    Attributes:
        user: The author's username.
    """

    id: int
    user: str
    comment: str
    created_on: datetime.datetime
    updated_on: datetime.datetime


@attrs.frozen(kw_only=True, repr=False, eq=False)
class Organization(Model):
    """An organization's profile, as `GET /v2/orgs/{org}/` and `GET /v2/user/orgs/` return it. Docker's official description omits both endpoints; the fields are inferred from Docker's CLI (docker/hub-tool), which reads `orgname`, `full_name`, `company`, `location`, `type` and `date_joined`.

    Attributes:
        id: The organization's id (32 hex digits).
        orgname: The organization's name (its namespace).
        type: Always `Org` (the official `user.type` enum's spelling).
    """

    id: str
    orgname: str
    full_name: str
    location: str
    company: str
    profile_url: str
    date_joined: datetime.datetime
    gravatar_url: str
    type: str


@attrs.frozen(kw_only=True, repr=False, eq=False)
class OrgMember(Model):
    """A member of an organization, as `GET /v2/orgs/{org_name}/members` lists it (the official `org_member`): the user's public profile plus their role and groups.

    Attributes:
        id: The user's id (32 hex digits).
        type: Always `User`.
        email: The member's email address.
        role: `Owner`, `Editor`, `Member`, or `Invitee` for a pending invite.
        groups: The groups (teams) of the organization the user is in.
        is_guest: Whether the member's email is outside the organization's verified domains.
    """

    id: str
    username: str
    full_name: str
    location: str
    company: str
    profile_url: str
    date_joined: datetime.datetime
    gravatar_url: str
    type: str
    email: str
    role: str
    groups: list[str]
    is_guest: bool


@attrs.frozen(kw_only=True, repr=False, eq=False)
class OrgGroup(Model):
    """A group (team) of an organization, as the official `org_group`.

    Attributes:
        id: The group's numeric id.
        member_count: How many users are in the group.
    """

    id: int
    name: str
    description: str
    member_count: int


@attrs.frozen(kw_only=True, repr=False, eq=False)
class OrgGroupWrite(Model):
    """The body of `POST /v2/orgs/{org_name}/groups` and `PUT .../groups/{group_name}`.

    Attributes:
        name: The group's (new) name.
        description: What the group is for.
    """

    name: str
    description: str = ""


@attrs.frozen(kw_only=True, repr=False, eq=False)
class OrgMemberRoleUpdate(Model):
    """The body of `PUT /v2/orgs/{org_name}/members/{username}`.

    Attributes:
        role: `owner`, `editor` or `member`.
    """

    role: str


@attrs.frozen(kw_only=True, repr=False, eq=False)
class RestrictedImages(Model):
    """An organization's image access management settings (the official `restricted_images`); Docker Hub applies them on a business subscription only.

    Attributes:
        enabled: Whether the organization's members may only use the images allowed below.
        allow_official_images: With `enabled`: Docker Official Images are allowed.
        allow_verified_publishers: With `enabled`: Verified Publisher images are allowed.
    """

    enabled: bool
    allow_official_images: bool
    allow_verified_publishers: bool


@attrs.frozen(kw_only=True, repr=False, eq=False)
class OrgSettings(Model):
    """An organization's settings, as `GET /v2/orgs/{name}/settings` returns them (the official `orgSettings`)."""

    restricted_images: RestrictedImages


@attrs.frozen(kw_only=True, repr=False, eq=False)
class OrgSettingsUpdate(Model):
    """The body of `PUT /v2/orgs/{name}/settings`: the settings, replaced as a whole.

    Attributes:
        restricted_images: All three fields are required.
    """

    restricted_images: RestrictedImages


@attrs.frozen(kw_only=True, repr=False, eq=False)
class StandardRegistry(Model):
    """One of Docker's own registries in registry access management.

    Attributes:
        id: `DockerHub`.
        allowed: Whether members may pull from it while registry access management is on.
    """

    id: str
    allowed: bool


@attrs.frozen(kw_only=True, repr=False, eq=False)
class CustomRegistry(Model):
    """A registry the organization allows its members to pull from.

    Attributes:
        address: Its host name, e.g. `ghcr.io`.
        friendly_name: Its display name.
    """

    address: str
    friendly_name: str
    allowed: bool


@attrs.frozen(kw_only=True, repr=False, eq=False)
class RegistryAccessManagement(Model):
    """An organization's registry access management settings (`GET /v2/orgs/{org}/settings/registry-access-management`, the Terraform provider's `OrgSettingRegistryAccessManagement`): with `enabled`, members pull only from the registries allowed here."""

    enabled: bool
    standard_registries: list[StandardRegistry]
    custom_registries: list[CustomRegistry]


@attrs.frozen(kw_only=True, repr=False, eq=False)
class RegistryAccessManagementUpdate(Model):
    """The body of `PUT /v2/orgs/{org}/settings/registry-access-management`: `enabled`, and the lists to replace (a list left out is kept; each address at most once)."""

    enabled: bool
    standard_registries: list[StandardRegistry] | Unset = UNSET
    custom_registries: list[CustomRegistry] | Unset = UNSET


@attrs.frozen(kw_only=True, repr=False, eq=False)
class HubPlan(Model):
    """An account's Docker Hub plan, as `GET /api/billing/v4/accounts/{account_id}/hub-plan` answers it (hub-tool's `hubPlanResponse`). 9999 means unlimited.

    Attributes:
        name: `free` (a personal account), `pro` or `team`.
        legacy: Whether it is a plan Docker no longer sells.
        duration: The billing cycle: `monthly` or `annual` (empty for a free plan).
    """

    name: str
    legacy: bool
    seats: int
    private_repos: int
    teams: int
    collaborators: int
    parallel_builds: int
    duration: str


@attrs.frozen(kw_only=True, repr=False, eq=False)
class OrgAccessTokenResource(Model):
    """What an organization access token may reach (the official `orgAccessTokenResource`). `TYPE_REPO`: `path` is `<org>/<repository>` (an existing repository), a glob such as `<org>/*`, or `*/*/public` (every public repository); `scopes` are `repo-pull` (read) and `repo-push` (read and write; `*/*/public` takes `repo-pull` only), also accepted as `scope-image-pull` / `scope-image-push`, the spelling of Docker's official example. `TYPE_ORG`: `path` is the organization's name; `scopes` are `member-read` (its members and groups) and `member-edit` (change them too)."""

    type: OrgAccessTokenResourceType
    path: str
    scopes: list[str]


@attrs.frozen(kw_only=True, repr=False, eq=False)
class OrgAccessToken(Model):
    """An organization access token without its secret (the official `orgAccessToken` with the `resources` of `getOrgAccessTokenResponse`, and its `description`).

    Attributes:
        id: A UUID.
        created_by: The username of the owner who created it.
        is_active: An inactive token is refused until activated again.
        expires_at: `null` for a token that never expires.
        last_used_at: `null` until it is first exchanged for an access token.
    """

    id: str
    label: str
    description: str
    created_by: str
    is_active: bool
    created_at: datetime.datetime
    expires_at: datetime.datetime | None
    last_used_at: datetime.datetime | None
    resources: list[OrgAccessTokenResource]


@attrs.frozen(kw_only=True, repr=False, eq=False)
class OrgAccessTokenCreated(Model):
    """The answer of `POST /v2/orgs/{name}/access-tokens` (the official `createOrgAccessTokenResponse`): the token with its secret `token` (`dckr_oat_...`), shown this once.

    Attributes:
        token: The secret, `dckr_oat_...`: exchange it with `POST /v2/auth/token` (identifier: the organization's name).
    """

    id: str
    label: str
    description: str
    created_by: str
    is_active: bool
    created_at: datetime.datetime
    expires_at: datetime.datetime | None
    last_used_at: datetime.datetime | None
    token: str = attrs.field(repr=_secret_repr, metadata={"secret": True})
    resources: list[OrgAccessTokenResource]


@attrs.frozen(kw_only=True, repr=False, eq=False)
class OrgAccessTokenCreate(Model):
    """The body of `POST /v2/orgs/{name}/access-tokens` (the official `createOrgAccessTokenRequest`).

    Attributes:
        label: A name to recognize the token by.
        description: What the token is for (empty when left out).
        resources: What the token may reach; at least one.
        expires_at: When it stops working; it never expires when left out.
    """

    label: str
    description: str | Unset = UNSET
    resources: list[OrgAccessTokenResource]
    expires_at: datetime.datetime | Unset = UNSET


@attrs.frozen(kw_only=True, repr=False, eq=False)
class OrgAccessTokenUpdate(Model):
    """The body of `PATCH /v2/orgs/{org_name}/access-tokens/{access_token_id}`; only the fields given are changed.

    Attributes:
        resources: Replaces every resource.
        is_active: `false` disables the token (and the access tokens made from it); `true` enables it again.
    """

    label: str | Unset = UNSET
    description: str | Unset = UNSET
    resources: list[OrgAccessTokenResource] | Unset = UNSET
    is_active: bool | Unset = UNSET


@attrs.frozen(kw_only=True, repr=False, eq=False)
class Collaborator(Model):
    """A user with write access to a repository.

    Attributes:
        user: The collaborator's username.
    """

    user: str


@attrs.frozen(kw_only=True, repr=False, eq=False)
class CollaboratorCreate(Model):
    """The body of `POST .../collaborators/`.

    Attributes:
        user: The username to add.
    """

    user: str


@attrs.frozen(kw_only=True, repr=False, eq=False)
class GroupMember(Model):
    """A member of an organization's group.

    Attributes:
        member: The member's username.
    """

    member: str


@attrs.frozen(kw_only=True, repr=False, eq=False)
class GroupMemberCreate(Model):
    """The body of `POST /v2/orgs/{org}/groups/{group}/members/`.

    Attributes:
        member: The username to add.
    """

    member: str


@attrs.frozen(kw_only=True, repr=False, eq=False)
class Build(Model):
    """One build of an automated-build repository, as its build history lists it.

    Attributes:
        status: The outcome: -1 error, 0 queued, 3 building, 10 success (others may exist).
        build_code: The code that identifies the build in its URL.
        dockertag_name: The tag the build produces.
        cause: Always `null` in practice.
    """

    id: int
    status: int
    created_date: datetime.datetime
    last_updated: datetime.datetime
    build_code: str
    dockertag_name: str
    cause: Any | None


@attrs.frozen(kw_only=True, repr=False, eq=False)
class BuildDetails(Model):
    """One build with its results (`GET .../buildhistory/{build_code}/`).

    Attributes:
        status: The outcome: -1 error, 0 queued, 3 building, 10 success (others may exist).
        build_code: The code that identifies the build in its URL.
        dockertag_name: The tag the build produces.
        cause: Always `null` in practice.
    """

    id: int
    status: int
    created_date: datetime.datetime
    last_updated: datetime.datetime
    build_code: str
    dockertag_name: str
    cause: Any | None
    build_results: BuildResults


@attrs.frozen(kw_only=True, repr=False, eq=False)
class BuildResults(Model):
    """What a build did: its sources, Dockerfile, logs, timings and errors.

    Attributes:
        build_path: The Dockerfile's directory in the source repository.
        docker_repo: `namespace/name` of the repository built.
        error: The error message of a failed build.
        failure: The failure message of a failed build.
        source_type: The kind of source repository (`git`), not a SourceType.
        source_url: The clone URL of the source repository.
    """

    build_code: str
    build_path: str
    buildmetrics: BuildMetrics
    created_at: datetime.datetime
    docker_repo: str
    docker_tag: str
    docker_user: str
    dockerfile_contents: str
    error: str | None
    failure: str | None
    last_updated: datetime.datetime
    logs: str
    readme_contents: str
    source_branch: str
    source_type: str
    source_url: str


@attrs.frozen(kw_only=True, repr=False, eq=False)
class BuildMetrics(Model):
    """When each step of a build happened; `null` for the steps it never reached."""

    uploaded: datetime.datetime | None
    built: datetime.datetime | None
    created: datetime.datetime | None
    started: datetime.datetime | None
    cloned: datetime.datetime | None
    readme: datetime.datetime | None
    finished: datetime.datetime | None
    error: datetime.datetime | None
    claimed: datetime.datetime | None
    bundled: datetime.datetime | None
    dockerfile: datetime.datetime | None
    failure: datetime.datetime | None


@attrs.frozen(kw_only=True, repr=False, eq=False)
class BuildTriggerRequest(Model):
    """The body of `POST .../autobuild/trigger-build/`: which build tags to build. Details that match none of the repository's build tags build nothing.

    Attributes:
        dockerfile_location: The Dockerfile's directory.
        source_name: The branch or tag name to build from.
    """

    dockerfile_location: str = "/"
    source_type: SourceType = SourceType.BRANCH
    source_name: str = "master"


@attrs.frozen(kw_only=True, repr=False, eq=False)
class TriggeredBuild(Model):
    """One build a trigger submitted.

    Attributes:
        evaluated_tag_name: The Docker tag the build will produce.
        msg: A status message such as `Build submitted`.
    """

    source_type: SourceType
    source_name: str
    evaluated_tag_name: str
    build_code: str
    msg: str
    queued_for_retry: bool


@attrs.frozen(kw_only=True, repr=False, eq=False)
class AutomatedBuild(Model):
    """The automated-build settings of a repository (without its links and build trigger).

    Attributes:
        repository: The repository's numeric id.
        build_name: The source repository's `owner/name`.
        source_url: The clone URL of the source repository.
        docker_url: `namespace/name` of the Docker Hub repository.
        repo_web_url: The web page of the source repository.
        repo_type: The kind of source repository (`git`).
        repo_id: The provider's id of the source repository (sent as a string or a number).
        webhook_id: The provider's webhook id (sent as a string or a number).
    """

    repository: int
    build_name: str
    provider: BuildProvider
    source_url: str
    docker_url: str
    repo_web_url: str
    repo_type: str
    active: bool
    repo_id: str | int
    build_tags: list[BuildTag]
    deploykey: str | None
    hook_id: str | int | None
    webhook_id: str | int


@attrs.frozen(kw_only=True, repr=False, eq=False)
class AutomatedBuildCreate(Model):
    """The body of `POST .../autobuild/`. The repository's name and namespace come from the path; without `build_tags` one tag `latest` is built from branch `master` with the Dockerfile at `/`.

    Attributes:
        provider: Where the source repository is hosted.
        vcs_repo_name: The source repository, as `owner/name` on the provider.
        description: The short description.
        build_tags: What to build; by default tag `latest` from branch `master`, Dockerfile at `/`.
    """

    name: str
    namespace: str
    active: bool = True
    dockerhub_repo_name: str
    is_private: bool = False
    provider: BuildProvider
    vcs_repo_name: str
    description: str | Unset = UNSET
    build_tags: list[BuildTagCreate] = attrs.Factory(
        lambda: [
            BuildTagCreate(
                name="latest",
                source_type=SourceType.BRANCH,
                source_name="master",
                dockerfile_location="/",
            )
        ]
    )


@attrs.frozen(kw_only=True, repr=False, eq=False)
class BuildTag(Model):
    """A build tag of an automated build: which branch or tag of the source repository is built into which Docker tag.

    Attributes:
        name: The Docker tag to produce; may be a template such as `{sourceref}`.
        dockerfile_location: The Dockerfile's directory.
        source_name: The branch or tag name (or a /regex/) to build from.
    """

    id: int
    name: str
    dockerfile_location: str
    source_name: str
    source_type: SourceType


@attrs.frozen(kw_only=True, repr=False, eq=False)
class BuildTagCreate(Model):
    """The body of `POST .../autobuild/tags/` (also the items of an automated build's `build_tags`).

    Attributes:
        name: The Docker tag to produce; may be a template such as `{sourceref}`.
        dockerfile_location: The Dockerfile's directory.
        source_name: The branch or tag name (or a /regex/) to build from.
    """

    name: str = "latest"
    dockerfile_location: str = "/"
    source_type: SourceType = SourceType.BRANCH
    source_name: str = "master"


@attrs.frozen(kw_only=True, repr=False, eq=False)
class BuildTagUpdate(Model):
    """The body of `PUT .../autobuild/tags/{build_tag_id}/`, replacing the build tag; its `id` comes from the path.

    Attributes:
        name: The Docker tag to produce; may be a template such as `{sourceref}`.
        dockerfile_location: The Dockerfile's directory.
        source_name: The branch or tag name (or a /regex/) to build from.
    """

    id: int
    name: str
    dockerfile_location: str = "/"
    source_type: SourceType = SourceType.BRANCH
    source_name: str = "master"


@attrs.frozen(kw_only=True, repr=False, eq=False)
class BuildLink(Model):
    """A build link; a new image of `to_repo` triggers a build of `from_repo`.

    Attributes:
        from_repo: `namespace/name` of the repository that is rebuilt.
        to_repo: The repository it follows (`name` alone for an official image).
    """

    id: int
    from_repo: str
    to_repo: str


@attrs.frozen(kw_only=True, repr=False, eq=False)
class BuildLinkCreate(Model):
    """The body of `POST .../links/`.

    Attributes:
        to_repo: The repository to follow, `namespace/name`; `name` or `_/name` mean `library/name`.
    """

    to_repo: str


@attrs.frozen(kw_only=True, repr=False, eq=False)
class BuildTrigger(Model):
    """The build trigger of an automated build (a URL that starts builds when POSTed to)."""

    token: str = attrs.field(repr=_secret_repr, metadata={"secret": True})
    active: bool
    trigger_url: str = attrs.field(repr=_secret_repr, metadata={"secret": True})


@attrs.frozen(kw_only=True, repr=False, eq=False)
class BuildTriggerEvent(Model):
    """One call of a build trigger URL.

    Attributes:
        ip_address: The caller's address; Docker Hub may pad it with trailing whitespace.
        result: A short result such as `triggered`.
        build_code: The code of the build it started.
    """

    ip_address: str
    result: str
    result_desc: str
    user_agent: str
    request_body: Any | None
    created: datetime.datetime
    build_code: str


@attrs.frozen(kw_only=True, repr=False, eq=False)
class Webhook(Model):
    """A named webhook of a repository, with the URLs it calls.

    Attributes:
        hooks: The URLs called; empty for a new webhook.
    """

    id: int
    name: str
    active: bool
    expect_final_callback: bool
    creator: str
    last_updated: datetime.datetime
    last_updater: str
    hooks: list[Hook]


@attrs.frozen(kw_only=True, repr=False, eq=False)
class WebhookCreate(Model):
    """The body of `POST .../webhooks/`.

    Attributes:
        name: The new webhook's name.
    """

    name: str


@attrs.frozen(kw_only=True, repr=False, eq=False)
class Hook(Model):
    """A URL a webhook calls."""

    id: int
    creator: str
    last_updater: str
    hook_url: str
    date_added: datetime.datetime
    last_updated: datetime.datetime
    active: bool


@attrs.frozen(kw_only=True, repr=False, eq=False)
class HookCreate(Model):
    """The body of `POST .../webhooks/{webhook_id}/hooks/`.

    Attributes:
        hook_url: The URL to call.
    """

    hook_url: str


@attrs.frozen(kw_only=True, repr=False, eq=False)
class AuditLogAction(Model):
    """One action of the audit-log catalogue, as the official `AuditLogAction`.

    Attributes:
        name: The action within its category (`tag.push`); events and the `action` filter use `{category}.{name}` (`repo.tag.push`).
        label: A short title (`Tag Pushed`).
    """

    name: str
    description: str
    label: str


@attrs.frozen(kw_only=True, repr=False, eq=False)
class AuditLogActions(Model):
    """The actions of one category, as the official `AuditLogActions`.

    Attributes:
        label: The category's title (`Repository`).
    """

    actions: list[AuditLogAction]
    label: str


@attrs.frozen(kw_only=True, repr=False, eq=False)
class AuditActions(Model):
    """The catalogue of audit-log actions, as the official `GetAuditActionsResponse`.

    Attributes:
        actions: The categories (`org`, `repo`) by key.
    """

    actions: dict[str, AuditLogActions]


@attrs.frozen(kw_only=True, repr=False, eq=False)
class AuditLog(Model):
    """One audit-log event, as the official `AuditLog`.

    Attributes:
        account: The organization the event belongs to.
        action: `{category}.{name}` of the catalogue (`repo.tag.push`).
        name: What it is about: the repository (`acme/app`) for repository events, the member's username for member events, otherwise the organization.
        actor: The user who made the change.
        data: The details (`{tag: latest}`); Docker omits an empty map.
        action_description: A sentence (`pushed the tag latest to the repository acme/app`).
    """

    account: str
    action: str
    name: str
    actor: str
    data: dict[str, str] | Unset = UNSET
    timestamp: datetime.datetime
    action_description: str


@attrs.frozen(kw_only=True, repr=False, eq=False)
class Invite(Model):
    """A pending invitation to join an organization (the official `invite`, plus the `role` Docker Hub also sends).

    Attributes:
        id: The invite's id (a UUID).
        inviter_username: Who sent it.
        invitee: The Docker ID of a registered user, or the email address of someone without an account.
        org: The organization to join.
        team: The group (team) to join; empty for none.
        role: The role the invitee gets: `owner`, `editor` or `member`.
    """

    id: str
    inviter_username: str
    invitee: str
    org: str
    team: str
    role: str
    created_at: datetime.datetime


@attrs.frozen(kw_only=True, repr=False, eq=False)
class InviteBulkCreate(Model):
    """The body of `POST /v2/invites/bulk`.

    Attributes:
        org: The organization to invite to.
        invitees: Docker IDs or email addresses (1 to 1000).
        team: A group (team) of the organization the invitees join; empty for none.
        role: `owner`, `editor` or `member`.
        dry_run: Only validate; create no invite.
    """

    org: str
    invitees: list[str]
    team: str = ""
    role: str = "member"
    dry_run: bool = False


@attrs.frozen(kw_only=True, repr=False, eq=False)
class InviteeResult(Model):
    """What happened to one invitee of a bulk invite.

    Attributes:
        invitee: The invitee as given.
        status: `invited`, `already_invited` (a pending invite exists: `invite` is it), `existing_org_member` or `invalid_email_or_docker_id`.
        invite: The invite: the new one (`invited`; absent on a dry run) or the pending one (`already_invited`).
    """

    invitee: str
    status: str
    invite: Invite | Unset = UNSET


@attrs.frozen(kw_only=True, repr=False, eq=False)
class InviteBulkResult(Model):
    """The answer of `POST /v2/invites/bulk`, one result per invitee in the order given."""

    invitees: list[InviteeResult]


@attrs.frozen(kw_only=True, repr=False, eq=False)
class OrgGroupPatch(Model):
    """The body of `PATCH /v2/orgs/{org_name}/groups/{group_name}`; only the fields given change.

    Attributes:
        name: The group's new name.
        description: What the group is for.
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET


@attrs.frozen(kw_only=True, repr=False, eq=False)
class OrgGroupMember(Model):
    """A member of a group, as `GET /v2/orgs/{org_name}/groups/{group_name}/members` lists it (the official `group_member`). `email` and `gravatar_email` are shown to the organization's owners only.

    Attributes:
        id: The user's id (32 hex digits).
        type: Always `User`.
        email: The member's email address (owners only).
        gravatar_email: The member's Gravatar email (owners only).
    """

    id: str
    username: str
    full_name: str
    location: str
    company: str
    profile_url: str
    date_joined: datetime.datetime
    gravatar_url: str
    type: str
    email: str | Unset = UNSET
    gravatar_email: str | Unset = UNSET


@attrs.frozen(kw_only=True, repr=False, eq=False)
class RepositoryGroupCreate(Model):
    """The body of `POST /v2/repositories/{namespace}/{repository}/groups`.

    Attributes:
        group_id: The id of a group (team) of the organization that owns the repository.
        permission: `read` (view, pull), `write` (also push) or `admin` (also manage the repository).
    """

    group_id: int
    permission: str


@attrs.frozen(kw_only=True, repr=False, eq=False)
class RepositoryGroupUpdate(Model):
    """The body of `PATCH /v2/repositories/{namespace}/{repository}/groups/{group_id}/`.

    Attributes:
        permission: `read`, `write` or `admin`.
    """

    permission: str


@attrs.frozen(kw_only=True, repr=False, eq=False)
class RepositoryGroup(Model):
    """A group's (team's) permission on a repository.

    Attributes:
        permission: `read`, `write` or `admin`.
    """

    group_name: str
    permission: str
    group_id: int


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ScimName(Model):
    """A SCIM user's name.

    Attributes:
        formatted: The full name (RFC 7643); accepted, not kept.
        middle_name: Accepted, not kept.
        honorific_prefix: Accepted, not kept.
        honorific_suffix: Accepted, not kept.
    """

    given_name: str | Unset = UNSET
    family_name: str | Unset = UNSET
    formatted: str | Unset = UNSET
    middle_name: str | Unset = UNSET
    honorific_prefix: str | Unset = UNSET
    honorific_suffix: str | Unset = UNSET


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ScimEmail(Model):
    """An email address of a SCIM user.

    Attributes:
        type: `work`, `home`... (RFC 7643); accepted, not kept.
    """

    value: str
    display: str | Unset = UNSET
    primary: bool | Unset = UNSET
    type: str | Unset = UNSET


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ScimGroupRef(Model):
    """A group (team) of the organization the SCIM user is in.

    Attributes:
        value: The group's name.
    """

    value: str
    display: str | Unset = UNSET


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ScimMeta(Model):
    """A SCIM resource's metadata.

    Attributes:
        location: The resource's absolute URL.
    """

    resource_type: str
    location: str
    created: datetime.datetime
    last_modified: datetime.datetime


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ScimUser(Model):
    """A SCIM user: a person the organization's identity provider provisions. `id` and `schemas` are always present; the other attributes may be left out by `attributes`.

    Attributes:
        id: The SCIM id (a UUID).
        user_name: The user's email address.
        display_name: The Docker ID (username).
        active: Whether the user is a member of the organization.
    """

    schemas: list[str]
    id: str
    user_name: str | Unset = UNSET
    name: ScimName | Unset = UNSET
    display_name: str | Unset = UNSET
    active: bool | Unset = UNSET
    emails: list[ScimEmail] | Unset = UNSET
    groups: list[ScimGroupRef] | Unset = UNSET
    meta: ScimMeta | Unset = UNSET


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ScimUserCreate(Model):
    """What `POST /v2/scim/2.0/Users` takes.

    Attributes:
        schemas: Must include `urn:ietf:params:scim:schemas:core:2.0:User`.
        user_name: The user's email address.
        active: `false` provisions the user deactivated (not a member).
        emails: Accepted, not kept: the address is `userName`.
        display_name: Accepted, not kept: Docker's `displayName` is the username, which it chooses.
        external_id: The identity provider's id of the user; accepted, not kept.
        id: Read-only (RFC 7643); ignored.
        groups: Read-only (RFC 7643); ignored.
        meta: Read-only (RFC 7643); ignored.
    """

    schemas: list[str] = attrs.Factory(lambda: ["urn:ietf:params:scim:schemas:core:2.0:User"])
    user_name: str
    name: ScimName | Unset = UNSET
    active: bool | Unset = UNSET
    emails: list[ScimEmail] | Unset = UNSET
    display_name: str | Unset = UNSET
    external_id: str | Unset = UNSET
    id: str | Unset = UNSET
    groups: Any | Unset = UNSET
    meta: Any | Unset = UNSET


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ScimUserUpdate(Model):
    """What `PUT /v2/scim/2.0/Users/{id}` takes. `active` (RFC 7643) or `enabled` (Docker's name) says whether the user stays provisioned; Docker treats leaving both out as `false`, deactivating the user. `name` given replaces the name parts it carries.

    Attributes:
        schemas: Must include `urn:ietf:params:scim:schemas:core:2.0:User`.
        user_name: Must be the user's current userName (it cannot change).
        enabled: Docker's name for `active`.
        emails: Accepted, not kept: the address is `userName`.
        display_name: Read-only in Docker (the username); ignored.
        external_id: The identity provider's id of the user; accepted, not kept.
        id: Read-only (RFC 7643); ignored.
        groups: Read-only (RFC 7643); ignored.
        meta: Read-only (RFC 7643); ignored.
    """

    schemas: list[str] = attrs.Factory(lambda: ["urn:ietf:params:scim:schemas:core:2.0:User"])
    user_name: str | Unset = UNSET
    name: ScimName | Unset = UNSET
    active: bool | Unset = UNSET
    enabled: bool | Unset = UNSET
    emails: list[ScimEmail] | Unset = UNSET
    display_name: str | Unset = UNSET
    external_id: str | Unset = UNSET
    id: str | Unset = UNSET
    groups: Any | Unset = UNSET
    meta: Any | Unset = UNSET


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ScimPatchOperation(Model):
    """One operation of a SCIM PATCH (RFC 7644 section 3.5.2). `path` names the attribute (`active`, `userName`, `name`, `name.givenName`, `name.familyName`, `displayName`, `externalId`, `emails`, `emails[type eq "work"].value`...; any letter case, optionally prefixed by the core User schema URN); without a `path`, `value` is an object of attributes. `active` also takes the strings `"True"`/`"False"` that Microsoft Entra sends.

    Attributes:
        op: `add`, `replace` or `remove` (any letter case, as Microsoft Entra sends `Replace`); another is a 400 `invalidValue`.
        path: The attribute to change; required by `remove`.
        value: The new value (`add`, `replace`): for `active` a boolean, for a name part a string, without a `path` an object of attributes.
    """

    op: str
    path: str | Unset = UNSET
    value: Any | Unset = UNSET


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ScimPatchOp(Model):
    """What `PATCH /v2/scim/2.0/Users/{id}` takes (RFC 7644 section 3.5.2).

    Attributes:
        schemas: Must include `urn:ietf:params:scim:api:messages:2.0:PatchOp`.
        operations: The operations, applied in order (at least one).
    """

    schemas: list[str] = attrs.Factory(lambda: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"])
    operations: list[ScimPatchOperation]


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ScimSupported(Model):
    """Whether the service provider supports a SCIM feature."""

    supported: bool


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ScimBulk(Model):
    """The service provider's bulk-operation support."""

    supported: bool
    max_operations: int
    max_payload_size: int


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ScimFilterSupport(Model):
    """The service provider's filter support."""

    supported: bool
    max_results: int


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ScimAuthenticationScheme(Model):
    """How a SCIM client authenticates."""

    type: str
    name: str
    description: str
    spec_uri: str


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ScimServiceProviderConfig(Model):
    """What the SCIM service provider supports (RFC 7643 section 5)."""

    schemas: list[str]
    documentation_uri: str
    patch: ScimSupported
    bulk: ScimBulk
    filter: ScimFilterSupport
    change_password: ScimSupported
    sort: ScimSupported
    etag: ScimSupported
    authentication_schemes: list[ScimAuthenticationScheme]


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ScimResourceType(Model):
    """A kind of SCIM resource the service provider serves (RFC 7643 section 6).

    Attributes:
        schema: The URN of the resource's schema.
    """

    schemas: list[str]
    id: str
    name: str
    description: str
    endpoint: str
    schema: str


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ScimResourceTypeList(Model):
    """Every SCIM resource type, as a SCIM ListResponse."""

    schemas: list[str]
    total_results: int
    start_index: int
    items_per_page: int
    resources: list[ScimResourceType]


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ScimSubAttribute(Model):
    """An attribute of a complex SCIM attribute.

    Attributes:
        type: `string`, `boolean` or `complex`.
    """

    name: str
    type: str
    multi_valued: bool
    description: str
    required: bool
    case_exact: bool
    mutability: str
    returned: str
    uniqueness: str


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ScimSchemaAttribute(Model):
    """An attribute of a SCIM schema (RFC 7643 section 7).

    Attributes:
        type: `string`, `boolean` or `complex`.
        sub_attributes: A complex attribute's parts.
    """

    name: str
    type: str
    multi_valued: bool
    description: str
    required: bool
    case_exact: bool
    mutability: str
    returned: str
    uniqueness: str
    sub_attributes: list[ScimSubAttribute] | Unset = UNSET


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ScimSchema(Model):
    """A SCIM schema (RFC 7643 section 7)."""

    schemas: list[str]
    id: str
    name: str
    description: str
    attributes: list[ScimSchemaAttribute]


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ScimSchemaList(Model):
    """Every SCIM schema, as a SCIM ListResponse."""

    schemas: list[str]
    total_results: int
    start_index: int
    items_per_page: int
    resources: list[ScimSchema]


@attrs.frozen(kw_only=True, repr=False, eq=False)
class Platform(Model):
    """The platform an image runs on (an image index entry's `platform`).

    Attributes:
        architecture: The CPU architecture, as Go names it (`amd64`, `arm64`).
        os: The operating system (`linux`, `windows`).
        variant: The CPU variant (`v8`, `v7`).
    """

    architecture: str
    os: str
    os_version: str | Unset = UNSET
    os_features: list[str] | Unset = UNSET
    variant: str | Unset = UNSET
    features: list[str] | Unset = UNSET


@attrs.frozen(kw_only=True, repr=False, eq=False)
class Descriptor(Model):
    """An OCI content descriptor, pointing at a blob or a manifest by digest.

    Attributes:
        size: The size of the content in bytes.
        platform: In an image index, the platform of the manifest.
        data: The content itself, base64-encoded.
    """

    media_type: str
    digest: str
    size: int
    urls: list[str] | Unset = UNSET
    annotations: dict[str, str] | Unset = UNSET
    platform: Platform | Unset = UNSET
    artifact_type: str | Unset = UNSET
    data: str | Unset = UNSET


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ImageManifest(Model):
    """An image manifest (`application/vnd.oci.image.manifest.v1+json` or Docker's `application/vnd.docker.distribution.manifest.v2+json`): a config blob and layers."""

    schema_version: int
    media_type: str | Unset = UNSET
    artifact_type: str | Unset = UNSET
    config: Descriptor
    layers: list[Descriptor]
    subject: Descriptor | Unset = UNSET
    annotations: dict[str, str] | Unset = UNSET


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ImageIndex(Model):
    """An image index (`application/vnd.oci.image.index.v1+json` or Docker's manifest list `application/vnd.docker.distribution.manifest.list.v2+json`): one manifest per platform."""

    schema_version: int
    media_type: str | Unset = UNSET
    artifact_type: str | Unset = UNSET
    manifests: list[Descriptor]
    subject: Descriptor | Unset = UNSET
    annotations: dict[str, str] | Unset = UNSET


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ImageConfig(Model):
    """An image's configuration blob (the manifest's `config`), the fields tools read.

    Attributes:
        config: The container's defaults (`Env`, `Cmd`, `Entrypoint`, `Labels`...).
    """

    architecture: str
    os: str
    variant: str | Unset = UNSET
    os_version: str | Unset = UNSET
    created: datetime.datetime | Unset = UNSET
    author: str | Unset = UNSET
    config: Any | Unset = UNSET
    rootfs: Any | Unset = UNSET
    history: Any | Unset = UNSET


@attrs.frozen(kw_only=True, repr=False, eq=False)
class TagList(Model):
    """A page of a repository's tags in the registry, sorted lexically.

    Attributes:
        name: The repository, `namespace/name`.
        tags: The tags (null when there are none).
    """

    name: str
    tags: list[str] | None


@attrs.frozen(kw_only=True, repr=False, eq=False)
class RegistryToken(Model):
    """A bearer token from the registry's token service, scoped to repositories.

    Attributes:
        access_token: The same token (OAuth2's name).
        expires_in: Seconds the token is valid (60 when absent).
    """

    token: str = attrs.field(repr=_secret_repr, metadata={"secret": True})
    access_token: str | Unset = attrs.field(
        default=UNSET, repr=_secret_repr, metadata={"secret": True}
    )
    expires_in: int | Unset = UNSET
    issued_at: datetime.datetime | Unset = UNSET
    refresh_token: str | Unset = attrs.field(
        default=UNSET, repr=_secret_repr, metadata={"secret": True}
    )


@attrs.frozen(kw_only=True, repr=False, eq=False)
class PullRateLimit(Model):
    """The pull rate limit, as hub-tool's `account ratelimiting` reports it: read from the `ratelimit-limit` / `ratelimit-remaining` (`N;w=SECONDS`) and `docker-ratelimit-source` headers of a manifest HEAD, not from a JSON body. `None` limits mean unlimited (the headers were absent).

    Attributes:
        limit: Pulls allowed per window.
        remaining: Pulls left in the current window.
        window_seconds: The window's length in seconds.
        source: What is counted: the client's IP, or the account's id.
    """

    limit: int | None
    remaining: int | None
    window_seconds: int | None
    source: str | None


@attrs.frozen(kw_only=True)
class AccessTokenPage(Page[AccessToken]):
    """A page of `AccessToken`, with the counts Docker Hub adds to every page of `access_tokens.list` and `api_tokens.list`."""

    active_count: int
