# generated from spec/dockerhub.yaml — do not edit; run `python -m codegen`
"""The one cattrs converter: every wire rule of every model.

The client's structure hook for a model a response carries runs its fast function below
(``_s_<Model>``: plain checks, no dispatch) and, when that refuses the value, cattrs' precise
function (built on first use), which accepts it or raises the detailed error naming the path.
``strict_converter`` (unknown keys refused: request bodies, in fakehub) uses only the precise
functions and is built on first use.
"""

from __future__ import annotations

from typing import Any

import cattrs
from cattrs.gen import override

from dockerhub_sdk._converter_base import (
    Fallback,
    as_float,
    enum_value,
    format_datetime_ms,
    format_optional_datetime_us6,
    make_base_converter,
    parse_datetime,
    register_models,
    structure_enum,
)
from dockerhub_sdk._generated.models import (
    AccessToken,
    AccessTokenCreate,
    AccessTokenUpdate,
    ApiTokenCreate,
    AuditActions,
    AuditLog,
    AuditLogAction,
    AuditLogActions,
    AuthTokenRequest,
    AuthTokenResponse,
    AutomatedBuild,
    AutomatedBuildCreate,
    Build,
    BuildDetails,
    BuildLink,
    BuildLinkCreate,
    BuildMetrics,
    BuildProvider,
    BuildResults,
    BuildTag,
    BuildTagCreate,
    BuildTagUpdate,
    BuildTrigger,
    BuildTriggerEvent,
    BuildTriggerRequest,
    Category,
    Collaborator,
    CollaboratorCreate,
    Comment,
    CurrentUser,
    CustomRegistry,
    GroupMember,
    GroupMemberCreate,
    Hook,
    HookCreate,
    HubPlan,
    ImmutableTagsSettings,
    ImmutableTagsUpdate,
    ImmutableTagsVerifyRequest,
    ImmutableTagsVerifyResponse,
    Invite,
    InviteBulkCreate,
    InviteBulkResult,
    InviteeResult,
    Login2FARequest,
    LoginRequest,
    LoginResponse,
    NamespaceRepository,
    NamespaceRepositoryCreate,
    NamespaceTag,
    OrgAccessToken,
    OrgAccessTokenCreate,
    OrgAccessTokenCreated,
    OrgAccessTokenResource,
    OrgAccessTokenResourceType,
    OrgAccessTokenUpdate,
    Organization,
    OrgGroup,
    OrgGroupMember,
    OrgGroupPatch,
    OrgGroupWrite,
    OrgMember,
    OrgMemberRoleUpdate,
    OrgSettings,
    OrgSettingsUpdate,
    RegistryAccessManagement,
    RegistryAccessManagementUpdate,
    RegistrySettings,
    Repository,
    RepositoryCreate,
    RepositoryGroup,
    RepositoryGroupCreate,
    RepositoryGroupUpdate,
    RepositoryInfo,
    RepositoryPermissions,
    RepositoryPrivacy,
    RepositorySummary,
    RepositoryUpdate,
    RepoVisibility,
    RestrictedImages,
    ScimAuthenticationScheme,
    ScimBulk,
    ScimEmail,
    ScimFilterSupport,
    ScimGroupRef,
    ScimMeta,
    ScimName,
    ScimPatchOp,
    ScimPatchOperation,
    ScimResourceType,
    ScimResourceTypeList,
    ScimSchema,
    ScimSchemaAttribute,
    ScimSchemaList,
    ScimServiceProviderConfig,
    ScimSubAttribute,
    ScimSupported,
    ScimUser,
    ScimUserCreate,
    ScimUserUpdate,
    SourceType,
    StandardRegistry,
    Tag,
    TagImage,
    TriggeredBuild,
    User,
    Webhook,
    WebhookCreate,
)
from dockerhub_sdk._types import UNSET

__all__ = ["converter", "make_converter", "strict_converter"]


def _s_LoginResponse(d: Any) -> LoginResponse:
    if (
        type(d) is not dict
        or type(f_token := d["token"]) is not str
        or (
            (f_refresh_token := d.get("refresh_token", UNSET)) is not UNSET
            and type(f_refresh_token) is not str
        )
    ):
        raise Fallback
    return LoginResponse(token=f_token, refresh_token=f_refresh_token)


def _s_AuthTokenResponse(d: Any) -> AuthTokenResponse:
    if type(d) is not dict or type(f_access_token := d["access_token"]) is not str:
        raise Fallback
    return AuthTokenResponse(access_token=f_access_token)


def _s_AccessToken(d: Any) -> AccessToken:
    if (
        type(d) is not dict
        or type(f_uuid := d["uuid"]) is not str
        or type(f_client_id := d["client_id"]) is not str
        or type(f_creator_ip := d["creator_ip"]) is not str
        or type(f_creator_ua := d["creator_ua"]) is not str
        or type(f_generated_by := d["generated_by"]) is not str
        or type(f_is_active := d["is_active"]) is not bool
        or type(f_token := d["token"]) is not str
        or type(f_token_label := d["token_label"]) is not str
    ):
        raise Fallback
    f_created_at = parse_datetime(d["created_at"])
    f_last_used = d["last_used"]
    if f_last_used is not None:
        f_last_used = parse_datetime(f_last_used)
    f_scopes = d["scopes"]
    if type(f_scopes) is not list or any(type(x) is not str for x in f_scopes):
        raise Fallback
    f_scopes = list(f_scopes)
    f_expires_at = d.get("expires_at", UNSET)
    if f_expires_at is not UNSET:
        f_expires_at = parse_datetime(f_expires_at)
    return AccessToken(
        uuid=f_uuid,
        client_id=f_client_id,
        creator_ip=f_creator_ip,
        creator_ua=f_creator_ua,
        created_at=f_created_at,
        last_used=f_last_used,
        generated_by=f_generated_by,
        is_active=f_is_active,
        token=f_token,
        token_label=f_token_label,
        scopes=f_scopes,
        expires_at=f_expires_at,
    )


def _s_User(d: Any) -> User:
    if (
        type(d) is not dict
        or type(f_id := d["id"]) is not str
        or type(f_username := d["username"]) is not str
        or type(f_full_name := d["full_name"]) is not str
        or type(f_location := d["location"]) is not str
        or type(f_company := d["company"]) is not str
        or type(f_profile_url := d["profile_url"]) is not str
        or type(f_gravatar_url := d["gravatar_url"]) is not str
    ):
        raise Fallback
    f_date_joined = parse_datetime(d["date_joined"])
    return User(
        id=f_id,
        username=f_username,
        full_name=f_full_name,
        location=f_location,
        company=f_company,
        profile_url=f_profile_url,
        date_joined=f_date_joined,
        gravatar_url=f_gravatar_url,
    )


def _s_CurrentUser(d: Any) -> CurrentUser:
    if (
        type(d) is not dict
        or type(f_id := d["id"]) is not str
        or type(f_username := d["username"]) is not str
        or type(f_full_name := d["full_name"]) is not str
        or type(f_location := d["location"]) is not str
        or type(f_company := d["company"]) is not str
        or type(f_gravatar_email := d["gravatar_email"]) is not str
        or type(f_is_staff := d["is_staff"]) is not bool
        or type(f_is_admin := d["is_admin"]) is not bool
        or type(f_profile_url := d["profile_url"]) is not str
        or type(f_gravatar_url := d["gravatar_url"]) is not str
    ):
        raise Fallback
    f_date_joined = parse_datetime(d["date_joined"])
    return CurrentUser(
        id=f_id,
        username=f_username,
        full_name=f_full_name,
        location=f_location,
        company=f_company,
        gravatar_email=f_gravatar_email,
        is_staff=f_is_staff,
        is_admin=f_is_admin,
        profile_url=f_profile_url,
        date_joined=f_date_joined,
        gravatar_url=f_gravatar_url,
    )


def _s_RegistrySettings(d: Any) -> RegistrySettings:
    if (
        type(d) is not dict
        or type(f_private_repo_used := d["private_repo_used"]) is not int
        or type(f_num_free_private_repos := d["num_free_private_repos"]) is not int
        or type(f_private_repo_limit := d["private_repo_limit"]) is not int
        or type(f_private_repo_available := d["private_repo_available"]) is not int
    ):
        raise Fallback
    f_private_repo_percent_used = d["private_repo_percent_used"]
    if type(f_private_repo_percent_used) is not float:
        f_private_repo_percent_used = as_float(f_private_repo_percent_used)
    f_default_repo_visibility = RepoVisibility(d["default_repo_visibility"])
    return RegistrySettings(
        private_repo_used=f_private_repo_used,
        num_free_private_repos=f_num_free_private_repos,
        private_repo_limit=f_private_repo_limit,
        private_repo_available=f_private_repo_available,
        private_repo_percent_used=f_private_repo_percent_used,
        default_repo_visibility=f_default_repo_visibility,
    )


def _s_Repository(d: Any) -> Repository:
    if (
        type(d) is not dict
        or type(f_user := d["user"]) is not str
        or type(f_name := d["name"]) is not str
        or type(f_namespace := d["namespace"]) is not str
        or type(f_status := d["status"]) is not int
        or type(f_description := d["description"]) is not str
        or type(f_is_private := d["is_private"]) is not bool
        or type(f_is_automated := d["is_automated"]) is not bool
        or type(f_can_edit := d["can_edit"]) is not bool
        or type(f_star_count := d["star_count"]) is not int
        or type(f_pull_count := d["pull_count"]) is not int
        or (
            (f_has_starred := d.get("has_starred", UNSET)) is not UNSET
            and type(f_has_starred) is not bool
        )
        or (
            (f_full_description := d.get("full_description", UNSET)) is not UNSET
            and type(f_full_description) is not str
        )
    ):
        raise Fallback
    f_last_updated = d["last_updated"]
    if f_last_updated is not None:
        f_last_updated = parse_datetime(f_last_updated)
    return Repository(
        user=f_user,
        name=f_name,
        namespace=f_namespace,
        status=f_status,
        description=f_description,
        is_private=f_is_private,
        is_automated=f_is_automated,
        can_edit=f_can_edit,
        star_count=f_star_count,
        pull_count=f_pull_count,
        last_updated=f_last_updated,
        has_starred=f_has_starred,
        full_description=f_full_description,
    )


