# generated from spec/dockerhub.yaml — do not edit; run `python -m codegen`
"""Resource classes: `hub.<resource>.<operation>(...)`."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Iterator
from typing import Any, Literal

from dockerhub_sdk._base_client import BaseClient
from dockerhub_sdk._generated.models import (
    AccessToken,
    AccessTokenPage,
    AuditActions,
    AuditLog,
    AuthTokenResponse,
    AutomatedBuild,
    Build,
    BuildDetails,
    BuildLink,
    BuildProvider,
    BuildTag,
    BuildTagCreate,
    BuildTrigger,
    BuildTriggerEvent,
    Collaborator,
    Comment,
    CurrentUser,
    CustomRegistry,
    GroupMember,
    Hook,
    HubPlan,
    ImmutableTagsVerifyResponse,
    Invite,
    InviteBulkResult,
    LoginResponse,
    NamespaceRepository,
    NamespaceTag,
    OrgAccessToken,
    OrgAccessTokenCreated,
    OrgAccessTokenResource,
    Organization,
    OrgGroup,
    OrgGroupMember,
    OrgMember,
    OrgSettings,
    RegistryAccessManagement,
    RegistrySettings,
    Repository,
    RepositoryGroup,
    RepositoryInfo,
    RepositorySummary,
    RestrictedImages,
    ScimEmail,
    ScimName,
    ScimPatchOperation,
    ScimResourceType,
    ScimResourceTypeList,
    ScimSchema,
    ScimSchemaList,
    ScimServiceProviderConfig,
    ScimUser,
    SourceType,
    StandardRegistry,
    Tag,
    TriggeredBuild,
    User,
    Webhook,
)
from dockerhub_sdk._generated.operations import (
    ACCESS_TOKENS_CREATE,
    ACCESS_TOKENS_DELETE,
    ACCESS_TOKENS_GET,
    ACCESS_TOKENS_LIST,
    ACCESS_TOKENS_UPDATE,
    API_TOKENS_CREATE,
    API_TOKENS_DELETE,
    API_TOKENS_GET,
    API_TOKENS_LIST,
    API_TOKENS_UPDATE,
    AUDIT_LOGS_LIST,
    AUDIT_LOGS_LIST_ACTIONS,
    AUTH_LOGIN,
    AUTH_LOGIN_2FA,
    AUTH_LOGOUT,
    AUTH_TOKEN,
    AUTOBUILDS_CREATE,
    AUTOBUILDS_GET,
    BILLING_HUB_PLAN,
    BUILD_LINKS_CREATE,
    BUILD_LINKS_DELETE,
    BUILD_LINKS_LIST,
    BUILD_TAGS_CREATE,
    BUILD_TAGS_DELETE,
    BUILD_TAGS_UPDATE,
    BUILD_TRIGGERS_GET,
    BUILD_TRIGGERS_HISTORY,
    BUILDS_GET,
    BUILDS_HISTORY,
    BUILDS_TRIGGER,
    COLLABORATORS_ADD,
    COLLABORATORS_DELETE,
    COLLABORATORS_LIST,
    COMMENTS_LIST,
    GROUPS_ADD_MEMBER,
    INVITES_BULK_CREATE,
    INVITES_CANCEL,
    INVITES_LIST,
    INVITES_RESEND,
    NAMESPACE_REPOSITORIES_CREATE,
    NAMESPACE_REPOSITORIES_EXISTS,
    NAMESPACE_REPOSITORIES_GET,
    NAMESPACE_REPOSITORIES_LIST,
    NAMESPACE_REPOSITORIES_UPDATE_IMMUTABLE_TAGS,
    NAMESPACE_REPOSITORIES_VERIFY_IMMUTABLE_TAGS,
    NAMESPACE_TAGS_EXISTS,
    NAMESPACE_TAGS_EXISTS_ANY,
    NAMESPACE_TAGS_GET,
    NAMESPACE_TAGS_LIST,
    ORG_ACCESS_TOKENS_CREATE,
    ORG_ACCESS_TOKENS_DELETE,
    ORG_ACCESS_TOKENS_GET,
    ORG_ACCESS_TOKENS_LIST,
    ORG_ACCESS_TOKENS_UPDATE,
    ORG_GROUPS_CREATE,
    ORG_GROUPS_DELETE,
    ORG_GROUPS_GET,
    ORG_GROUPS_LIST,
    ORG_GROUPS_LIST_MEMBERS,
    ORG_GROUPS_PATCH,
    ORG_GROUPS_REMOVE_MEMBER,
    ORG_GROUPS_UPDATE,
    ORG_MEMBERS_EXPORT,
    ORG_MEMBERS_LIST,
    ORG_MEMBERS_REMOVE,
    ORG_MEMBERS_UPDATE_ROLE,
    ORG_SETTINGS_GET,
    ORG_SETTINGS_GET_REGISTRY_ACCESS,
    ORG_SETTINGS_UPDATE,
    ORG_SETTINGS_UPDATE_REGISTRY_ACCESS,
    ORGS_GET,
    ORGS_LIST,
    REPOSITORIES_CREATE,
    REPOSITORIES_DELETE,
    REPOSITORIES_GET,
    REPOSITORIES_LIST,
    REPOSITORIES_LIST_NAMESPACE,
    REPOSITORIES_SET_PRIVACY,
    REPOSITORIES_STAR,
    REPOSITORIES_STARRED,
    REPOSITORIES_UNSTAR,
    REPOSITORIES_UPDATE,
    REPOSITORY_GROUPS_CREATE,
    REPOSITORY_GROUPS_DELETE,
    REPOSITORY_GROUPS_GET,
    REPOSITORY_GROUPS_UPDATE,
    SCIM_RESOURCE_TYPE,
    SCIM_RESOURCE_TYPES,
    SCIM_SCHEMA,
    SCIM_SCHEMAS,
    SCIM_SERVICE_PROVIDER_CONFIG,
    SCIM_USERS_CREATE,
    SCIM_USERS_DELETE,
    SCIM_USERS_GET,
    SCIM_USERS_LIST,
    SCIM_USERS_PATCH,
    SCIM_USERS_UPDATE,
    TAGS_DELETE,
    TAGS_GET,
    TAGS_LIST,
    USERS_GET,
    USERS_ME,
    USERS_REGISTRY_SETTINGS,
    WEBHOOKS_CREATE,
    WEBHOOKS_CREATE_HOOK,
    WEBHOOKS_DELETE,
    WEBHOOKS_LIST,
)
from dockerhub_sdk._pagination import Page
from dockerhub_sdk._resource import APIResource
from dockerhub_sdk._types import UNSET, Unset


class AuthResource(APIResource):
    """Logging in and out, two-factor logins and access-token exchange."""

    def login(
        self, *, username: str, password: str, refresh_token: bool | None = None
    ) -> LoginResponse:
        """Log in with a username and password; returns a JWT.

        Anyone may call it. The client keeps the returned token and sends it with later requests (`hub.login(username, password)` is the short form).

        HTTP: `POST /v2/users/login/`; the JavaScript library's `login`.
        """
        return self._client._request_model(
            AUTH_LOGIN,
            LoginResponse,
            query={"refresh_token": refresh_token},
            body={"username": username, "password": password},
        )

    def login_2fa(
        self, *, login_2fa_token: str, code: str, refresh_token: bool | None = None
    ) -> LoginResponse:
        """Complete a login to an account with two-factor authentication.

        The second step after `login` answered 401 with a `login_2fa_token`: that token and the account's current TOTP code. The client keeps the returned token (`hub.login(username, password, otp=...)` does both steps).

        HTTP: `POST /v2/users/2fa-login/`.
        """
        return self._client._request_model(
            AUTH_LOGIN_2FA,
            LoginResponse,
            query={"refresh_token": refresh_token},
            body={"login_2fa_token": login_2fa_token, "code": code},
        )

    def token(self, *, identifier: str, secret: str) -> AuthTokenResponse:
        """Exchange a password or an access token for a short-lived access token (JWT).

        Anyone may call it. `identifier` is the username (the organization name for an organization access token); `secret` a password, `dckr_pat_...` or `dckr_oat_...`. The access token lasts about 10 minutes and carries the personal access token's scopes; one made from an organization access token acts for the organization with only that token's resources and scopes (an inactive, expired or unknown one is a 401). The client does not keep it: `DockerHub(username=..., token="dckr_pat_...")` (or the organization's name with `"dckr_oat_..."`) exchanges and renews on its own.

        HTTP: `POST /v2/auth/token/`.
        """
        return self._client._request_model(
            AUTH_TOKEN, AuthTokenResponse, body={"identifier": identifier, "secret": secret}
        )

    def logout(self) -> None:
        """Log out, invalidating the current token.

        Requires a login. Returns nothing; the client forgets its token, even when the call fails (`hub.logout()` is the short form, and does nothing without a token).

        HTTP: `POST /v2/logout/`; the JavaScript library's `logout`.
        """
        self._client._request_none(AUTH_LOGOUT)


class AccessTokensResource(APIResource):
    """The logged-in user's personal access tokens. Managing them needs a login with a password (a token made from a personal access token gets 403)."""

    def create(
        self, *, token_label: str, scopes: list[str], expires_at: datetime.datetime | Unset = UNSET
    ) -> AccessToken:
        """Create a personal access token; its secret is in this answer only.

        Requires a password login. The answer's `token` (`dckr_pat_...`) is the secret: it is never shown again.

        HTTP: `POST /v2/access-tokens/`.
        """
        return self._client._request_model(
            ACCESS_TOKENS_CREATE,
            AccessToken,
            body={"token_label": token_label, "scopes": scopes, "expires_at": expires_at},
        )

    def list(self, *, page: int | None = None, page_size: int | None = None) -> AccessTokenPage:
        """List the logged-in user's personal access tokens (without their secrets).

        Paginated. Requires a password login. Docker Hub adds `active_count` (how many are active) to each page: the page is an `AccessTokenPage`.

        HTTP: `GET /v2/access-tokens/`.
        """
        return self._client._request_page(
            ACCESS_TOKENS_LIST,
            AccessToken,
            AccessTokenPage,
            query={"page": page, "page_size": page_size},
        )

    def iter(self, *, page_size: int | None = None) -> Iterator[AccessToken]:
        """Iterate over every result of `list`, fetching pages lazily.

        List the logged-in user's personal access tokens (without their secrets).

        Paginated. Requires a password login. Docker Hub adds `active_count` (how many are active) to each page: the page is an `AccessTokenPage`.

        HTTP: `GET /v2/access-tokens/`.
        """
        return self._client._iter_pages(
            ACCESS_TOKENS_LIST, AccessToken, query={"page_size": page_size}
        )

    def get(self, uuid: str) -> AccessToken:
        """Get one of the logged-in user's personal access tokens (without its secret).

        Requires a password login. Another user's token answers 404.

        HTTP: `GET /v2/access-tokens/{uuid}/`.
        """
        return self._client._request_model(ACCESS_TOKENS_GET, AccessToken, path={"uuid": uuid})

    def update(
        self, uuid: str, *, token_label: str | Unset = UNSET, is_active: bool | Unset = UNSET
    ) -> AccessToken:
        """Rename, disable or enable a personal access token.

        Requires a password login. Only the fields given are changed.

        HTTP: `PATCH /v2/access-tokens/{uuid}/`.
        """
        return self._client._request_model(
            ACCESS_TOKENS_UPDATE,
            AccessToken,
            path={"uuid": uuid},
            body={"token_label": token_label, "is_active": is_active},
        )

    def delete(self, uuid: str) -> None:
        """Delete a personal access token. This cannot be undone.

        Requires a password login; the access tokens made from it stop working too.

        HTTP: `DELETE /v2/access-tokens/{uuid}/`.
        """
        self._client._request_none(ACCESS_TOKENS_DELETE, path={"uuid": uuid})


class ApiTokensResource(APIResource):
    """The logged-in user's personal access tokens at the older path `/v2/api_tokens` that Docker's hub-tool (`token` commands) calls: the same tokens as `access_tokens`. Managing them needs a login with a password."""

    def create(
        self, *, token_label: str | Unset = UNSET, is_active: bool | Unset = UNSET
    ) -> AccessToken:
        """Create a personal access token with every scope; its secret is in this answer only.

        HTTP: `POST /v2/api_tokens/`.
        """
        return self._client._request_model(
            API_TOKENS_CREATE,
            AccessToken,
            body={"token_label": token_label, "is_active": is_active},
        )

    def list(self, *, page: int | None = None, page_size: int | None = None) -> AccessTokenPage:
        """List the logged-in user's personal access tokens (without their secrets).

        Paginated, with `active_count` on each page, like `access_tokens.list`.

        HTTP: `GET /v2/api_tokens/`.
        """
        return self._client._request_page(
            API_TOKENS_LIST,
            AccessToken,
            AccessTokenPage,
            query={"page": page, "page_size": page_size},
        )

    def iter(self, *, page_size: int | None = None) -> Iterator[AccessToken]:
        """Iterate over every result of `list`, fetching pages lazily.

        List the logged-in user's personal access tokens (without their secrets).

        Paginated, with `active_count` on each page, like `access_tokens.list`.

        HTTP: `GET /v2/api_tokens/`.
        """
        return self._client._iter_pages(
            API_TOKENS_LIST, AccessToken, query={"page_size": page_size}
        )

    def get(self, uuid: str) -> AccessToken:
        """Get one of the logged-in user's personal access tokens (without its secret).

        HTTP: `GET /v2/api_tokens/{uuid}/`.
        """
        return self._client._request_model(API_TOKENS_GET, AccessToken, path={"uuid": uuid})

    def update(
        self, uuid: str, *, token_label: str | Unset = UNSET, is_active: bool | Unset = UNSET
    ) -> AccessToken:
        """Rename, disable or enable a personal access token.

        HTTP: `PATCH /v2/api_tokens/{uuid}/`.
        """
        return self._client._request_model(
            API_TOKENS_UPDATE,
            AccessToken,
            path={"uuid": uuid},
            body={"token_label": token_label, "is_active": is_active},
        )

    def delete(self, uuid: str) -> None:
        """Delete a personal access token. This cannot be undone.

        HTTP: `DELETE /v2/api_tokens/{uuid}/`.
        """
        self._client._request_none(API_TOKENS_DELETE, path={"uuid": uuid})


class UsersResource(APIResource):
    """Docker Hub users and the logged-in user."""

    def get(self, username: str) -> User:
        """Get a user's public profile.

        Anyone may call it; no credentials are sent.

        HTTP: `GET /v2/users/{username}/`; the JavaScript library's `user`.
        """
        return self._client._request_model(USERS_GET, User, path={"username": username})

    def me(self) -> CurrentUser:
        """Get the logged-in user's profile.

        Requires a login; a cheap way to check that the token works. Adds `gravatar_email`, `is_staff` and `is_admin` to the public profile.

        HTTP: `GET /v2/user/`; the JavaScript library's `loggedInUser`.
        """
        return self._client._request_model(USERS_ME, CurrentUser)

    def registry_settings(self, *, username: str | None = None) -> RegistrySettings:
        """Get a user's private-repository quota and default repository visibility.

        Requires a login. `username` defaults to the logged-in user.

        HTTP: `GET /v2/users/{username}/registry-settings/`; the JavaScript library's `registrySettings`.
        """
        return self._client._request_model(
            USERS_REGISTRY_SETTINGS, RegistrySettings, path={"username": username}
        )


class OrgsResource(APIResource):
    """Organizations: their profiles and the logged-in user's memberships. Both endpoints are used by Docker's CLI but missing from Docker's official description (shapes inferred)."""

    def list(self, *, page: int | None = None, page_size: int | None = None) -> Page[Organization]:
        """List the organizations the logged-in user belongs to.

        Requires a login. An organization is listed when the user is one of its owners or a member of one of its groups. Inferred from Docker's CLI (`GET /v2/user/orgs/`).

        HTTP: `GET /v2/user/orgs/`.
        """
        return self._client._request_page(
            ORGS_LIST, Organization, Page, query={"page": page, "page_size": page_size}
        )

    def iter(self, *, page_size: int | None = None) -> Iterator[Organization]:
        """Iterate over every result of `list`, fetching pages lazily.

        List the organizations the logged-in user belongs to.

        Requires a login. An organization is listed when the user is one of its owners or a member of one of its groups. Inferred from Docker's CLI (`GET /v2/user/orgs/`).

        HTTP: `GET /v2/user/orgs/`.
        """
        return self._client._iter_pages(ORGS_LIST, Organization, query={"page_size": page_size})

    def get(self, org: str) -> Organization:
        """Get an organization's public profile.

        Anyone may call it. Inferred from Docker's CLI (`GET /v2/orgs/{org}/`); a user's name or an unknown name answers 404.

        HTTP: `GET /v2/orgs/{org}/`.
        """
        return self._client._request_model(ORGS_GET, Organization, path={"org": org})


class OrgMembersResource(APIResource):
    """Members of an organization and their roles."""

    def list(
        self,
        org_name: str,
        *,
        search: str | None = None,
        invites: bool | None = None,
        type: str | None = None,
        role: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
    ) -> Page[OrgMember]:
        """List the members of an organization.

        Requires a login as a member of the organization (403 for anyone else, 404 for an unknown organization). `search` keeps the members whose username or full name contains it; `role` keeps one role; `type` `invitee` lists the pending invitees only, `all` (or `invites=true`) the members then the invitees, `member` (the default) the members. Invitees (role `Invitee`; one invited by email has the address as `username` and an empty `id`) are shown to owners only, and never with `role`.

        HTTP: `GET /v2/orgs/{org_name}/members/`.
        """
        return self._client._request_page(
            ORG_MEMBERS_LIST,
            OrgMember,
            Page,
            path={"org_name": org_name},
            query={
                "search": search,
                "invites": invites,
                "type": type,
                "role": role,
                "page": page,
                "page_size": page_size,
            },
        )

    def iter(
        self,
        org_name: str,
        *,
        search: str | None = None,
        invites: bool | None = None,
        type: str | None = None,
        role: str | None = None,
        page_size: int | None = None,
    ) -> Iterator[OrgMember]:
        """Iterate over every result of `list`, fetching pages lazily.

        List the members of an organization.

        Requires a login as a member of the organization (403 for anyone else, 404 for an unknown organization). `search` keeps the members whose username or full name contains it; `role` keeps one role; `type` `invitee` lists the pending invitees only, `all` (or `invites=true`) the members then the invitees, `member` (the default) the members. Invitees (role `Invitee`; one invited by email has the address as `username` and an empty `id`) are shown to owners only, and never with `role`.

        HTTP: `GET /v2/orgs/{org_name}/members/`.
        """
        return self._client._iter_pages(
            ORG_MEMBERS_LIST,
            OrgMember,
            path={"org_name": org_name},
            query={
                "search": search,
                "invites": invites,
                "type": type,
                "role": role,
                "page_size": page_size,
            },
        )

    def export(self, org_name: str) -> str:
        """Export the members of an organization as CSV.

        Requires a login as a member of the organization (403 for anyone else). Returns the CSV text: a header row `Name,Username,Email,Type,Permission,Teams,Date Joined`, then one row per member (`Teams` comma-separated).

        HTTP: `GET /v2/orgs/{org_name}/members/export/`.
        """
        return self._client._request_text(ORG_MEMBERS_EXPORT, path={"org_name": org_name})

    def update_role(self, org_name: str, username: str, *, role: str) -> OrgMember:
        """Change the role of a member of an organization.

        Requires a login as an owner of the organization (403 for anyone else). 404 when the user is not a member; 400 when it would leave the organization without an owner. Returns the member.

        HTTP: `PUT /v2/orgs/{org_name}/members/{username}/`.
        """
        return self._client._request_model(
            ORG_MEMBERS_UPDATE_ROLE,
            OrgMember,
            path={"org_name": org_name, "username": username},
            body={"role": role},
        )

    def remove(self, org_name: str, username: str) -> None:
        """Remove a member from an organization and all its groups.

        Requires a login as an owner of the organization (403 for anyone else). 404 when the user is not a member; 400 for the last owner.

        HTTP: `DELETE /v2/orgs/{org_name}/members/{username}/`.
        """
        self._client._request_none(
            ORG_MEMBERS_REMOVE, path={"org_name": org_name, "username": username}
        )


class OrgGroupsResource(APIResource):
    """Groups (teams) of an organization, in Docker's current API."""

    def list(
        self,
        org_name: str,
        *,
        username: str | None = None,
        search: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
    ) -> Page[OrgGroup]:
        """List the groups of an organization.

        Requires a login as a member of the organization (403 for anyone else). `username` keeps the groups that user is in; `search` the groups whose name contains it.

        HTTP: `GET /v2/orgs/{org_name}/groups/`.
        """
        return self._client._request_page(
            ORG_GROUPS_LIST,
            OrgGroup,
            Page,
            path={"org_name": org_name},
            query={"username": username, "search": search, "page": page, "page_size": page_size},
        )

    def iter(
        self,
        org_name: str,
        *,
        username: str | None = None,
        search: str | None = None,
        page_size: int | None = None,
    ) -> Iterator[OrgGroup]:
        """Iterate over every result of `list`, fetching pages lazily.

        List the groups of an organization.

        Requires a login as a member of the organization (403 for anyone else). `username` keeps the groups that user is in; `search` the groups whose name contains it.

        HTTP: `GET /v2/orgs/{org_name}/groups/`.
        """
        return self._client._iter_pages(
            ORG_GROUPS_LIST,
            OrgGroup,
            path={"org_name": org_name},
            query={"username": username, "search": search, "page_size": page_size},
        )

    def create(self, org_name: str, *, name: str, description: str = "") -> OrgGroup:
        """Create a group in an organization.

        Requires a login as an owner of the organization. 409 when the name is taken.

        HTTP: `POST /v2/orgs/{org_name}/groups/`.
        """
        return self._client._request_model(
            ORG_GROUPS_CREATE,
            OrgGroup,
            path={"org_name": org_name},
            body={"name": name, "description": description},
        )

    def get(self, org_name: str, group_name: str) -> OrgGroup:
        """Get a group of an organization.

        Requires a login as a member of the organization.

        HTTP: `GET /v2/orgs/{org_name}/groups/{group_name}/`.
        """
        return self._client._request_model(
            ORG_GROUPS_GET, OrgGroup, path={"org_name": org_name, "group_name": group_name}
        )

    def update(
        self, org_name: str, group_name: str, *, name: str, description: str = ""
    ) -> OrgGroup:
        """Rename a group or change its description.

        Requires a login as an owner of the organization. 409 when the new name is taken.

        HTTP: `PUT /v2/orgs/{org_name}/groups/{group_name}/`.
        """
        return self._client._request_model(
            ORG_GROUPS_UPDATE,
            OrgGroup,
            path={"org_name": org_name, "group_name": group_name},
            body={"name": name, "description": description},
        )

    def delete(self, org_name: str, group_name: str) -> None:
        """Delete a group of an organization (its members stay in the organization).

        Requires a login as an owner of the organization.

        HTTP: `DELETE /v2/orgs/{org_name}/groups/{group_name}/`.
        """
        self._client._request_none(
            ORG_GROUPS_DELETE, path={"org_name": org_name, "group_name": group_name}
        )

    def patch(
        self,
        org_name: str,
        group_name: str,
        *,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
    ) -> OrgGroup:
        """Change some details of a group (its name, its description, or both).

        Requires a login as an owner of the organization (403 for anyone else). Only the fields given change; an empty body changes nothing. 409 when the new name is taken. The group keeps its id, its members and its repository permissions.

        HTTP: `PATCH /v2/orgs/{org_name}/groups/{group_name}/`.
        """
        return self._client._request_model(
            ORG_GROUPS_PATCH,
            OrgGroup,
            path={"org_name": org_name, "group_name": group_name},
            body={"name": name, "description": description},
        )

    def list_members(
        self,
        org_name: str,
        group_name: str,
        *,
        search: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
    ) -> Page[OrgGroupMember]:
        """List the members of a group.

        Requires a login as a member of the organization (403 for anyone else). `search` keeps the members whose username or full name contains it (case-insensitive) and, for the organization's owners, whose email does; only owners see emails. By username. Always a page, with or without `page` / `page_size`: Docker's description documents one, and the Terraform provider (2026) decodes one from the very request hub-tool sends (no query, trailing slash). hub-tool's `org ls` / `org teams` decode a bare array instead (code of 2020), and fail against the live Hub the same way (docker/hub-tool#218, "cannot unmarshal object into Go value of type []hub.Member"): no answer can satisfy both, and fakehub answers what the live Hub does.

        HTTP: `GET /v2/orgs/{org_name}/groups/{group_name}/members/`.
        """
        return self._client._request_page(
            ORG_GROUPS_LIST_MEMBERS,
            OrgGroupMember,
            Page,
            path={"org_name": org_name, "group_name": group_name},
            query={"search": search, "page": page, "page_size": page_size},
        )

    def iter_list_members(
        self,
        org_name: str,
        group_name: str,
        *,
        search: str | None = None,
        page_size: int | None = None,
    ) -> Iterator[OrgGroupMember]:
        """Iterate over every result of `list_members`, fetching pages lazily.

        List the members of a group.

        Requires a login as a member of the organization (403 for anyone else). `search` keeps the members whose username or full name contains it (case-insensitive) and, for the organization's owners, whose email does; only owners see emails. By username. Always a page, with or without `page` / `page_size`: Docker's description documents one, and the Terraform provider (2026) decodes one from the very request hub-tool sends (no query, trailing slash). hub-tool's `org ls` / `org teams` decode a bare array instead (code of 2020), and fail against the live Hub the same way (docker/hub-tool#218, "cannot unmarshal object into Go value of type []hub.Member"): no answer can satisfy both, and fakehub answers what the live Hub does.

        HTTP: `GET /v2/orgs/{org_name}/groups/{group_name}/members/`.
        """
        return self._client._iter_pages(
            ORG_GROUPS_LIST_MEMBERS,
            OrgGroupMember,
            path={"org_name": org_name, "group_name": group_name},
            query={"search": search, "page_size": page_size},
        )

    def remove_member(self, org_name: str, group_name: str, username: str) -> None:
        """Remove a user from a group (they stay in the organization).

        Requires a login as an owner of the organization (403 for anyone else). 404 when the user is not in the group. A user in no other group stays a member of the organization.

        HTTP: `DELETE /v2/orgs/{org_name}/groups/{group_name}/members/{username}/`.
        """
        self._client._request_none(
            ORG_GROUPS_REMOVE_MEMBER,
            path={"org_name": org_name, "group_name": group_name, "username": username},
        )


class OrgSettingsResource(APIResource):
    """An organization's settings (image access management)."""

    def get(self, name: str) -> OrgSettings:
        """Get an organization's settings.

        Requires a login as a member of the organization (any role may read them; 403 for anyone else, 404 for an unknown organization). An organization access token gets 403.

        HTTP: `GET /v2/orgs/{name}/settings/`.
        """
        return self._client._request_model(ORG_SETTINGS_GET, OrgSettings, path={"name": name})

    def update(self, name: str, *, restricted_images: RestrictedImages) -> OrgSettings:
        """Replace an organization's settings.

        Requires a login as an owner of the organization (403 for its other members and for anyone else, 404 for an unknown organization). `restricted_images` is used on a business subscription only.

        HTTP: `PUT /v2/orgs/{name}/settings/`.
        """
        return self._client._request_model(
            ORG_SETTINGS_UPDATE,
            OrgSettings,
            path={"name": name},
            body={"restricted_images": restricted_images},
        )

    def get_registry_access(self, name: str) -> RegistryAccessManagement:
        """Get an organization's registry access management settings.

        Requires a login as an owner of the organization (403 for its other members and for anyone else, 404 for an unknown organization). Not in Docker's description; the Terraform provider's `docker_org_setting_registry_access_management` reads it.

        HTTP: `GET /v2/orgs/{name}/settings/registry-access-management/`.
        """
        return self._client._request_model(
            ORG_SETTINGS_GET_REGISTRY_ACCESS, RegistryAccessManagement, path={"name": name}
        )

    def update_registry_access(
        self,
        name: str,
        *,
        enabled: bool,
        standard_registries: list[StandardRegistry] | Unset = UNSET,
        custom_registries: list[CustomRegistry] | Unset = UNSET,
    ) -> RegistryAccessManagement:
        """Replace an organization's registry access management settings.

        Requires a login as an owner of the organization. Turning it on or off is audited as `org.registry_access.enabled` / `org.registry_access.disabled`, a change of the registries as `org.registry_access.registry_added` / `registry_updated` / `registry_removed` (Docker's actions).

        HTTP: `PUT /v2/orgs/{name}/settings/registry-access-management/`.
        """
        return self._client._request_model(
            ORG_SETTINGS_UPDATE_REGISTRY_ACCESS,
            RegistryAccessManagement,
            path={"name": name},
            body={
                "enabled": enabled,
                "standard_registries": standard_registries,
                "custom_registries": custom_registries,
            },
        )


class OrgAccessTokensResource(APIResource):
    """An organization's access tokens (`dckr_oat_...`): credentials of the organization itself, limited to their resources and scopes. Only the organization's owners manage them, logged in as themselves (a token made from an organization access token gets 403)."""

    def create(
        self,
        name: str,
        *,
        label: str,
        resources: list[OrgAccessTokenResource],
        description: str | Unset = UNSET,
        expires_at: datetime.datetime | Unset = UNSET,
    ) -> OrgAccessTokenCreated:
        """Create an organization access token; its secret is in this answer only.

        Requires a login as an owner of the organization. The answer's `token` (`dckr_oat_...`) is the secret: it is never shown again. Use it as `DockerHub(username="<org>", token="dckr_oat_...")`.

        HTTP: `POST /v2/orgs/{name}/access-tokens/`.
        """
        return self._client._request_model(
            ORG_ACCESS_TOKENS_CREATE,
            OrgAccessTokenCreated,
            path={"name": name},
            body={
                "label": label,
                "description": description,
                "resources": resources,
                "expires_at": expires_at,
            },
        )

    def get(self, org_name: str, access_token_id: str) -> OrgAccessToken:
        """Get one of an organization's access tokens (without its secret).

        Requires a login as an owner of the organization; an unknown id answers 404.

        HTTP: `GET /v2/orgs/{org_name}/access-tokens/{access_token_id}/`.
        """
        return self._client._request_model(
            ORG_ACCESS_TOKENS_GET,
            OrgAccessToken,
            path={"org_name": org_name, "access_token_id": access_token_id},
        )

    def update(
        self,
        org_name: str,
        access_token_id: str,
        *,
        label: str | Unset = UNSET,
        description: str | Unset = UNSET,
        resources: list[OrgAccessTokenResource] | Unset = UNSET,
        is_active: bool | Unset = UNSET,
    ) -> OrgAccessToken:
        """Change an organization access token's label, description, resources or activity.

        Requires a login as an owner of the organization. Only the fields given are changed; new resources apply to the access tokens already made from it.

        HTTP: `PATCH /v2/orgs/{org_name}/access-tokens/{access_token_id}/`.
        """
        return self._client._request_model(
            ORG_ACCESS_TOKENS_UPDATE,
            OrgAccessToken,
            path={"org_name": org_name, "access_token_id": access_token_id},
            body={
                "label": label,
                "description": description,
                "resources": resources,
                "is_active": is_active,
            },
        )

    def delete(self, org_name: str, access_token_id: str) -> None:
        """Delete an organization access token. This cannot be undone.

        Requires a login as an owner of the organization; the access tokens made from it stop working too.

        HTTP: `DELETE /v2/orgs/{org_name}/access-tokens/{access_token_id}/`.
        """
        self._client._request_none(
            ORG_ACCESS_TOKENS_DELETE,
            path={"org_name": org_name, "access_token_id": access_token_id},
        )

    def list(
        self, name: str, *, page: int | None = None, page_size: int | None = None
    ) -> Page[OrgAccessToken]:
        """List an organization's access tokens (without their secrets), newest first.

        Paginated; Docker Hub's pages carry `total` instead of `count` (the SDK's `Page.count` holds it). Requires a login as an owner of the organization.

        HTTP: `GET /v2/orgs/{name}/access-tokens/`.
        """
        return self._client._request_page(
            ORG_ACCESS_TOKENS_LIST,
            OrgAccessToken,
            Page,
            path={"name": name},
            query={"page": page, "page_size": page_size},
        )

    def iter(self, name: str, *, page_size: int | None = None) -> Iterator[OrgAccessToken]:
        """Iterate over every result of `list`, fetching pages lazily.

        List an organization's access tokens (without their secrets), newest first.

        Paginated; Docker Hub's pages carry `total` instead of `count` (the SDK's `Page.count` holds it). Requires a login as an owner of the organization.

        HTTP: `GET /v2/orgs/{name}/access-tokens/`.
        """
        return self._client._iter_pages(
            ORG_ACCESS_TOKENS_LIST,
            OrgAccessToken,
            path={"name": name},
            query={"page_size": page_size},
        )


class RepositoriesResource(APIResource):
    """Repositories, their descriptions and stars."""

    def get(self, namespace: str | None, repository: str) -> Repository:
        """Get a repository.

        Public repositories need no login; private ones need a token with access. A namespace of `None` or `_` means `library` (official images).

        HTTP: `GET /v2/repositories/{namespace}/{repository}/`; the JavaScript library's `repository`.
        """
        return self._client._request_model(
            REPOSITORIES_GET, Repository, path={"namespace": namespace, "repository": repository}
        )

    def list(self, namespace: str) -> list[RepositorySummary]:
        """List the repositories of a user or organization (namespace and name only).

        Returns a plain list, not pages. Private repositories are listed only to those with access.

        HTTP: `GET /v2/users/{namespace}/repositories/`; the JavaScript library's `repositories`.
        """
        return self._client._request_list(
            REPOSITORIES_LIST, RepositorySummary, path={"namespace": namespace}
        )

    def iter(self, namespace: str) -> Iterator[RepositorySummary]:
        """Iterate over every result of `list` (one response: it is not paged); the request is sent by the first `next()`.

        List the repositories of a user or organization (namespace and name only).

        Returns a plain list, not pages. Private repositories are listed only to those with access.

        HTTP: `GET /v2/users/{namespace}/repositories/`; the JavaScript library's `repositories`.
        """
        return self._client._iter_list(
            REPOSITORIES_LIST, RepositorySummary, path={"namespace": namespace}
        )

    def list_namespace(
        self,
        namespace: str | None,
        *,
        name: str | None = None,
        ordering: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
    ) -> Page[NamespaceRepository]:
        """List the repositories of a user or organization, in pages (the older path).

        What `namespace_repositories.list` answers, at the path Docker's own clients use (hub-tool's `repo ls` and `account info`, the Terraform provider's `docker_hub_repositories`). Paginated. Public repositories need no login; private ones are listed only to those who can see them. `name` keeps the repositories whose name contains it; `ordering` sorts by `name`, `last_updated` or `pull_count` (`-` first for descending order).

        HTTP: `GET /v2/repositories/{namespace}/`.
        """
        return self._client._request_page(
            REPOSITORIES_LIST_NAMESPACE,
            NamespaceRepository,
            Page,
            path={"namespace": namespace},
            query={"name": name, "ordering": ordering, "page": page, "page_size": page_size},
        )

    def iter_list_namespace(
        self,
        namespace: str | None,
        *,
        name: str | None = None,
        ordering: str | None = None,
        page_size: int | None = None,
    ) -> Iterator[NamespaceRepository]:
        """Iterate over every result of `list_namespace`, fetching pages lazily.

        List the repositories of a user or organization, in pages (the older path).

        What `namespace_repositories.list` answers, at the path Docker's own clients use (hub-tool's `repo ls` and `account info`, the Terraform provider's `docker_hub_repositories`). Paginated. Public repositories need no login; private ones are listed only to those who can see them. `name` keeps the repositories whose name contains it; `ordering` sorts by `name`, `last_updated` or `pull_count` (`-` first for descending order).

        HTTP: `GET /v2/repositories/{namespace}/`.
        """
        return self._client._iter_pages(
            REPOSITORIES_LIST_NAMESPACE,
            NamespaceRepository,
            path={"namespace": namespace},
            query={"name": name, "ordering": ordering, "page_size": page_size},
        )

    def starred(
        self, username: str, *, page: int | None = None, page_size: int | None = None
    ) -> Page[Repository]:
        """List the repositories a user starred.

        Paginated. The items carry no `has_starred` or `full_description`.

        HTTP: `GET /v2/users/{username}/repositories/starred/`; the JavaScript library's `repositoriesStarred`.
        """
        return self._client._request_page(
            REPOSITORIES_STARRED,
            Repository,
            Page,
            path={"username": username},
            query={"page": page, "page_size": page_size},
        )

    def iter_starred(self, username: str, *, page_size: int | None = None) -> Iterator[Repository]:
        """Iterate over every result of `starred`, fetching pages lazily.

        List the repositories a user starred.

        Paginated. The items carry no `has_starred` or `full_description`.

        HTTP: `GET /v2/users/{username}/repositories/starred/`; the JavaScript library's `repositoriesStarred`.
        """
        return self._client._iter_pages(
            REPOSITORIES_STARRED,
            Repository,
            path={"username": username},
            query={"page_size": page_size},
        )

    def create(
        self,
        *,
        namespace: str,
        name: str,
        description: str | Unset = UNSET,
        full_description: str | Unset = UNSET,
        is_private: bool | Unset = UNSET,
    ) -> Repository:
        """Create a repository under a namespace you may write to.

        Requires a login. Description fields left out are not sent; an omitted `is_private` follows the namespace's default visibility. Returns the new repository; a name that exists is a 400, as on today's path.

        HTTP: `POST /v2/repositories/`; the JavaScript library's `createRepository`.
        """
        return self._client._request_model(
            REPOSITORIES_CREATE,
            Repository,
            body={
                "namespace": namespace,
                "name": name,
                "description": description,
                "full_description": full_description,
                "is_private": is_private,
            },
        )

    def update(
        self,
        namespace: str,
        repository: str,
        *,
        description: str | Unset = UNSET,
        full_description: str | Unset = UNSET,
    ) -> Repository:
        """Set the short and/or full description of a repository you own.

        Requires a login. Only the descriptions given are changed; returns the updated repository.

        HTTP: `PATCH /v2/repositories/{namespace}/{repository}/`; the JavaScript library's `setRepositoryDescription`.
        """
        return self._client._request_model(
            REPOSITORIES_UPDATE,
            Repository,
            path={"namespace": namespace, "repository": repository},
            body={"description": description, "full_description": full_description},
        )

    def set_privacy(self, namespace: str, repository: str, *, is_private: bool) -> Repository:
        """Make a repository you own private or public.

        Requires a login with admin rights on the repository (the Terraform provider's `docker_hub_repository` calls it). Making a repository private counts against the owner's private repository limit (400 beyond it). Returns the updated repository.

        HTTP: `POST /v2/repositories/{namespace}/{repository}/privacy/`.
        """
        return self._client._request_model(
            REPOSITORIES_SET_PRIVACY,
            Repository,
            path={"namespace": namespace, "repository": repository},
            body={"is_private": is_private},
        )

    def delete(self, namespace: str, repository: str) -> None:
        """Delete a repository you own. This cannot be undone.

        Requires a login. Deletes the repository with all its tags; there is no way back.

        HTTP: `DELETE /v2/repositories/{namespace}/{repository}/`; the JavaScript library's `deleteRepository`.
        """
        self._client._request_none(
            REPOSITORIES_DELETE, path={"namespace": namespace, "repository": repository}
        )

    def star(self, namespace: str | None, repository: str) -> None:
        """Star a repository as the logged-in user.

        Requires a login. A namespace of `None` or `_` means `library` (official images).

        HTTP: `POST /v2/repositories/{namespace}/{repository}/stars/`; the JavaScript library's `starRepository`.
        """
        self._client._request_none(
            REPOSITORIES_STAR, path={"namespace": namespace, "repository": repository}
        )

    def unstar(self, namespace: str | None, repository: str) -> None:
        """Remove the logged-in user's star from a repository.

        Requires a login. A namespace of `None` or `_` means `library` (official images).

        HTTP: `DELETE /v2/repositories/{namespace}/{repository}/stars/`; the JavaScript library's `unstarRepository`.
        """
        self._client._request_none(
            REPOSITORIES_UNSTAR, path={"namespace": namespace, "repository": repository}
        )


class TagsResource(APIResource):
    """Tags of a repository."""

    def list(
        self,
        namespace: str | None,
        repository: str,
        *,
        page: int | None = None,
        page_size: int | None = None,
    ) -> Page[Tag]:
        """List the tags of a repository.

        Paginated. Public repositories need no login. A namespace of `None` or `_` means `library` (official images).

        HTTP: `GET /v2/repositories/{namespace}/{repository}/tags/`; the JavaScript library's `tags`.
        """
        return self._client._request_page(
            TAGS_LIST,
            Tag,
            Page,
            path={"namespace": namespace, "repository": repository},
            query={"page": page, "page_size": page_size},
        )

    def iter(
        self, namespace: str | None, repository: str, *, page_size: int | None = None
    ) -> Iterator[Tag]:
        """Iterate over every result of `list`, fetching pages lazily.

        List the tags of a repository.

        Paginated. Public repositories need no login. A namespace of `None` or `_` means `library` (official images).

        HTTP: `GET /v2/repositories/{namespace}/{repository}/tags/`; the JavaScript library's `tags`.
        """
        return self._client._iter_pages(
            TAGS_LIST,
            Tag,
            path={"namespace": namespace, "repository": repository},
            query={"page_size": page_size},
        )

    def get(self, namespace: str | None, repository: str, tag: str) -> Tag:
        """Get one tag of a repository.

        Public repositories need no login. A namespace of `None` or `_` means `library` (official images). Docker's official description omits it; Docker's Terraform provider reads it.

        HTTP: `GET /v2/repositories/{namespace}/{repository}/tags/{tag}/`.
        """
        return self._client._request_model(
            TAGS_GET, Tag, path={"namespace": namespace, "repository": repository, "tag": tag}
        )

    def delete(self, namespace: str, repository: str, tag: str) -> None:
        """Delete a tag of a repository you own.

        Requires a login and write access to the repository.

        HTTP: `DELETE /v2/repositories/{namespace}/{repository}/tags/{tag}/`; the JavaScript library's `deleteTag`.
        """
        self._client._request_none(
            TAGS_DELETE, path={"namespace": namespace, "repository": repository, "tag": tag}
        )


class NamespaceRepositoriesResource(APIResource):
    """Repositories of a namespace, through today's `/v2/namespaces/...` API."""

    def create(
        self,
        namespace: str,
        *,
        name: str,
        description: str | Unset = UNSET,
        full_description: str | Unset = UNSET,
        registry: str | Unset = UNSET,
        is_private: bool | Unset = UNSET,
    ) -> RepositoryInfo:
        """Create a repository in a namespace you own.

        Requires a login as the namespace's owner. Returns the new repository; a name that exists is a 400 (Docker documents no 409).

        HTTP: `POST /v2/namespaces/{namespace}/repositories/`.
        """
        return self._client._request_model(
            NAMESPACE_REPOSITORIES_CREATE,
            RepositoryInfo,
            path={"namespace": namespace},
            body={
                "name": name,
                "description": description,
                "full_description": full_description,
                "registry": registry,
                "is_private": is_private,
            },
        )

    def get(self, namespace: str | None, repository: str) -> RepositoryInfo:
        """Get a repository of a namespace.

        Public repositories need no login; private ones need a token with access. A namespace of `None` or `_` means `library` (official images).

        HTTP: `GET /v2/namespaces/{namespace}/repositories/{repository}/`.
        """
        return self._client._request_model(
            NAMESPACE_REPOSITORIES_GET,
            RepositoryInfo,
            path={"namespace": namespace, "repository": repository},
        )

    def update_immutable_tags(
        self,
        namespace: str,
        repository: str,
        *,
        immutable_tags: bool | Unset = UNSET,
        immutable_tags_rules: list[str] | Unset = UNSET,
    ) -> RepositoryInfo:
        """Turn immutable tags on or off and set their rules.

        Requires a login as the repository's owner. Returns the repository.

        HTTP: `PATCH /v2/namespaces/{namespace}/repositories/{repository}/immutabletags/`.
        """
        return self._client._request_model(
            NAMESPACE_REPOSITORIES_UPDATE_IMMUTABLE_TAGS,
            RepositoryInfo,
            path={"namespace": namespace, "repository": repository},
            body={"immutable_tags": immutable_tags, "immutable_tags_rules": immutable_tags_rules},
        )

    def verify_immutable_tags(
        self, namespace: str, repository: str, *, regex: str
    ) -> ImmutableTagsVerifyResponse:
        """List the repository's tags that an immutable-tags rule matches.

        Requires a login as the repository's owner. The rule must follow Docker's pattern (lower-case letters and digits with single separators); it is matched against each tag name in full.

        HTTP: `POST /v2/namespaces/{namespace}/repositories/{repository}/immutabletags/verify/`.
        """
        return self._client._request_model(
            NAMESPACE_REPOSITORIES_VERIFY_IMMUTABLE_TAGS,
            ImmutableTagsVerifyResponse,
            path={"namespace": namespace, "repository": repository},
            body={"regex": regex},
        )

    def exists(self, namespace: str | None, repository: str) -> bool:
        """Whether a repository exists (and the caller may see it).

        `True` or `False`; a private repository the caller cannot see is `False`.

        HTTP: `HEAD /v2/namespaces/{namespace}/repositories/{repository}/`.
        """
        return self._client._request_check(
            NAMESPACE_REPOSITORIES_EXISTS, path={"namespace": namespace, "repository": repository}
        )

    def list(
        self,
        namespace: str | None,
        *,
        name: str | None = None,
        ordering: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
    ) -> Page[NamespaceRepository]:
        """List the repositories of a user or organization.

        Paginated. Public repositories need no login; private ones are listed only to those who can see them. `name` keeps the repositories whose name contains it; `ordering` sorts by `name`, `last_updated` or `pull_count` (`-` first for descending order).

        HTTP: `GET /v2/namespaces/{namespace}/repositories/`.
        """
        return self._client._request_page(
            NAMESPACE_REPOSITORIES_LIST,
            NamespaceRepository,
            Page,
            path={"namespace": namespace},
            query={"name": name, "ordering": ordering, "page": page, "page_size": page_size},
        )

    def iter(
        self,
        namespace: str | None,
        *,
        name: str | None = None,
        ordering: str | None = None,
        page_size: int | None = None,
    ) -> Iterator[NamespaceRepository]:
        """Iterate over every result of `list`, fetching pages lazily.

        List the repositories of a user or organization.

        Paginated. Public repositories need no login; private ones are listed only to those who can see them. `name` keeps the repositories whose name contains it; `ordering` sorts by `name`, `last_updated` or `pull_count` (`-` first for descending order).

        HTTP: `GET /v2/namespaces/{namespace}/repositories/`.
        """
        return self._client._iter_pages(
            NAMESPACE_REPOSITORIES_LIST,
            NamespaceRepository,
            path={"namespace": namespace},
            query={"name": name, "ordering": ordering, "page_size": page_size},
        )


class NamespaceTagsResource(APIResource):
    """Tags of a repository, with their per-platform images, through today's `/v2/namespaces/...` API."""

    def list(
        self,
        namespace: str | None,
        repository: str,
        *,
        page: int | None = None,
        page_size: int | None = None,
    ) -> Page[NamespaceTag]:
        """List the tags of a repository, with their images.

        Paginated. Public repositories need no login. A namespace of `None` or `_` means `library` (official images).

        HTTP: `GET /v2/namespaces/{namespace}/repositories/{repository}/tags/`.
        """
        return self._client._request_page(
            NAMESPACE_TAGS_LIST,
            NamespaceTag,
            Page,
            path={"namespace": namespace, "repository": repository},
            query={"page": page, "page_size": page_size},
        )

    def iter(
        self, namespace: str | None, repository: str, *, page_size: int | None = None
    ) -> Iterator[NamespaceTag]:
        """Iterate over every result of `list`, fetching pages lazily.

        List the tags of a repository, with their images.

        Paginated. Public repositories need no login. A namespace of `None` or `_` means `library` (official images).

        HTTP: `GET /v2/namespaces/{namespace}/repositories/{repository}/tags/`.
        """
        return self._client._iter_pages(
            NAMESPACE_TAGS_LIST,
            NamespaceTag,
            path={"namespace": namespace, "repository": repository},
            query={"page_size": page_size},
        )

    def exists_any(self, namespace: str | None, repository: str) -> bool:
        """Whether a repository has at least one tag.

        `False` when it has none, or does not exist, or the caller cannot see it.

        HTTP: `HEAD /v2/namespaces/{namespace}/repositories/{repository}/tags/`.
        """
        return self._client._request_check(
            NAMESPACE_TAGS_EXISTS_ANY, path={"namespace": namespace, "repository": repository}
        )

    def get(self, namespace: str | None, repository: str, tag: str) -> NamespaceTag:
        """Get one tag of a repository, with its images.

        Public repositories need no login.

        HTTP: `GET /v2/namespaces/{namespace}/repositories/{repository}/tags/{tag}/`.
        """
        return self._client._request_model(
            NAMESPACE_TAGS_GET,
            NamespaceTag,
            path={"namespace": namespace, "repository": repository, "tag": tag},
        )

    def exists(self, namespace: str | None, repository: str, tag: str) -> bool:
        """Whether a tag exists.

        `False` when the tag, or the repository, does not exist or the caller cannot see it.

        HTTP: `HEAD /v2/namespaces/{namespace}/repositories/{repository}/tags/{tag}/`.
        """
        return self._client._request_check(
            NAMESPACE_TAGS_EXISTS,
            path={"namespace": namespace, "repository": repository, "tag": tag},
        )


class CommentsResource(APIResource):
    """Comments on a repository's Docker Hub page."""

    def list(
        self,
        namespace: str | None,
        repository: str,
        *,
        page: int | None = None,
        page_size: int | None = None,
    ) -> Page[Comment]:
        """List the comments on a repository.

        Paginated. Public repositories need no login. A namespace of `None` or `_` means `library` (official images).

        HTTP: `GET /v2/repositories/{namespace}/{repository}/comments/`; the JavaScript library's `comments`.
        """
        return self._client._request_page(
            COMMENTS_LIST,
            Comment,
            Page,
            path={"namespace": namespace, "repository": repository},
            query={"page": page, "page_size": page_size},
        )

    def iter(
        self, namespace: str | None, repository: str, *, page_size: int | None = None
    ) -> Iterator[Comment]:
        """Iterate over every result of `list`, fetching pages lazily.

        List the comments on a repository.

        Paginated. Public repositories need no login. A namespace of `None` or `_` means `library` (official images).

        HTTP: `GET /v2/repositories/{namespace}/{repository}/comments/`; the JavaScript library's `comments`.
        """
        return self._client._iter_pages(
            COMMENTS_LIST,
            Comment,
            path={"namespace": namespace, "repository": repository},
            query={"page_size": page_size},
        )


class CollaboratorsResource(APIResource):
    """Users with write access to a repository."""

    def list(
        self,
        namespace: str,
        repository: str,
        *,
        page: int | None = None,
        page_size: int | None = None,
    ) -> Page[Collaborator]:
        """List the collaborators of a repository you own.

        Paginated. Requires a login.

        HTTP: `GET /v2/repositories/{namespace}/{repository}/collaborators/`; the JavaScript library's `collaborators`.
        """
        return self._client._request_page(
            COLLABORATORS_LIST,
            Collaborator,
            Page,
            path={"namespace": namespace, "repository": repository},
            query={"page": page, "page_size": page_size},
        )

    def iter(
        self, namespace: str, repository: str, *, page_size: int | None = None
    ) -> Iterator[Collaborator]:
        """Iterate over every result of `list`, fetching pages lazily.

        List the collaborators of a repository you own.

        Paginated. Requires a login.

        HTTP: `GET /v2/repositories/{namespace}/{repository}/collaborators/`; the JavaScript library's `collaborators`.
        """
        return self._client._iter_pages(
            COLLABORATORS_LIST,
            Collaborator,
            path={"namespace": namespace, "repository": repository},
            query={"page_size": page_size},
        )

    def add(self, namespace: str, repository: str, *, user: str) -> Collaborator:
        """Give a user write access to a repository you own.

        Requires a login. Returns the new collaborator.

        HTTP: `POST /v2/repositories/{namespace}/{repository}/collaborators/`; the JavaScript library's `addCollaborator`.
        """
        return self._client._request_model(
            COLLABORATORS_ADD,
            Collaborator,
            path={"namespace": namespace, "repository": repository},
            body={"user": user},
        )

    def delete(self, namespace: str, repository: str, username: str) -> None:
        """Remove a collaborator from a repository you own.

        Requires a login.

        HTTP: `DELETE /v2/repositories/{namespace}/{repository}/collaborators/{username}/`; the JavaScript library's `deleteCollaborator`.
        """
        self._client._request_none(
            COLLABORATORS_DELETE,
            path={"namespace": namespace, "repository": repository, "username": username},
        )


class GroupsResource(APIResource):
    """Groups (teams) of an organization."""

    def add_member(self, org: str, group: str, *, member: str) -> GroupMember:
        """Add a user to a group of an organization.

        Requires a login as an owner of the organization (403 for anyone else); 404 for an unknown user (Docker documents no 400 here); adding someone already in the group changes nothing. The user joins the organization if not yet a member. Docker's official `POST /v2/orgs/{org_name}/groups/{group_name}/members` (same body, `{member}`, answering 200); returns the new member.

        HTTP: `POST /v2/orgs/{org}/groups/{group}/members/`; the JavaScript library's `addCollaboratorToGroup`.
        """
        return self._client._request_model(
            GROUPS_ADD_MEMBER,
            GroupMember,
            path={"org": org, "group": group},
            body={"member": member},
        )


class BuildsResource(APIResource):
    """Builds of an automated-build repository."""

    def history(
        self,
        namespace: str,
        repository: str,
        *,
        page: int | None = None,
        page_size: int | None = None,
    ) -> Page[Build]:
        """List the builds of a repository, newest first.

        Paginated. Requires a login.

        HTTP: `GET /v2/repositories/{namespace}/{repository}/buildhistory/`; the JavaScript library's `buildHistory`.
        """
        return self._client._request_page(
            BUILDS_HISTORY,
            Build,
            Page,
            path={"namespace": namespace, "repository": repository},
            query={"page": page, "page_size": page_size},
        )

    def iter_history(
        self, namespace: str, repository: str, *, page_size: int | None = None
    ) -> Iterator[Build]:
        """Iterate over every result of `history`, fetching pages lazily.

        List the builds of a repository, newest first.

        Paginated. Requires a login.

        HTTP: `GET /v2/repositories/{namespace}/{repository}/buildhistory/`; the JavaScript library's `buildHistory`.
        """
        return self._client._iter_pages(
            BUILDS_HISTORY,
            Build,
            path={"namespace": namespace, "repository": repository},
            query={"page_size": page_size},
        )

    def get(self, namespace: str, repository: str, build_code: str) -> BuildDetails:
        """Get one build with its results, Dockerfile and logs.

        Requires a login.

        HTTP: `GET /v2/repositories/{namespace}/{repository}/buildhistory/{build_code}/`; the JavaScript library's `buildDetails`.
        """
        return self._client._request_model(
            BUILDS_GET,
            BuildDetails,
            path={"namespace": namespace, "repository": repository, "build_code": build_code},
        )

    def trigger(
        self,
        namespace: str,
        repository: str,
        *,
        dockerfile_location: str = "/",
        source_type: SourceType | Literal["Branch", "Tag"] = SourceType.BRANCH,
        source_name: str = "master",
    ) -> list[TriggeredBuild]:
        """Start builds of the build tags that match a branch or tag.

        Requires a login. Defaults: branch `master`, Dockerfile at `/`. Returns the submitted builds; an empty list when no build tag matches.

        HTTP: `POST /v2/repositories/{namespace}/{repository}/autobuild/trigger-build/`; the JavaScript library's `triggerBuild`.
        """
        return self._client._request_list(
            BUILDS_TRIGGER,
            TriggeredBuild,
            path={"namespace": namespace, "repository": repository},
            body={
                "dockerfile_location": dockerfile_location,
                "source_type": source_type,
                "source_name": source_name,
            },
        )


class AutobuildsResource(APIResource):
    """Automated-build settings of a repository."""

    def get(self, namespace: str, repository: str) -> AutomatedBuild:
        """Get the automated-build settings of a repository, with its build tags.

        Requires a login. Build links and the build trigger are separate resources.

        HTTP: `GET /v2/repositories/{namespace}/{repository}/autobuild/`; the JavaScript library's `buildSettings`.
        """
        return self._client._request_model(
            AUTOBUILDS_GET, AutomatedBuild, path={"namespace": namespace, "repository": repository}
        )

    def create(
        self,
        namespace: str,
        repository: str,
        *,
        provider: BuildProvider | Literal["github", "bitbucket"],
        vcs_repo_name: str,
        active: bool = True,
        is_private: bool = False,
        description: str | Unset = UNSET,
        build_tags: list[BuildTagCreate] | Unset = UNSET,
    ) -> AutomatedBuild:
        """Create an automated build from a GitHub or Bitbucket repository.

        Requires a login. Defaults: active, public, and one build tag `latest` from branch `master` with the Dockerfile at `/`. Returns the new settings.

        HTTP: `POST /v2/repositories/{namespace}/{repository}/autobuild/`; the JavaScript library's `createAutomatedBuild`.
        """
        return self._client._request_model(
            AUTOBUILDS_CREATE,
            AutomatedBuild,
            path={"namespace": namespace, "repository": repository},
            body={
                "active": active,
                "is_private": is_private,
                "provider": provider,
                "vcs_repo_name": vcs_repo_name,
                "description": description,
                "build_tags": build_tags,
            },
        )


class BuildTagsResource(APIResource):
    """Build tags of an automated build."""

    def create(
        self,
        namespace: str,
        repository: str,
        *,
        name: str = "latest",
        dockerfile_location: str = "/",
        source_type: SourceType | Literal["Branch", "Tag"] = SourceType.BRANCH,
        source_name: str = "master",
    ) -> BuildTag:
        """Add a build tag to an automated build.

        Requires a login. Defaults: tag `latest` from branch `master`, Dockerfile at `/`. Returns the new build tag with its id.

        HTTP: `POST /v2/repositories/{namespace}/{repository}/autobuild/tags/`; the JavaScript library's `createBuildTag`.
        """
        return self._client._request_model(
            BUILD_TAGS_CREATE,
            BuildTag,
            path={"namespace": namespace, "repository": repository},
            body={
                "name": name,
                "dockerfile_location": dockerfile_location,
                "source_type": source_type,
                "source_name": source_name,
            },
        )

    def update(
        self,
        namespace: str,
        repository: str,
        build_tag_id: int,
        *,
        name: str,
        dockerfile_location: str = "/",
        source_type: SourceType | Literal["Branch", "Tag"] = SourceType.BRANCH,
        source_name: str = "master",
    ) -> BuildTag:
        """Replace a build tag of an automated build.

        Requires a login. Defaults: branch `master`, Dockerfile at `/`. Returns the saved build tag.

        HTTP: `PUT /v2/repositories/{namespace}/{repository}/autobuild/tags/{build_tag_id}/`; the JavaScript library's `saveBuildTag`.
        """
        return self._client._request_model(
            BUILD_TAGS_UPDATE,
            BuildTag,
            path={"namespace": namespace, "repository": repository, "build_tag_id": build_tag_id},
            body={
                "name": name,
                "dockerfile_location": dockerfile_location,
                "source_type": source_type,
                "source_name": source_name,
            },
        )

    def delete(self, namespace: str, repository: str, build_tag_id: int) -> None:
        """Delete a build tag of an automated build.

        Requires a login.

        HTTP: `DELETE /v2/repositories/{namespace}/{repository}/autobuild/tags/{build_tag_id}/`; the JavaScript library's `deleteBuildTag`.
        """
        self._client._request_none(
            BUILD_TAGS_DELETE,
            path={"namespace": namespace, "repository": repository, "build_tag_id": build_tag_id},
        )


class BuildLinksResource(APIResource):
    """Build links, which rebuild a repository when another one gets a new image."""

    def list(
        self,
        namespace: str,
        repository: str,
        *,
        page: int | None = None,
        page_size: int | None = None,
    ) -> Page[BuildLink]:
        """List the build links of a repository.

        Paginated. Requires a login.

        HTTP: `GET /v2/repositories/{namespace}/{repository}/links/`; the JavaScript library's `buildLinks`.
        """
        return self._client._request_page(
            BUILD_LINKS_LIST,
            BuildLink,
            Page,
            path={"namespace": namespace, "repository": repository},
            query={"page": page, "page_size": page_size},
        )

    def iter(
        self, namespace: str, repository: str, *, page_size: int | None = None
    ) -> Iterator[BuildLink]:
        """Iterate over every result of `list`, fetching pages lazily.

        List the build links of a repository.

        Paginated. Requires a login.

        HTTP: `GET /v2/repositories/{namespace}/{repository}/links/`; the JavaScript library's `buildLinks`.
        """
        return self._client._iter_pages(
            BUILD_LINKS_LIST,
            BuildLink,
            path={"namespace": namespace, "repository": repository},
            query={"page_size": page_size},
        )

    def create(self, namespace: str, repository: str, *, to_repo: str) -> BuildLink:
        """Link a repository to another one, so that its new images trigger builds.

        Requires a login. `to_repo` is `namespace/name`; `name` or `_/name` mean an official image (`library/name`). Returns the new link.

        HTTP: `POST /v2/repositories/{namespace}/{repository}/links/`; the JavaScript library's `createBuildLink`.
        """
        return self._client._request_model(
            BUILD_LINKS_CREATE,
            BuildLink,
            path={"namespace": namespace, "repository": repository},
            body={"to_repo": to_repo},
        )

    def delete(self, namespace: str, repository: str, link_id: int) -> None:
        """Delete a build link of a repository.

        Requires a login.

        HTTP: `DELETE /v2/repositories/{namespace}/{repository}/links/{link_id}/`; the JavaScript library's `deleteBuildLink`.
        """
        self._client._request_none(
            BUILD_LINKS_DELETE,
            path={"namespace": namespace, "repository": repository, "link_id": link_id},
        )


class BuildTriggersResource(APIResource):
    """The build trigger of an automated build and its call history."""

    def get(self, namespace: str, repository: str) -> BuildTrigger:
        """Get the build trigger (token and URL) of a repository.

        Requires a login.

        HTTP: `GET /v2/repositories/{namespace}/{repository}/buildtrigger/`; the JavaScript library's `buildTrigger`.
        """
        return self._client._request_model(
            BUILD_TRIGGERS_GET,
            BuildTrigger,
            path={"namespace": namespace, "repository": repository},
        )

    def history(
        self,
        namespace: str,
        repository: str,
        *,
        page: int | None = None,
        page_size: int | None = None,
    ) -> Page[BuildTriggerEvent]:
        """List the calls of a repository's build trigger.

        Paginated. Requires a login.

        HTTP: `GET /v2/repositories/{namespace}/{repository}/buildtrigger/history/`; the JavaScript library's `buildTriggerHistory`.
        """
        return self._client._request_page(
            BUILD_TRIGGERS_HISTORY,
            BuildTriggerEvent,
            Page,
            path={"namespace": namespace, "repository": repository},
            query={"page": page, "page_size": page_size},
        )

    def iter_history(
        self, namespace: str, repository: str, *, page_size: int | None = None
    ) -> Iterator[BuildTriggerEvent]:
        """Iterate over every result of `history`, fetching pages lazily.

        List the calls of a repository's build trigger.

        Paginated. Requires a login.

        HTTP: `GET /v2/repositories/{namespace}/{repository}/buildtrigger/history/`; the JavaScript library's `buildTriggerHistory`.
        """
        return self._client._iter_pages(
            BUILD_TRIGGERS_HISTORY,
            BuildTriggerEvent,
            path={"namespace": namespace, "repository": repository},
            query={"page_size": page_size},
        )


class WebhooksResource(APIResource):
    """Webhooks of a repository, each calling one or more URLs."""

    def list(
        self,
        namespace: str,
        repository: str,
        *,
        page: int | None = None,
        page_size: int | None = None,
    ) -> Page[Webhook]:
        """List the webhooks of a repository you own.

        Paginated. Requires a login.

        HTTP: `GET /v2/repositories/{namespace}/{repository}/webhooks/`; the JavaScript library's `webhooks`.
        """
        return self._client._request_page(
            WEBHOOKS_LIST,
            Webhook,
            Page,
            path={"namespace": namespace, "repository": repository},
            query={"page": page, "page_size": page_size},
        )

    def iter(
        self, namespace: str, repository: str, *, page_size: int | None = None
    ) -> Iterator[Webhook]:
        """Iterate over every result of `list`, fetching pages lazily.

        List the webhooks of a repository you own.

        Paginated. Requires a login.

        HTTP: `GET /v2/repositories/{namespace}/{repository}/webhooks/`; the JavaScript library's `webhooks`.
        """
        return self._client._iter_pages(
            WEBHOOKS_LIST,
            Webhook,
            path={"namespace": namespace, "repository": repository},
            query={"page_size": page_size},
        )

    def create(self, namespace: str, repository: str, *, name: str) -> Webhook:
        """Create a webhook for a repository you own.

        Requires a login. The new webhook has no hooks yet; add URLs with `create_hook`.

        HTTP: `POST /v2/repositories/{namespace}/{repository}/webhooks/`; the JavaScript library's `createWebhook`.
        """
        return self._client._request_model(
            WEBHOOKS_CREATE,
            Webhook,
            path={"namespace": namespace, "repository": repository},
            body={"name": name},
        )

    def create_hook(
        self, namespace: str, repository: str, webhook_id: int, *, hook_url: str
    ) -> Hook:
        """Add a URL to an existing webhook.

        Requires a login. Returns the new hook.

        HTTP: `POST /v2/repositories/{namespace}/{repository}/webhooks/{webhook_id}/hooks/`; the JavaScript library's `createWebhookHook`.
        """
        return self._client._request_model(
            WEBHOOKS_CREATE_HOOK,
            Hook,
            path={"namespace": namespace, "repository": repository, "webhook_id": webhook_id},
            body={"hook_url": hook_url},
        )

    def delete(self, namespace: str, repository: str, webhook_id: int) -> None:
        """Delete a webhook of a repository you own.

        Requires a login.

        HTTP: `DELETE /v2/repositories/{namespace}/{repository}/webhooks/{webhook_id}/`; the JavaScript library's `deleteWebhook`.
        """
        self._client._request_none(
            WEBHOOKS_DELETE,
            path={"namespace": namespace, "repository": repository, "webhook_id": webhook_id},
        )


class AuditLogsResource(APIResource):
    """The audit log of an organization: an event for every write made in it (members, teams, repositories and everything in them). Readable by the organization's owners only; a user account's log (always empty: fakehub audits organizations only) by that user."""

    def list_actions(self, account: str) -> AuditActions:
        """List the actions audit-log events can have, by category.

        The catalogue to filter audit-log events with: `{category}.{name}` of an entry is an event's `action`. Requires a login as an owner of the organization, or as the user for a user account: 403 for anyone else, 404 for an unknown account.

        HTTP: `GET /v2/auditlogs/{account}/actions/`.
        """
        return self._client._request_model(
            AUDIT_LOGS_LIST_ACTIONS, AuditActions, path={"account": account}
        )

    def list(
        self,
        account: str,
        *,
        action: str | None = None,
        name: str | None = None,
        actor: str | None = None,
        from_: str | None = None,
        to: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
    ) -> Page[AuditLog]:
        """List the audit-log events of an organization, newest first.

        Requires a login as an owner of the organization, or as the user for a user account: 403 for anyone else, 404 for an unknown account. Docker's `{logs: [...]}` pages. The filters keep events with exactly this `action` (`repo.tag.push`: the category and the name of an entry of the catalogue), `name` or `actor`, and a timestamp from `from` to `to` (both included; RFC 3339 with an offset: a malformed one is a 400).

        HTTP: `GET /v2/auditlogs/{account}/`.
        """
        return self._client._request_page(
            AUDIT_LOGS_LIST,
            AuditLog,
            Page,
            path={"account": account},
            query={
                "action": action,
                "name": name,
                "actor": actor,
                "from_": from_,
                "to": to,
                "page": page,
                "page_size": page_size,
            },
        )

    def iter(
        self,
        account: str,
        *,
        action: str | None = None,
        name: str | None = None,
        actor: str | None = None,
        from_: str | None = None,
        to: str | None = None,
        page_size: int | None = None,
    ) -> Iterator[AuditLog]:
        """Iterate over every result of `list`, fetching pages lazily.

        List the audit-log events of an organization, newest first.

        Requires a login as an owner of the organization, or as the user for a user account: 403 for anyone else, 404 for an unknown account. Docker's `{logs: [...]}` pages. The filters keep events with exactly this `action` (`repo.tag.push`: the category and the name of an entry of the catalogue), `name` or `actor`, and a timestamp from `from` to `to` (both included; RFC 3339 with an offset: a malformed one is a 400).

        HTTP: `GET /v2/auditlogs/{account}/`.
        """
        return self._client._iter_pages(
            AUDIT_LOGS_LIST,
            AuditLog,
            path={"account": account},
            query={
                "action": action,
                "name": name,
                "actor": actor,
                "from_": from_,
                "to": to,
                "page_size": page_size,
            },
        )


class InvitesResource(APIResource):
    """Invitations to join an organization."""

    def bulk_create(
        self,
        *,
        org: str,
        invitees: list[str],
        team: str = "",
        role: str = "member",
        dry_run: bool = False,
    ) -> InviteBulkResult:
        """Invite users (by Docker ID or email address) to an organization.

        Requires a login as an owner of the organization (403 for anyone else; 400 for an unknown organization or `team`, no invitees or more than 1000). Answers 202 with one result per invitee, in order: `invited` (with the new invite), `already_invited` (a pending invite of the organization already exists; `invite` is that one, unchanged), `existing_org_member`, or `invalid_email_or_docker_id` (neither an email address nor a registered user). An email address of a registered user invites that user (the invite names their Docker ID). `dry_run` validates only: the same statuses, no invite created.

        HTTP: `POST /v2/invites/bulk/`.
        """
        return self._client._request_model(
            INVITES_BULK_CREATE,
            InviteBulkResult,
            body={"org": org, "invitees": invitees, "team": team, "role": role, "dry_run": dry_run},
        )

    def list(self, org_name: str) -> Page[Invite]:
        """List the pending invites of an organization.

        Requires a login as an owner of the organization (403 for anyone else, 404 for an unknown organization). Oldest first, all in one `data` array.

        HTTP: `GET /v2/orgs/{org_name}/invites/`.
        """
        return self._client._request_page(INVITES_LIST, Invite, Page, path={"org_name": org_name})

    def iter(self, org_name: str) -> Iterator[Invite]:
        """Iterate over every result of `list`, fetching pages lazily.

        List the pending invites of an organization.

        Requires a login as an owner of the organization (403 for anyone else, 404 for an unknown organization). Oldest first, all in one `data` array.

        HTTP: `GET /v2/orgs/{org_name}/invites/`.
        """
        return self._client._iter_pages(INVITES_LIST, Invite, path={"org_name": org_name})

    def resend(self, invite_id: str) -> None:
        """Send a pending invite again.

        Requires a login as an owner of the invite's organization (403 for anyone else); 404 for an unknown, accepted or cancelled invite.

        HTTP: `PATCH /v2/invites/{invite_id}/resend/`.
        """
        self._client._request_none(INVITES_RESEND, path={"invite_id": invite_id})

    def cancel(self, invite_id: str) -> None:
        """Cancel a pending invite.

        Requires a login as an owner of the invite's organization (403 for anyone else); 404 for an unknown, accepted or already cancelled invite. It no longer lists.

        HTTP: `DELETE /v2/invites/{invite_id}/`.
        """
        self._client._request_none(INVITES_CANCEL, path={"invite_id": invite_id})


class RepositoryGroupsResource(APIResource):
    """Groups' (teams') access to an organization's repositories."""

    def create(
        self, namespace: str, repository: str, *, group_id: int, permission: str
    ) -> RepositoryGroup:
        """Give a group (team) of the organization access to one of its repositories.

        Requires a login as an administrator of the repository (the organization's owners, or members of a group with `admin` on it). The group's members get `read` (see and pull a private repository), `write` (also push and delete tags) or `admin` (also change its settings, collaborators, webhooks, builds and groups). Giving a group access again replaces its permission. 400 for a user's repository or a group not of the repository's organization.

        HTTP: `POST /v2/repositories/{namespace}/{repository}/groups/`.
        """
        return self._client._request_model(
            REPOSITORY_GROUPS_CREATE,
            RepositoryGroup,
            path={"namespace": namespace, "repository": repository},
            body={"group_id": group_id, "permission": permission},
        )

    def get(self, namespace: str, repository: str, group_id: int) -> RepositoryGroup:
        """Get a group's (team's) permission on one of the organization's repositories.

        Requires a login as an administrator of the repository. 404 when the group has no permission on it (the Terraform provider then forgets its resource). Not in Docker's description; the Terraform provider's `docker_repository_team_permission` reads it.

        HTTP: `GET /v2/repositories/{namespace}/{repository}/groups/{group_id}/`.
        """
        return self._client._request_model(
            REPOSITORY_GROUPS_GET,
            RepositoryGroup,
            path={"namespace": namespace, "repository": repository, "group_id": group_id},
        )

    def update(
        self, namespace: str, repository: str, group_id: int, *, permission: str
    ) -> RepositoryGroup:
        """Change a group's (team's) permission on one of the organization's repositories.

        Requires a login as an administrator of the repository. 404 when the group has no permission on it yet (`create` gives one).

        HTTP: `PATCH /v2/repositories/{namespace}/{repository}/groups/{group_id}/`.
        """
        return self._client._request_model(
            REPOSITORY_GROUPS_UPDATE,
            RepositoryGroup,
            path={"namespace": namespace, "repository": repository, "group_id": group_id},
            body={"permission": permission},
        )

    def delete(self, namespace: str, repository: str, group_id: int) -> None:
        """Take a group's (team's) permission on one of the organization's repositories away.

        Requires a login as an administrator of the repository; its members keep what their other groups give them. 404 when the group has no permission on it.

        HTTP: `DELETE /v2/repositories/{namespace}/{repository}/groups/{group_id}/`.
        """
        self._client._request_none(
            REPOSITORY_GROUPS_DELETE,
            path={"namespace": namespace, "repository": repository, "group_id": group_id},
        )


class BillingResource(APIResource):
    """Docker Hub's billing API (under `/api/billing/`, not `/v2/`): an account's plan."""

    def hub_plan(self, account_id: str) -> HubPlan:
        """Get the Docker Hub plan of a user or an organization, by the account's id.

        `account_id` is the `id` of `GET /v2/user/` or `GET /v2/orgs/{org}` (hub-tool's `account info`). Requires a login as that user or as an owner of that organization (403 otherwise); 404 for an id no account has. fakehub's personal accounts are on the free plan (their private repository limit), its organizations on the team plan (one seat per member). Not in Docker's description.

        HTTP: `GET /api/billing/v4/accounts/{account_id}/hub-plan/`.
        """
        return self._client._request_model(
            BILLING_HUB_PLAN, HubPlan, path={"account_id": account_id}
        )


class ScimResource(APIResource):
    """What the organization's SCIM 2.0 service provider supports. Every SCIM operation authenticates with the organization's SCIM token (`DockerHub(scim_token=...)`), not a login, and speaks application/scim+json."""

    def service_provider_config(self) -> ScimServiceProviderConfig:
        """Get the SCIM service provider's configuration.

        HTTP: `GET /v2/scim/2.0/ServiceProviderConfig/`.
        """
        return self._client._request_model(SCIM_SERVICE_PROVIDER_CONFIG, ScimServiceProviderConfig)

    def resource_types(self) -> ScimResourceTypeList:
        """List the SCIM resource types.

        HTTP: `GET /v2/scim/2.0/ResourceTypes/`.
        """
        return self._client._request_model(SCIM_RESOURCE_TYPES, ScimResourceTypeList)

    def resource_type(self, name: str) -> ScimResourceType:
        """Get a SCIM resource type by name (`User`).

        HTTP: `GET /v2/scim/2.0/ResourceTypes/{name}/`.
        """
        return self._client._request_model(
            SCIM_RESOURCE_TYPE, ScimResourceType, path={"name": name}
        )

    def schemas(self) -> ScimSchemaList:
        """List the SCIM schemas.

        HTTP: `GET /v2/scim/2.0/Schemas/`.
        """
        return self._client._request_model(SCIM_SCHEMAS, ScimSchemaList)

    def schema(self, schema_id: str) -> ScimSchema:
        """Get a SCIM schema by id (`urn:ietf:params:scim:schemas:core:2.0:User`).

        HTTP: `GET /v2/scim/2.0/Schemas/{schema_id}/`.
        """
        return self._client._request_model(SCIM_SCHEMA, ScimSchema, path={"schema_id": schema_id})


class ScimUsersResource(APIResource):
    """The users the organization's identity provider provisions through SCIM 2.0: they are members of the organization while active."""

    def list(
        self,
        *,
        filter: str | None = None,
        attributes: str | None = None,
        sort_by: str | None = None,
        sort_order: str | None = None,
        start_index: int | None = None,
        count: int | None = None,
    ) -> Page[ScimUser]:
        """List the organization's SCIM users.

        In provisioning order, or by `sortBy` (`userName`, `displayName`, `name.givenName`, `name.familyName`, `emails`, `active`, `id`, `meta.created`, `meta.lastModified`; `sortOrder` ascending by default). `filter` keeps the users an RFC 7644 filter accepts: `attr op "value"` with `eq`, `ne`, `co`, `sw`, `ew` or `attr pr`, combined with `and`, `or`, `not (...)` and parentheses, over `userName`, `displayName`, `name.givenName`, `name.familyName`, `emails`, `groups`, `active` and `id` (400 `invalidFilter` for anything else). `attributes` (comma-separated) keeps only those attributes (`id` and `schemas` always stay).

        HTTP: `GET /v2/scim/2.0/Users/`.
        """
        return self._client._request_page(
            SCIM_USERS_LIST,
            ScimUser,
            Page,
            query={
                "filter": filter,
                "attributes": attributes,
                "sort_by": sort_by,
                "sort_order": sort_order,
                "start_index": start_index,
                "count": count,
            },
        )

    def iter(
        self,
        *,
        filter: str | None = None,
        attributes: str | None = None,
        sort_by: str | None = None,
        sort_order: str | None = None,
        count: int | None = None,
    ) -> Iterator[ScimUser]:
        """Iterate over every result of `list`, fetching pages lazily.

        List the organization's SCIM users.

        In provisioning order, or by `sortBy` (`userName`, `displayName`, `name.givenName`, `name.familyName`, `emails`, `active`, `id`, `meta.created`, `meta.lastModified`; `sortOrder` ascending by default). `filter` keeps the users an RFC 7644 filter accepts: `attr op "value"` with `eq`, `ne`, `co`, `sw`, `ew` or `attr pr`, combined with `and`, `or`, `not (...)` and parentheses, over `userName`, `displayName`, `name.givenName`, `name.familyName`, `emails`, `groups`, `active` and `id` (400 `invalidFilter` for anything else). `attributes` (comma-separated) keeps only those attributes (`id` and `schemas` always stay).

        HTTP: `GET /v2/scim/2.0/Users/`.
        """
        return self._client._iter_pages(
            SCIM_USERS_LIST,
            ScimUser,
            query={
                "filter": filter,
                "attributes": attributes,
                "sort_by": sort_by,
                "sort_order": sort_order,
                "count": count,
            },
        )

    def create(
        self,
        *,
        user_name: str,
        schemas: builtins.list[str] | Unset = UNSET,
        name: ScimName | Unset = UNSET,
        active: bool | Unset = UNSET,
        emails: builtins.list[ScimEmail] | Unset = UNSET,
        display_name: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        id: str | Unset = UNSET,
        groups: Any | Unset = UNSET,
        meta: Any | Unset = UNSET,
    ) -> ScimUser:
        """Provision a user.

        Makes the person with this email address a member of the organization: the Docker account with that email when there is one, else a new account named after the email. 409 (`uniqueness`) when the organization already has a SCIM user with that userName.

        HTTP: `POST /v2/scim/2.0/Users/`.
        """
        return self._client._request_model(
            SCIM_USERS_CREATE,
            ScimUser,
            body={
                "schemas": schemas,
                "user_name": user_name,
                "name": name,
                "active": active,
                "emails": emails,
                "display_name": display_name,
                "external_id": external_id,
                "id": id,
                "groups": groups,
                "meta": meta,
            },
        )

    def get(self, user_id: str) -> ScimUser:
        """Get a SCIM user by id.

        HTTP: `GET /v2/scim/2.0/Users/{user_id}/`.
        """
        return self._client._request_model(SCIM_USERS_GET, ScimUser, path={"user_id": user_id})

    def update(
        self,
        user_id: str,
        *,
        schemas: builtins.list[str] | Unset = UNSET,
        user_name: str | Unset = UNSET,
        name: ScimName | Unset = UNSET,
        active: bool | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        emails: builtins.list[ScimEmail] | Unset = UNSET,
        display_name: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        id: str | Unset = UNSET,
        groups: Any | Unset = UNSET,
        meta: Any | Unset = UNSET,
    ) -> ScimUser:
        """Replace a SCIM user's name and active state.

        `active: false` (or `enabled: false`, or neither) deprovisions: the user leaves the organization (its groups included) and stays listed as inactive; `active: true` makes them a member again.

        HTTP: `PUT /v2/scim/2.0/Users/{user_id}/`.
        """
        return self._client._request_model(
            SCIM_USERS_UPDATE,
            ScimUser,
            path={"user_id": user_id},
            body={
                "schemas": schemas,
                "user_name": user_name,
                "name": name,
                "active": active,
                "enabled": enabled,
                "emails": emails,
                "display_name": display_name,
                "external_id": external_id,
                "id": id,
                "groups": groups,
                "meta": meta,
            },
        )

    def patch(
        self,
        user_id: str,
        *,
        operations: builtins.list[ScimPatchOperation],
        schemas: builtins.list[str] | Unset = UNSET,
    ) -> ScimUser:
        """Change some of a SCIM user's attributes (RFC 7644 PATCH).

        Applies the operations in order, all or none. `active: false` deprovisions as a PUT does (the user leaves the organization and its groups, and stays listed as inactive); `active: true` makes them a member again; removing `active` deactivates (Docker reads a missing `active` as `false`). `name.givenName` and `name.familyName` are replaced or removed; `userName` cannot change (400 `mutability`); `displayName`, `externalId`, `emails`, `groups`, `id` and `meta` are accepted and not kept, as a PUT does. 400 `invalidPath` for a path naming another attribute or malformed, `noTarget` for a `remove` without a path, `invalidValue` for a value of the wrong type.

        HTTP: `PATCH /v2/scim/2.0/Users/{user_id}/`.
        """
        return self._client._request_model(
            SCIM_USERS_PATCH,
            ScimUser,
            path={"user_id": user_id},
            body={"schemas": schemas, "operations": operations},
        )

    def delete(self, user_id: str) -> None:
        """Deprovision a SCIM user and forget it.

        What an identity provider's delete does on Docker Hub: the user leaves the organization and its groups, and the SCIM user is gone (404 afterwards). The Docker account stays (it is the person's, not the organization's); provisioning the same email again links it anew. The organization's last owner cannot be removed (400).

        HTTP: `DELETE /v2/scim/2.0/Users/{user_id}/`.
        """
        self._client._request_none(SCIM_USERS_DELETE, path={"user_id": user_id})


class GeneratedClient(BaseClient):
    """The client's resources, one attribute each."""

    auth: AuthResource
    access_tokens: AccessTokensResource
    api_tokens: ApiTokensResource
    users: UsersResource
    orgs: OrgsResource
    org_members: OrgMembersResource
    org_groups: OrgGroupsResource
    org_settings: OrgSettingsResource
    org_access_tokens: OrgAccessTokensResource
    repositories: RepositoriesResource
    tags: TagsResource
    namespace_repositories: NamespaceRepositoriesResource
    namespace_tags: NamespaceTagsResource
    comments: CommentsResource
    collaborators: CollaboratorsResource
    groups: GroupsResource
    builds: BuildsResource
    autobuilds: AutobuildsResource
    build_tags: BuildTagsResource
    build_links: BuildLinksResource
    build_triggers: BuildTriggersResource
    webhooks: WebhooksResource
    audit_logs: AuditLogsResource
    invites: InvitesResource
    repository_groups: RepositoryGroupsResource
    billing: BillingResource
    scim: ScimResource
    scim_users: ScimUsersResource

    def _init_resources(self) -> None:
        self.auth = AuthResource(self)
        self.access_tokens = AccessTokensResource(self)
        self.api_tokens = ApiTokensResource(self)
        self.users = UsersResource(self)
        self.orgs = OrgsResource(self)
        self.org_members = OrgMembersResource(self)
        self.org_groups = OrgGroupsResource(self)
        self.org_settings = OrgSettingsResource(self)
        self.org_access_tokens = OrgAccessTokensResource(self)
        self.repositories = RepositoriesResource(self)
        self.tags = TagsResource(self)
        self.namespace_repositories = NamespaceRepositoriesResource(self)
        self.namespace_tags = NamespaceTagsResource(self)
        self.comments = CommentsResource(self)
        self.collaborators = CollaboratorsResource(self)
        self.groups = GroupsResource(self)
        self.builds = BuildsResource(self)
        self.autobuilds = AutobuildsResource(self)
        self.build_tags = BuildTagsResource(self)
        self.build_links = BuildLinksResource(self)
        self.build_triggers = BuildTriggersResource(self)
        self.webhooks = WebhooksResource(self)
        self.audit_logs = AuditLogsResource(self)
        self.invites = InvitesResource(self)
        self.repository_groups = RepositoryGroupsResource(self)
        self.billing = BillingResource(self)
        self.scim = ScimResource(self)
        self.scim_users = ScimUsersResource(self)
