# generated from spec/dockerhub.yaml — do not edit; run `python -m codegen`
"""The one cattrs converter: every wire rule of every model."""

from __future__ import annotations

import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from dockerhub_sdk._converter_base import (
    enum_value,
    format_datetime_ms,
    make_base_converter,
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
    GroupMember,
    GroupMemberCreate,
    Hook,
    HookCreate,
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
    RegistrySettings,
    Repository,
    RepositoryCreate,
    RepositoryGroup,
    RepositoryGroupCreate,
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
    Tag,
    TagImage,
    TriggeredBuild,
    User,
    Webhook,
    WebhookCreate,
)

__all__ = ["converter", "make_converter", "strict_converter"]


def make_converter(*, forbid_extra_keys: bool = False) -> cattrs.Converter:
    """A converter for every model; ``forbid_extra_keys`` rejects unknown JSON keys."""
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
    conv.register_structure_hook(LoginRequest, make_dict_structure_fn(LoginRequest, conv))
    conv.register_unstructure_hook(LoginRequest, make_dict_unstructure_fn(LoginRequest, conv))
    conv.register_structure_hook(LoginResponse, make_dict_structure_fn(LoginResponse, conv))
    conv.register_unstructure_hook(LoginResponse, make_dict_unstructure_fn(LoginResponse, conv))
    conv.register_structure_hook(Login2FARequest, make_dict_structure_fn(Login2FARequest, conv))
    conv.register_unstructure_hook(Login2FARequest, make_dict_unstructure_fn(Login2FARequest, conv))
    conv.register_structure_hook(AuthTokenRequest, make_dict_structure_fn(AuthTokenRequest, conv))
    conv.register_unstructure_hook(
        AuthTokenRequest, make_dict_unstructure_fn(AuthTokenRequest, conv)
    )
    conv.register_structure_hook(AuthTokenResponse, make_dict_structure_fn(AuthTokenResponse, conv))
    conv.register_unstructure_hook(
        AuthTokenResponse, make_dict_unstructure_fn(AuthTokenResponse, conv)
    )
    conv.register_structure_hook(AccessToken, make_dict_structure_fn(AccessToken, conv))
    conv.register_unstructure_hook(
        AccessToken,
        make_dict_unstructure_fn(AccessToken, conv, expires_at=override(omit_if_default=True)),
    )
    conv.register_structure_hook(AccessTokenCreate, make_dict_structure_fn(AccessTokenCreate, conv))
    conv.register_unstructure_hook(
        AccessTokenCreate,
        make_dict_unstructure_fn(
            AccessTokenCreate, conv, expires_at=override(omit_if_default=True)
        ),
    )
    conv.register_structure_hook(ApiTokenCreate, make_dict_structure_fn(ApiTokenCreate, conv))
    conv.register_unstructure_hook(
        ApiTokenCreate,
        make_dict_unstructure_fn(
            ApiTokenCreate,
            conv,
            token_label=override(omit_if_default=True),
            is_active=override(omit_if_default=True),
        ),
    )
    conv.register_structure_hook(AccessTokenUpdate, make_dict_structure_fn(AccessTokenUpdate, conv))
    conv.register_unstructure_hook(
        AccessTokenUpdate,
        make_dict_unstructure_fn(
            AccessTokenUpdate,
            conv,
            token_label=override(omit_if_default=True),
            is_active=override(omit_if_default=True),
        ),
    )
    conv.register_structure_hook(User, make_dict_structure_fn(User, conv))
    conv.register_unstructure_hook(User, make_dict_unstructure_fn(User, conv))
    conv.register_structure_hook(CurrentUser, make_dict_structure_fn(CurrentUser, conv))
    conv.register_unstructure_hook(CurrentUser, make_dict_unstructure_fn(CurrentUser, conv))
    conv.register_structure_hook(RegistrySettings, make_dict_structure_fn(RegistrySettings, conv))
    conv.register_unstructure_hook(
        RegistrySettings, make_dict_unstructure_fn(RegistrySettings, conv)
    )
    conv.register_structure_hook(Repository, make_dict_structure_fn(Repository, conv))
    conv.register_unstructure_hook(
        Repository,
        make_dict_unstructure_fn(
            Repository,
            conv,
            has_starred=override(omit_if_default=True),
            full_description=override(omit_if_default=True),
        ),
    )
    conv.register_structure_hook(Category, make_dict_structure_fn(Category, conv))
    conv.register_unstructure_hook(Category, make_dict_unstructure_fn(Category, conv))
    conv.register_structure_hook(
        RepositoryPermissions, make_dict_structure_fn(RepositoryPermissions, conv)
    )
    conv.register_unstructure_hook(
        RepositoryPermissions, make_dict_unstructure_fn(RepositoryPermissions, conv)
    )
    conv.register_structure_hook(
        ImmutableTagsSettings, make_dict_structure_fn(ImmutableTagsSettings, conv)
    )
    conv.register_unstructure_hook(
        ImmutableTagsSettings, make_dict_unstructure_fn(ImmutableTagsSettings, conv)
    )
    conv.register_structure_hook(
        NamespaceRepository, make_dict_structure_fn(NamespaceRepository, conv)
    )
    conv.register_unstructure_hook(
        NamespaceRepository,
        make_dict_unstructure_fn(
            NamespaceRepository,
            conv,
            last_modified=override(omit_if_default=True),
            affiliation=override(omit_if_default=True),
            storage_size=override(omit_if_default=True),
        ),
    )
    conv.register_structure_hook(RepositoryInfo, make_dict_structure_fn(RepositoryInfo, conv))
    conv.register_unstructure_hook(
        RepositoryInfo,
        make_dict_unstructure_fn(
            RepositoryInfo,
            conv,
            repository_type=override(omit_if_default=True),
            last_modified=override(omit_if_default=True),
            affiliation=override(omit_if_default=True),
            hub_user=override(omit_if_default=True),
            full_description=override(omit_if_default=True),
            storage_size=override(omit_if_default=True),
            source=override(omit_if_default=True),
        ),
    )
    conv.register_structure_hook(
        NamespaceRepositoryCreate, make_dict_structure_fn(NamespaceRepositoryCreate, conv)
    )
    conv.register_unstructure_hook(
        NamespaceRepositoryCreate,
        make_dict_unstructure_fn(
            NamespaceRepositoryCreate,
            conv,
            description=override(omit_if_default=True),
            full_description=override(omit_if_default=True),
            registry=override(omit_if_default=True),
            is_private=override(omit_if_default=True),
        ),
    )
    conv.register_structure_hook(
        ImmutableTagsUpdate, make_dict_structure_fn(ImmutableTagsUpdate, conv)
    )
    conv.register_unstructure_hook(
        ImmutableTagsUpdate, make_dict_unstructure_fn(ImmutableTagsUpdate, conv)
    )
    conv.register_structure_hook(
        ImmutableTagsVerifyRequest, make_dict_structure_fn(ImmutableTagsVerifyRequest, conv)
    )
    conv.register_unstructure_hook(
        ImmutableTagsVerifyRequest, make_dict_unstructure_fn(ImmutableTagsVerifyRequest, conv)
    )
    conv.register_structure_hook(
        ImmutableTagsVerifyResponse, make_dict_structure_fn(ImmutableTagsVerifyResponse, conv)
    )
    conv.register_unstructure_hook(
        ImmutableTagsVerifyResponse, make_dict_unstructure_fn(ImmutableTagsVerifyResponse, conv)
    )
    conv.register_structure_hook(TagImage, make_dict_structure_fn(TagImage, conv))
    conv.register_unstructure_hook(TagImage, make_dict_unstructure_fn(TagImage, conv))
    conv.register_structure_hook(NamespaceTag, make_dict_structure_fn(NamespaceTag, conv))
    conv.register_unstructure_hook(
        NamespaceTag,
        make_dict_unstructure_fn(
            NamespaceTag,
            conv,
            digest=override(omit_if_default=True),
            media_type=override(omit_if_default=True),
            content_type=override(omit_if_default=True),
        ),
    )
    conv.register_structure_hook(RepositorySummary, make_dict_structure_fn(RepositorySummary, conv))
    conv.register_unstructure_hook(
        RepositorySummary, make_dict_unstructure_fn(RepositorySummary, conv)
    )
    conv.register_structure_hook(RepositoryCreate, make_dict_structure_fn(RepositoryCreate, conv))
    conv.register_unstructure_hook(
        RepositoryCreate,
        make_dict_unstructure_fn(
            RepositoryCreate,
            conv,
            description=override(omit_if_default=True),
            full_description=override(omit_if_default=True),
            is_private=override(omit_if_default=True),
        ),
    )
    conv.register_structure_hook(RepositoryUpdate, make_dict_structure_fn(RepositoryUpdate, conv))
    conv.register_unstructure_hook(
        RepositoryUpdate,
        make_dict_unstructure_fn(
            RepositoryUpdate,
            conv,
            description=override(omit_if_default=True),
            full_description=override(omit_if_default=True),
        ),
    )
    conv.register_structure_hook(RepositoryPrivacy, make_dict_structure_fn(RepositoryPrivacy, conv))
    conv.register_unstructure_hook(
        RepositoryPrivacy, make_dict_unstructure_fn(RepositoryPrivacy, conv)
    )
    conv.register_structure_hook(Tag, make_dict_structure_fn(Tag, conv))
    conv.register_unstructure_hook(Tag, make_dict_unstructure_fn(Tag, conv))
    conv.register_structure_hook(Comment, make_dict_structure_fn(Comment, conv))
    conv.register_unstructure_hook(Comment, make_dict_unstructure_fn(Comment, conv))
    conv.register_structure_hook(Organization, make_dict_structure_fn(Organization, conv))
    conv.register_unstructure_hook(Organization, make_dict_unstructure_fn(Organization, conv))
    conv.register_structure_hook(OrgMember, make_dict_structure_fn(OrgMember, conv))
    conv.register_unstructure_hook(OrgMember, make_dict_unstructure_fn(OrgMember, conv))
    conv.register_structure_hook(OrgGroup, make_dict_structure_fn(OrgGroup, conv))
    conv.register_unstructure_hook(OrgGroup, make_dict_unstructure_fn(OrgGroup, conv))
    conv.register_structure_hook(OrgGroupWrite, make_dict_structure_fn(OrgGroupWrite, conv))
    conv.register_unstructure_hook(OrgGroupWrite, make_dict_unstructure_fn(OrgGroupWrite, conv))
    conv.register_structure_hook(
        OrgMemberRoleUpdate, make_dict_structure_fn(OrgMemberRoleUpdate, conv)
    )
    conv.register_unstructure_hook(
        OrgMemberRoleUpdate, make_dict_unstructure_fn(OrgMemberRoleUpdate, conv)
    )
    conv.register_structure_hook(RestrictedImages, make_dict_structure_fn(RestrictedImages, conv))
    conv.register_unstructure_hook(
        RestrictedImages, make_dict_unstructure_fn(RestrictedImages, conv)
    )
    conv.register_structure_hook(OrgSettings, make_dict_structure_fn(OrgSettings, conv))
    conv.register_unstructure_hook(OrgSettings, make_dict_unstructure_fn(OrgSettings, conv))
    conv.register_structure_hook(OrgSettingsUpdate, make_dict_structure_fn(OrgSettingsUpdate, conv))
    conv.register_unstructure_hook(
        OrgSettingsUpdate, make_dict_unstructure_fn(OrgSettingsUpdate, conv)
    )
    conv.register_structure_hook(
        OrgAccessTokenResource, make_dict_structure_fn(OrgAccessTokenResource, conv)
    )
    conv.register_unstructure_hook(
        OrgAccessTokenResource, make_dict_unstructure_fn(OrgAccessTokenResource, conv)
    )
    conv.register_structure_hook(OrgAccessToken, make_dict_structure_fn(OrgAccessToken, conv))
    conv.register_unstructure_hook(OrgAccessToken, make_dict_unstructure_fn(OrgAccessToken, conv))
    conv.register_structure_hook(
        OrgAccessTokenCreated, make_dict_structure_fn(OrgAccessTokenCreated, conv)
    )
    conv.register_unstructure_hook(
        OrgAccessTokenCreated, make_dict_unstructure_fn(OrgAccessTokenCreated, conv)
    )
    conv.register_structure_hook(
        OrgAccessTokenCreate, make_dict_structure_fn(OrgAccessTokenCreate, conv)
    )
    conv.register_unstructure_hook(
        OrgAccessTokenCreate,
        make_dict_unstructure_fn(
            OrgAccessTokenCreate,
            conv,
            description=override(omit_if_default=True),
            expires_at=override(omit_if_default=True),
        ),
    )
    conv.register_structure_hook(
        OrgAccessTokenUpdate, make_dict_structure_fn(OrgAccessTokenUpdate, conv)
    )
    conv.register_unstructure_hook(
        OrgAccessTokenUpdate,
        make_dict_unstructure_fn(
            OrgAccessTokenUpdate,
            conv,
            label=override(omit_if_default=True),
            description=override(omit_if_default=True),
            resources=override(omit_if_default=True),
            is_active=override(omit_if_default=True),
        ),
    )
    conv.register_structure_hook(Collaborator, make_dict_structure_fn(Collaborator, conv))
    conv.register_unstructure_hook(Collaborator, make_dict_unstructure_fn(Collaborator, conv))
    conv.register_structure_hook(
        CollaboratorCreate, make_dict_structure_fn(CollaboratorCreate, conv)
    )
    conv.register_unstructure_hook(
        CollaboratorCreate, make_dict_unstructure_fn(CollaboratorCreate, conv)
    )
    conv.register_structure_hook(GroupMember, make_dict_structure_fn(GroupMember, conv))
    conv.register_unstructure_hook(GroupMember, make_dict_unstructure_fn(GroupMember, conv))
    conv.register_structure_hook(GroupMemberCreate, make_dict_structure_fn(GroupMemberCreate, conv))
    conv.register_unstructure_hook(
        GroupMemberCreate, make_dict_unstructure_fn(GroupMemberCreate, conv)
    )
    conv.register_structure_hook(Build, make_dict_structure_fn(Build, conv))
    conv.register_unstructure_hook(Build, make_dict_unstructure_fn(Build, conv))
    conv.register_structure_hook(BuildMetrics, make_dict_structure_fn(BuildMetrics, conv))
    conv.register_unstructure_hook(BuildMetrics, make_dict_unstructure_fn(BuildMetrics, conv))
    conv.register_structure_hook(BuildResults, make_dict_structure_fn(BuildResults, conv))
    conv.register_unstructure_hook(
        BuildResults,
        make_dict_unstructure_fn(
            BuildResults,
            conv,
            created_at=override(unstruct_hook=format_datetime_ms),
            last_updated=override(unstruct_hook=format_datetime_ms),
        ),
    )
    conv.register_structure_hook(BuildDetails, make_dict_structure_fn(BuildDetails, conv))
    conv.register_unstructure_hook(BuildDetails, make_dict_unstructure_fn(BuildDetails, conv))
    conv.register_structure_hook(
        BuildTriggerRequest, make_dict_structure_fn(BuildTriggerRequest, conv)
    )
    conv.register_unstructure_hook(
        BuildTriggerRequest, make_dict_unstructure_fn(BuildTriggerRequest, conv)
    )
    conv.register_structure_hook(TriggeredBuild, make_dict_structure_fn(TriggeredBuild, conv))
    conv.register_unstructure_hook(TriggeredBuild, make_dict_unstructure_fn(TriggeredBuild, conv))
    conv.register_structure_hook(BuildTag, make_dict_structure_fn(BuildTag, conv))
    conv.register_unstructure_hook(BuildTag, make_dict_unstructure_fn(BuildTag, conv))
    conv.register_structure_hook(AutomatedBuild, make_dict_structure_fn(AutomatedBuild, conv))
    conv.register_unstructure_hook(AutomatedBuild, make_dict_unstructure_fn(AutomatedBuild, conv))
    conv.register_structure_hook(BuildTagCreate, make_dict_structure_fn(BuildTagCreate, conv))
    conv.register_unstructure_hook(BuildTagCreate, make_dict_unstructure_fn(BuildTagCreate, conv))
    conv.register_structure_hook(
        AutomatedBuildCreate, make_dict_structure_fn(AutomatedBuildCreate, conv)
    )
    conv.register_unstructure_hook(
        AutomatedBuildCreate,
        make_dict_unstructure_fn(
            AutomatedBuildCreate, conv, description=override(omit_if_default=True)
        ),
    )
    conv.register_structure_hook(BuildTagUpdate, make_dict_structure_fn(BuildTagUpdate, conv))
    conv.register_unstructure_hook(BuildTagUpdate, make_dict_unstructure_fn(BuildTagUpdate, conv))
    conv.register_structure_hook(BuildLink, make_dict_structure_fn(BuildLink, conv))
    conv.register_unstructure_hook(BuildLink, make_dict_unstructure_fn(BuildLink, conv))
    conv.register_structure_hook(BuildLinkCreate, make_dict_structure_fn(BuildLinkCreate, conv))
    conv.register_unstructure_hook(BuildLinkCreate, make_dict_unstructure_fn(BuildLinkCreate, conv))
    conv.register_structure_hook(BuildTrigger, make_dict_structure_fn(BuildTrigger, conv))
    conv.register_unstructure_hook(BuildTrigger, make_dict_unstructure_fn(BuildTrigger, conv))
    conv.register_structure_hook(BuildTriggerEvent, make_dict_structure_fn(BuildTriggerEvent, conv))
    conv.register_unstructure_hook(
        BuildTriggerEvent, make_dict_unstructure_fn(BuildTriggerEvent, conv)
    )
    conv.register_structure_hook(Hook, make_dict_structure_fn(Hook, conv))
    conv.register_unstructure_hook(Hook, make_dict_unstructure_fn(Hook, conv))
    conv.register_structure_hook(Webhook, make_dict_structure_fn(Webhook, conv))
    conv.register_unstructure_hook(Webhook, make_dict_unstructure_fn(Webhook, conv))
    conv.register_structure_hook(WebhookCreate, make_dict_structure_fn(WebhookCreate, conv))
    conv.register_unstructure_hook(WebhookCreate, make_dict_unstructure_fn(WebhookCreate, conv))
    conv.register_structure_hook(HookCreate, make_dict_structure_fn(HookCreate, conv))
    conv.register_unstructure_hook(HookCreate, make_dict_unstructure_fn(HookCreate, conv))
    conv.register_structure_hook(AuditLogAction, make_dict_structure_fn(AuditLogAction, conv))
    conv.register_unstructure_hook(AuditLogAction, make_dict_unstructure_fn(AuditLogAction, conv))
    conv.register_structure_hook(AuditLogActions, make_dict_structure_fn(AuditLogActions, conv))
    conv.register_unstructure_hook(AuditLogActions, make_dict_unstructure_fn(AuditLogActions, conv))
    conv.register_structure_hook(AuditActions, make_dict_structure_fn(AuditActions, conv))
    conv.register_unstructure_hook(AuditActions, make_dict_unstructure_fn(AuditActions, conv))
    conv.register_structure_hook(AuditLog, make_dict_structure_fn(AuditLog, conv))
    conv.register_unstructure_hook(
        AuditLog, make_dict_unstructure_fn(AuditLog, conv, data=override(omit_if_default=True))
    )
    conv.register_structure_hook(Invite, make_dict_structure_fn(Invite, conv))
    conv.register_unstructure_hook(Invite, make_dict_unstructure_fn(Invite, conv))
    conv.register_structure_hook(InviteBulkCreate, make_dict_structure_fn(InviteBulkCreate, conv))
    conv.register_unstructure_hook(
        InviteBulkCreate, make_dict_unstructure_fn(InviteBulkCreate, conv)
    )
    conv.register_structure_hook(InviteeResult, make_dict_structure_fn(InviteeResult, conv))
    conv.register_unstructure_hook(
        InviteeResult,
        make_dict_unstructure_fn(InviteeResult, conv, invite=override(omit_if_default=True)),
    )
    conv.register_structure_hook(InviteBulkResult, make_dict_structure_fn(InviteBulkResult, conv))
    conv.register_unstructure_hook(
        InviteBulkResult, make_dict_unstructure_fn(InviteBulkResult, conv)
    )
    conv.register_structure_hook(OrgGroupPatch, make_dict_structure_fn(OrgGroupPatch, conv))
    conv.register_unstructure_hook(
        OrgGroupPatch,
        make_dict_unstructure_fn(
            OrgGroupPatch,
            conv,
            name=override(omit_if_default=True),
            description=override(omit_if_default=True),
        ),
    )
    conv.register_structure_hook(OrgGroupMember, make_dict_structure_fn(OrgGroupMember, conv))
    conv.register_unstructure_hook(
        OrgGroupMember,
        make_dict_unstructure_fn(
            OrgGroupMember,
            conv,
            email=override(omit_if_default=True),
            gravatar_email=override(omit_if_default=True),
        ),
    )
    conv.register_structure_hook(
        RepositoryGroupCreate, make_dict_structure_fn(RepositoryGroupCreate, conv)
    )
    conv.register_unstructure_hook(
        RepositoryGroupCreate, make_dict_unstructure_fn(RepositoryGroupCreate, conv)
    )
    conv.register_structure_hook(RepositoryGroup, make_dict_structure_fn(RepositoryGroup, conv))
    conv.register_unstructure_hook(RepositoryGroup, make_dict_unstructure_fn(RepositoryGroup, conv))
    conv.register_structure_hook(
        ScimName,
        make_dict_structure_fn(
            ScimName,
            conv,
            given_name=override(rename="givenName"),
            family_name=override(rename="familyName"),
            middle_name=override(rename="middleName"),
            honorific_prefix=override(rename="honorificPrefix"),
            honorific_suffix=override(rename="honorificSuffix"),
        ),
    )
    conv.register_unstructure_hook(
        ScimName,
        make_dict_unstructure_fn(
            ScimName,
            conv,
            given_name=override(rename="givenName", omit_if_default=True),
            family_name=override(rename="familyName", omit_if_default=True),
            formatted=override(omit_if_default=True),
            middle_name=override(rename="middleName", omit_if_default=True),
            honorific_prefix=override(rename="honorificPrefix", omit_if_default=True),
            honorific_suffix=override(rename="honorificSuffix", omit_if_default=True),
        ),
    )
    conv.register_structure_hook(ScimEmail, make_dict_structure_fn(ScimEmail, conv))
    conv.register_unstructure_hook(
        ScimEmail,
        make_dict_unstructure_fn(
            ScimEmail,
            conv,
            display=override(omit_if_default=True),
            primary=override(omit_if_default=True),
            type=override(omit_if_default=True),
        ),
    )
    conv.register_structure_hook(ScimGroupRef, make_dict_structure_fn(ScimGroupRef, conv))
    conv.register_unstructure_hook(
        ScimGroupRef,
        make_dict_unstructure_fn(ScimGroupRef, conv, display=override(omit_if_default=True)),
    )
    conv.register_structure_hook(
        ScimMeta,
        make_dict_structure_fn(
            ScimMeta,
            conv,
            resource_type=override(rename="resourceType"),
            last_modified=override(rename="lastModified"),
        ),
    )
    conv.register_unstructure_hook(
        ScimMeta,
        make_dict_unstructure_fn(
            ScimMeta,
            conv,
            resource_type=override(rename="resourceType"),
            last_modified=override(rename="lastModified"),
        ),
    )
    conv.register_structure_hook(
        ScimUser,
        make_dict_structure_fn(
            ScimUser,
            conv,
            user_name=override(rename="userName"),
            display_name=override(rename="displayName"),
        ),
    )
    conv.register_unstructure_hook(
        ScimUser,
        make_dict_unstructure_fn(
            ScimUser,
            conv,
            user_name=override(rename="userName", omit_if_default=True),
            name=override(omit_if_default=True),
            display_name=override(rename="displayName", omit_if_default=True),
            active=override(omit_if_default=True),
            emails=override(omit_if_default=True),
            groups=override(omit_if_default=True),
            meta=override(omit_if_default=True),
        ),
    )
    conv.register_structure_hook(
        ScimUserCreate,
        make_dict_structure_fn(
            ScimUserCreate,
            conv,
            user_name=override(rename="userName"),
            display_name=override(rename="displayName"),
            external_id=override(rename="externalId"),
        ),
    )
    conv.register_unstructure_hook(
        ScimUserCreate,
        make_dict_unstructure_fn(
            ScimUserCreate,
            conv,
            user_name=override(rename="userName"),
            name=override(omit_if_default=True),
            active=override(omit_if_default=True),
            emails=override(omit_if_default=True),
            display_name=override(rename="displayName", omit_if_default=True),
            external_id=override(rename="externalId", omit_if_default=True),
            id=override(omit_if_default=True),
            groups=override(omit_if_default=True),
            meta=override(omit_if_default=True),
        ),
    )
    conv.register_structure_hook(
        ScimUserUpdate,
        make_dict_structure_fn(
            ScimUserUpdate,
            conv,
            user_name=override(rename="userName"),
            display_name=override(rename="displayName"),
            external_id=override(rename="externalId"),
        ),
    )
    conv.register_unstructure_hook(
        ScimUserUpdate,
        make_dict_unstructure_fn(
            ScimUserUpdate,
            conv,
            user_name=override(rename="userName", omit_if_default=True),
            name=override(omit_if_default=True),
            active=override(omit_if_default=True),
            enabled=override(omit_if_default=True),
            emails=override(omit_if_default=True),
            display_name=override(rename="displayName", omit_if_default=True),
            external_id=override(rename="externalId", omit_if_default=True),
            id=override(omit_if_default=True),
            groups=override(omit_if_default=True),
            meta=override(omit_if_default=True),
        ),
    )
    conv.register_structure_hook(ScimSupported, make_dict_structure_fn(ScimSupported, conv))
    conv.register_unstructure_hook(ScimSupported, make_dict_unstructure_fn(ScimSupported, conv))
    conv.register_structure_hook(
        ScimBulk,
        make_dict_structure_fn(
            ScimBulk,
            conv,
            max_operations=override(rename="maxOperations"),
            max_payload_size=override(rename="maxPayloadSize"),
        ),
    )
    conv.register_unstructure_hook(
        ScimBulk,
        make_dict_unstructure_fn(
            ScimBulk,
            conv,
            max_operations=override(rename="maxOperations"),
            max_payload_size=override(rename="maxPayloadSize"),
        ),
    )
    conv.register_structure_hook(
        ScimFilterSupport,
        make_dict_structure_fn(ScimFilterSupport, conv, max_results=override(rename="maxResults")),
    )
    conv.register_unstructure_hook(
        ScimFilterSupport,
        make_dict_unstructure_fn(
            ScimFilterSupport, conv, max_results=override(rename="maxResults")
        ),
    )
    conv.register_structure_hook(
        ScimAuthenticationScheme,
        make_dict_structure_fn(ScimAuthenticationScheme, conv, spec_uri=override(rename="specUri")),
    )
    conv.register_unstructure_hook(
        ScimAuthenticationScheme,
        make_dict_unstructure_fn(
            ScimAuthenticationScheme, conv, spec_uri=override(rename="specUri")
        ),
    )
    conv.register_structure_hook(
        ScimServiceProviderConfig,
        make_dict_structure_fn(
            ScimServiceProviderConfig,
            conv,
            documentation_uri=override(rename="documentationUri"),
            change_password=override(rename="changePassword"),
            authentication_schemes=override(rename="authenticationSchemes"),
        ),
    )
    conv.register_unstructure_hook(
        ScimServiceProviderConfig,
        make_dict_unstructure_fn(
            ScimServiceProviderConfig,
            conv,
            documentation_uri=override(rename="documentationUri"),
            change_password=override(rename="changePassword"),
            authentication_schemes=override(rename="authenticationSchemes"),
        ),
    )
    conv.register_structure_hook(ScimResourceType, make_dict_structure_fn(ScimResourceType, conv))
    conv.register_unstructure_hook(
        ScimResourceType, make_dict_unstructure_fn(ScimResourceType, conv)
    )
    conv.register_structure_hook(
        ScimResourceTypeList,
        make_dict_structure_fn(
            ScimResourceTypeList,
            conv,
            total_results=override(rename="totalResults"),
            start_index=override(rename="startIndex"),
            items_per_page=override(rename="itemsPerPage"),
            resources=override(rename="Resources"),
        ),
    )
    conv.register_unstructure_hook(
        ScimResourceTypeList,
        make_dict_unstructure_fn(
            ScimResourceTypeList,
            conv,
            total_results=override(rename="totalResults"),
            start_index=override(rename="startIndex"),
            items_per_page=override(rename="itemsPerPage"),
            resources=override(rename="Resources"),
        ),
    )
    conv.register_structure_hook(
        ScimSubAttribute,
        make_dict_structure_fn(
            ScimSubAttribute,
            conv,
            multi_valued=override(rename="multiValued"),
            case_exact=override(rename="caseExact"),
        ),
    )
    conv.register_unstructure_hook(
        ScimSubAttribute,
        make_dict_unstructure_fn(
            ScimSubAttribute,
            conv,
            multi_valued=override(rename="multiValued"),
            case_exact=override(rename="caseExact"),
        ),
    )
    conv.register_structure_hook(
        ScimSchemaAttribute,
        make_dict_structure_fn(
            ScimSchemaAttribute,
            conv,
            multi_valued=override(rename="multiValued"),
            case_exact=override(rename="caseExact"),
            sub_attributes=override(rename="subAttributes"),
        ),
    )
    conv.register_unstructure_hook(
        ScimSchemaAttribute,
        make_dict_unstructure_fn(
            ScimSchemaAttribute,
            conv,
            multi_valued=override(rename="multiValued"),
            case_exact=override(rename="caseExact"),
            sub_attributes=override(rename="subAttributes", omit_if_default=True),
        ),
    )
    conv.register_structure_hook(ScimSchema, make_dict_structure_fn(ScimSchema, conv))
    conv.register_unstructure_hook(ScimSchema, make_dict_unstructure_fn(ScimSchema, conv))
    conv.register_structure_hook(
        ScimSchemaList,
        make_dict_structure_fn(
            ScimSchemaList,
            conv,
            total_results=override(rename="totalResults"),
            start_index=override(rename="startIndex"),
            items_per_page=override(rename="itemsPerPage"),
            resources=override(rename="Resources"),
        ),
    )
    conv.register_unstructure_hook(
        ScimSchemaList,
        make_dict_unstructure_fn(
            ScimSchemaList,
            conv,
            total_results=override(rename="totalResults"),
            start_index=override(rename="startIndex"),
            items_per_page=override(rename="itemsPerPage"),
            resources=override(rename="Resources"),
        ),
    )
    return conv


converter: cattrs.Converter = make_converter()
strict_converter: cattrs.Converter = make_converter(forbid_extra_keys=True)