def _s_Category(d: Any) -> Category:
    if (
        type(d) is not dict
        or type(f_name := d["name"]) is not str
        or type(f_slug := d["slug"]) is not str
    ):
        raise Fallback
    return Category(name=f_name, slug=f_slug)


def _s_RepositoryPermissions(d: Any) -> RepositoryPermissions:
    if (
        type(d) is not dict
        or type(f_read := d["read"]) is not bool
        or type(f_write := d["write"]) is not bool
        or type(f_admin := d["admin"]) is not bool
    ):
        raise Fallback
    return RepositoryPermissions(read=f_read, write=f_write, admin=f_admin)


def _s_ImmutableTagsSettings(d: Any) -> ImmutableTagsSettings:
    if type(d) is not dict or type(f_enabled := d["enabled"]) is not bool:
        raise Fallback
    f_rules = d["rules"]
    if type(f_rules) is not list or any(type(x) is not str for x in f_rules):
        raise Fallback
    f_rules = list(f_rules)
    return ImmutableTagsSettings(enabled=f_enabled, rules=f_rules)


def _s_NamespaceRepository(d: Any) -> NamespaceRepository:
    if (
        type(d) is not dict
        or type(f_name := d["name"]) is not str
        or type(f_namespace := d["namespace"]) is not str
        or (
            (f_repository_type := d["repository_type"]) is not None
            and type(f_repository_type) is not str
        )
        or type(f_status := d["status"]) is not int
        or type(f_status_description := d["status_description"]) is not str
        or ((f_description := d["description"]) is not None and type(f_description) is not str)
        or type(f_is_private := d["is_private"]) is not bool
        or type(f_star_count := d["star_count"]) is not int
        or type(f_pull_count := d["pull_count"]) is not int
        or (
            (f_affiliation := d.get("affiliation", UNSET)) is not UNSET
            and type(f_affiliation) is not str
        )
        or (
            (f_storage_size := d.get("storage_size", UNSET)) is not UNSET
            and f_storage_size is not None
            and type(f_storage_size) is not int
        )
    ):
        raise Fallback
    f_last_updated = d["last_updated"]
    if f_last_updated is not None:
        f_last_updated = parse_datetime(f_last_updated)
    f_last_modified = d.get("last_modified", UNSET)
    if f_last_modified is not UNSET and f_last_modified is not None:
        f_last_modified = parse_datetime(f_last_modified)
    f_date_registered = parse_datetime(d["date_registered"])
    f_media_types = d["media_types"]
    if type(f_media_types) is not list or any(type(x) is not str for x in f_media_types):
        raise Fallback
    f_media_types = list(f_media_types)
    f_content_types = d["content_types"]
    if type(f_content_types) is not list or any(type(x) is not str for x in f_content_types):
        raise Fallback
    f_content_types = list(f_content_types)
    f_categories = d["categories"]
    if type(f_categories) is not list:
        raise Fallback
    f_categories = [_s_Category(x) for x in f_categories]
    return NamespaceRepository(
        name=f_name,
        namespace=f_namespace,
        repository_type=f_repository_type,
        status=f_status,
        status_description=f_status_description,
        description=f_description,
        is_private=f_is_private,
        star_count=f_star_count,
        pull_count=f_pull_count,
        last_updated=f_last_updated,
        last_modified=f_last_modified,
        date_registered=f_date_registered,
        affiliation=f_affiliation,
        media_types=f_media_types,
        content_types=f_content_types,
        categories=f_categories,
        storage_size=f_storage_size,
    )


def _s_RepositoryInfo(d: Any) -> RepositoryInfo:
    if (
        type(d) is not dict
        or type(f_user := d["user"]) is not str
        or type(f_name := d["name"]) is not str
        or type(f_namespace := d["namespace"]) is not str
        or (
            (f_repository_type := d.get("repository_type", UNSET)) is not UNSET
            and f_repository_type is not None
            and type(f_repository_type) is not str
        )
        or type(f_status := d["status"]) is not int
        or type(f_status_description := d["status_description"]) is not str
        or type(f_description := d["description"]) is not str
        or type(f_is_private := d["is_private"]) is not bool
        or type(f_is_automated := d["is_automated"]) is not bool
        or type(f_star_count := d["star_count"]) is not int
        or type(f_pull_count := d["pull_count"]) is not int
        or type(f_collaborator_count := d["collaborator_count"]) is not int
        or (
            (f_affiliation := d.get("affiliation", UNSET)) is not UNSET
            and f_affiliation is not None
            and type(f_affiliation) is not str
        )
        or (
            (f_hub_user := d.get("hub_user", UNSET)) is not UNSET
            and f_hub_user is not None
            and type(f_hub_user) is not str
        )
        or type(f_has_starred := d["has_starred"]) is not bool
        or (
            (f_full_description := d.get("full_description", UNSET)) is not UNSET
            and f_full_description is not None
            and type(f_full_description) is not str
        )
        or (
            (f_storage_size := d.get("storage_size", UNSET)) is not UNSET
            and f_storage_size is not None
            and type(f_storage_size) is not int
        )
        or (
            (f_source := d.get("source", UNSET)) is not UNSET
            and f_source is not None
            and type(f_source) is not str
        )
    ):
        raise Fallback
    f_last_updated = d["last_updated"]
    if f_last_updated is not None:
        f_last_updated = parse_datetime(f_last_updated)
    f_last_modified = d.get("last_modified", UNSET)
    if f_last_modified is not UNSET and f_last_modified is not None:
        f_last_modified = parse_datetime(f_last_modified)
    f_date_registered = parse_datetime(d["date_registered"])
    f_permissions = _s_RepositoryPermissions(d["permissions"])
    f_media_types = d["media_types"]
    if type(f_media_types) is not list or any(type(x) is not str for x in f_media_types):
        raise Fallback
    f_media_types = list(f_media_types)
    f_content_types = d["content_types"]
    if type(f_content_types) is not list or any(type(x) is not str for x in f_content_types):
        raise Fallback
    f_content_types = list(f_content_types)
    f_categories = d["categories"]
    if type(f_categories) is not list:
        raise Fallback
    f_categories = [_s_Category(x) for x in f_categories]
    f_immutable_tags_settings = _s_ImmutableTagsSettings(d["immutable_tags_settings"])
    return RepositoryInfo(
        user=f_user,
        name=f_name,
        namespace=f_namespace,
        repository_type=f_repository_type,
        status=f_status,
        status_description=f_status_description,
        description=f_description,
        is_private=f_is_private,
        is_automated=f_is_automated,
        star_count=f_star_count,
        pull_count=f_pull_count,
        last_updated=f_last_updated,
        last_modified=f_last_modified,
        date_registered=f_date_registered,
        collaborator_count=f_collaborator_count,
        affiliation=f_affiliation,
        hub_user=f_hub_user,
        has_starred=f_has_starred,
        full_description=f_full_description,
        permissions=f_permissions,
        media_types=f_media_types,
        content_types=f_content_types,
        categories=f_categories,
        immutable_tags_settings=f_immutable_tags_settings,
        storage_size=f_storage_size,
        source=f_source,
    )


def _s_ImmutableTagsVerifyResponse(d: Any) -> ImmutableTagsVerifyResponse:
    if type(d) is not dict:
        raise Fallback
    f_tags = d["tags"]
    if type(f_tags) is not list or any(type(x) is not str for x in f_tags):
        raise Fallback
    f_tags = list(f_tags)
    return ImmutableTagsVerifyResponse(tags=f_tags)


def _s_TagImage(d: Any) -> TagImage:
    if (
        type(d) is not dict
        or type(f_architecture := d["architecture"]) is not str
        or type(f_features := d["features"]) is not str
        or ((f_variant := d["variant"]) is not None and type(f_variant) is not str)
        or ((f_digest := d["digest"]) is not None and type(f_digest) is not str)
        or type(f_os := d["os"]) is not str
        or type(f_os_features := d["os_features"]) is not str
        or ((f_os_version := d["os_version"]) is not None and type(f_os_version) is not str)
        or type(f_size := d["size"]) is not int
        or type(f_status := d["status"]) is not str
    ):
        raise Fallback
    f_last_pulled = d["last_pulled"]
    if f_last_pulled is not None:
        f_last_pulled = parse_datetime(f_last_pulled)
    f_last_pushed = d["last_pushed"]
    if f_last_pushed is not None:
        f_last_pushed = parse_datetime(f_last_pushed)
    return TagImage(
        architecture=f_architecture,
        features=f_features,
        variant=f_variant,
        digest=f_digest,
        os=f_os,
        os_features=f_os_features,
        os_version=f_os_version,
        size=f_size,
        status=f_status,
        last_pulled=f_last_pulled,
        last_pushed=f_last_pushed,
    )


