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
    fromisoformat,
    make_base_converter,
    new_instance,
    parse_datetime,
    register_models,
    setters,
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
    Descriptor,
    GroupMember,
    GroupMemberCreate,
    Hook,
    HookCreate,
    HubPlan,
    ImageConfig,
    ImageIndex,
    ImageManifest,
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
    Platform,
    PullRateLimit,
    RegistryAccessManagement,
    RegistryAccessManagementUpdate,
    RegistrySettings,
    RegistryToken,
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
    TagList,
    TriggeredBuild,
    User,
    Webhook,
    WebhookCreate,
)
from dockerhub_sdk._types import UNSET

__all__ = ["converter", "make_converter", "strict_converter"]


_SET_LoginResponse = setters(
    LoginResponse,
    (
        "token",
        "refresh_token",
    ),
)


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
    (
        set_token,
        set_refresh_token,
    ) = _SET_LoginResponse
    o: LoginResponse = new_instance(LoginResponse)
    set_token(o, f_token)
    set_refresh_token(o, f_refresh_token)
    return o


_SET_AuthTokenResponse = setters(AuthTokenResponse, ("access_token",))


def _s_AuthTokenResponse(d: Any) -> AuthTokenResponse:
    if type(d) is not dict or type(f_access_token := d["access_token"]) is not str:
        raise Fallback
    (set_access_token,) = _SET_AuthTokenResponse
    o: AuthTokenResponse = new_instance(AuthTokenResponse)
    set_access_token(o, f_access_token)
    return o


_SET_AccessToken = setters(
    AccessToken,
    (
        "uuid",
        "client_id",
        "creator_ip",
        "creator_ua",
        "created_at",
        "last_used",
        "generated_by",
        "is_active",
        "token",
        "token_label",
        "scopes",
        "expires_at",
    ),
)


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
    f_created_at = d["created_at"]
    f_created_at = (
        fromisoformat(f_created_at)
        if f_created_at[4:20:3] == "--T::." and f_created_at[26:] == "Z"
        else parse_datetime(f_created_at)
    )
    f_last_used = d["last_used"]
    if f_last_used is not None:
        f_last_used = (
            fromisoformat(f_last_used)
            if f_last_used[4:20:3] == "--T::." and f_last_used[26:] == "Z"
            else parse_datetime(f_last_used)
        )
    f_scopes = d["scopes"]
    if type(f_scopes) is not list or any(type(x) is not str for x in f_scopes):
        raise Fallback
    f_scopes = list(f_scopes)
    f_expires_at = d.get("expires_at", UNSET)
    if f_expires_at is not UNSET:
        f_expires_at = (
            fromisoformat(f_expires_at)
            if f_expires_at[4:20:3] == "--T::." and f_expires_at[26:] == "Z"
            else parse_datetime(f_expires_at)
        )
    (
        set_uuid,
        set_client_id,
        set_creator_ip,
        set_creator_ua,
        set_created_at,
        set_last_used,
        set_generated_by,
        set_is_active,
        set_token,
        set_token_label,
        set_scopes,
        set_expires_at,
    ) = _SET_AccessToken
    o: AccessToken = new_instance(AccessToken)
    set_uuid(o, f_uuid)
    set_client_id(o, f_client_id)
    set_creator_ip(o, f_creator_ip)
    set_creator_ua(o, f_creator_ua)
    set_created_at(o, f_created_at)
    set_last_used(o, f_last_used)
    set_generated_by(o, f_generated_by)
    set_is_active(o, f_is_active)
    set_token(o, f_token)
    set_token_label(o, f_token_label)
    set_scopes(o, f_scopes)
    set_expires_at(o, f_expires_at)
    return o