def _s_NamespaceTag(d: Any) -> NamespaceTag:
    if (
        type(d) is not dict
        or type(f_id := d["id"]) is not int
        or type(f_creator := d["creator"]) is not int
        or type(f_last_updater := d["last_updater"]) is not int
        or type(f_last_updater_username := d["last_updater_username"]) is not str
        or type(f_name := d["name"]) is not str
        or type(f_repository := d["repository"]) is not int
        or ((f_full_size := d["full_size"]) is not None and type(f_full_size) is not int)
        or type(f_v2 := d["v2"]) is not bool
        or type(f_tag_status := d["tag_status"]) is not str
        or ((f_digest := d.get("digest", UNSET)) is not UNSET and type(f_digest) is not str)
        or (
            (f_media_type := d.get("media_type", UNSET)) is not UNSET
            and type(f_media_type) is not str
        )
        or (
            (f_content_type := d.get("content_type", UNSET)) is not UNSET
            and type(f_content_type) is not str
        )
    ):
        raise Fallback
    f_images = d["images"]
    if type(f_images) is not list:
        raise Fallback
    f_images = [_s_TagImage(x) for x in f_images]
    f_last_updated = d["last_updated"]
    if f_last_updated is not None:
        f_last_updated = parse_datetime(f_last_updated)
    f_tag_last_pulled = d["tag_last_pulled"]
    if f_tag_last_pulled is not None:
        f_tag_last_pulled = parse_datetime(f_tag_last_pulled)
    f_tag_last_pushed = d["tag_last_pushed"]
    if f_tag_last_pushed is not None:
        f_tag_last_pushed = parse_datetime(f_tag_last_pushed)
    return NamespaceTag(
        id=f_id,
        images=f_images,
        creator=f_creator,
        last_updated=f_last_updated,
        last_updater=f_last_updater,
        last_updater_username=f_last_updater_username,
        name=f_name,
        repository=f_repository,
        full_size=f_full_size,
        v2=f_v2,
        tag_status=f_tag_status,
        tag_last_pulled=f_tag_last_pulled,
        tag_last_pushed=f_tag_last_pushed,
        digest=f_digest,
        media_type=f_media_type,
        content_type=f_content_type,
    )


def _s_RepositorySummary(d: Any) -> RepositorySummary:
    if (
        type(d) is not dict
        or type(f_namespace := d["namespace"]) is not str
        or type(f_name := d["name"]) is not str
    ):
        raise Fallback
    return RepositorySummary(namespace=f_namespace, name=f_name)


def _s_Tag(d: Any) -> Tag:
    if (
        type(d) is not dict
        or type(f_name := d["name"]) is not str
        or ((f_full_size := d["full_size"]) is not None and type(f_full_size) is not int)
        or type(f_id := d["id"]) is not int
        or type(f_repository := d["repository"]) is not int
        or type(f_creator := d["creator"]) is not int
        or type(f_last_updater := d["last_updater"]) is not int
        or ((f_image_id := d["image_id"]) is not None and type(f_image_id) is not str)
        or type(f_v2 := d["v2"]) is not bool
        or (
            (f_last_updater_username := d.get("last_updater_username", UNSET)) is not UNSET
            and type(f_last_updater_username) is not str
        )
        or (
            (f_tag_status := d.get("tag_status", UNSET)) is not UNSET
            and type(f_tag_status) is not str
        )
        or ((f_digest := d.get("digest", UNSET)) is not UNSET and type(f_digest) is not str)
        or (
            (f_media_type := d.get("media_type", UNSET)) is not UNSET
            and type(f_media_type) is not str
        )
        or (
            (f_content_type := d.get("content_type", UNSET)) is not UNSET
            and type(f_content_type) is not str
        )
    ):
        raise Fallback
    f_last_updated = d["last_updated"]
    if f_last_updated is not None:
        f_last_updated = parse_datetime(f_last_updated)
    f_images = d.get("images", UNSET)
    if f_images is not UNSET:
        if type(f_images) is not list:
            raise Fallback
        f_images = [_s_TagImage(x) for x in f_images]
    f_tag_last_pulled = d.get("tag_last_pulled", UNSET)
    if f_tag_last_pulled is not UNSET and f_tag_last_pulled is not None:
        f_tag_last_pulled = parse_datetime(f_tag_last_pulled)
    f_tag_last_pushed = d.get("tag_last_pushed", UNSET)
    if f_tag_last_pushed is not UNSET and f_tag_last_pushed is not None:
        f_tag_last_pushed = parse_datetime(f_tag_last_pushed)
    return Tag(
        name=f_name,
        full_size=f_full_size,
        id=f_id,
        repository=f_repository,
        creator=f_creator,
        last_updater=f_last_updater,
        last_updated=f_last_updated,
        image_id=f_image_id,
        v2=f_v2,
        last_updater_username=f_last_updater_username,
        images=f_images,
        tag_status=f_tag_status,
        tag_last_pulled=f_tag_last_pulled,
        tag_last_pushed=f_tag_last_pushed,
        digest=f_digest,
        media_type=f_media_type,
        content_type=f_content_type,
    )


def _s_Comment(d: Any) -> Comment:
    if (
        type(d) is not dict
        or type(f_id := d["id"]) is not int
        or type(f_user := d["user"]) is not str
        or type(f_comment := d["comment"]) is not str
    ):
        raise Fallback
    f_created_on = parse_datetime(d["created_on"])
    f_updated_on = parse_datetime(d["updated_on"])
    return Comment(
        id=f_id, user=f_user, comment=f_comment, created_on=f_created_on, updated_on=f_updated_on
    )


def _s_Organization(d: Any) -> Organization:
    if (
        type(d) is not dict
        or type(f_id := d["id"]) is not str
        or type(f_orgname := d["orgname"]) is not str
        or type(f_full_name := d["full_name"]) is not str
        or type(f_location := d["location"]) is not str
        or type(f_company := d["company"]) is not str
        or type(f_profile_url := d["profile_url"]) is not str
        or type(f_gravatar_url := d["gravatar_url"]) is not str
        or type(f_type := d["type"]) is not str
    ):
        raise Fallback
    f_date_joined = parse_datetime(d["date_joined"])
    return Organization(
        id=f_id,
        orgname=f_orgname,
        full_name=f_full_name,
        location=f_location,
        company=f_company,
        profile_url=f_profile_url,
        date_joined=f_date_joined,
        gravatar_url=f_gravatar_url,
        type=f_type,
    )


def _s_OrgMember(d: Any) -> OrgMember:
    if (
        type(d) is not dict
        or type(f_id := d["id"]) is not str
        or type(f_username := d["username"]) is not str
        or type(f_full_name := d["full_name"]) is not str
        or type(f_location := d["location"]) is not str
        or type(f_company := d["company"]) is not str
        or type(f_profile_url := d["profile_url"]) is not str
        or type(f_gravatar_url := d["gravatar_url"]) is not str
        or type(f_type := d["type"]) is not str
        or type(f_email := d["email"]) is not str
        or type(f_role := d["role"]) is not str
        or type(f_is_guest := d["is_guest"]) is not bool
    ):
        raise Fallback
    f_date_joined = parse_datetime(d["date_joined"])
    f_groups = d["groups"]
    if type(f_groups) is not list or any(type(x) is not str for x in f_groups):
        raise Fallback
    f_groups = list(f_groups)
    return OrgMember(
        id=f_id,
        username=f_username,
        full_name=f_full_name,
        location=f_location,
        company=f_company,
        profile_url=f_profile_url,
        date_joined=f_date_joined,
        gravatar_url=f_gravatar_url,
        type=f_type,
        email=f_email,
        role=f_role,
        groups=f_groups,
        is_guest=f_is_guest,
    )


def _s_OrgGroup(d: Any) -> OrgGroup:
    if (
        type(d) is not dict
        or type(f_id := d["id"]) is not int
        or type(f_name := d["name"]) is not str
        or type(f_description := d["description"]) is not str
        or type(f_member_count := d["member_count"]) is not int
    ):
        raise Fallback
    return OrgGroup(id=f_id, name=f_name, description=f_description, member_count=f_member_count)


def _s_RestrictedImages(d: Any) -> RestrictedImages:
    if (
        type(d) is not dict
        or type(f_enabled := d["enabled"]) is not bool
        or type(f_allow_official_images := d["allow_official_images"]) is not bool
        or type(f_allow_verified_publishers := d["allow_verified_publishers"]) is not bool
    ):
        raise Fallback
    return RestrictedImages(
        enabled=f_enabled,
        allow_official_images=f_allow_official_images,
        allow_verified_publishers=f_allow_verified_publishers,
    )


def _s_OrgSettings(d: Any) -> OrgSettings:
    if type(d) is not dict:
        raise Fallback
    f_restricted_images = _s_RestrictedImages(d["restricted_images"])
    return OrgSettings(restricted_images=f_restricted_images)


def _s_StandardRegistry(d: Any) -> StandardRegistry:
    if (
        type(d) is not dict
        or type(f_id := d["id"]) is not str
        or type(f_allowed := d["allowed"]) is not bool
    ):
        raise Fallback
    return StandardRegistry(id=f_id, allowed=f_allowed)


def _s_CustomRegistry(d: Any) -> CustomRegistry:
    if (
        type(d) is not dict
        or type(f_address := d["address"]) is not str
        or type(f_friendly_name := d["friendly_name"]) is not str
        or type(f_allowed := d["allowed"]) is not bool
    ):
        raise Fallback
    return CustomRegistry(address=f_address, friendly_name=f_friendly_name, allowed=f_allowed)


def _s_RegistryAccessManagement(d: Any) -> RegistryAccessManagement:
    if type(d) is not dict or type(f_enabled := d["enabled"]) is not bool:
        raise Fallback
    f_standard_registries = d["standard_registries"]
    if type(f_standard_registries) is not list:
        raise Fallback
    f_standard_registries = [_s_StandardRegistry(x) for x in f_standard_registries]
    f_custom_registries = d["custom_registries"]
    if type(f_custom_registries) is not list:
        raise Fallback
    f_custom_registries = [_s_CustomRegistry(x) for x in f_custom_registries]
    return RegistryAccessManagement(
        enabled=f_enabled,
        standard_registries=f_standard_registries,
        custom_registries=f_custom_registries,
    )


def _s_HubPlan(d: Any) -> HubPlan:
    if (
        type(d) is not dict
        or type(f_name := d["name"]) is not str
        or type(f_legacy := d["legacy"]) is not bool
        or type(f_seats := d["seats"]) is not int
        or type(f_private_repos := d["private_repos"]) is not int
        or type(f_teams := d["teams"]) is not int
        or type(f_collaborators := d["collaborators"]) is not int
        or type(f_parallel_builds := d["parallel_builds"]) is not int
        or type(f_duration := d["duration"]) is not str
    ):
        raise Fallback
    return HubPlan(
        name=f_name,
        legacy=f_legacy,
        seats=f_seats,
        private_repos=f_private_repos,
        teams=f_teams,
        collaborators=f_collaborators,
        parallel_builds=f_parallel_builds,
        duration=f_duration,
    )


def _s_OrgAccessTokenResource(d: Any) -> OrgAccessTokenResource:
    if type(d) is not dict or type(f_path := d["path"]) is not str:
        raise Fallback
    f_type = OrgAccessTokenResourceType(d["type"])
    f_scopes = d["scopes"]
    if type(f_scopes) is not list or any(type(x) is not str for x in f_scopes):
        raise Fallback
    f_scopes = list(f_scopes)
    return OrgAccessTokenResource(type=f_type, path=f_path, scopes=f_scopes)


def _s_OrgAccessToken(d: Any) -> OrgAccessToken:
    if (
        type(d) is not dict
        or type(f_id := d["id"]) is not str
        or type(f_label := d["label"]) is not str
        or type(f_description := d["description"]) is not str
        or type(f_created_by := d["created_by"]) is not str
        or type(f_is_active := d["is_active"]) is not bool
    ):
        raise Fallback
    f_created_at = parse_datetime(d["created_at"])
    f_expires_at = d["expires_at"]
    if f_expires_at is not None:
        f_expires_at = parse_datetime(f_expires_at)
    f_last_used_at = d["last_used_at"]
    if f_last_used_at is not None:
        f_last_used_at = parse_datetime(f_last_used_at)
    f_resources = d["resources"]
    if type(f_resources) is not list:
        raise Fallback
    f_resources = [_s_OrgAccessTokenResource(x) for x in f_resources]
    return OrgAccessToken(
        id=f_id,
        label=f_label,
        description=f_description,
        created_by=f_created_by,
        is_active=f_is_active,
        created_at=f_created_at,
        expires_at=f_expires_at,
        last_used_at=f_last_used_at,
        resources=f_resources,
    )


def _s_OrgAccessTokenCreated(d: Any) -> OrgAccessTokenCreated:
    if (
        type(d) is not dict
        or type(f_id := d["id"]) is not str
        or type(f_label := d["label"]) is not str
        or type(f_description := d["description"]) is not str
        or type(f_created_by := d["created_by"]) is not str
        or type(f_is_active := d["is_active"]) is not bool
        or type(f_token := d["token"]) is not str
    ):
        raise Fallback
    f_created_at = parse_datetime(d["created_at"])
    f_expires_at = d["expires_at"]
    if f_expires_at is not None:
        f_expires_at = parse_datetime(f_expires_at)
    f_last_used_at = d["last_used_at"]
    if f_last_used_at is not None:
        f_last_used_at = parse_datetime(f_last_used_at)
    f_resources = d["resources"]
    if type(f_resources) is not list:
        raise Fallback
    f_resources = [_s_OrgAccessTokenResource(x) for x in f_resources]
    return OrgAccessTokenCreated(
        id=f_id,
        label=f_label,
        description=f_description,
        created_by=f_created_by,
        is_active=f_is_active,
        created_at=f_created_at,
        expires_at=f_expires_at,
        last_used_at=f_last_used_at,
        token=f_token,
        resources=f_resources,
    )


def _s_Collaborator(d: Any) -> Collaborator:
    if type(d) is not dict or type(f_user := d["user"]) is not str:
        raise Fallback
    return Collaborator(user=f_user)


def _s_GroupMember(d: Any) -> GroupMember:
    if type(d) is not dict or type(f_member := d["member"]) is not str:
        raise Fallback
    return GroupMember(member=f_member)


def _s_Build(d: Any) -> Build:
    if (
        type(d) is not dict
        or type(f_id := d["id"]) is not int
        or type(f_status := d["status"]) is not int
        or type(f_build_code := d["build_code"]) is not str
        or type(f_dockertag_name := d["dockertag_name"]) is not str
    ):
        raise Fallback
    f_created_date = parse_datetime(d["created_date"])
    f_last_updated = parse_datetime(d["last_updated"])
    f_cause = d["cause"]
    return Build(
        id=f_id,
        status=f_status,
        created_date=f_created_date,
        last_updated=f_last_updated,
        build_code=f_build_code,
        dockertag_name=f_dockertag_name,
        cause=f_cause,
    )


def _s_BuildDetails(d: Any) -> BuildDetails:
    if (
        type(d) is not dict
        or type(f_id := d["id"]) is not int
        or type(f_status := d["status"]) is not int
        or type(f_build_code := d["build_code"]) is not str
        or type(f_dockertag_name := d["dockertag_name"]) is not str
    ):
        raise Fallback
    f_created_date = parse_datetime(d["created_date"])
    f_last_updated = parse_datetime(d["last_updated"])
    f_cause = d["cause"]
    f_build_results = _s_BuildResults(d["build_results"])
    return BuildDetails(
        id=f_id,
        status=f_status,
        created_date=f_created_date,
        last_updated=f_last_updated,
        build_code=f_build_code,
        dockertag_name=f_dockertag_name,
        cause=f_cause,
        build_results=f_build_results,
    )


def _s_BuildResults(d: Any) -> BuildResults:
    if (
        type(d) is not dict
        or type(f_build_code := d["build_code"]) is not str
        or type(f_build_path := d["build_path"]) is not str
        or type(f_docker_repo := d["docker_repo"]) is not str
        or type(f_docker_tag := d["docker_tag"]) is not str
        or type(f_docker_user := d["docker_user"]) is not str
        or type(f_dockerfile_contents := d["dockerfile_contents"]) is not str
        or ((f_error := d["error"]) is not None and type(f_error) is not str)
        or ((f_failure := d["failure"]) is not None and type(f_failure) is not str)
        or type(f_logs := d["logs"]) is not str
        or type(f_readme_contents := d["readme_contents"]) is not str
        or type(f_source_branch := d["source_branch"]) is not str
        or type(f_source_type := d["source_type"]) is not str
        or type(f_source_url := d["source_url"]) is not str
    ):
        raise Fallback
    f_buildmetrics = _s_BuildMetrics(d["buildmetrics"])
    f_created_at = parse_datetime(d["created_at"])
    f_last_updated = parse_datetime(d["last_updated"])
    return BuildResults(
        build_code=f_build_code,
        build_path=f_build_path,
        buildmetrics=f_buildmetrics,
        created_at=f_created_at,
        docker_repo=f_docker_repo,
        docker_tag=f_docker_tag,
        docker_user=f_docker_user,
        dockerfile_contents=f_dockerfile_contents,
        error=f_error,
        failure=f_failure,
        last_updated=f_last_updated,
        logs=f_logs,
        readme_contents=f_readme_contents,
        source_branch=f_source_branch,
        source_type=f_source_type,
        source_url=f_source_url,
    )


def _s_BuildMetrics(d: Any) -> BuildMetrics:
    if type(d) is not dict:
        raise Fallback
    f_uploaded = d["uploaded"]
    if f_uploaded is not None:
        f_uploaded = parse_datetime(f_uploaded)
    f_built = d["built"]
    if f_built is not None:
        f_built = parse_datetime(f_built)
    f_created = d["created"]
    if f_created is not None:
        f_created = parse_datetime(f_created)
    f_started = d["started"]
    if f_started is not None:
        f_started = parse_datetime(f_started)
    f_cloned = d["cloned"]
    if f_cloned is not None:
        f_cloned = parse_datetime(f_cloned)
    f_readme = d["readme"]
    if f_readme is not None:
        f_readme = parse_datetime(f_readme)
    f_finished = d["finished"]
    if f_finished is not None:
        f_finished = parse_datetime(f_finished)
    f_error = d["error"]
    if f_error is not None:
        f_error = parse_datetime(f_error)
    f_claimed = d["claimed"]
    if f_claimed is not None:
        f_claimed = parse_datetime(f_claimed)
    f_bundled = d["bundled"]
    if f_bundled is not None:
        f_bundled = parse_datetime(f_bundled)
    f_dockerfile = d["dockerfile"]
    if f_dockerfile is not None:
        f_dockerfile = parse_datetime(f_dockerfile)
    f_failure = d["failure"]
    if f_failure is not None:
        f_failure = parse_datetime(f_failure)
    return BuildMetrics(
        uploaded=f_uploaded,
        built=f_built,
        created=f_created,
        started=f_started,
        cloned=f_cloned,
        readme=f_readme,
        finished=f_finished,
        error=f_error,
        claimed=f_claimed,
        bundled=f_bundled,
        dockerfile=f_dockerfile,
        failure=f_failure,
    )


def _s_TriggeredBuild(d: Any) -> TriggeredBuild:
    if (
        type(d) is not dict
        or type(f_source_name := d["source_name"]) is not str
        or type(f_evaluated_tag_name := d["evaluated_tag_name"]) is not str
        or type(f_build_code := d["build_code"]) is not str
        or type(f_msg := d["msg"]) is not str
        or type(f_queued_for_retry := d["queued_for_retry"]) is not bool
    ):
        raise Fallback
    f_source_type = SourceType(d["source_type"])
    return TriggeredBuild(
        source_type=f_source_type,
        source_name=f_source_name,
        evaluated_tag_name=f_evaluated_tag_name,
        build_code=f_build_code,
        msg=f_msg,
        queued_for_retry=f_queued_for_retry,
    )