_SET_User = setters(
    User,
    (
        "id",
        "username",
        "full_name",
        "location",
        "company",
        "profile_url",
        "date_joined",
        "gravatar_url",
    ),
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
    f_date_joined = d["date_joined"]
    f_date_joined = (
        fromisoformat(f_date_joined)
        if f_date_joined[4:20:3] == "--T::." and f_date_joined[26:] == "Z"
        else parse_datetime(f_date_joined)
    )
    (
        set_id,
        set_username,
        set_full_name,
        set_location,
        set_company,
        set_profile_url,
        set_date_joined,
        set_gravatar_url,
    ) = _SET_User
    o: User = new_instance(User)
    set_id(o, f_id)
    set_username(o, f_username)
    set_full_name(o, f_full_name)
    set_location(o, f_location)
    set_company(o, f_company)
    set_profile_url(o, f_profile_url)
    set_date_joined(o, f_date_joined)
    set_gravatar_url(o, f_gravatar_url)
    return o


_SET_CurrentUser = setters(
    CurrentUser,
    (
        "id",
        "username",
        "full_name",
        "location",
        "company",
        "gravatar_email",
        "is_staff",
        "is_admin",
        "profile_url",
        "date_joined",
        "gravatar_url",
    ),
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
    f_date_joined = d["date_joined"]
    f_date_joined = (
        fromisoformat(f_date_joined)
        if f_date_joined[4:20:3] == "--T::." and f_date_joined[26:] == "Z"
        else parse_datetime(f_date_joined)
    )
    (
        set_id,
        set_username,
        set_full_name,
        set_location,
        set_company,
        set_gravatar_email,
        set_is_staff,
        set_is_admin,
        set_profile_url,
        set_date_joined,
        set_gravatar_url,
    ) = _SET_CurrentUser
    o: CurrentUser = new_instance(CurrentUser)
    set_id(o, f_id)
    set_username(o, f_username)
    set_full_name(o, f_full_name)
    set_location(o, f_location)
    set_company(o, f_company)
    set_gravatar_email(o, f_gravatar_email)
    set_is_staff(o, f_is_staff)
    set_is_admin(o, f_is_admin)
    set_profile_url(o, f_profile_url)
    set_date_joined(o, f_date_joined)
    set_gravatar_url(o, f_gravatar_url)
    return o


_SET_RegistrySettings = setters(
    RegistrySettings,
    (
        "private_repo_used",
        "num_free_private_repos",
        "private_repo_limit",
        "private_repo_available",
        "private_repo_percent_used",
        "default_repo_visibility",
    ),
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
    (
        set_private_repo_used,
        set_num_free_private_repos,
        set_private_repo_limit,
        set_private_repo_available,
        set_private_repo_percent_used,
        set_default_repo_visibility,
    ) = _SET_RegistrySettings
    o: RegistrySettings = new_instance(RegistrySettings)
    set_private_repo_used(o, f_private_repo_used)
    set_num_free_private_repos(o, f_num_free_private_repos)
    set_private_repo_limit(o, f_private_repo_limit)
    set_private_repo_available(o, f_private_repo_available)
    set_private_repo_percent_used(o, f_private_repo_percent_used)
    set_default_repo_visibility(o, f_default_repo_visibility)
    return o


_SET_Repository = setters(
    Repository,
    (
        "user",
        "name",
        "namespace",
        "status",
        "description",
        "is_private",
        "is_automated",
        "can_edit",
        "star_count",
        "pull_count",
        "last_updated",
        "has_starred",
        "full_description",
    ),
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
        f_last_updated = (
            fromisoformat(f_last_updated)
            if f_last_updated[4:20:3] == "--T::." and f_last_updated[26:] == "Z"
            else parse_datetime(f_last_updated)
        )
    (
        set_user,
        set_name,
        set_namespace,
        set_status,
        set_description,
        set_is_private,
        set_is_automated,
        set_can_edit,
        set_star_count,
        set_pull_count,
        set_last_updated,
        set_has_starred,
        set_full_description,
    ) = _SET_Repository
    o: Repository = new_instance(Repository)
    set_user(o, f_user)
    set_name(o, f_name)
    set_namespace(o, f_namespace)
    set_status(o, f_status)
    set_description(o, f_description)
    set_is_private(o, f_is_private)
    set_is_automated(o, f_is_automated)
    set_can_edit(o, f_can_edit)
    set_star_count(o, f_star_count)
    set_pull_count(o, f_pull_count)
    set_last_updated(o, f_last_updated)
    set_has_starred(o, f_has_starred)
    set_full_description(o, f_full_description)
    return o


_SET_Category = setters(
    Category,
    (
        "name",
        "slug",
    ),
)


def _s_Category(d: Any) -> Category:
    if (
        type(d) is not dict
        or type(f_name := d["name"]) is not str
        or type(f_slug := d["slug"]) is not str
    ):
        raise Fallback
    (
        set_name,
        set_slug,
    ) = _SET_Category
    o: Category = new_instance(Category)
    set_name(o, f_name)
    set_slug(o, f_slug)
    return o


_SET_RepositoryPermissions = setters(
    RepositoryPermissions,
    (
        "read",
        "write",
        "admin",
    ),
)


def _s_RepositoryPermissions(d: Any) -> RepositoryPermissions:
    if (
        type(d) is not dict
        or type(f_read := d["read"]) is not bool
        or type(f_write := d["write"]) is not bool
        or type(f_admin := d["admin"]) is not bool
    ):
        raise Fallback
    (
        set_read,
        set_write,
        set_admin,
    ) = _SET_RepositoryPermissions
    o: RepositoryPermissions = new_instance(RepositoryPermissions)
    set_read(o, f_read)
    set_write(o, f_write)
    set_admin(o, f_admin)
    return o


_SET_ImmutableTagsSettings = setters(
    ImmutableTagsSettings,
    (
        "enabled",
        "rules",
    ),
)


def _s_ImmutableTagsSettings(d: Any) -> ImmutableTagsSettings:
    if type(d) is not dict or type(f_enabled := d["enabled"]) is not bool:
        raise Fallback
    f_rules = d["rules"]
    if type(f_rules) is not list or any(type(x) is not str for x in f_rules):
        raise Fallback
    f_rules = list(f_rules)
    (
        set_enabled,
        set_rules,
    ) = _SET_ImmutableTagsSettings
    o: ImmutableTagsSettings = new_instance(ImmutableTagsSettings)
    set_enabled(o, f_enabled)
    set_rules(o, f_rules)
    return o


_SET_NamespaceRepository = setters(
    NamespaceRepository,
    (
        "name",
        "namespace",
        "repository_type",
        "status",
        "status_description",
        "description",
        "is_private",
        "star_count",
        "pull_count",
        "last_updated",
        "last_modified",
        "date_registered",
        "affiliation",
        "media_types",
        "content_types",
        "categories",
        "storage_size",
    ),
)


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
        f_last_updated = (
            fromisoformat(f_last_updated)
            if f_last_updated[4:20:3] == "--T::." and f_last_updated[26:] == "Z"
            else parse_datetime(f_last_updated)
        )
    f_last_modified = d.get("last_modified", UNSET)
    if f_last_modified is not UNSET and f_last_modified is not None:
        f_last_modified = (
            fromisoformat(f_last_modified)
            if f_last_modified[4:20:3] == "--T::." and f_last_modified[26:] == "Z"
            else parse_datetime(f_last_modified)
        )
    f_date_registered = d["date_registered"]
    f_date_registered = (
        fromisoformat(f_date_registered)
        if f_date_registered[4:20:3] == "--T::." and f_date_registered[26:] == "Z"
        else parse_datetime(f_date_registered)
    )
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
    (
        set_name,
        set_namespace,
        set_repository_type,
        set_status,
        set_status_description,
        set_description,
        set_is_private,
        set_star_count,
        set_pull_count,
        set_last_updated,
        set_last_modified,
        set_date_registered,
        set_affiliation,
        set_media_types,
        set_content_types,
        set_categories,
        set_storage_size,
    ) = _SET_NamespaceRepository
    o: NamespaceRepository = new_instance(NamespaceRepository)
    set_name(o, f_name)
    set_namespace(o, f_namespace)
    set_repository_type(o, f_repository_type)
    set_status(o, f_status)
    set_status_description(o, f_status_description)
    set_description(o, f_description)
    set_is_private(o, f_is_private)
    set_star_count(o, f_star_count)
    set_pull_count(o, f_pull_count)
    set_last_updated(o, f_last_updated)
    set_last_modified(o, f_last_modified)
    set_date_registered(o, f_date_registered)
    set_affiliation(o, f_affiliation)
    set_media_types(o, f_media_types)
    set_content_types(o, f_content_types)
    set_categories(o, f_categories)
    set_storage_size(o, f_storage_size)
    return o


_SET_RepositoryInfo = setters(
    RepositoryInfo,
    (
        "user",
        "name",
        "namespace",
        "repository_type",
        "status",
        "status_description",
        "description",
        "is_private",
        "is_automated",
        "star_count",
        "pull_count",
        "last_updated",
        "last_modified",
        "date_registered",
        "collaborator_count",
        "affiliation",
        "hub_user",
        "has_starred",
        "full_description",
        "permissions",
        "media_types",
        "content_types",
        "categories",
        "immutable_tags_settings",
        "storage_size",
        "source",
    ),
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
        f_last_updated = (
            fromisoformat(f_last_updated)
            if f_last_updated[4:20:3] == "--T::." and f_last_updated[26:] == "Z"
            else parse_datetime(f_last_updated)
        )
    f_last_modified = d.get("last_modified", UNSET)
    if f_last_modified is not UNSET and f_last_modified is not None:
        f_last_modified = (
            fromisoformat(f_last_modified)
            if f_last_modified[4:20:3] == "--T::." and f_last_modified[26:] == "Z"
            else parse_datetime(f_last_modified)
        )
    f_date_registered = d["date_registered"]
    f_date_registered = (
        fromisoformat(f_date_registered)
        if f_date_registered[4:20:3] == "--T::." and f_date_registered[26:] == "Z"
        else parse_datetime(f_date_registered)
    )
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
    (
        set_user,
        set_name,
        set_namespace,
        set_repository_type,
        set_status,
        set_status_description,
        set_description,
        set_is_private,
        set_is_automated,
        set_star_count,
        set_pull_count,
        set_last_updated,
        set_last_modified,
        set_date_registered,
        set_collaborator_count,
        set_affiliation,
        set_hub_user,
        set_has_starred,
        set_full_description,
        set_permissions,
        set_media_types,
        set_content_types,
        set_categories,
        set_immutable_tags_settings,
        set_storage_size,
        set_source,
    ) = _SET_RepositoryInfo
    o: RepositoryInfo = new_instance(RepositoryInfo)
    set_user(o, f_user)
    set_name(o, f_name)
    set_namespace(o, f_namespace)
    set_repository_type(o, f_repository_type)
    set_status(o, f_status)
    set_status_description(o, f_status_description)
    set_description(o, f_description)
    set_is_private(o, f_is_private)
    set_is_automated(o, f_is_automated)
    set_star_count(o, f_star_count)
    set_pull_count(o, f_pull_count)
    set_last_updated(o, f_last_updated)
    set_last_modified(o, f_last_modified)
    set_date_registered(o, f_date_registered)
    set_collaborator_count(o, f_collaborator_count)
    set_affiliation(o, f_affiliation)
    set_hub_user(o, f_hub_user)
    set_has_starred(o, f_has_starred)
    set_full_description(o, f_full_description)
    set_permissions(o, f_permissions)
    set_media_types(o, f_media_types)
    set_content_types(o, f_content_types)
    set_categories(o, f_categories)
    set_immutable_tags_settings(o, f_immutable_tags_settings)
    set_storage_size(o, f_storage_size)
    set_source(o, f_source)
    return o


_SET_ImmutableTagsVerifyResponse = setters(ImmutableTagsVerifyResponse, ("tags",))


def _s_ImmutableTagsVerifyResponse(d: Any) -> ImmutableTagsVerifyResponse:
    if type(d) is not dict:
        raise Fallback
    f_tags = d["tags"]
    if type(f_tags) is not list or any(type(x) is not str for x in f_tags):
        raise Fallback
    f_tags = list(f_tags)
    (set_tags,) = _SET_ImmutableTagsVerifyResponse
    o: ImmutableTagsVerifyResponse = new_instance(ImmutableTagsVerifyResponse)
    set_tags(o, f_tags)
    return o


_SET_TagImage = setters(
    TagImage,
    (
        "architecture",
        "features",
        "variant",
        "digest",
        "os",
        "os_features",
        "os_version",
        "size",
        "status",
        "last_pulled",
        "last_pushed",
    ),
)


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
        f_last_pulled = (
            fromisoformat(f_last_pulled)
            if f_last_pulled[4:20:3] == "--T::." and f_last_pulled[26:] == "Z"
            else parse_datetime(f_last_pulled)
        )
    f_last_pushed = d["last_pushed"]
    if f_last_pushed is not None:
        f_last_pushed = (
            fromisoformat(f_last_pushed)
            if f_last_pushed[4:20:3] == "--T::." and f_last_pushed[26:] == "Z"
            else parse_datetime(f_last_pushed)
        )
    (
        set_architecture,
        set_features,
        set_variant,
        set_digest,
        set_os,
        set_os_features,
        set_os_version,
        set_size,
        set_status,
        set_last_pulled,
        set_last_pushed,
    ) = _SET_TagImage
    o: TagImage = new_instance(TagImage)
    set_architecture(o, f_architecture)
    set_features(o, f_features)
    set_variant(o, f_variant)
    set_digest(o, f_digest)
    set_os(o, f_os)
    set_os_features(o, f_os_features)
    set_os_version(o, f_os_version)
    set_size(o, f_size)
    set_status(o, f_status)
    set_last_pulled(o, f_last_pulled)
    set_last_pushed(o, f_last_pushed)
    return o


_SET_NamespaceTag = setters(
    NamespaceTag,
    (
        "id",
        "images",
        "creator",
        "last_updated",
        "last_updater",
        "last_updater_username",
        "name",
        "repository",
        "full_size",
        "v2",
        "tag_status",
        "tag_last_pulled",
        "tag_last_pushed",
        "digest",
        "media_type",
        "content_type",
    ),
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
        f_last_updated = (
            fromisoformat(f_last_updated)
            if f_last_updated[4:20:3] == "--T::." and f_last_updated[26:] == "Z"
            else parse_datetime(f_last_updated)
        )
    f_tag_last_pulled = d["tag_last_pulled"]
    if f_tag_last_pulled is not None:
        f_tag_last_pulled = (
            fromisoformat(f_tag_last_pulled)
            if f_tag_last_pulled[4:20:3] == "--T::." and f_tag_last_pulled[26:] == "Z"
            else parse_datetime(f_tag_last_pulled)
        )
    f_tag_last_pushed = d["tag_last_pushed"]
    if f_tag_last_pushed is not None:
        f_tag_last_pushed = (
            fromisoformat(f_tag_last_pushed)
            if f_tag_last_pushed[4:20:3] == "--T::." and f_tag_last_pushed[26:] == "Z"
            else parse_datetime(f_tag_last_pushed)
        )
    (
        set_id,
        set_images,
        set_creator,
        set_last_updated,
        set_last_updater,
        set_last_updater_username,
        set_name,
        set_repository,
        set_full_size,
        set_v2,
        set_tag_status,
        set_tag_last_pulled,
        set_tag_last_pushed,
        set_digest,
        set_media_type,
        set_content_type,
    ) = _SET_NamespaceTag
    o: NamespaceTag = new_instance(NamespaceTag)
    set_id(o, f_id)
    set_images(o, f_images)
    set_creator(o, f_creator)
    set_last_updated(o, f_last_updated)
    set_last_updater(o, f_last_updater)
    set_last_updater_username(o, f_last_updater_username)
    set_name(o, f_name)
    set_repository(o, f_repository)
    set_full_size(o, f_full_size)
    set_v2(o, f_v2)
    set_tag_status(o, f_tag_status)
    set_tag_last_pulled(o, f_tag_last_pulled)
    set_tag_last_pushed(o, f_tag_last_pushed)
    set_digest(o, f_digest)
    set_media_type(o, f_media_type)
    set_content_type(o, f_content_type)
    return o


_SET_RepositorySummary = setters(
    RepositorySummary,
    (
        "namespace",
        "name",
    ),
)


def _s_RepositorySummary(d: Any) -> RepositorySummary:
    if (
        type(d) is not dict
        or type(f_namespace := d["namespace"]) is not str
        or type(f_name := d["name"]) is not str
    ):
        raise Fallback
    (
        set_namespace,
        set_name,
    ) = _SET_RepositorySummary
    o: RepositorySummary = new_instance(RepositorySummary)
    set_namespace(o, f_namespace)
    set_name(o, f_name)
    return o


_SET_Tag = setters(
    Tag,
    (
        "name",
        "full_size",
        "id",
        "repository",
        "creator",
        "last_updater",
        "last_updated",
        "image_id",
        "v2",
        "last_updater_username",
        "images",
        "tag_status",
        "tag_last_pulled",
        "tag_last_pushed",
        "digest",
        "media_type",
        "content_type",
    ),
)


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
        f_last_updated = (
            fromisoformat(f_last_updated)
            if f_last_updated[4:20:3] == "--T::." and f_last_updated[26:] == "Z"
            else parse_datetime(f_last_updated)
        )
    f_images = d.get("images", UNSET)
    if f_images is not UNSET:
        if type(f_images) is not list:
            raise Fallback
        f_images = [_s_TagImage(x) for x in f_images]
    f_tag_last_pulled = d.get("tag_last_pulled", UNSET)
    if f_tag_last_pulled is not UNSET and f_tag_last_pulled is not None:
        f_tag_last_pulled = (
            fromisoformat(f_tag_last_pulled)
            if f_tag_last_pulled[4:20:3] == "--T::." and f_tag_last_pulled[26:] == "Z"
            else parse_datetime(f_tag_last_pulled)
        )
    f_tag_last_pushed = d.get("tag_last_pushed", UNSET)
    if f_tag_last_pushed is not UNSET and f_tag_last_pushed is not None:
        f_tag_last_pushed = (
            fromisoformat(f_tag_last_pushed)
            if f_tag_last_pushed[4:20:3] == "--T::." and f_tag_last_pushed[26:] == "Z"
            else parse_datetime(f_tag_last_pushed)
        )
    (
        set_name,
        set_full_size,
        set_id,
        set_repository,
        set_creator,
        set_last_updater,
        set_last_updated,
        set_image_id,
        set_v2,
        set_last_updater_username,
        set_images,
        set_tag_status,
        set_tag_last_pulled,
        set_tag_last_pushed,
        set_digest,
        set_media_type,
        set_content_type,
    ) = _SET_Tag
    o: Tag = new_instance(Tag)
    set_name(o, f_name)
    set_full_size(o, f_full_size)
    set_id(o, f_id)
    set_repository(o, f_repository)
    set_creator(o, f_creator)
    set_last_updater(o, f_last_updater)
    set_last_updated(o, f_last_updated)
    set_image_id(o, f_image_id)
    set_v2(o, f_v2)
    set_last_updater_username(o, f_last_updater_username)
    set_images(o, f_images)
    set_tag_status(o, f_tag_status)
    set_tag_last_pulled(o, f_tag_last_pulled)
    set_tag_last_pushed(o, f_tag_last_pushed)
    set_digest(o, f_digest)
    set_media_type(o, f_media_type)
    set_content_type(o, f_content_type)
    return o


_SET_Comment = setters(
    Comment,
    (
        "id",
        "user",
        "comment",
        "created_on",
        "updated_on",
    ),
)


def _s_Comment(d: Any) -> Comment:
    if (
        type(d) is not dict
        or type(f_id := d["id"]) is not int
        or type(f_user := d["user"]) is not str
        or type(f_comment := d["comment"]) is not str
    ):
        raise Fallback
    f_created_on = d["created_on"]
    f_created_on = (
        fromisoformat(f_created_on)
        if f_created_on[4:20:3] == "--T::." and f_created_on[26:] == "Z"
        else parse_datetime(f_created_on)
    )
    f_updated_on = d["updated_on"]
    f_updated_on = (
        fromisoformat(f_updated_on)
        if f_updated_on[4:20:3] == "--T::." and f_updated_on[26:] == "Z"
        else parse_datetime(f_updated_on)
    )
    (
        set_id,
        set_user,
        set_comment,
        set_created_on,
        set_updated_on,
    ) = _SET_Comment
    o: Comment = new_instance(Comment)
    set_id(o, f_id)
    set_user(o, f_user)
    set_comment(o, f_comment)
    set_created_on(o, f_created_on)
    set_updated_on(o, f_updated_on)
    return o


_SET_Organization = setters(
    Organization,
    (
        "id",
        "orgname",
        "full_name",
        "location",
        "company",
        "profile_url",
        "date_joined",
        "gravatar_url",
        "type",
    ),
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
    f_date_joined = d["date_joined"]
    f_date_joined = (
        fromisoformat(f_date_joined)
        if f_date_joined[4:20:3] == "--T::." and f_date_joined[26:] == "Z"
        else parse_datetime(f_date_joined)
    )
    (
        set_id,
        set_orgname,
        set_full_name,
        set_location,
        set_company,
        set_profile_url,
        set_date_joined,
        set_gravatar_url,
        set_type,
    ) = _SET_Organization
    o: Organization = new_instance(Organization)
    set_id(o, f_id)
    set_orgname(o, f_orgname)
    set_full_name(o, f_full_name)
    set_location(o, f_location)
    set_company(o, f_company)
    set_profile_url(o, f_profile_url)
    set_date_joined(o, f_date_joined)
    set_gravatar_url(o, f_gravatar_url)
    set_type(o, f_type)
    return o


_SET_OrgMember = setters(
    OrgMember,
    (
        "id",
        "username",
        "full_name",
        "location",
        "company",
        "profile_url",
        "date_joined",
        "gravatar_url",
        "type",
        "email",
        "role",
        "groups",
        "is_guest",
    ),
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
    f_date_joined = d["date_joined"]
    f_date_joined = (
        fromisoformat(f_date_joined)
        if f_date_joined[4:20:3] == "--T::." and f_date_joined[26:] == "Z"
        else parse_datetime(f_date_joined)
    )
    f_groups = d["groups"]
    if type(f_groups) is not list or any(type(x) is not str for x in f_groups):
        raise Fallback
    f_groups = list(f_groups)
    (
        set_id,
        set_username,
        set_full_name,
        set_location,
        set_company,
        set_profile_url,
        set_date_joined,
        set_gravatar_url,
        set_type,
        set_email,
        set_role,
        set_groups,
        set_is_guest,
    ) = _SET_OrgMember
    o: OrgMember = new_instance(OrgMember)
    set_id(o, f_id)
    set_username(o, f_username)
    set_full_name(o, f_full_name)
    set_location(o, f_location)
    set_company(o, f_company)
    set_profile_url(o, f_profile_url)
    set_date_joined(o, f_date_joined)
    set_gravatar_url(o, f_gravatar_url)
    set_type(o, f_type)
    set_email(o, f_email)
    set_role(o, f_role)
    set_groups(o, f_groups)
    set_is_guest(o, f_is_guest)
    return o


_SET_OrgGroup = setters(
    OrgGroup,
    (
        "id",
        "name",
        "description",
        "member_count",
    ),
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
    (
        set_id,
        set_name,
        set_description,
        set_member_count,
    ) = _SET_OrgGroup
    o: OrgGroup = new_instance(OrgGroup)
    set_id(o, f_id)
    set_name(o, f_name)
    set_description(o, f_description)
    set_member_count(o, f_member_count)
    return o


_SET_RestrictedImages = setters(
    RestrictedImages,
    (
        "enabled",
        "allow_official_images",
        "allow_verified_publishers",
    ),
)


def _s_RestrictedImages(d: Any) -> RestrictedImages:
    if (
        type(d) is not dict
        or type(f_enabled := d["enabled"]) is not bool
        or type(f_allow_official_images := d["allow_official_images"]) is not bool
        or type(f_allow_verified_publishers := d["allow_verified_publishers"]) is not bool
    ):
        raise Fallback
    (
        set_enabled,
        set_allow_official_images,
        set_allow_verified_publishers,
    ) = _SET_RestrictedImages
    o: RestrictedImages = new_instance(RestrictedImages)
    set_enabled(o, f_enabled)
    set_allow_official_images(o, f_allow_official_images)
    set_allow_verified_publishers(o, f_allow_verified_publishers)
    return o


_SET_OrgSettings = setters(OrgSettings, ("restricted_images",))


def _s_OrgSettings(d: Any) -> OrgSettings:
    if type(d) is not dict:
        raise Fallback
    f_restricted_images = _s_RestrictedImages(d["restricted_images"])
    (set_restricted_images,) = _SET_OrgSettings
    o: OrgSettings = new_instance(OrgSettings)
    set_restricted_images(o, f_restricted_images)
    return o


_SET_StandardRegistry = setters(
    StandardRegistry,
    (
        "id",
        "allowed",
    ),
)


def _s_StandardRegistry(d: Any) -> StandardRegistry:
    if (
        type(d) is not dict
        or type(f_id := d["id"]) is not str
        or type(f_allowed := d["allowed"]) is not bool
    ):
        raise Fallback
    (
        set_id,
        set_allowed,
    ) = _SET_StandardRegistry
    o: StandardRegistry = new_instance(StandardRegistry)
    set_id(o, f_id)
    set_allowed(o, f_allowed)
    return o


_SET_CustomRegistry = setters(
    CustomRegistry,
    (
        "address",
        "friendly_name",
        "allowed",
    ),
)


def _s_CustomRegistry(d: Any) -> CustomRegistry:
    if (
        type(d) is not dict
        or type(f_address := d["address"]) is not str
        or type(f_friendly_name := d["friendly_name"]) is not str
        or type(f_allowed := d["allowed"]) is not bool
    ):
        raise Fallback
    (
        set_address,
        set_friendly_name,
        set_allowed,
    ) = _SET_CustomRegistry
    o: CustomRegistry = new_instance(CustomRegistry)
    set_address(o, f_address)
    set_friendly_name(o, f_friendly_name)
    set_allowed(o, f_allowed)
    return o


_SET_RegistryAccessManagement = setters(
    RegistryAccessManagement,
    (
        "enabled",
        "standard_registries",
        "custom_registries",
    ),
)


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
    (
        set_enabled,
        set_standard_registries,
        set_custom_registries,
    ) = _SET_RegistryAccessManagement
    o: RegistryAccessManagement = new_instance(RegistryAccessManagement)
    set_enabled(o, f_enabled)
    set_standard_registries(o, f_standard_registries)
    set_custom_registries(o, f_custom_registries)
    return o


_SET_HubPlan = setters(
    HubPlan,
    (
        "name",
        "legacy",
        "seats",
        "private_repos",
        "teams",
        "collaborators",
        "parallel_builds",
        "duration",
    ),
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
    (
        set_name,
        set_legacy,
        set_seats,
        set_private_repos,
        set_teams,
        set_collaborators,
        set_parallel_builds,
        set_duration,
    ) = _SET_HubPlan
    o: HubPlan = new_instance(HubPlan)
    set_name(o, f_name)
    set_legacy(o, f_legacy)
    set_seats(o, f_seats)
    set_private_repos(o, f_private_repos)
    set_teams(o, f_teams)
    set_collaborators(o, f_collaborators)
    set_parallel_builds(o, f_parallel_builds)
    set_duration(o, f_duration)
    return o


_SET_OrgAccessTokenResource = setters(
    OrgAccessTokenResource,
    (
        "type",
        "path",
        "scopes",
    ),
)


def _s_OrgAccessTokenResource(d: Any) -> OrgAccessTokenResource:
    if type(d) is not dict or type(f_path := d["path"]) is not str:
        raise Fallback
    f_type = OrgAccessTokenResourceType(d["type"])
    f_scopes = d["scopes"]
    if type(f_scopes) is not list or any(type(x) is not str for x in f_scopes):
        raise Fallback
    f_scopes = list(f_scopes)
    (
        set_type,
        set_path,
        set_scopes,
    ) = _SET_OrgAccessTokenResource
    o: OrgAccessTokenResource = new_instance(OrgAccessTokenResource)
    set_type(o, f_type)
    set_path(o, f_path)
    set_scopes(o, f_scopes)
    return o


_SET_OrgAccessToken = setters(
    OrgAccessToken,
    (
        "id",
        "label",
        "description",
        "created_by",
        "is_active",
        "created_at",
        "expires_at",
        "last_used_at",
        "resources",
    ),
)


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
    f_created_at = d["created_at"]
    f_created_at = (
        fromisoformat(f_created_at)
        if f_created_at[4:20:3] == "--T::." and f_created_at[26:] == "Z"
        else parse_datetime(f_created_at)
    )
    f_expires_at = d["expires_at"]
    if f_expires_at is not None:
        f_expires_at = (
            fromisoformat(f_expires_at)
            if f_expires_at[4:20:3] == "--T::." and f_expires_at[26:] == "Z"
            else parse_datetime(f_expires_at)
        )
    f_last_used_at = d["last_used_at"]
    if f_last_used_at is not None:
        f_last_used_at = (
            fromisoformat(f_last_used_at)
            if f_last_used_at[4:20:3] == "--T::." and f_last_used_at[26:] == "Z"
            else parse_datetime(f_last_used_at)
        )
    f_resources = d["resources"]
    if type(f_resources) is not list:
        raise Fallback
    f_resources = [_s_OrgAccessTokenResource(x) for x in f_resources]
    (
        set_id,
        set_label,
        set_description,
        set_created_by,
        set_is_active,
        set_created_at,
        set_expires_at,
        set_last_used_at,
        set_resources,
    ) = _SET_OrgAccessToken
    o: OrgAccessToken = new_instance(OrgAccessToken)
    set_id(o, f_id)
    set_label(o, f_label)
    set_description(o, f_description)
    set_created_by(o, f_created_by)
    set_is_active(o, f_is_active)
    set_created_at(o, f_created_at)
    set_expires_at(o, f_expires_at)
    set_last_used_at(o, f_last_used_at)
    set_resources(o, f_resources)
    return o


_SET_OrgAccessTokenCreated = setters(
    OrgAccessTokenCreated,
    (
        "id",
        "label",
        "description",
        "created_by",
        "is_active",
        "created_at",
        "expires_at",
        "last_used_at",
        "token",
        "resources",
    ),
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
    f_created_at = d["created_at"]
    f_created_at = (
        fromisoformat(f_created_at)
        if f_created_at[4:20:3] == "--T::." and f_created_at[26:] == "Z"
        else parse_datetime(f_created_at)
    )
    f_expires_at = d["expires_at"]
    if f_expires_at is not None:
        f_expires_at = (
            fromisoformat(f_expires_at)
            if f_expires_at[4:20:3] == "--T::." and f_expires_at[26:] == "Z"
            else parse_datetime(f_expires_at)
        )
    f_last_used_at = d["last_used_at"]
    if f_last_used_at is not None:
        f_last_used_at = (
            fromisoformat(f_last_used_at)
            if f_last_used_at[4:20:3] == "--T::." and f_last_used_at[26:] == "Z"
            else parse_datetime(f_last_used_at)
        )
    f_resources = d["resources"]
    if type(f_resources) is not list:
        raise Fallback
    f_resources = [_s_OrgAccessTokenResource(x) for x in f_resources]
    (
        set_id,
        set_label,
        set_description,
        set_created_by,
        set_is_active,
        set_created_at,
        set_expires_at,
        set_last_used_at,
        set_token,
        set_resources,
    ) = _SET_OrgAccessTokenCreated
    o: OrgAccessTokenCreated = new_instance(OrgAccessTokenCreated)
    set_id(o, f_id)
    set_label(o, f_label)
    set_description(o, f_description)
    set_created_by(o, f_created_by)
    set_is_active(o, f_is_active)
    set_created_at(o, f_created_at)
    set_expires_at(o, f_expires_at)
    set_last_used_at(o, f_last_used_at)
    set_token(o, f_token)
    set_resources(o, f_resources)
    return o


_SET_Collaborator = setters(Collaborator, ("user",))


def _s_Collaborator(d: Any) -> Collaborator:
    if type(d) is not dict or type(f_user := d["user"]) is not str:
        raise Fallback
    (set_user,) = _SET_Collaborator
    o: Collaborator = new_instance(Collaborator)
    set_user(o, f_user)
    return o


_SET_GroupMember = setters(GroupMember, ("member",))


def _s_GroupMember(d: Any) -> GroupMember:
    if type(d) is not dict or type(f_member := d["member"]) is not str:
        raise Fallback
    (set_member,) = _SET_GroupMember
    o: GroupMember = new_instance(GroupMember)
    set_member(o, f_member)
    return o


_SET_Build = setters(
    Build,
    (
        "id",
        "status",
        "created_date",
        "last_updated",
        "build_code",
        "dockertag_name",
        "cause",
    ),
)


def _s_Build(d: Any) -> Build:
    if (
        type(d) is not dict
        or type(f_id := d["id"]) is not int
        or type(f_status := d["status"]) is not int
        or type(f_build_code := d["build_code"]) is not str
        or type(f_dockertag_name := d["dockertag_name"]) is not str
    ):
        raise Fallback
    f_created_date = d["created_date"]
    f_created_date = (
        fromisoformat(f_created_date)
        if f_created_date[4:20:3] == "--T::." and f_created_date[26:] == "Z"
        else parse_datetime(f_created_date)
    )
    f_last_updated = d["last_updated"]
    f_last_updated = (
        fromisoformat(f_last_updated)
        if f_last_updated[4:20:3] == "--T::." and f_last_updated[26:] == "Z"
        else parse_datetime(f_last_updated)
    )
    f_cause = d["cause"]
    (
        set_id,
        set_status,
        set_created_date,
        set_last_updated,
        set_build_code,
        set_dockertag_name,
        set_cause,
    ) = _SET_Build
    o: Build = new_instance(Build)
    set_id(o, f_id)
    set_status(o, f_status)
    set_created_date(o, f_created_date)
    set_last_updated(o, f_last_updated)
    set_build_code(o, f_build_code)
    set_dockertag_name(o, f_dockertag_name)
    set_cause(o, f_cause)
    return o


_SET_BuildDetails = setters(
    BuildDetails,
    (
        "id",
        "status",
        "created_date",
        "last_updated",
        "build_code",
        "dockertag_name",
        "cause",
        "build_results",
    ),
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
    f_created_date = d["created_date"]
    f_created_date = (
        fromisoformat(f_created_date)
        if f_created_date[4:20:3] == "--T::." and f_created_date[26:] == "Z"
        else parse_datetime(f_created_date)
    )
    f_last_updated = d["last_updated"]
    f_last_updated = (
        fromisoformat(f_last_updated)
        if f_last_updated[4:20:3] == "--T::." and f_last_updated[26:] == "Z"
        else parse_datetime(f_last_updated)
    )
    f_cause = d["cause"]
    f_build_results = _s_BuildResults(d["build_results"])
    (
        set_id,
        set_status,
        set_created_date,
        set_last_updated,
        set_build_code,
        set_dockertag_name,
        set_cause,
        set_build_results,
    ) = _SET_BuildDetails
    o: BuildDetails = new_instance(BuildDetails)
    set_id(o, f_id)
    set_status(o, f_status)
    set_created_date(o, f_created_date)
    set_last_updated(o, f_last_updated)
    set_build_code(o, f_build_code)
    set_dockertag_name(o, f_dockertag_name)
    set_cause(o, f_cause)
    set_build_results(o, f_build_results)
    return o


_SET_BuildResults = setters(
    BuildResults,
    (
        "build_code",
        "build_path",
        "buildmetrics",
        "created_at",
        "docker_repo",
        "docker_tag",
        "docker_user",
        "dockerfile_contents",
        "error",
        "failure",
        "last_updated",
        "logs",
        "readme_contents",
        "source_branch",
        "source_type",
        "source_url",
    ),
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
    f_created_at = d["created_at"]
    f_created_at = (
        fromisoformat(f_created_at)
        if f_created_at[4:20:3] == "--T::." and f_created_at[26:] == "Z"
        else parse_datetime(f_created_at)
    )
    f_last_updated = d["last_updated"]
    f_last_updated = (
        fromisoformat(f_last_updated)
        if f_last_updated[4:20:3] == "--T::." and f_last_updated[26:] == "Z"
        else parse_datetime(f_last_updated)
    )
    (
        set_build_code,
        set_build_path,
        set_buildmetrics,
        set_created_at,
        set_docker_repo,
        set_docker_tag,
        set_docker_user,
        set_dockerfile_contents,
        set_error,
        set_failure,
        set_last_updated,
        set_logs,
        set_readme_contents,
        set_source_branch,
        set_source_type,
        set_source_url,
    ) = _SET_BuildResults
    o: BuildResults = new_instance(BuildResults)
    set_build_code(o, f_build_code)
    set_build_path(o, f_build_path)
    set_buildmetrics(o, f_buildmetrics)
    set_created_at(o, f_created_at)
    set_docker_repo(o, f_docker_repo)
    set_docker_tag(o, f_docker_tag)
    set_docker_user(o, f_docker_user)
    set_dockerfile_contents(o, f_dockerfile_contents)
    set_error(o, f_error)
    set_failure(o, f_failure)
    set_last_updated(o, f_last_updated)
    set_logs(o, f_logs)
    set_readme_contents(o, f_readme_contents)
    set_source_branch(o, f_source_branch)
    set_source_type(o, f_source_type)
    set_source_url(o, f_source_url)
    return o


_SET_BuildMetrics = setters(
    BuildMetrics,
    (
        "uploaded",
        "built",
        "created",
        "started",
        "cloned",
        "readme",
        "finished",
        "error",
        "claimed",
        "bundled",
        "dockerfile",
        "failure",
    ),
)


def _s_BuildMetrics(d: Any) -> BuildMetrics:
    if type(d) is not dict:
        raise Fallback
    f_uploaded = d["uploaded"]
    if f_uploaded is not None:
        f_uploaded = (
            fromisoformat(f_uploaded)
            if f_uploaded[4:20:3] == "--T::." and f_uploaded[26:] == "Z"
            else parse_datetime(f_uploaded)
        )
    f_built = d["built"]
    if f_built is not None:
        f_built = (
            fromisoformat(f_built)
            if f_built[4:20:3] == "--T::." and f_built[26:] == "Z"
            else parse_datetime(f_built)
        )
    f_created = d["created"]
    if f_created is not None:
        f_created = (
            fromisoformat(f_created)
            if f_created[4:20:3] == "--T::." and f_created[26:] == "Z"
            else parse_datetime(f_created)
        )
    f_started = d["started"]
    if f_started is not None:
        f_started = (
            fromisoformat(f_started)
            if f_started[4:20:3] == "--T::." and f_started[26:] == "Z"
            else parse_datetime(f_started)
        )
    f_cloned = d["cloned"]
    if f_cloned is not None:
        f_cloned = (
            fromisoformat(f_cloned)
            if f_cloned[4:20:3] == "--T::." and f_cloned[26:] == "Z"
            else parse_datetime(f_cloned)
        )
    f_readme = d["readme"]
    if f_readme is not None:
        f_readme = (
            fromisoformat(f_readme)
            if f_readme[4:20:3] == "--T::." and f_readme[26:] == "Z"
            else parse_datetime(f_readme)
        )
    f_finished = d["finished"]
    if f_finished is not None:
        f_finished = (
            fromisoformat(f_finished)
            if f_finished[4:20:3] == "--T::." and f_finished[26:] == "Z"
            else parse_datetime(f_finished)
        )
    f_error = d["error"]
    if f_error is not None:
        f_error = (
            fromisoformat(f_error)
            if f_error[4:20:3] == "--T::." and f_error[26:] == "Z"
            else parse_datetime(f_error)
        )
    f_claimed = d["claimed"]
    if f_claimed is not None:
        f_claimed = (
            fromisoformat(f_claimed)
            if f_claimed[4:20:3] == "--T::." and f_claimed[26:] == "Z"
            else parse_datetime(f_claimed)
        )
    f_bundled = d["bundled"]
    if f_bundled is not None:
        f_bundled = (
            fromisoformat(f_bundled)
            if f_bundled[4:20:3] == "--T::." and f_bundled[26:] == "Z"
            else parse_datetime(f_bundled)
        )
    f_dockerfile = d["dockerfile"]
    if f_dockerfile is not None:
        f_dockerfile = (
            fromisoformat(f_dockerfile)
            if f_dockerfile[4:20:3] == "--T::." and f_dockerfile[26:] == "Z"
            else parse_datetime(f_dockerfile)
        )
    f_failure = d["failure"]
    if f_failure is not None:
        f_failure = (
            fromisoformat(f_failure)
            if f_failure[4:20:3] == "--T::." and f_failure[26:] == "Z"
            else parse_datetime(f_failure)
        )
    (
        set_uploaded,
        set_built,
        set_created,
        set_started,
        set_cloned,
        set_readme,
        set_finished,
        set_error,
        set_claimed,
        set_bundled,
        set_dockerfile,
        set_failure,
    ) = _SET_BuildMetrics
    o: BuildMetrics = new_instance(BuildMetrics)
    set_uploaded(o, f_uploaded)
    set_built(o, f_built)
    set_created(o, f_created)
    set_started(o, f_started)
    set_cloned(o, f_cloned)
    set_readme(o, f_readme)
    set_finished(o, f_finished)
    set_error(o, f_error)
    set_claimed(o, f_claimed)
    set_bundled(o, f_bundled)
    set_dockerfile(o, f_dockerfile)
    set_failure(o, f_failure)
    return o


_SET_TriggeredBuild = setters(
    TriggeredBuild,
    (
        "source_type",
        "source_name",
        "evaluated_tag_name",
        "build_code",
        "msg",
        "queued_for_retry",
    ),
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
    (
        set_source_type,
        set_source_name,
        set_evaluated_tag_name,
        set_build_code,
        set_msg,
        set_queued_for_retry,
    ) = _SET_TriggeredBuild
    o: TriggeredBuild = new_instance(TriggeredBuild)
    set_source_type(o, f_source_type)
    set_source_name(o, f_source_name)
    set_evaluated_tag_name(o, f_evaluated_tag_name)
    set_build_code(o, f_build_code)
    set_msg(o, f_msg)
    set_queued_for_retry(o, f_queued_for_retry)
    return o


_SET_AutomatedBuild = setters(
    AutomatedBuild,
    (
        "repository",
        "build_name",
        "provider",
        "source_url",
        "docker_url",
        "repo_web_url",
        "repo_type",
        "active",
        "repo_id",
        "build_tags",
        "deploykey",
        "hook_id",
        "webhook_id",
    ),
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
    (
        set_repository,
        set_build_name,
        set_provider,
        set_source_url,
        set_docker_url,
        set_repo_web_url,
        set_repo_type,
        set_active,
        set_repo_id,
        set_build_tags,
        set_deploykey,
        set_hook_id,
        set_webhook_id,
    ) = _SET_AutomatedBuild
    o: AutomatedBuild = new_instance(AutomatedBuild)
    set_repository(o, f_repository)
    set_build_name(o, f_build_name)
    set_provider(o, f_provider)
    set_source_url(o, f_source_url)
    set_docker_url(o, f_docker_url)
    set_repo_web_url(o, f_repo_web_url)
    set_repo_type(o, f_repo_type)
    set_active(o, f_active)
    set_repo_id(o, f_repo_id)
    set_build_tags(o, f_build_tags)
    set_deploykey(o, f_deploykey)
    set_hook_id(o, f_hook_id)
    set_webhook_id(o, f_webhook_id)
    return o


_SET_BuildTag = setters(
    BuildTag,
    (
        "id",
        "name",
        "dockerfile_location",
        "source_name",
        "source_type",
    ),
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
    (
        set_id,
        set_name,
        set_dockerfile_location,
        set_source_name,
        set_source_type,
    ) = _SET_BuildTag
    o: BuildTag = new_instance(BuildTag)
    set_id(o, f_id)
    set_name(o, f_name)
    set_dockerfile_location(o, f_dockerfile_location)
    set_source_name(o, f_source_name)
    set_source_type(o, f_source_type)
    return o


_SET_BuildLink = setters(
    BuildLink,
    (
        "id",
        "from_repo",
        "to_repo",
    ),
)


def _s_BuildLink(d: Any) -> BuildLink:
    if (
        type(d) is not dict
        or type(f_id := d["id"]) is not int
        or type(f_from_repo := d["from_repo"]) is not str
        or type(f_to_repo := d["to_repo"]) is not str
    ):
        raise Fallback
    (
        set_id,
        set_from_repo,
        set_to_repo,
    ) = _SET_BuildLink
    o: BuildLink = new_instance(BuildLink)
    set_id(o, f_id)
    set_from_repo(o, f_from_repo)
    set_to_repo(o, f_to_repo)
    return o


_SET_BuildTrigger = setters(
    BuildTrigger,
    (
        "token",
        "active",
        "trigger_url",
    ),
)


def _s_BuildTrigger(d: Any) -> BuildTrigger:
    if (
        type(d) is not dict
        or type(f_token := d["token"]) is not str
        or type(f_active := d["active"]) is not bool
        or type(f_trigger_url := d["trigger_url"]) is not str
    ):
        raise Fallback
    (
        set_token,
        set_active,
        set_trigger_url,
    ) = _SET_BuildTrigger
    o: BuildTrigger = new_instance(BuildTrigger)
    set_token(o, f_token)
    set_active(o, f_active)
    set_trigger_url(o, f_trigger_url)
    return o


_SET_BuildTriggerEvent = setters(
    BuildTriggerEvent,
    (
        "ip_address",
        "result",
        "result_desc",
        "user_agent",
        "request_body",
        "created",
        "build_code",
    ),
)


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
    f_created = d["created"]
    f_created = (
        fromisoformat(f_created)
        if f_created[4:20:3] == "--T::." and f_created[26:] == "Z"
        else parse_datetime(f_created)
    )
    (
        set_ip_address,
        set_result,
        set_result_desc,
        set_user_agent,
        set_request_body,
        set_created,
        set_build_code,
    ) = _SET_BuildTriggerEvent
    o: BuildTriggerEvent = new_instance(BuildTriggerEvent)
    set_ip_address(o, f_ip_address)
    set_result(o, f_result)
    set_result_desc(o, f_result_desc)
    set_user_agent(o, f_user_agent)
    set_request_body(o, f_request_body)
    set_created(o, f_created)
    set_build_code(o, f_build_code)
    return o


_SET_Webhook = setters(
    Webhook,
    (
        "id",
        "name",
        "active",
        "expect_final_callback",
        "creator",
        "last_updated",
        "last_updater",
        "hooks",
    ),
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
    f_last_updated = d["last_updated"]
    f_last_updated = (
        fromisoformat(f_last_updated)
        if f_last_updated[4:20:3] == "--T::." and f_last_updated[26:] == "Z"
        else parse_datetime(f_last_updated)
    )
    f_hooks = d["hooks"]
    if type(f_hooks) is not list:
        raise Fallback
    f_hooks = [_s_Hook(x) for x in f_hooks]
    (
        set_id,
        set_name,
        set_active,
        set_expect_final_callback,
        set_creator,
        set_last_updated,
        set_last_updater,
        set_hooks,
    ) = _SET_Webhook
    o: Webhook = new_instance(Webhook)
    set_id(o, f_id)
    set_name(o, f_name)
    set_active(o, f_active)
    set_expect_final_callback(o, f_expect_final_callback)
    set_creator(o, f_creator)
    set_last_updated(o, f_last_updated)
    set_last_updater(o, f_last_updater)
    set_hooks(o, f_hooks)
    return o


_SET_Hook = setters(
    Hook,
    (
        "id",
        "creator",
        "last_updater",
        "hook_url",
        "date_added",
        "last_updated",
        "active",
    ),
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
    f_date_added = d["date_added"]
    f_date_added = (
        fromisoformat(f_date_added)
        if f_date_added[4:20:3] == "--T::." and f_date_added[26:] == "Z"
        else parse_datetime(f_date_added)
    )
    f_last_updated = d["last_updated"]
    f_last_updated = (
        fromisoformat(f_last_updated)
        if f_last_updated[4:20:3] == "--T::." and f_last_updated[26:] == "Z"
        else parse_datetime(f_last_updated)
    )
    (
        set_id,
        set_creator,
        set_last_updater,
        set_hook_url,
        set_date_added,
        set_last_updated,
        set_active,
    ) = _SET_Hook
    o: Hook = new_instance(Hook)
    set_id(o, f_id)
    set_creator(o, f_creator)
    set_last_updater(o, f_last_updater)
    set_hook_url(o, f_hook_url)
    set_date_added(o, f_date_added)
    set_last_updated(o, f_last_updated)
    set_active(o, f_active)
    return o


_SET_AuditLogAction = setters(
    AuditLogAction,
    (
        "name",
        "description",
        "label",
    ),
)


def _s_AuditLogAction(d: Any) -> AuditLogAction:
    if (
        type(d) is not dict
        or type(f_name := d["name"]) is not str
        or type(f_description := d["description"]) is not str
        or type(f_label := d["label"]) is not str
    ):
        raise Fallback
    (
        set_name,
        set_description,
        set_label,
    ) = _SET_AuditLogAction
    o: AuditLogAction = new_instance(AuditLogAction)
    set_name(o, f_name)
    set_description(o, f_description)
    set_label(o, f_label)
    return o


_SET_AuditLogActions = setters(
    AuditLogActions,
    (
        "actions",
        "label",
    ),
)


def _s_AuditLogActions(d: Any) -> AuditLogActions:
    if type(d) is not dict or type(f_label := d["label"]) is not str:
        raise Fallback
    f_actions = d["actions"]
    if type(f_actions) is not list:
        raise Fallback
    f_actions = [_s_AuditLogAction(x) for x in f_actions]
    (
        set_actions,
        set_label,
    ) = _SET_AuditLogActions
    o: AuditLogActions = new_instance(AuditLogActions)
    set_actions(o, f_actions)
    set_label(o, f_label)
    return o


_SET_AuditActions = setters(AuditActions, ("actions",))


def _s_AuditActions(d: Any) -> AuditActions:
    if type(d) is not dict:
        raise Fallback
    f_actions = d["actions"]
    if type(f_actions) is not dict or any(type(k) is not str for k in f_actions):
        raise Fallback
    f_actions = {k: _s_AuditLogActions(x) for k, x in f_actions.items()}
    (set_actions,) = _SET_AuditActions
    o: AuditActions = new_instance(AuditActions)
    set_actions(o, f_actions)
    return o


_SET_AuditLog = setters(
    AuditLog,
    (
        "account",
        "action",
        "name",
        "actor",
        "data",
        "timestamp",
        "action_description",
    ),
)


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
    f_timestamp = d["timestamp"]
    f_timestamp = (
        fromisoformat(f_timestamp)
        if f_timestamp[4:20:3] == "--T::." and f_timestamp[26:] == "Z"
        else parse_datetime(f_timestamp)
    )
    (
        set_account,
        set_action,
        set_name,
        set_actor,
        set_data,
        set_timestamp,
        set_action_description,
    ) = _SET_AuditLog
    o: AuditLog = new_instance(AuditLog)
    set_account(o, f_account)
    set_action(o, f_action)
    set_name(o, f_name)
    set_actor(o, f_actor)
    set_data(o, f_data)
    set_timestamp(o, f_timestamp)
    set_action_description(o, f_action_description)
    return o


_SET_Invite = setters(
    Invite,
    (
        "id",
        "inviter_username",
        "invitee",
        "org",
        "team",
        "role",
        "created_at",
    ),
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
    f_created_at = d["created_at"]
    f_created_at = (
        fromisoformat(f_created_at)
        if f_created_at[4:20:3] == "--T::." and f_created_at[26:] == "Z"
        else parse_datetime(f_created_at)
    )
    (
        set_id,
        set_inviter_username,
        set_invitee,
        set_org,
        set_team,
        set_role,
        set_created_at,
    ) = _SET_Invite
    o: Invite = new_instance(Invite)
    set_id(o, f_id)
    set_inviter_username(o, f_inviter_username)
    set_invitee(o, f_invitee)
    set_org(o, f_org)
    set_team(o, f_team)
    set_role(o, f_role)
    set_created_at(o, f_created_at)
    return o


_SET_InviteeResult = setters(
    InviteeResult,
    (
        "invitee",
        "status",
        "invite",
    ),
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
    (
        set_invitee,
        set_status,
        set_invite,
    ) = _SET_InviteeResult
    o: InviteeResult = new_instance(InviteeResult)
    set_invitee(o, f_invitee)
    set_status(o, f_status)
    set_invite(o, f_invite)
    return o


_SET_InviteBulkResult = setters(InviteBulkResult, ("invitees",))


def _s_InviteBulkResult(d: Any) -> InviteBulkResult:
    if type(d) is not dict:
        raise Fallback
    f_invitees = d["invitees"]
    if type(f_invitees) is not list:
        raise Fallback
    f_invitees = [_s_InviteeResult(x) for x in f_invitees]
    (set_invitees,) = _SET_InviteBulkResult
    o: InviteBulkResult = new_instance(InviteBulkResult)
    set_invitees(o, f_invitees)
    return o


_SET_OrgGroupMember = setters(
    OrgGroupMember,
    (
        "id",
        "username",
        "full_name",
        "location",
        "company",
        "profile_url",
        "date_joined",
        "gravatar_url",
        "type",
        "email",
        "gravatar_email",
    ),
)


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
    f_date_joined = d["date_joined"]
    f_date_joined = (
        fromisoformat(f_date_joined)
        if f_date_joined[4:20:3] == "--T::." and f_date_joined[26:] == "Z"
        else parse_datetime(f_date_joined)
    )
    (
        set_id,
        set_username,
        set_full_name,
        set_location,
        set_company,
        set_profile_url,
        set_date_joined,
        set_gravatar_url,
        set_type,
        set_email,
        set_gravatar_email,
    ) = _SET_OrgGroupMember
    o: OrgGroupMember = new_instance(OrgGroupMember)
    set_id(o, f_id)
    set_username(o, f_username)
    set_full_name(o, f_full_name)
    set_location(o, f_location)
    set_company(o, f_company)
    set_profile_url(o, f_profile_url)
    set_date_joined(o, f_date_joined)
    set_gravatar_url(o, f_gravatar_url)
    set_type(o, f_type)
    set_email(o, f_email)
    set_gravatar_email(o, f_gravatar_email)
    return o


_SET_RepositoryGroup = setters(
    RepositoryGroup,
    (
        "group_name",
        "permission",
        "group_id",
    ),
)


def _s_RepositoryGroup(d: Any) -> RepositoryGroup:
    if (
        type(d) is not dict
        or type(f_group_name := d["group_name"]) is not str
        or type(f_permission := d["permission"]) is not str
        or type(f_group_id := d["group_id"]) is not int
    ):
        raise Fallback
    (
        set_group_name,
        set_permission,
        set_group_id,
    ) = _SET_RepositoryGroup
    o: RepositoryGroup = new_instance(RepositoryGroup)
    set_group_name(o, f_group_name)
    set_permission(o, f_permission)
    set_group_id(o, f_group_id)
    return o


_SET_ScimName = setters(
    ScimName,
    (
        "given_name",
        "family_name",
        "formatted",
        "middle_name",
        "honorific_prefix",
        "honorific_suffix",
    ),
)


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
    (
        set_given_name,
        set_family_name,
        set_formatted,
        set_middle_name,
        set_honorific_prefix,
        set_honorific_suffix,
    ) = _SET_ScimName
    o: ScimName = new_instance(ScimName)
    set_given_name(o, f_given_name)
    set_family_name(o, f_family_name)
    set_formatted(o, f_formatted)
    set_middle_name(o, f_middle_name)
    set_honorific_prefix(o, f_honorific_prefix)
    set_honorific_suffix(o, f_honorific_suffix)
    return o


_SET_ScimEmail = setters(
    ScimEmail,
    (
        "value",
        "display",
        "primary",
        "type",
    ),
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
    (
        set_value,
        set_display,
        set_primary,
        set_type,
    ) = _SET_ScimEmail
    o: ScimEmail = new_instance(ScimEmail)
    set_value(o, f_value)
    set_display(o, f_display)
    set_primary(o, f_primary)
    set_type(o, f_type)
    return o


_SET_ScimGroupRef = setters(
    ScimGroupRef,
    (
        "value",
        "display",
    ),
)


def _s_ScimGroupRef(d: Any) -> ScimGroupRef:
    if (
        type(d) is not dict
        or type(f_value := d["value"]) is not str
        or ((f_display := d.get("display", UNSET)) is not UNSET and type(f_display) is not str)
    ):
        raise Fallback
    (
        set_value,
        set_display,
    ) = _SET_ScimGroupRef
    o: ScimGroupRef = new_instance(ScimGroupRef)
    set_value(o, f_value)
    set_display(o, f_display)
    return o


_SET_ScimMeta = setters(
    ScimMeta,
    (
        "resource_type",
        "location",
        "created",
        "last_modified",
    ),
)


def _s_ScimMeta(d: Any) -> ScimMeta:
    if (
        type(d) is not dict
        or type(f_resource_type := d["resourceType"]) is not str
        or type(f_location := d["location"]) is not str
    ):
        raise Fallback
    f_created = d["created"]
    f_created = (
        fromisoformat(f_created)
        if f_created[4:20:3] == "--T::." and f_created[26:] == "Z"
        else parse_datetime(f_created)
    )
    f_last_modified = d["lastModified"]
    f_last_modified = (
        fromisoformat(f_last_modified)
        if f_last_modified[4:20:3] == "--T::." and f_last_modified[26:] == "Z"
        else parse_datetime(f_last_modified)
    )
    (
        set_resource_type,
        set_location,
        set_created,
        set_last_modified,
    ) = _SET_ScimMeta
    o: ScimMeta = new_instance(ScimMeta)
    set_resource_type(o, f_resource_type)
    set_location(o, f_location)
    set_created(o, f_created)
    set_last_modified(o, f_last_modified)
    return o


_SET_ScimUser = setters(
    ScimUser,
    (
        "schemas",
        "id",
        "user_name",
        "name",
        "display_name",
        "active",
        "emails",
        "groups",
        "meta",
    ),
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
    (
        set_schemas,
        set_id,
        set_user_name,
        set_name,
        set_display_name,
        set_active,
        set_emails,
        set_groups,
        set_meta,
    ) = _SET_ScimUser
    o: ScimUser = new_instance(ScimUser)
    set_schemas(o, f_schemas)
    set_id(o, f_id)
    set_user_name(o, f_user_name)
    set_name(o, f_name)
    set_display_name(o, f_display_name)
    set_active(o, f_active)
    set_emails(o, f_emails)
    set_groups(o, f_groups)
    set_meta(o, f_meta)
    return o


_SET_ScimSupported = setters(ScimSupported, ("supported",))


def _s_ScimSupported(d: Any) -> ScimSupported:
    if type(d) is not dict or type(f_supported := d["supported"]) is not bool:
        raise Fallback
    (set_supported,) = _SET_ScimSupported
    o: ScimSupported = new_instance(ScimSupported)
    set_supported(o, f_supported)
    return o


_SET_ScimBulk = setters(
    ScimBulk,
    (
        "supported",
        "max_operations",
        "max_payload_size",
    ),
)


def _s_ScimBulk(d: Any) -> ScimBulk:
    if (
        type(d) is not dict
        or type(f_supported := d["supported"]) is not bool
        or type(f_max_operations := d["maxOperations"]) is not int
        or type(f_max_payload_size := d["maxPayloadSize"]) is not int
    ):
        raise Fallback
    (
        set_supported,
        set_max_operations,
        set_max_payload_size,
    ) = _SET_ScimBulk
    o: ScimBulk = new_instance(ScimBulk)
    set_supported(o, f_supported)
    set_max_operations(o, f_max_operations)
    set_max_payload_size(o, f_max_payload_size)
    return o


_SET_ScimFilterSupport = setters(
    ScimFilterSupport,
    (
        "supported",
        "max_results",
    ),
)


def _s_ScimFilterSupport(d: Any) -> ScimFilterSupport:
    if (
        type(d) is not dict
        or type(f_supported := d["supported"]) is not bool
        or type(f_max_results := d["maxResults"]) is not int
    ):
        raise Fallback
    (
        set_supported,
        set_max_results,
    ) = _SET_ScimFilterSupport
    o: ScimFilterSupport = new_instance(ScimFilterSupport)
    set_supported(o, f_supported)
    set_max_results(o, f_max_results)
    return o


_SET_ScimAuthenticationScheme = setters(
    ScimAuthenticationScheme,
    (
        "type",
        "name",
        "description",
        "spec_uri",
    ),
)


def _s_ScimAuthenticationScheme(d: Any) -> ScimAuthenticationScheme:
    if (
        type(d) is not dict
        or type(f_type := d["type"]) is not str
        or type(f_name := d["name"]) is not str
        or type(f_description := d["description"]) is not str
        or type(f_spec_uri := d["specUri"]) is not str
    ):
        raise Fallback
    (
        set_type,
        set_name,
        set_description,
        set_spec_uri,
    ) = _SET_ScimAuthenticationScheme
    o: ScimAuthenticationScheme = new_instance(ScimAuthenticationScheme)
    set_type(o, f_type)
    set_name(o, f_name)
    set_description(o, f_description)
    set_spec_uri(o, f_spec_uri)
    return o


_SET_ScimServiceProviderConfig = setters(
    ScimServiceProviderConfig,
    (
        "schemas",
        "documentation_uri",
        "patch",
        "bulk",
        "filter",
        "change_password",
        "sort",
        "etag",
        "authentication_schemes",
    ),
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
    (
        set_schemas,
        set_documentation_uri,
        set_patch,
        set_bulk,
        set_filter,
        set_change_password,
        set_sort,
        set_etag,
        set_authentication_schemes,
    ) = _SET_ScimServiceProviderConfig
    o: ScimServiceProviderConfig = new_instance(ScimServiceProviderConfig)
    set_schemas(o, f_schemas)
    set_documentation_uri(o, f_documentation_uri)
    set_patch(o, f_patch)
    set_bulk(o, f_bulk)
    set_filter(o, f_filter)
    set_change_password(o, f_change_password)
    set_sort(o, f_sort)
    set_etag(o, f_etag)
    set_authentication_schemes(o, f_authentication_schemes)
    return o


_SET_ScimResourceType = setters(
    ScimResourceType,
    (
        "schemas",
        "id",
        "name",
        "description",
        "endpoint",
        "schema",
    ),
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
    (
        set_schemas,
        set_id,
        set_name,
        set_description,
        set_endpoint,
        set_schema,
    ) = _SET_ScimResourceType
    o: ScimResourceType = new_instance(ScimResourceType)
    set_schemas(o, f_schemas)
    set_id(o, f_id)
    set_name(o, f_name)
    set_description(o, f_description)
    set_endpoint(o, f_endpoint)
    set_schema(o, f_schema)
    return o


_SET_ScimResourceTypeList = setters(
    ScimResourceTypeList,
    (
        "schemas",
        "total_results",
        "start_index",
        "items_per_page",
        "resources",
    ),
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
    (
        set_schemas,
        set_total_results,
        set_start_index,
        set_items_per_page,
        set_resources,
    ) = _SET_ScimResourceTypeList
    o: ScimResourceTypeList = new_instance(ScimResourceTypeList)
    set_schemas(o, f_schemas)
    set_total_results(o, f_total_results)
    set_start_index(o, f_start_index)
    set_items_per_page(o, f_items_per_page)
    set_resources(o, f_resources)
    return o


_SET_ScimSubAttribute = setters(
    ScimSubAttribute,
    (
        "name",
        "type",
        "multi_valued",
        "description",
        "required",
        "case_exact",
        "mutability",
        "returned",
        "uniqueness",
    ),
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
    (
        set_name,
        set_type,
        set_multi_valued,
        set_description,
        set_required,
        set_case_exact,
        set_mutability,
        set_returned,
        set_uniqueness,
    ) = _SET_ScimSubAttribute
    o: ScimSubAttribute = new_instance(ScimSubAttribute)
    set_name(o, f_name)
    set_type(o, f_type)
    set_multi_valued(o, f_multi_valued)
    set_description(o, f_description)
    set_required(o, f_required)
    set_case_exact(o, f_case_exact)
    set_mutability(o, f_mutability)
    set_returned(o, f_returned)
    set_uniqueness(o, f_uniqueness)
    return o


_SET_ScimSchemaAttribute = setters(
    ScimSchemaAttribute,
    (
        "name",
        "type",
        "multi_valued",
        "description",
        "required",
        "case_exact",
        "mutability",
        "returned",
        "uniqueness",
        "sub_attributes",
    ),
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
    (
        set_name,
        set_type,
        set_multi_valued,
        set_description,
        set_required,
        set_case_exact,
        set_mutability,
        set_returned,
        set_uniqueness,
        set_sub_attributes,
    ) = _SET_ScimSchemaAttribute
    o: ScimSchemaAttribute = new_instance(ScimSchemaAttribute)
    set_name(o, f_name)
    set_type(o, f_type)
    set_multi_valued(o, f_multi_valued)
    set_description(o, f_description)
    set_required(o, f_required)
    set_case_exact(o, f_case_exact)
    set_mutability(o, f_mutability)
    set_returned(o, f_returned)
    set_uniqueness(o, f_uniqueness)
    set_sub_attributes(o, f_sub_attributes)
    return o


_SET_ScimSchema = setters(
    ScimSchema,
    (
        "schemas",
        "id",
        "name",
        "description",
        "attributes",
    ),
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
    (
        set_schemas,
        set_id,
        set_name,
        set_description,
        set_attributes,
    ) = _SET_ScimSchema
    o: ScimSchema = new_instance(ScimSchema)
    set_schemas(o, f_schemas)
    set_id(o, f_id)
    set_name(o, f_name)
    set_description(o, f_description)
    set_attributes(o, f_attributes)
    return o


_SET_ScimSchemaList = setters(
    ScimSchemaList,
    (
        "schemas",
        "total_results",
        "start_index",
        "items_per_page",
        "resources",
    ),
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
    (
        set_schemas,
        set_total_results,
        set_start_index,
        set_items_per_page,
        set_resources,
    ) = _SET_ScimSchemaList
    o: ScimSchemaList = new_instance(ScimSchemaList)
    set_schemas(o, f_schemas)
    set_total_results(o, f_total_results)
    set_start_index(o, f_start_index)
    set_items_per_page(o, f_items_per_page)
    set_resources(o, f_resources)
    return o


_SET_ImageConfig = setters(
    ImageConfig,
    (
        "architecture",
        "os",
        "variant",
        "os_version",
        "created",
        "author",
        "config",
        "rootfs",
        "history",
    ),
)


def _s_ImageConfig(d: Any) -> ImageConfig:
    if (
        type(d) is not dict
        or type(f_architecture := d["architecture"]) is not str
        or type(f_os := d["os"]) is not str
        or ((f_variant := d.get("variant", UNSET)) is not UNSET and type(f_variant) is not str)
        or (
            (f_os_version := d.get("os.version", UNSET)) is not UNSET
            and type(f_os_version) is not str
        )
        or ((f_author := d.get("author", UNSET)) is not UNSET and type(f_author) is not str)
    ):
        raise Fallback
    f_created = d.get("created", UNSET)
    if f_created is not UNSET:
        f_created = (
            fromisoformat(f_created)
            if f_created[4:20:3] == "--T::." and f_created[26:] == "Z"
            else parse_datetime(f_created)
        )
    f_config = d.get("config", UNSET)
    f_rootfs = d.get("rootfs", UNSET)
    f_history = d.get("history", UNSET)
    (
        set_architecture,
        set_os,
        set_variant,
        set_os_version,
        set_created,
        set_author,
        set_config,
        set_rootfs,
        set_history,
    ) = _SET_ImageConfig
    o: ImageConfig = new_instance(ImageConfig)
    set_architecture(o, f_architecture)
    set_os(o, f_os)
    set_variant(o, f_variant)
    set_os_version(o, f_os_version)
    set_created(o, f_created)
    set_author(o, f_author)
    set_config(o, f_config)
    set_rootfs(o, f_rootfs)
    set_history(o, f_history)
    return o


_SET_TagList = setters(
    TagList,
    (
        "name",
        "tags",
    ),
)


def _s_TagList(d: Any) -> TagList:
    if type(d) is not dict or type(f_name := d["name"]) is not str:
        raise Fallback
    f_tags = d["tags"]
    if f_tags is not None:
        if type(f_tags) is not list or any(type(x) is not str for x in f_tags):
            raise Fallback
        f_tags = list(f_tags)
    (
        set_name,
        set_tags,
    ) = _SET_TagList
    o: TagList = new_instance(TagList)
    set_name(o, f_name)
    set_tags(o, f_tags)
    return o


_SET_RegistryToken = setters(
    RegistryToken,
    (
        "token",
        "access_token",
        "expires_in",
        "issued_at",
        "refresh_token",
    ),
)


def _s_RegistryToken(d: Any) -> RegistryToken:
    if (
        type(d) is not dict
        or type(f_token := d["token"]) is not str
        or (
            (f_access_token := d.get("access_token", UNSET)) is not UNSET
            and type(f_access_token) is not str
        )
        or (
            (f_expires_in := d.get("expires_in", UNSET)) is not UNSET
            and type(f_expires_in) is not int
        )
        or (
            (f_refresh_token := d.get("refresh_token", UNSET)) is not UNSET
            and type(f_refresh_token) is not str
        )
    ):
        raise Fallback
    f_issued_at = d.get("issued_at", UNSET)
    if f_issued_at is not UNSET:
        f_issued_at = (
            fromisoformat(f_issued_at)
            if f_issued_at[4:20:3] == "--T::." and f_issued_at[26:] == "Z"
            else parse_datetime(f_issued_at)
        )
    (
        set_token,
        set_access_token,
        set_expires_in,
        set_issued_at,
        set_refresh_token,
    ) = _SET_RegistryToken
    o: RegistryToken = new_instance(RegistryToken)
    set_token(o, f_token)
    set_access_token(o, f_access_token)
    set_expires_in(o, f_expires_in)
    set_issued_at(o, f_issued_at)
    set_refresh_token(o, f_refresh_token)
    return o


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
            Platform: (
                None,
                {
                    "os_version": override(rename="os.version"),
                    "os_features": override(rename="os.features"),
                },
                {
                    "os_version": override(rename="os.version", omit_if_default=True),
                    "os_features": override(rename="os.features", omit_if_default=True),
                    "variant": override(omit_if_default=True),
                    "features": override(omit_if_default=True),
                },
            ),
            Descriptor: (
                None,
                {
                    "media_type": override(rename="mediaType"),
                    "artifact_type": override(rename="artifactType"),
                },
                {
                    "media_type": override(rename="mediaType"),
                    "urls": override(omit_if_default=True),
                    "annotations": override(omit_if_default=True),
                    "platform": override(omit_if_default=True),
                    "artifact_type": override(rename="artifactType", omit_if_default=True),
                    "data": override(omit_if_default=True),
                },
            ),
            ImageManifest: (
                None,
                {
                    "schema_version": override(rename="schemaVersion"),
                    "media_type": override(rename="mediaType"),
                    "artifact_type": override(rename="artifactType"),
                },
                {
                    "schema_version": override(rename="schemaVersion"),
                    "media_type": override(rename="mediaType", omit_if_default=True),
                    "artifact_type": override(rename="artifactType", omit_if_default=True),
                    "subject": override(omit_if_default=True),
                    "annotations": override(omit_if_default=True),
                },
            ),
            ImageIndex: (
                None,
                {
                    "schema_version": override(rename="schemaVersion"),
                    "media_type": override(rename="mediaType"),
                    "artifact_type": override(rename="artifactType"),
                },
                {
                    "schema_version": override(rename="schemaVersion"),
                    "media_type": override(rename="mediaType", omit_if_default=True),
                    "artifact_type": override(rename="artifactType", omit_if_default=True),
                    "subject": override(omit_if_default=True),
                    "annotations": override(omit_if_default=True),
                },
            ),
            ImageConfig: (
                _s_ImageConfig,
                {"os_version": override(rename="os.version")},
                {
                    "variant": override(omit_if_default=True),
                    "os_version": override(rename="os.version", omit_if_default=True),
                    "created": override(omit_if_default=True),
                    "author": override(omit_if_default=True),
                    "config": override(omit_if_default=True),
                    "rootfs": override(omit_if_default=True),
                    "history": override(omit_if_default=True),
                },
            ),
            TagList: (_s_TagList, {}, {}),
            RegistryToken: (
                _s_RegistryToken,
                {},
                {
                    "access_token": override(omit_if_default=True),
                    "expires_in": override(omit_if_default=True),
                    "issued_at": override(omit_if_default=True),
                    "refresh_token": override(omit_if_default=True),
                },
            ),
            PullRateLimit: (None, {}, {}),
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