def _s_AutomatedBuild(d: Any) -> AutomatedBuild:
    if (
        type(d) is not dict
        or type(f_repository := d["repository"]) is not int
        or type(f_build_name := d["build_name"]) is not str
        or type(f_source_url := d["source_url"]) is not str
        or type(f_docker_url := d["docker_url"]) is not str
        or type(f_repo_web_url := d["repo_web_url"]) is not str
        or type(f_repo_type := d["repo_type"]) is not str
        or type(f_active := d["active"]) is not bool
        or type(f_repo_id := d["repo_id"]) not in (str, int)
        or ((f_deploykey := d["deploykey"]) is not None and type(f_deploykey) is not str)
        or ((f_hook_id := d["hook_id"]) is not None and type(f_hook_id) not in (str, int))
        or type(f_webhook_id := d["webhook_id"]) not in (str, int)
    ):
        raise Fallback
    f_provider = BuildProvider(d["provider"])
    f_build_tags = d["build_tags"]
    if type(f_build_tags) is not list:
        raise Fallback
    f_build_tags = [_s_BuildTag(x) for x in f_build_tags]
    return AutomatedBuild(
        repository=f_repository,
        build_name=f_build_name,
        provider=f_provider,
        source_url=f_source_url,
        docker_url=f_docker_url,
        repo_web_url=f_repo_web_url,
        repo_type=f_repo_type,
        active=f_active,
        repo_id=f_repo_id,
        build_tags=f_build_tags,
        deploykey=f_deploykey,
        hook_id=f_hook_id,
        webhook_id=f_webhook_id,
    )


def _s_BuildTag(d: Any) -> BuildTag:
    if (
        type(d) is not dict
        or type(f_id := d["id"]) is not int
        or type(f_name := d["name"]) is not str
        or type(f_dockerfile_location := d["dockerfile_location"]) is not str
        or type(f_source_name := d["source_name"]) is not str
    ):
        raise Fallback
    f_source_type = SourceType(d["source_type"])
    return BuildTag(
        id=f_id,
        name=f_name,
        dockerfile_location=f_dockerfile_location,
        source_name=f_source_name,
        source_type=f_source_type,
    )


def _s_BuildLink(d: Any) -> BuildLink:
    if (
        type(d) is not dict
        or type(f_id := d["id"]) is not int
        or type(f_from_repo := d["from_repo"]) is not str
        or type(f_to_repo := d["to_repo"]) is not str
    ):
        raise Fallback
    return BuildLink(id=f_id, from_repo=f_from_repo, to_repo=f_to_repo)


def _s_BuildTrigger(d: Any) -> BuildTrigger:
    if (
        type(d) is not dict
        or type(f_token := d["token"]) is not str
        or type(f_active := d["active"]) is not bool
        or type(f_trigger_url := d["trigger_url"]) is not str
    ):
        raise Fallback
    return BuildTrigger(token=f_token, active=f_active, trigger_url=f_trigger_url)


def _s_BuildTriggerEvent(d: Any) -> BuildTriggerEvent:
    if (
        type(d) is not dict
        or type(f_ip_address := d["ip_address"]) is not str
        or type(f_result := d["result"]) is not str
        or type(f_result_desc := d["result_desc"]) is not str
        or type(f_user_agent := d["user_agent"]) is not str
        or type(f_build_code := d["build_code"]) is not str
    ):
        raise Fallback
    f_request_body = d["request_body"]
    f_created = parse_datetime(d["created"])
    return BuildTriggerEvent(
        ip_address=f_ip_address,
        result=f_result,
        result_desc=f_result_desc,
        user_agent=f_user_agent,
        request_body=f_request_body,
        created=f_created,
        build_code=f_build_code,
    )


def _s_Webhook(d: Any) -> Webhook:
    if (
        type(d) is not dict
        or type(f_id := d["id"]) is not int
        or type(f_name := d["name"]) is not str
        or type(f_active := d["active"]) is not bool
        or type(f_expect_final_callback := d["expect_final_callback"]) is not bool
        or type(f_creator := d["creator"]) is not str
        or type(f_last_updater := d["last_updater"]) is not str
    ):
        raise Fallback
    f_last_updated = parse_datetime(d["last_updated"])
    f_hooks = d["hooks"]
    if type(f_hooks) is not list:
        raise Fallback
    f_hooks = [_s_Hook(x) for x in f_hooks]
    return Webhook(
        id=f_id,
        name=f_name,
        active=f_active,
        expect_final_callback=f_expect_final_callback,
        creator=f_creator,
        last_updated=f_last_updated,
        last_updater=f_last_updater,
        hooks=f_hooks,
    )


def _s_Hook(d: Any) -> Hook:
    if (
        type(d) is not dict
        or type(f_id := d["id"]) is not int
        or type(f_creator := d["creator"]) is not str
        or type(f_last_updater := d["last_updater"]) is not str
        or type(f_hook_url := d["hook_url"]) is not str
        or type(f_active := d["active"]) is not bool
    ):
        raise Fallback
    f_date_added = parse_datetime(d["date_added"])
    f_last_updated = parse_datetime(d["last_updated"])
    return Hook(
        id=f_id,
        creator=f_creator,
        last_updater=f_last_updater,
        hook_url=f_hook_url,
        date_added=f_date_added,
        last_updated=f_last_updated,
        active=f_active,
    )


def _s_AuditLogAction(d: Any) -> AuditLogAction:
    if (
        type(d) is not dict
        or type(f_name := d["name"]) is not str
        or type(f_description := d["description"]) is not str
        or type(f_label := d["label"]) is not str
    ):
        raise Fallback
    return AuditLogAction(name=f_name, description=f_description, label=f_label)


def _s_AuditLogActions(d: Any) -> AuditLogActions:
    if type(d) is not dict or type(f_label := d["label"]) is not str:
        raise Fallback
    f_actions = d["actions"]
    if type(f_actions) is not list:
        raise Fallback
    f_actions = [_s_AuditLogAction(x) for x in f_actions]
    return AuditLogActions(actions=f_actions, label=f_label)


def _s_AuditActions(d: Any) -> AuditActions:
    if type(d) is not dict:
        raise Fallback
    f_actions = d["actions"]
    if type(f_actions) is not dict or any(type(k) is not str for k in f_actions):
        raise Fallback
    f_actions = {k: _s_AuditLogActions(x) for k, x in f_actions.items()}
    return AuditActions(actions=f_actions)


def _s_AuditLog(d: Any) -> AuditLog:
    if (
        type(d) is not dict
        or type(f_account := d["account"]) is not str
        or type(f_action := d["action"]) is not str
        or type(f_name := d["name"]) is not str
        or type(f_actor := d["actor"]) is not str
        or type(f_action_description := d["action_description"]) is not str
    ):
        raise Fallback
    f_data = d.get("data", UNSET)
    if f_data is not UNSET:
        if type(f_data) is not dict or any(
            type(k) is not str or type(x) is not str for k, x in f_data.items()
        ):
            raise Fallback
        f_data = dict(f_data)
    f_timestamp = parse_datetime(d["timestamp"])
    return AuditLog(
        account=f_account,
        action=f_action,
        name=f_name,
        actor=f_actor,
        data=f_data,
        timestamp=f_timestamp,
        action_description=f_action_description,
    )


def _s_Invite(d: Any) -> Invite:
    if (
        type(d) is not dict
        or type(f_id := d["id"]) is not str
        or type(f_inviter_username := d["inviter_username"]) is not str
        or type(f_invitee := d["invitee"]) is not str
        or type(f_org := d["org"]) is not str
        or type(f_team := d["team"]) is not str
        or type(f_role := d["role"]) is not str
    ):
        raise Fallback
    f_created_at = parse_datetime(d["created_at"])
    return Invite(
        id=f_id,
        inviter_username=f_inviter_username,
        invitee=f_invitee,
        org=f_org,
        team=f_team,
        role=f_role,
        created_at=f_created_at,
    )


def _s_InviteeResult(d: Any) -> InviteeResult:
    if (
        type(d) is not dict
        or type(f_invitee := d["invitee"]) is not str
        or type(f_status := d["status"]) is not str
    ):
        raise Fallback
    f_invite = d.get("invite", UNSET)
    if f_invite is not UNSET:
        f_invite = _s_Invite(f_invite)
    return InviteeResult(invitee=f_invitee, status=f_status, invite=f_invite)


def _s_InviteBulkResult(d: Any) -> InviteBulkResult:
    if type(d) is not dict:
        raise Fallback
    f_invitees = d["invitees"]
    if type(f_invitees) is not list:
        raise Fallback
    f_invitees = [_s_InviteeResult(x) for x in f_invitees]
    return InviteBulkResult(invitees=f_invitees)


def _s_OrgGroupMember(d: Any) -> OrgGroupMember:
    if (
        type(d) is not dict
        or type(f_id := d["id"]) is not str
        or type(f_username := d["username"]) is not str
        or type(f_full_name := d["full_name"]) is not str
        or type(f_location := d["location"]) is not str
        or type(f_company := d["company"]) is not str
        or type(f_profile_url := d["profile_url"]) is not str
        or type(f_gravatar_url := d["gravatar_url"]) is not str
        or type(f_type := d["type"]) is not str
        or ((f_email := d.get("email", UNSET)) is not UNSET and type(f_email) is not str)
        or (
            (f_gravatar_email := d.get("gravatar_email", UNSET)) is not UNSET
            and type(f_gravatar_email) is not str
        )
    ):
        raise Fallback
    f_date_joined = parse_datetime(d["date_joined"])
    return OrgGroupMember(
        id=f_id,
        username=f_username,
        full_name=f_full_name,
        location=f_location,
        company=f_company,
        profile_url=f_profile_url,
        date_joined=f_date_joined,
        gravatar_url=f_gravatar_url,
        type=f_type,
        email=f_email,
        gravatar_email=f_gravatar_email,
    )


def _s_RepositoryGroup(d: Any) -> RepositoryGroup:
    if (
        type(d) is not dict
        or type(f_group_name := d["group_name"]) is not str
        or type(f_permission := d["permission"]) is not str
        or type(f_group_id := d["group_id"]) is not int
    ):
        raise Fallback
    return RepositoryGroup(group_name=f_group_name, permission=f_permission, group_id=f_group_id)


def _s_ScimName(d: Any) -> ScimName:
    if (
        type(d) is not dict
        or (
            (f_given_name := d.get("givenName", UNSET)) is not UNSET
            and type(f_given_name) is not str
        )
        or (
            (f_family_name := d.get("familyName", UNSET)) is not UNSET
            and type(f_family_name) is not str
        )
        or (
            (f_formatted := d.get("formatted", UNSET)) is not UNSET and type(f_formatted) is not str
        )
        or (
            (f_middle_name := d.get("middleName", UNSET)) is not UNSET
            and type(f_middle_name) is not str
        )
        or (
            (f_honorific_prefix := d.get("honorificPrefix", UNSET)) is not UNSET
            and type(f_honorific_prefix) is not str
        )
        or (
            (f_honorific_suffix := d.get("honorificSuffix", UNSET)) is not UNSET
            and type(f_honorific_suffix) is not str
        )
    ):
        raise Fallback
    return ScimName(
        given_name=f_given_name,
        family_name=f_family_name,
        formatted=f_formatted,
        middle_name=f_middle_name,
        honorific_prefix=f_honorific_prefix,
        honorific_suffix=f_honorific_suffix,
    )


def _s_ScimEmail(d: Any) -> ScimEmail:
    if (
        type(d) is not dict
        or type(f_value := d["value"]) is not str
        or ((f_display := d.get("display", UNSET)) is not UNSET and type(f_display) is not str)
        or ((f_primary := d.get("primary", UNSET)) is not UNSET and type(f_primary) is not bool)
        or ((f_type := d.get("type", UNSET)) is not UNSET and type(f_type) is not str)
    ):
        raise Fallback
    return ScimEmail(value=f_value, display=f_display, primary=f_primary, type=f_type)


def _s_ScimGroupRef(d: Any) -> ScimGroupRef:
    if (
        type(d) is not dict
        or type(f_value := d["value"]) is not str
        or ((f_display := d.get("display", UNSET)) is not UNSET and type(f_display) is not str)
    ):
        raise Fallback
    return ScimGroupRef(value=f_value, display=f_display)


def _s_ScimMeta(d: Any) -> ScimMeta:
    if (
        type(d) is not dict
        or type(f_resource_type := d["resourceType"]) is not str
        or type(f_location := d["location"]) is not str
    ):
        raise Fallback
    f_created = parse_datetime(d["created"])
    f_last_modified = parse_datetime(d["lastModified"])
    return ScimMeta(
        resource_type=f_resource_type,
        location=f_location,
        created=f_created,
        last_modified=f_last_modified,
    )


def _s_ScimUser(d: Any) -> ScimUser:
    if (
        type(d) is not dict
        or type(f_id := d["id"]) is not str
        or ((f_user_name := d.get("userName", UNSET)) is not UNSET and type(f_user_name) is not str)
        or (
            (f_display_name := d.get("displayName", UNSET)) is not UNSET
            and type(f_display_name) is not str
        )
        or ((f_active := d.get("active", UNSET)) is not UNSET and type(f_active) is not bool)
    ):
        raise Fallback
    f_schemas = d["schemas"]
    if type(f_schemas) is not list or any(type(x) is not str for x in f_schemas):
        raise Fallback
    f_schemas = list(f_schemas)
    f_name = d.get("name", UNSET)
    if f_name is not UNSET:
        f_name = _s_ScimName(f_name)
    f_emails = d.get("emails", UNSET)
    if f_emails is not UNSET:
        if type(f_emails) is not list:
            raise Fallback
        f_emails = [_s_ScimEmail(x) for x in f_emails]
    f_groups = d.get("groups", UNSET)
    if f_groups is not UNSET:
        if type(f_groups) is not list:
            raise Fallback
        f_groups = [_s_ScimGroupRef(x) for x in f_groups]
    f_meta = d.get("meta", UNSET)
    if f_meta is not UNSET:
        f_meta = _s_ScimMeta(f_meta)
    return ScimUser(
        schemas=f_schemas,
        id=f_id,
        user_name=f_user_name,
        name=f_name,
        display_name=f_display_name,
        active=f_active,
        emails=f_emails,
        groups=f_groups,
        meta=f_meta,
    )


def _s_ScimSupported(d: Any) -> ScimSupported:
    if type(d) is not dict or type(f_supported := d["supported"]) is not bool:
        raise Fallback
    return ScimSupported(supported=f_supported)


def _s_ScimBulk(d: Any) -> ScimBulk:
    if (
        type(d) is not dict
        or type(f_supported := d["supported"]) is not bool
        or type(f_max_operations := d["maxOperations"]) is not int
        or type(f_max_payload_size := d["maxPayloadSize"]) is not int
    ):
        raise Fallback
    return ScimBulk(
        supported=f_supported, max_operations=f_max_operations, max_payload_size=f_max_payload_size
    )


def _s_ScimFilterSupport(d: Any) -> ScimFilterSupport:
    if (
        type(d) is not dict
        or type(f_supported := d["supported"]) is not bool
        or type(f_max_results := d["maxResults"]) is not int
    ):
        raise Fallback
    return ScimFilterSupport(supported=f_supported, max_results=f_max_results)


def _s_ScimAuthenticationScheme(d: Any) -> ScimAuthenticationScheme:
    if (
        type(d) is not dict
        or type(f_type := d["type"]) is not str
        or type(f_name := d["name"]) is not str
        or type(f_description := d["description"]) is not str
        or type(f_spec_uri := d["specUri"]) is not str
    ):
        raise Fallback
    return ScimAuthenticationScheme(
        type=f_type, name=f_name, description=f_description, spec_uri=f_spec_uri
    )


def _s_ScimServiceProviderConfig(d: Any) -> ScimServiceProviderConfig:
    if type(d) is not dict or type(f_documentation_uri := d["documentationUri"]) is not str:
        raise Fallback
    f_schemas = d["schemas"]
    if type(f_schemas) is not list or any(type(x) is not str for x in f_schemas):
        raise Fallback
    f_schemas = list(f_schemas)
    f_patch = _s_ScimSupported(d["patch"])
    f_bulk = _s_ScimBulk(d["bulk"])
    f_filter = _s_ScimFilterSupport(d["filter"])
    f_change_password = _s_ScimSupported(d["changePassword"])
    f_sort = _s_ScimSupported(d["sort"])
    f_etag = _s_ScimSupported(d["etag"])
    f_authentication_schemes = d["authenticationSchemes"]
    if type(f_authentication_schemes) is not list:
        raise Fallback
    f_authentication_schemes = [_s_ScimAuthenticationScheme(x) for x in f_authentication_schemes]
    return ScimServiceProviderConfig(
        schemas=f_schemas,
        documentation_uri=f_documentation_uri,
        patch=f_patch,
        bulk=f_bulk,
        filter=f_filter,
        change_password=f_change_password,
        sort=f_sort,
        etag=f_etag,
        authentication_schemes=f_authentication_schemes,
    )


def _s_ScimResourceType(d: Any) -> ScimResourceType:
    if (
        type(d) is not dict
        or type(f_id := d["id"]) is not str
        or type(f_name := d["name"]) is not str
        or type(f_description := d["description"]) is not str
        or type(f_endpoint := d["endpoint"]) is not str
        or type(f_schema := d["schema"]) is not str
    ):
        raise Fallback
    f_schemas = d["schemas"]
    if type(f_schemas) is not list or any(type(x) is not str for x in f_schemas):
        raise Fallback
    f_schemas = list(f_schemas)
    return ScimResourceType(
        schemas=f_schemas,
        id=f_id,
        name=f_name,
        description=f_description,
        endpoint=f_endpoint,
        schema=f_schema,
    )


def _s_ScimResourceTypeList(d: Any) -> ScimResourceTypeList:
    if (
        type(d) is not dict
        or type(f_total_results := d["totalResults"]) is not int
        or type(f_start_index := d["startIndex"]) is not int
        or type(f_items_per_page := d["itemsPerPage"]) is not int
    ):
        raise Fallback
    f_schemas = d["schemas"]
    if type(f_schemas) is not list or any(type(x) is not str for x in f_schemas):
        raise Fallback
    f_schemas = list(f_schemas)
    f_resources = d["Resources"]
    if type(f_resources) is not list:
        raise Fallback
    f_resources = [_s_ScimResourceType(x) for x in f_resources]
    return ScimResourceTypeList(
        schemas=f_schemas,
        total_results=f_total_results,
        start_index=f_start_index,
        items_per_page=f_items_per_page,
        resources=f_resources,
    )


def _s_ScimSubAttribute(d: Any) -> ScimSubAttribute:
    if (
        type(d) is not dict
        or type(f_name := d["name"]) is not str
        or type(f_type := d["type"]) is not str
        or type(f_multi_valued := d["multiValued"]) is not bool
        or type(f_description := d["description"]) is not str
        or type(f_required := d["required"]) is not bool
        or type(f_case_exact := d["caseExact"]) is not bool
        or type(f_mutability := d["mutability"]) is not str
        or type(f_returned := d["returned"]) is not str
        or type(f_uniqueness := d["uniqueness"]) is not str
    ):
        raise Fallback
    return ScimSubAttribute(
        name=f_name,
        type=f_type,
        multi_valued=f_multi_valued,
        description=f_description,
        required=f_required,
        case_exact=f_case_exact,
        mutability=f_mutability,
        returned=f_returned,
        uniqueness=f_uniqueness,
    )


def _s_ScimSchemaAttribute(d: Any) -> ScimSchemaAttribute:
    if (
        type(d) is not dict
        or type(f_name := d["name"]) is not str
        or type(f_type := d["type"]) is not str
        or type(f_multi_valued := d["multiValued"]) is not bool
        or type(f_description := d["description"]) is not str
        or type(f_required := d["required"]) is not bool
        or type(f_case_exact := d["caseExact"]) is not bool
        or type(f_mutability := d["mutability"]) is not str
        or type(f_returned := d["returned"]) is not str
        or type(f_uniqueness := d["uniqueness"]) is not str
    ):
        raise Fallback
    f_sub_attributes = d.get("subAttributes", UNSET)
    if f_sub_attributes is not UNSET:
        if type(f_sub_attributes) is not list:
            raise Fallback
        f_sub_attributes = [_s_ScimSubAttribute(x) for x in f_sub_attributes]
    return ScimSchemaAttribute(
        name=f_name,
        type=f_type,
        multi_valued=f_multi_valued,
        description=f_description,
        required=f_required,
        case_exact=f_case_exact,
        mutability=f_mutability,
        returned=f_returned,
        uniqueness=f_uniqueness,
        sub_attributes=f_sub_attributes,
    )


def _s_ScimSchema(d: Any) -> ScimSchema:
    if (
        type(d) is not dict
        or type(f_id := d["id"]) is not str
        or type(f_name := d["name"]) is not str
        or type(f_description := d["description"]) is not str
    ):
        raise Fallback
    f_schemas = d["schemas"]
    if type(f_schemas) is not list or any(type(x) is not str for x in f_schemas):
        raise Fallback
    f_schemas = list(f_schemas)
    f_attributes = d["attributes"]
    if type(f_attributes) is not list:
        raise Fallback
    f_attributes = [_s_ScimSchemaAttribute(x) for x in f_attributes]
    return ScimSchema(
        schemas=f_schemas, id=f_id, name=f_name, description=f_description, attributes=f_attributes
    )


def _s_ScimSchemaList(d: Any) -> ScimSchemaList:
    if (
        type(d) is not dict
        or type(f_total_results := d["totalResults"]) is not int
        or type(f_start_index := d["startIndex"]) is not int
        or type(f_items_per_page := d["itemsPerPage"]) is not int
    ):
        raise Fallback
    f_schemas = d["schemas"]
    if type(f_schemas) is not list or any(type(x) is not str for x in f_schemas):
        raise Fallback
    f_schemas = list(f_schemas)
    f_resources = d["Resources"]
    if type(f_resources) is not list:
        raise Fallback
    f_resources = [_s_ScimSchema(x) for x in f_resources]
    return ScimSchemaList(
        schemas=f_schemas,
        total_results=f_total_results,
        start_index=f_start_index,
        items_per_page=f_items_per_page,
        resources=f_resources,
    )


def make_converter(*, forbid_extra_keys: bool = False, fast: bool = True) -> cattrs.Converter:
    """A converter for every model; ``forbid_extra_keys`` rejects unknown JSON keys.

    ``fast=False`` leaves out the fast structure functions: cattrs' functions alone,
    the reference the fast ones are tested against.
    """
    conv = make_base_converter(forbid_extra_keys=forbid_extra_keys)
    conv.register_structure_hook(RepoVisibility, structure_enum)
    conv.register_unstructure_hook(RepoVisibility, enum_value(RepoVisibility))
    conv.register_structure_hook(SourceType, structure_enum)
    conv.register_unstructure_hook(SourceType, enum_value(SourceType))
    conv.register_structure_hook(BuildProvider, structure_enum)
    conv.register_unstructure_hook(BuildProvider, enum_value(BuildProvider))
    conv.register_structure_hook(OrgAccessTokenResourceType, structure_enum)
    conv.register_unstructure_hook(
        OrgAccessTokenResourceType, enum_value(OrgAccessTokenResourceType)
    )
    register_models(
        conv,
        {
            LoginRequest: (None, {}, {}),
            LoginResponse: (
                _s_LoginResponse,
                {},
                {"refresh_token": override(omit_if_default=True)},
            ),
            Login2FARequest: (None, {}, {}),
            AuthTokenRequest: (None, {}, {}),
            AuthTokenResponse: (_s_AuthTokenResponse, {}, {}),
            AccessToken: (_s_AccessToken, {}, {"expires_at": override(omit_if_default=True)}),
            AccessTokenCreate: (None, {}, {"expires_at": override(omit_if_default=True)}),
            ApiTokenCreate: (
                None,
                {},
                {
                    "token_label": override(omit_if_default=True),
                    "is_active": override(omit_if_default=True),
                },
            ),
            AccessTokenUpdate: (
                None,
                {},
                {
                    "token_label": override(omit_if_default=True),
                    "is_active": override(omit_if_default=True),
                },
            ),
            User: (_s_User, {}, {}),
            CurrentUser: (_s_CurrentUser, {}, {}),
            RegistrySettings: (_s_RegistrySettings, {}, {}),
            Repository: (
                _s_Repository,
                {},
                {
                    "has_starred": override(omit_if_default=True),
                    "full_description": override(omit_if_default=True),
                },
            ),
            Category: (_s_Category, {}, {}),
            RepositoryPermissions: (_s_RepositoryPermissions, {}, {}),
            ImmutableTagsSettings: (_s_ImmutableTagsSettings, {}, {}),
            NamespaceRepository: (
                _s_NamespaceRepository,
                {},
                {
                    "last_modified": override(omit_if_default=True),
                    "affiliation": override(omit_if_default=True),
                    "storage_size": override(omit_if_default=True),
                },
            ),
            RepositoryInfo: (
                _s_RepositoryInfo,
                {},
                {
                    "repository_type": override(omit_if_default=True),
                    "last_modified": override(omit_if_default=True),
                    "affiliation": override(omit_if_default=True),
                    "hub_user": override(omit_if_default=True),
                    "full_description": override(omit_if_default=True),
                    "storage_size": override(omit_if_default=True),
                    "source": override(omit_if_default=True),
                },
            ),
            NamespaceRepositoryCreate: (
                None,
                {},
                {
                    "description": override(omit_if_default=True),
                    "full_description": override(omit_if_default=True),
                    "registry": override(omit_if_default=True),
                    "is_private": override(omit_if_default=True),
                },
            ),
            ImmutableTagsUpdate: (
                None,
                {},
                {
                    "immutable_tags": override(omit_if_default=True),
                    "immutable_tags_rules": override(omit_if_default=True),
                },
            ),
            ImmutableTagsVerifyRequest: (None, {}, {}),
            ImmutableTagsVerifyResponse: (_s_ImmutableTagsVerifyResponse, {}, {}),
            TagImage: (
                _s_TagImage,
                {},
                {
                    "last_pulled": override(unstruct_hook=format_optional_datetime_us6),
                    "last_pushed": override(unstruct_hook=format_optional_datetime_us6),
                },
            ),
            NamespaceTag: (
                _s_NamespaceTag,
                {},
                {
                    "last_updated": override(unstruct_hook=format_optional_datetime_us6),
                    "tag_last_pulled": override(unstruct_hook=format_optional_datetime_us6),
                    "tag_last_pushed": override(unstruct_hook=format_optional_datetime_us6),
                    "digest": override(omit_if_default=True),
                    "media_type": override(omit_if_default=True),
                    "content_type": override(omit_if_default=True),
                },
            ),
            RepositorySummary: (_s_RepositorySummary, {}, {}),
            RepositoryCreate: (
                None,
                {},
                {
                    "description": override(omit_if_default=True),
                    "full_description": override(omit_if_default=True),
                    "is_private": override(omit_if_default=True),
                },
            ),
            RepositoryUpdate: (
                None,
                {},
                {
                    "description": override(omit_if_default=True),
                    "full_description": override(omit_if_default=True),
                },
            ),
            RepositoryPrivacy: (None, {}, {}),
            Tag: (
                _s_Tag,
                {},
                {
                    "last_updated": override(unstruct_hook=format_optional_datetime_us6),
                    "last_updater_username": override(omit_if_default=True),
                    "images": override(omit_if_default=True),
                    "tag_status": override(omit_if_default=True),
                    "tag_last_pulled": override(
                        omit_if_default=True, unstruct_hook=format_optional_datetime_us6
                    ),
                    "tag_last_pushed": override(
                        omit_if_default=True, unstruct_hook=format_optional_datetime_us6
                    ),
                    "digest": override(omit_if_default=True),
                    "media_type": override(omit_if_default=True),
                    "content_type": override(omit_if_default=True),
                },
            ),
            Comment: (_s_Comment, {}, {}),
            Organization: (_s_Organization, {}, {}),
            OrgMember: (_s_OrgMember, {}, {}),
            OrgGroup: (_s_OrgGroup, {}, {}),
            OrgGroupWrite: (None, {}, {}),
            OrgMemberRoleUpdate: (None, {}, {}),
            RestrictedImages: (_s_RestrictedImages, {}, {}),
            OrgSettings: (_s_OrgSettings, {}, {}),
            OrgSettingsUpdate: (None, {}, {}),
            StandardRegistry: (_s_StandardRegistry, {}, {}),
            CustomRegistry: (_s_CustomRegistry, {}, {}),
            RegistryAccessManagement: (_s_RegistryAccessManagement, {}, {}),
            RegistryAccessManagementUpdate: (
                None,
                {},
                {
                    "standard_registries": override(omit_if_default=True),
                    "custom_registries": override(omit_if_default=True),
                },
            ),
            HubPlan: (_s_HubPlan, {}, {}),
            OrgAccessTokenResource: (_s_OrgAccessTokenResource, {}, {}),
            OrgAccessToken: (_s_OrgAccessToken, {}, {}),
            OrgAccessTokenCreated: (_s_OrgAccessTokenCreated, {}, {}),
            OrgAccessTokenCreate: (
                None,
                {},
                {
                    "description": override(omit_if_default=True),
                    "expires_at": override(omit_if_default=True),
                },
            ),
            OrgAccessTokenUpdate: (
                None,
                {},
                {
                    "label": override(omit_if_default=True),
                    "description": override(omit_if_default=True),
                    "resources": override(omit_if_default=True),
                    "is_active": override(omit_if_default=True),
                },
            ),
            Collaborator: (_s_Collaborator, {}, {}),
            CollaboratorCreate: (None, {}, {}),
            GroupMember: (_s_GroupMember, {}, {}),
            GroupMemberCreate: (None, {}, {}),
            Build: (_s_Build, {}, {}),
            BuildDetails: (_s_BuildDetails, {}, {}),
            BuildResults: (
                _s_BuildResults,
                {},
                {
                    "created_at": override(unstruct_hook=format_datetime_ms),
                    "last_updated": override(unstruct_hook=format_datetime_ms),
                },
            ),
            BuildMetrics: (_s_BuildMetrics, {}, {}),
            BuildTriggerRequest: (None, {}, {}),
            TriggeredBuild: (_s_TriggeredBuild, {}, {}),
            AutomatedBuild: (_s_AutomatedBuild, {}, {}),
            AutomatedBuildCreate: (None, {}, {"description": override(omit_if_default=True)}),
            BuildTag: (_s_BuildTag, {}, {}),
            BuildTagCreate: (None, {}, {}),
            BuildTagUpdate: (None, {}, {}),
            BuildLink: (_s_BuildLink, {}, {}),
            BuildLinkCreate: (None, {}, {}),
            BuildTrigger: (_s_BuildTrigger, {}, {}),
            BuildTriggerEvent: (_s_BuildTriggerEvent, {}, {}),
            Webhook: (_s_Webhook, {}, {}),
            WebhookCreate: (None, {}, {}),
            Hook: (_s_Hook, {}, {}),
            HookCreate: (None, {}, {}),
            AuditLogAction: (_s_AuditLogAction, {}, {}),
            AuditLogActions: (_s_AuditLogActions, {}, {}),
            AuditActions: (_s_AuditActions, {}, {}),
            AuditLog: (_s_AuditLog, {}, {"data": override(omit_if_default=True)}),
            Invite: (_s_Invite, {}, {}),
            InviteBulkCreate: (None, {}, {}),
            InviteeResult: (_s_InviteeResult, {}, {"invite": override(omit_if_default=True)}),
            InviteBulkResult: (_s_InviteBulkResult, {}, {}),
            OrgGroupPatch: (
                None,
                {},
                {
                    "name": override(omit_if_default=True),
                    "description": override(omit_if_default=True),
                },
            ),
            OrgGroupMember: (
                _s_OrgGroupMember,
                {},
                {
                    "email": override(omit_if_default=True),
                    "gravatar_email": override(omit_if_default=True),
                },
            ),
            RepositoryGroupCreate: (None, {}, {}),
            RepositoryGroupUpdate: (None, {}, {}),
            RepositoryGroup: (_s_RepositoryGroup, {}, {}),
            ScimName: (
                _s_ScimName,
                {
                    "given_name": override(rename="givenName"),
                    "family_name": override(rename="familyName"),
                    "middle_name": override(rename="middleName"),
                    "honorific_prefix": override(rename="honorificPrefix"),
                    "honorific_suffix": override(rename="honorificSuffix"),
                },
                {
                    "given_name": override(rename="givenName", omit_if_default=True),
                    "family_name": override(rename="familyName", omit_if_default=True),
                    "formatted": override(omit_if_default=True),
                    "middle_name": override(rename="middleName", omit_if_default=True),
                    "honorific_prefix": override(rename="honorificPrefix", omit_if_default=True),
                    "honorific_suffix": override(rename="honorificSuffix", omit_if_default=True),
                },
            ),
            ScimEmail: (
                _s_ScimEmail,
                {},
                {
                    "display": override(omit_if_default=True),
                    "primary": override(omit_if_default=True),
                    "type": override(omit_if_default=True),
                },
            ),
            ScimGroupRef: (_s_ScimGroupRef, {}, {"display": override(omit_if_default=True)}),
            ScimMeta: (
                _s_ScimMeta,
                {
                    "resource_type": override(rename="resourceType"),
                    "last_modified": override(rename="lastModified"),
                },
                {
                    "resource_type": override(rename="resourceType"),
                    "last_modified": override(rename="lastModified"),
                },
            ),
            ScimUser: (
                _s_ScimUser,
                {
                    "user_name": override(rename="userName"),
                    "display_name": override(rename="displayName"),
                },
                {
                    "user_name": override(rename="userName", omit_if_default=True),
                    "name": override(omit_if_default=True),
                    "display_name": override(rename="displayName", omit_if_default=True),
                    "active": override(omit_if_default=True),
                    "emails": override(omit_if_default=True),
                    "groups": override(omit_if_default=True),
                    "meta": override(omit_if_default=True),
                },
            ),
            ScimUserCreate: (
                None,
                {
                    "user_name": override(rename="userName"),
                    "display_name": override(rename="displayName"),
                    "external_id": override(rename="externalId"),
                },
                {
                    "user_name": override(rename="userName"),
                    "name": override(omit_if_default=True),
                    "active": override(omit_if_default=True),
                    "emails": override(omit_if_default=True),
                    "display_name": override(rename="displayName", omit_if_default=True),
                    "external_id": override(rename="externalId", omit_if_default=True),
                    "id": override(omit_if_default=True),
                    "groups": override(omit_if_default=True),
                    "meta": override(omit_if_default=True),
                },
            ),
            ScimUserUpdate: (
                None,
                {
                    "user_name": override(rename="userName"),
                    "display_name": override(rename="displayName"),
                    "external_id": override(rename="externalId"),
                },
                {
                    "user_name": override(rename="userName", omit_if_default=True),
                    "name": override(omit_if_default=True),
                    "active": override(omit_if_default=True),
                    "enabled": override(omit_if_default=True),
                    "emails": override(omit_if_default=True),
                    "display_name": override(rename="displayName", omit_if_default=True),
                    "external_id": override(rename="externalId", omit_if_default=True),
                    "id": override(omit_if_default=True),
                    "groups": override(omit_if_default=True),
                    "meta": override(omit_if_default=True),
                },
            ),
            ScimPatchOperation: (
                None,
                {},
                {"path": override(omit_if_default=True), "value": override(omit_if_default=True)},
            ),
            ScimPatchOp: (
                None,
                {"operations": override(rename="Operations")},
                {"operations": override(rename="Operations")},
            ),
            ScimSupported: (_s_ScimSupported, {}, {}),
            ScimBulk: (
                _s_ScimBulk,
                {
                    "max_operations": override(rename="maxOperations"),
                    "max_payload_size": override(rename="maxPayloadSize"),
                },
                {
                    "max_operations": override(rename="maxOperations"),
                    "max_payload_size": override(rename="maxPayloadSize"),
                },
            ),
            ScimFilterSupport: (
                _s_ScimFilterSupport,
                {"max_results": override(rename="maxResults")},
                {"max_results": override(rename="maxResults")},
            ),
            ScimAuthenticationScheme: (
                _s_ScimAuthenticationScheme,
                {"spec_uri": override(rename="specUri")},
                {"spec_uri": override(rename="specUri")},
            ),
            ScimServiceProviderConfig: (
                _s_ScimServiceProviderConfig,
                {
                    "documentation_uri": override(rename="documentationUri"),
                    "change_password": override(rename="changePassword"),
                    "authentication_schemes": override(rename="authenticationSchemes"),
                },
                {
                    "documentation_uri": override(rename="documentationUri"),
                    "change_password": override(rename="changePassword"),
                    "authentication_schemes": override(rename="authenticationSchemes"),
                },
            ),
            ScimResourceType: (_s_ScimResourceType, {}, {}),
            ScimResourceTypeList: (
                _s_ScimResourceTypeList,
                {
                    "total_results": override(rename="totalResults"),
                    "start_index": override(rename="startIndex"),
                    "items_per_page": override(rename="itemsPerPage"),
                    "resources": override(rename="Resources"),
                },
                {
                    "total_results": override(rename="totalResults"),
                    "start_index": override(rename="startIndex"),
                    "items_per_page": override(rename="itemsPerPage"),
                    "resources": override(rename="Resources"),
                },
            ),
            ScimSubAttribute: (
                _s_ScimSubAttribute,
                {
                    "multi_valued": override(rename="multiValued"),
                    "case_exact": override(rename="caseExact"),
                },
                {
                    "multi_valued": override(rename="multiValued"),
                    "case_exact": override(rename="caseExact"),
                },
            ),
            ScimSchemaAttribute: (
                _s_ScimSchemaAttribute,
                {
                    "multi_valued": override(rename="multiValued"),
                    "case_exact": override(rename="caseExact"),
                    "sub_attributes": override(rename="subAttributes"),
                },
                {
                    "multi_valued": override(rename="multiValued"),
                    "case_exact": override(rename="caseExact"),
                    "sub_attributes": override(rename="subAttributes", omit_if_default=True),
                },
            ),
            ScimSchema: (_s_ScimSchema, {}, {}),
            ScimSchemaList: (
                _s_ScimSchemaList,
                {
                    "total_results": override(rename="totalResults"),
                    "start_index": override(rename="startIndex"),
                    "items_per_page": override(rename="itemsPerPage"),
                    "resources": override(rename="Resources"),
                },
                {
                    "total_results": override(rename="totalResults"),
                    "start_index": override(rename="startIndex"),
                    "items_per_page": override(rename="itemsPerPage"),
                    "resources": override(rename="Resources"),
                },
            ),
        },
        fast=fast,
    )
    return conv


converter: cattrs.Converter = make_converter()
strict_converter: cattrs.Converter  # built by __getattr__ on first use


def __getattr__(name: str) -> Any:
    if name == "strict_converter":
        value = globals()[name] = make_converter(forbid_extra_keys=True)
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
