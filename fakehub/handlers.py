"""One function per operation of the spec, named ``{resource}_{operation}``.

Like moto's ``responses.py``: a handler gets the request already validated by
:mod:`fakehub.app` (path and query parameters as keyword arguments by their Python names, the
request body as a structured model in ``body``), calls :class:`~fakehub.state.State`, and
returns models of :mod:`dockerhub_sdk._generated.models`: one model, a list of them, or, for
paginated operations, the whole list (the app cuts the page). Domain errors propagate; the app
maps them to status codes. Handlers run with the state's lock held.
"""

from __future__ import annotations

import csv
import datetime
import hashlib
import io
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Final, TypeVar

from attrs import field, frozen

from dockerhub_sdk._converter_base import parse_datetime
from dockerhub_sdk._generated import models as m
from dockerhub_sdk._types import UNSET, Unset
from fakehub import scim
from fakehub import state as s
from fakehub.audit import CATALOGUE
from fakehub.auth import ACCESS_TOKEN_TTL, Claims, InvalidToken, TokenIssuer

__all__ = [
    "Context",
    "Listing",
    "access_tokens_create",
    "access_tokens_delete",
    "access_tokens_get",
    "access_tokens_list",
    "access_tokens_update",
    "audit_logs_list",
    "audit_logs_list_actions",
    "auth_login",
    "auth_login_2fa",
    "auth_logout",
    "auth_token",
    "autobuilds_create",
    "autobuilds_get",
    "build_links_create",
    "build_links_delete",
    "build_links_list",
    "build_tags_create",
    "build_tags_delete",
    "build_tags_update",
    "build_triggers_get",
    "build_triggers_history",
    "builds_get",
    "builds_history",
    "builds_trigger",
    "collaborators_add",
    "collaborators_delete",
    "collaborators_list",
    "comments_list",
    "groups_add_member",
    "invites_bulk_create",
    "invites_cancel",
    "invites_list",
    "invites_resend",
    "namespace_repositories_create",
    "namespace_repositories_exists",
    "namespace_repositories_get",
    "namespace_repositories_list",
    "namespace_repositories_update_immutable_tags",
    "namespace_repositories_verify_immutable_tags",
    "namespace_tags_exists",
    "namespace_tags_exists_any",
    "namespace_tags_get",
    "namespace_tags_list",
    "org_access_tokens_create",
    "org_access_tokens_delete",
    "org_access_tokens_get",
    "org_access_tokens_list",
    "org_access_tokens_update",
    "org_groups_create",
    "org_groups_delete",
    "org_groups_get",
    "org_groups_list",
    "org_groups_list_members",
    "org_groups_patch",
    "org_groups_remove_member",
    "org_groups_update",
    "org_members_export",
    "org_members_list",
    "org_members_remove",
    "org_members_update_role",
    "org_settings_get",
    "org_settings_update",
    "orgs_get",
    "orgs_list",
    "repositories_create",
    "repositories_delete",
    "repositories_get",
    "repositories_list",
    "repositories_star",
    "repositories_starred",
    "repositories_unstar",
    "repositories_update",
    "repository_groups_create",
    "scim_resource_type",
    "scim_resource_types",
    "scim_schema",
    "scim_schemas",
    "scim_service_provider_config",
    "scim_users_create",
    "scim_users_get",
    "scim_users_list",
    "scim_users_update",
    "tags_delete",
    "tags_list",
    "users_get",
    "users_me",
    "users_registry_settings",
    "webhooks_create",
    "webhooks_create_hook",
    "webhooks_delete",
    "webhooks_list",
]


@frozen(kw_only=True)
class Listing:
    """What a paginated handler returns when Docker Hub adds counts to every page
    (``active_count``); otherwise it returns the plain list. The app cuts the page."""

    items: Sequence[object]
    extra: Mapping[str, int] = field(factory=dict)


@frozen(kw_only=True)
class Context:
    """Who is calling, and the application's state and token issuer."""

    state: s.State
    tokens: TokenIssuer
    claims: Claims | None = None
    remote_addr: str = ""
    user_agent: str = ""
    scim_org: str | None = None
    """SCIM operations: the organization whose SCIM token authenticated the request."""
    base_url: str = ""
    """The server's root URL without a trailing slash (``http://127.0.0.1:5555``)."""

    @property
    def caller(self) -> str | None:
        return self.claims.username if self.claims is not None else None


def _org_token(ctx: Context) -> bool:
    """Whether the caller is an organization acting through an organization access token."""
    return ctx.claims is not None and ctx.claims.oat is not None


def _may(ctx: Context, repo: s.Repository, *, admin: bool) -> bool:
    """Whether the caller may write (``admin``: administer) ``repo``. An organization access
    token writes with ``repo-push`` on it and administers nothing (it deletes nothing)."""
    if ctx.claims is not None and ctx.claims.oat is not None:
        token = ctx.state.usable_org_access_token(ctx.claims.username, ctx.claims.oat)
        return (
            not admin
            and token is not None
            and token.grants_repo(repo.namespace, repo.name, is_private=repo.is_private, write=True)
        )
    return (ctx.state.is_owner if admin else ctx.state.can_write)(ctx.caller, repo)


def _given(value: str | Unset) -> str | None:
    return None if isinstance(value, Unset) else value


# --- serializers: state objects -> wire models ---------------------------------------------


def user_model(user: s.User) -> m.User:
    return m.User(
        id=user.id,
        username=user.username,
        full_name=user.full_name,
        location=user.location,
        company=user.company,
        profile_url=user.profile_url,
        date_joined=user.date_joined,
        gravatar_url=user.gravatar_url,
    )


def current_user_model(user: s.User) -> m.CurrentUser:
    return m.CurrentUser(
        id=user.id,
        username=user.username,
        full_name=user.full_name,
        location=user.location,
        company=user.company,
        gravatar_email=user.gravatar_email,
        is_staff=user.is_staff,
        is_admin=user.is_admin,
        profile_url=user.profile_url,
        date_joined=user.date_joined,
        gravatar_url=user.gravatar_url,
    )


def _repository(
    ctx: Context, repo: s.Repository, *, has_starred: bool, full_description: bool
) -> m.Repository:
    return m.Repository(
        user=repo.namespace,
        name=repo.name,
        namespace=repo.namespace,
        status=repo.status,
        description=repo.description,
        is_private=repo.is_private,
        is_automated=repo.is_automated,
        can_edit=_may(ctx, repo, admin=not _org_token(ctx)),
        star_count=repo.star_count,
        pull_count=repo.pull_count,
        last_updated=repo.last_updated,
        has_starred=ctx.state.has_starred(ctx.caller, repo) if has_starred else UNSET,
        full_description=repo.full_description if full_description else UNSET,
    )


def _tag(repo: s.Repository, tag: s.Tag) -> m.Tag:
    return m.Tag(
        name=tag.name,
        full_size=tag.full_size,
        id=tag.id,
        repository=repo.id,
        creator=tag.creator,
        last_updater=tag.last_updater,
        last_updated=tag.last_updated,
        image_id=tag.image_id,
        v2=tag.v2,
    )


def _build(build: s.Build) -> m.Build:
    return m.Build(
        id=build.id,
        status=build.status,
        created_date=build.created_date,
        last_updated=build.last_updated,
        build_code=build.build_code,
        dockertag_name=build.dockertag_name,
        cause=build.cause,
    )


def _build_details(repo: s.Repository, build: s.Build) -> m.BuildDetails:
    metrics = {step: build.metrics.get(step) for step in s.BUILD_METRIC_STEPS}
    return m.BuildDetails(
        id=build.id,
        status=build.status,
        created_date=build.created_date,
        last_updated=build.last_updated,
        build_code=build.build_code,
        dockertag_name=build.dockertag_name,
        cause=build.cause,
        build_results=m.BuildResults(
            build_code=build.build_code,
            build_path=build.build_path,
            buildmetrics=m.BuildMetrics(**metrics),
            created_at=build.created_date,
            docker_repo=repo.full_name,
            docker_tag=build.dockertag_name,
            docker_user=repo.namespace,
            dockerfile_contents=build.dockerfile_contents,
            error=build.error,
            failure=build.failure,
            last_updated=build.last_updated,
            logs=build.logs,
            readme_contents=build.readme_contents,
            source_branch=build.source_branch,
            source_type="git",
            source_url=build.source_url,
        ),
    )


def _build_tag(tag: s.BuildTag) -> m.BuildTag:
    return m.BuildTag(
        id=tag.id,
        name=tag.name,
        dockerfile_location=tag.dockerfile_location,
        source_name=tag.source_name,
        source_type=m.SourceType(tag.source_type),
    )


def _build_tag_spec(body: m.BuildTagCreate | m.BuildTagUpdate) -> s.BuildTagSpec:
    return s.BuildTagSpec(
        name=body.name,
        dockerfile_location=body.dockerfile_location,
        source_type=body.source_type.value,
        source_name=body.source_name,
    )


def _automated_build(repo: s.Repository, autobuild: s.AutomatedBuild) -> m.AutomatedBuild:
    return m.AutomatedBuild(
        repository=repo.id,
        build_name=autobuild.build_name,
        provider=m.BuildProvider(autobuild.provider),
        source_url=autobuild.source_url,
        docker_url=repo.full_name,
        repo_web_url=autobuild.repo_web_url,
        repo_type=autobuild.repo_type,
        active=autobuild.active,
        repo_id=autobuild.repo_id,
        # newest first, as Docker Hub lists them
        build_tags=[_build_tag(t) for t in sorted(autobuild.build_tags, key=lambda t: -t.id)],
        deploykey=autobuild.deploykey,
        hook_id=autobuild.hook_id,
        webhook_id=autobuild.webhook_id,
    )


def _link(repo: s.Repository, link: s.BuildLink) -> m.BuildLink:
    return m.BuildLink(
        id=link.id, from_repo=repo.full_name, to_repo=s.display_repo_ref(link.to_repo)
    )


def _hook(hook: s.Hook) -> m.Hook:
    return m.Hook(
        id=hook.id,
        creator=hook.creator,
        last_updater=hook.last_updater,
        hook_url=hook.hook_url,
        date_added=hook.date_added,
        last_updated=hook.last_updated,
        active=hook.active,
    )


def _webhook(webhook: s.Webhook) -> m.Webhook:
    return m.Webhook(
        id=webhook.id,
        name=webhook.name,
        active=webhook.active,
        expect_final_callback=webhook.expect_final_callback,
        creator=webhook.creator,
        last_updated=webhook.last_updated,
        last_updater=webhook.last_updater,
        hooks=[_hook(h) for h in webhook.hooks],
    )


# --- auth -------------------------------------------------------------------------------


def _issue(ctx: Context, user: s.User, pat: s.PersonalAccessToken | None, ttl: bool) -> str:
    """A token of ``user``: scoped when it comes from a personal access token; ``ttl``: the
    10-minute lifetime of ``/v2/auth/token/``'s access tokens."""
    return ctx.tokens.issue(
        user.username,
        scopes=None if pat is None else pat.scopes,
        pat=None if pat is None else pat.uuid,
        ttl=ACCESS_TOKEN_TTL if ttl else None,
    )


def auth_login(ctx: Context, *, body: m.LoginRequest) -> m.LoginResponse:
    try:
        user, pat = ctx.state.login(body.username, body.password)
    except s.SecondFactorRequired as exc:
        exc.login_2fa_token = ctx.tokens.issue_login_2fa(exc.username)
        raise
    return m.LoginResponse(token=_issue(ctx, user, pat, ttl=False))


def auth_login_2fa(ctx: Context, *, body: m.Login2FARequest) -> m.LoginResponse:
    try:
        username = ctx.tokens.verify_login_2fa(body.login_2fa_token)
    except InvalidToken as exc:
        raise s.Unauthorized(exc.message) from None
    user = ctx.state.check_second_factor(username, body.code)
    return m.LoginResponse(token=_issue(ctx, user, None, ttl=False))


def auth_token(ctx: Context, *, body: m.AuthTokenRequest) -> m.AuthTokenResponse:
    if body.secret.startswith(s.OAT_PREFIX):  # an organization access token: acts as the org
        org, oat = ctx.state.authenticate_org_token(body.identifier, body.secret)
        return m.AuthTokenResponse(
            access_token=ctx.tokens.issue(org.name, oat=oat.id, ttl=ACCESS_TOKEN_TTL)
        )
    user, pat = ctx.state.authenticate_secret(body.identifier, body.secret)
    if pat is None and user.totp_secret is not None:
        raise s.Unauthorized(
            "Two-factor authentication is enabled on this account: use a personal access token."
        )
    return m.AuthTokenResponse(access_token=_issue(ctx, user, pat, ttl=True))


def auth_logout(ctx: Context) -> None:
    if ctx.claims is None:
        raise s.Unauthorized("Authentication credentials were not provided.")
    ctx.tokens.revoke(ctx.claims)


# --- personal access tokens -------------------------------------------------------------


def _access_token(pat: s.PersonalAccessToken, secret: str = "") -> m.AccessToken:
    return m.AccessToken(
        uuid=pat.uuid,
        client_id=pat.client_id,
        creator_ip=pat.creator_ip,
        creator_ua=pat.creator_ua,
        created_at=pat.created_at,
        last_used=pat.last_used,
        generated_by=pat.generated_by,
        is_active=pat.is_active,
        token=secret,
        token_label=pat.token_label,
        scopes=list(pat.scopes),
        expires_at=UNSET if pat.expires_at is None else pat.expires_at,
    )


def access_tokens_create(ctx: Context, *, body: m.AccessTokenCreate) -> m.AccessToken:
    pat, secret = ctx.state.create_access_token(
        ctx.caller,
        token_label=body.token_label,
        scopes=body.scopes,
        expires_at=None if isinstance(body.expires_at, Unset) else body.expires_at,
        creator_ip=ctx.remote_addr,
        creator_ua=ctx.user_agent,
    )
    return _access_token(pat, secret)


def access_tokens_list(ctx: Context) -> Listing:
    tokens = ctx.state.list_access_tokens(ctx.caller)
    active = sum(1 for t in tokens if t.is_active)
    return Listing(items=[_access_token(t) for t in tokens], extra={"active_count": active})


def access_tokens_get(ctx: Context, *, uuid: str) -> m.AccessToken:
    return _access_token(ctx.state.get_access_token(ctx.caller, uuid))


def access_tokens_update(ctx: Context, *, uuid: str, body: m.AccessTokenUpdate) -> m.AccessToken:
    pat = ctx.state.update_access_token(
        ctx.caller,
        uuid,
        token_label=_given(body.token_label),
        is_active=None if isinstance(body.is_active, Unset) else body.is_active,
    )
    return _access_token(pat)


def access_tokens_delete(ctx: Context, *, uuid: str) -> None:
    ctx.state.delete_access_token(ctx.caller, uuid)


# --- users ------------------------------------------------------------------------------


def users_get(ctx: Context, *, username: str) -> m.User:
    return user_model(ctx.state.get_user(username))


def users_me(ctx: Context) -> m.CurrentUser:
    return current_user_model(ctx.state.current_user(ctx.caller))


def users_registry_settings(ctx: Context, *, username: str) -> m.RegistrySettings:
    settings = ctx.state.registry_settings(ctx.caller, username)
    return m.RegistrySettings(
        private_repo_used=settings.private_repo_used,
        num_free_private_repos=settings.num_free_private_repos,
        private_repo_limit=settings.private_repo_limit,
        private_repo_available=settings.private_repo_available,
        private_repo_percent_used=settings.private_repo_percent_used,
        default_repo_visibility=m.RepoVisibility(settings.default_repo_visibility),
    )


# --- organizations ----------------------------------------------------------------------


def org_model(org: s.Organization) -> m.Organization:
    return m.Organization(
        id=org.id,
        orgname=org.name,
        full_name=org.full_name,
        location=org.location,
        company=org.company,
        profile_url="",
        date_joined=org.date_joined,
        gravatar_url="",
        type="Org",
    )


def orgs_list(ctx: Context) -> list[m.Organization]:
    return [org_model(o) for o in ctx.state.user_orgs(ctx.caller)]


def orgs_get(ctx: Context, *, org: str) -> m.Organization:
    return org_model(ctx.state.get_org(org))


def _org_member(user: s.User, role: str, groups: list[str]) -> m.OrgMember:
    return m.OrgMember(
        id=user.id,
        username=user.username,
        full_name=user.full_name,
        location=user.location,
        company=user.company,
        profile_url=user.profile_url,
        date_joined=user.date_joined,
        gravatar_url=user.gravatar_url,
        type="User",
        email=user.gravatar_email,
        role=role.capitalize(),
        groups=groups,
        is_guest=False,
    )


def org_members_list(
    ctx: Context,
    *,
    org_name: str,
    search: str | None = None,
    invites: bool | None = None,
    type: str | None = None,
    role: str | None = None,
) -> list[m.OrgMember]:
    organization, rows = ctx.state.org_members(ctx.caller, org_name)
    needle = (search or "").lower()
    members = [
        _org_member(user, member_role, groups)
        for user, member_role, groups in rows
        if (role is None or member_role == role)
        and (needle in user.username or needle in user.full_name.lower())
    ]
    if type == "invitee":
        members = []
    if type in ("invitee", "all") or invites:
        members += [
            row
            for row in _invitee_rows(ctx, organization)
            if role is None and (needle in row.username or needle in row.full_name.lower())
        ]
    return members


def _invitee_rows(ctx: Context, organization: s.Organization) -> list[m.OrgMember]:
    """The pending invitees, as members with the role ``Invitee``: shown to owners only. A
    registered invitee with their profile; one invited by email with the address as username."""
    if ctx.caller not in organization.members:
        return []
    rows = []
    for invite in sorted(organization.invites.values(), key=lambda i: i.created_at):
        user = ctx.state.find_user(invite.invitee)
        if user is not None:
            rows.append(_org_member(user, "invitee", []))
            continue
        rows.append(
            m.OrgMember(
                id="",
                username=invite.invitee,
                full_name="",
                location="",
                company="",
                profile_url="",
                date_joined=invite.created_at,
                gravatar_url="",
                type="User",
                email=invite.invitee,
                role="Invitee",
                groups=[],
                is_guest=False,
            )
        )
    return rows


def _org_group(group: s.Group) -> m.OrgGroup:
    return m.OrgGroup(
        id=group.id,
        name=group.name,
        description=group.description,
        member_count=len(group.members),
    )


def org_groups_list(
    ctx: Context, *, org_name: str, username: str | None = None, search: str | None = None
) -> list[m.OrgGroup]:
    return [
        _org_group(g)
        for g in ctx.state.org_groups(ctx.caller, org_name)
        if (username is None or username.lower() in g.members)
        and (search is None or search.lower() in g.name)
    ]


def org_groups_create(ctx: Context, *, org_name: str, body: m.OrgGroupWrite) -> m.OrgGroup:
    return _org_group(ctx.state.create_org_group(ctx.caller, org_name, body.name, body.description))


def org_groups_get(ctx: Context, *, org_name: str, group_name: str) -> m.OrgGroup:
    return _org_group(ctx.state.org_group(ctx.caller, org_name, group_name))


def org_groups_update(
    ctx: Context, *, org_name: str, group_name: str, body: m.OrgGroupWrite
) -> m.OrgGroup:
    group = ctx.state.update_org_group(
        ctx.caller, org_name, group_name, new_name=body.name, description=body.description
    )
    return _org_group(group)


def org_groups_delete(ctx: Context, *, org_name: str, group_name: str) -> None:
    ctx.state.delete_org_group(ctx.caller, org_name, group_name)


# --- organization settings and organization access tokens ------------------------------


def _org_settings(settings: s.RestrictedImages) -> m.OrgSettings:
    return m.OrgSettings(
        restricted_images=m.RestrictedImages(
            enabled=settings.enabled,
            allow_official_images=settings.allow_official_images,
            allow_verified_publishers=settings.allow_verified_publishers,
        )
    )


def org_settings_get(ctx: Context, *, name: str) -> m.OrgSettings:
    return _org_settings(ctx.state.org_settings(ctx.caller, name))


def org_settings_update(ctx: Context, *, name: str, body: m.OrgSettingsUpdate) -> m.OrgSettings:
    wanted = body.restricted_images
    return _org_settings(
        ctx.state.update_org_settings(
            ctx.caller,
            name,
            s.RestrictedImages(
                enabled=wanted.enabled,
                allow_official_images=wanted.allow_official_images,
                allow_verified_publishers=wanted.allow_verified_publishers,
            ),
        )
    )


def _oat_resources(
    resources: list[m.OrgAccessTokenResource],
) -> list[s.OrgAccessTokenResource]:
    return [
        s.OrgAccessTokenResource(type=r.type.value, path=r.path, scopes=tuple(r.scopes))
        for r in resources
    ]


def _oat_resource_models(token: s.OrgAccessToken) -> list[m.OrgAccessTokenResource]:
    return [
        m.OrgAccessTokenResource(
            type=m.OrgAccessTokenResourceType(r.type), path=r.path, scopes=list(r.scopes)
        )
        for r in token.resources
    ]


def _org_access_token(token: s.OrgAccessToken) -> m.OrgAccessToken:
    return m.OrgAccessToken(
        id=token.id,
        label=token.label,
        description=token.description,
        created_by=token.created_by,
        is_active=token.is_active,
        created_at=token.created_at,
        expires_at=token.expires_at,
        last_used_at=token.last_used_at,
        resources=_oat_resource_models(token),
    )


def org_access_tokens_create(
    ctx: Context, *, name: str, body: m.OrgAccessTokenCreate
) -> m.OrgAccessTokenCreated:
    token, secret = ctx.state.create_org_access_token(
        ctx.caller,
        name,
        label=body.label,
        description=_given(body.description) or "",
        resources=_oat_resources(body.resources),
        expires_at=None if isinstance(body.expires_at, Unset) else body.expires_at,
    )
    return m.OrgAccessTokenCreated(
        id=token.id,
        label=token.label,
        description=token.description,
        created_by=token.created_by,
        is_active=token.is_active,
        created_at=token.created_at,
        expires_at=token.expires_at,
        last_used_at=token.last_used_at,
        token=secret,
        resources=_oat_resource_models(token),
    )


def org_access_tokens_list(ctx: Context, *, name: str) -> list[m.OrgAccessToken]:
    return [_org_access_token(t) for t in ctx.state.list_org_access_tokens(ctx.caller, name)]


def org_access_tokens_get(ctx: Context, *, org_name: str, access_token_id: str) -> m.OrgAccessToken:
    return _org_access_token(ctx.state.get_org_access_token(ctx.caller, org_name, access_token_id))


def org_access_tokens_update(
    ctx: Context, *, org_name: str, access_token_id: str, body: m.OrgAccessTokenUpdate
) -> m.OrgAccessToken:
    token = ctx.state.update_org_access_token(
        ctx.caller,
        org_name,
        access_token_id,
        label=_given(body.label),
        description=_given(body.description),
        resources=None if isinstance(body.resources, Unset) else _oat_resources(body.resources),
        is_active=None if isinstance(body.is_active, Unset) else body.is_active,
    )
    return _org_access_token(token)


def org_access_tokens_delete(ctx: Context, *, org_name: str, access_token_id: str) -> None:
    ctx.state.delete_org_access_token(ctx.caller, org_name, access_token_id)


EXPORT_COLUMNS: Final = ("Name", "Username", "Email", "Type", "Permission", "Teams", "Date Joined")


def org_members_export(ctx: Context, *, org_name: str) -> str:
    _, rows = ctx.state.org_members(ctx.caller, org_name)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(EXPORT_COLUMNS)
    for user, role, groups in rows:
        joined = user.date_joined.astimezone(datetime.UTC).strftime(
            "%Y-%m-%d %H:%M:%S.%f +0000 UTC"
        )
        writer.writerow(
            (
                user.full_name,
                user.username,
                user.gravatar_email,
                "User",
                role.capitalize(),
                ", ".join(groups),
                joined,
            )
        )
    return out.getvalue()


def _one_member(ctx: Context, org_name: str, username: str) -> m.OrgMember:
    _, rows = ctx.state.org_members(ctx.caller, org_name)
    for user, role, groups in rows:
        if user.username == username:
            return _org_member(user, role, groups)
    raise s.NotFound(f"{username} is not a member of {org_name}.")


def org_members_update_role(
    ctx: Context, *, org_name: str, username: str, body: m.OrgMemberRoleUpdate
) -> m.OrgMember:
    ctx.state.set_org_role(ctx.caller, org_name, username, body.role)
    return _one_member(ctx, org_name, username.lower())


def org_members_remove(ctx: Context, *, org_name: str, username: str) -> None:
    ctx.state.remove_org_member(ctx.caller, org_name, username)


# --- repositories -----------------------------------------------------------------------


def repositories_get(ctx: Context, *, namespace: str, repository: str) -> m.Repository:
    repo = ctx.state.get_repository(ctx.caller, namespace, repository)
    return _repository(ctx, repo, has_starred=True, full_description=True)


def repositories_list(ctx: Context, *, namespace: str) -> list[m.RepositorySummary]:
    return [
        m.RepositorySummary(namespace=r.namespace, name=r.name)
        for r in ctx.state.list_repositories(ctx.caller, namespace)
    ]


def repositories_starred(ctx: Context, *, username: str) -> list[m.Repository]:
    return [
        _repository(ctx, r, has_starred=False, full_description=False)
        for r in ctx.state.starred_repositories(ctx.caller, username)
    ]


def repositories_create(ctx: Context, *, body: m.RepositoryCreate) -> m.Repository:
    repo = ctx.state.create_repository(
        ctx.caller,
        namespace=body.namespace,
        name=body.name,
        description=_given(body.description),
        full_description=_given(body.full_description),
        is_private=None if isinstance(body.is_private, Unset) else body.is_private,
    )
    return _repository(ctx, repo, has_starred=False, full_description=True)


def repositories_update(
    ctx: Context, *, namespace: str, repository: str, body: m.RepositoryUpdate
) -> m.Repository:
    repo = ctx.state.update_repository(
        ctx.caller,
        namespace,
        repository,
        description=_given(body.description),
        full_description=_given(body.full_description),
    )
    return _repository(ctx, repo, has_starred=True, full_description=True)


def repositories_delete(ctx: Context, *, namespace: str, repository: str) -> None:
    ctx.state.delete_repository(ctx.caller, namespace, repository)


def repositories_star(ctx: Context, *, namespace: str, repository: str) -> None:
    ctx.state.star(ctx.caller, namespace, repository)


def repositories_unstar(ctx: Context, *, namespace: str, repository: str) -> None:
    ctx.state.unstar(ctx.caller, namespace, repository)


# --- namespaced repositories and tags (/v2/namespaces/...) ---------------------------------

_INDEX_MEDIA_TYPE = "application/vnd.oci.image.index.v1+json"
_MANIFEST_MEDIA_TYPE = "application/vnd.oci.image.manifest.v1+json"


def _media_types(repo: s.Repository) -> list[str]:
    return [_INDEX_MEDIA_TYPE] if repo.tags else []


def _content_types(repo: s.Repository) -> list[str]:
    return ["image"] if repo.tags else []


def _storage_size(repo: s.Repository) -> int:
    return sum(t.full_size or 0 for t in repo.tags.values())


def _status_description(repo: s.Repository) -> str:
    return "active" if repo.status == 1 else "inactive"


def _namespace_repository(repo: s.Repository) -> m.NamespaceRepository:
    return m.NamespaceRepository(
        name=repo.name,
        namespace=repo.namespace,
        repository_type="image",
        status=repo.status,
        status_description=_status_description(repo),
        description=repo.description,
        is_private=repo.is_private,
        star_count=repo.star_count,
        pull_count=repo.pull_count,
        last_updated=repo.last_updated,
        last_modified=repo.last_updated or repo.date_registered,
        date_registered=repo.date_registered,
        affiliation="",
        media_types=_media_types(repo),
        content_types=_content_types(repo),
        categories=[],
        storage_size=_storage_size(repo),
    )


def _repository_info(ctx: Context, repo: s.Repository) -> m.RepositoryInfo:
    return m.RepositoryInfo(
        user=repo.namespace,
        name=repo.name,
        namespace=repo.namespace,
        repository_type="image",
        status=repo.status,
        status_description=_status_description(repo),
        description=repo.description,
        is_private=repo.is_private,
        is_automated=repo.is_automated,
        star_count=repo.star_count,
        pull_count=repo.pull_count,
        last_updated=repo.last_updated or repo.date_registered,
        last_modified=repo.last_updated or repo.date_registered,
        date_registered=repo.date_registered,
        collaborator_count=len(repo.collaborators),
        affiliation="",
        hub_user=repo.namespace,
        has_starred=ctx.state.has_starred(ctx.caller, repo),
        full_description=repo.full_description,
        permissions=m.RepositoryPermissions(
            read=True,
            write=_may(ctx, repo, admin=False),
            admin=_may(ctx, repo, admin=True),
        ),
        media_types=_media_types(repo),
        content_types=_content_types(repo),
        categories=[],
        immutable_tags_settings=m.ImmutableTagsSettings(
            enabled=repo.immutable_tags, rules=list(repo.immutable_tags_rules)
        ),
        storage_size=_storage_size(repo),
        source=None,
    )


def _ordering_key(ordering: str) -> Callable[[s.Repository], tuple[object, str]]:
    field = ordering.lstrip("-")
    if field == "last_updated":
        return lambda r: (r.last_updated or r.date_registered, r.name)
    if field == "pull_count":
        return lambda r: (r.pull_count, r.name)
    return lambda r: ("", r.name)


def namespace_repositories_list(
    ctx: Context, *, namespace: str, name: str | None = None, ordering: str | None = None
) -> list[m.NamespaceRepository]:
    repos = ctx.state.list_repositories(ctx.caller, namespace)
    if name:
        repos = [r for r in repos if name.lower() in r.name]
    if ordering:
        repos = sorted(repos, key=_ordering_key(ordering), reverse=ordering.startswith("-"))
    return [_namespace_repository(r) for r in repos]


def namespace_repositories_create(
    ctx: Context, *, namespace: str, body: m.NamespaceRepositoryCreate
) -> m.RepositoryInfo:
    repo = ctx.state.create_repository(
        ctx.caller,
        namespace=namespace,
        name=body.name,
        description=_given(body.description),
        full_description=_given(body.full_description),
        is_private=False if isinstance(body.is_private, Unset) else body.is_private,
    )
    return _repository_info(ctx, repo)


def namespace_repositories_get(
    ctx: Context, *, namespace: str, repository: str
) -> m.RepositoryInfo:
    return _repository_info(ctx, ctx.state.get_repository(ctx.caller, namespace, repository))


def namespace_repositories_exists(ctx: Context, *, namespace: str, repository: str) -> None:
    ctx.state.get_repository(ctx.caller, namespace, repository)


def namespace_repositories_update_immutable_tags(
    ctx: Context, *, namespace: str, repository: str, body: m.ImmutableTagsUpdate
) -> m.RepositoryInfo:
    repo = ctx.state.update_immutable_tags(
        ctx.caller,
        namespace,
        repository,
        enabled=body.immutable_tags,
        rules=body.immutable_tags_rules,
    )
    return _repository_info(ctx, repo)


def namespace_repositories_verify_immutable_tags(
    ctx: Context, *, namespace: str, repository: str, body: m.ImmutableTagsVerifyRequest
) -> m.ImmutableTagsVerifyResponse:
    tags = ctx.state.verify_immutable_tags(ctx.caller, namespace, repository, body.regex)
    return m.ImmutableTagsVerifyResponse(tags=tags)


def _namespace_tag(ctx: Context, repo: s.Repository, tag: s.Tag) -> m.NamespaceTag:
    pulled = tag.last_pulled
    # active when an image is (pushed or pulled in the past month): stored, like Docker Hub's
    active = any(i.status == "active" for i in tag.images)
    digests = [i.digest for i in tag.images]
    digest: str | Unset = UNSET
    media_type: str | Unset = UNSET
    if len(digests) == 1:
        digest, media_type = digests[0], _MANIFEST_MEDIA_TYPE
    elif digests:
        index = hashlib.sha256("\n".join(digests).encode()).hexdigest()
        digest, media_type = f"sha256:{index}", _INDEX_MEDIA_TYPE
    return m.NamespaceTag(
        id=tag.id,
        images=[
            m.TagImage(
                architecture=i.architecture,
                features="",
                variant=i.variant,
                digest=i.digest,
                os=i.os,
                os_features="",
                os_version=None,
                size=i.size,
                status=i.status,
                last_pulled=i.last_pulled,
                last_pushed=i.last_pushed,
            )
            for i in tag.images
        ],
        creator=tag.creator,
        last_updated=tag.last_updated,
        last_updater=tag.last_updater,
        last_updater_username=ctx.state.name_of(tag.last_updater),
        name=tag.name,
        repository=repo.id,
        full_size=tag.full_size,
        v2=tag.v2,
        tag_status="active" if active else "inactive",
        tag_last_pulled=pulled,
        tag_last_pushed=tag.last_updated,
        digest=digest,
        media_type=media_type,
        content_type="image" if digests else UNSET,
    )


def namespace_tags_list(ctx: Context, *, namespace: str, repository: str) -> list[m.NamespaceTag]:
    repo = ctx.state.get_repository(ctx.caller, namespace, repository)
    return [
        _namespace_tag(ctx, repo, t) for t in ctx.state.list_tags(ctx.caller, namespace, repository)
    ]


def namespace_tags_exists_any(ctx: Context, *, namespace: str, repository: str) -> None:
    if not ctx.state.list_tags(ctx.caller, namespace, repository):
        raise s.NotFound(f"Repository {namespace}/{repository} has no tags.")


def _find_tag(ctx: Context, namespace: str, repository: str, tag: str) -> s.Tag:
    repo = ctx.state.get_repository(ctx.caller, namespace, repository)
    found = repo.tags.get(tag)
    if found is None:
        raise s.NotFound(f"Tag {tag} not found.")
    return found


def namespace_tags_get(
    ctx: Context, *, namespace: str, repository: str, tag: str
) -> m.NamespaceTag:
    repo = ctx.state.get_repository(ctx.caller, namespace, repository)
    return _namespace_tag(ctx, repo, _find_tag(ctx, namespace, repository, tag))


def namespace_tags_exists(ctx: Context, *, namespace: str, repository: str, tag: str) -> None:
    _find_tag(ctx, namespace, repository, tag)


# --- tags, comments, collaborators, groups -----------------------------------------------


def tags_list(ctx: Context, *, namespace: str, repository: str) -> list[m.Tag]:
    repo = ctx.state.get_repository(ctx.caller, namespace, repository)
    return [_tag(repo, t) for t in ctx.state.list_tags(ctx.caller, namespace, repository)]


def tags_delete(ctx: Context, *, namespace: str, repository: str, tag: str) -> None:
    ctx.state.delete_tag(ctx.caller, namespace, repository, tag)


def comments_list(ctx: Context, *, namespace: str, repository: str) -> list[m.Comment]:
    return [
        m.Comment(
            id=c.id,
            user=c.user,
            comment=c.comment,
            created_on=c.created_on,
            updated_on=c.updated_on,
        )
        for c in ctx.state.list_comments(ctx.caller, namespace, repository)
    ]


def collaborators_list(ctx: Context, *, namespace: str, repository: str) -> list[m.Collaborator]:
    return [
        m.Collaborator(user=u)
        for u in ctx.state.list_collaborators(ctx.caller, namespace, repository)
    ]


def collaborators_add(
    ctx: Context, *, namespace: str, repository: str, body: m.CollaboratorCreate
) -> m.Collaborator:
    return m.Collaborator(
        user=ctx.state.add_collaborator(ctx.caller, namespace, repository, body.user)
    )


def collaborators_delete(ctx: Context, *, namespace: str, repository: str, username: str) -> None:
    ctx.state.remove_collaborator(ctx.caller, namespace, repository, username)


def groups_add_member(
    ctx: Context, *, org: str, group: str, body: m.GroupMemberCreate
) -> m.GroupMember:
    return m.GroupMember(member=ctx.state.add_group_member(ctx.caller, org, group, body.member))


# --- builds -----------------------------------------------------------------------------


def builds_history(ctx: Context, *, namespace: str, repository: str) -> list[m.Build]:
    return [_build(b) for b in ctx.state.build_history(ctx.caller, namespace, repository)]


def builds_get(ctx: Context, *, namespace: str, repository: str, build_code: str) -> m.BuildDetails:
    build = ctx.state.get_build(ctx.caller, namespace, repository, build_code)
    repo = ctx.state.get_repository(ctx.caller, namespace, repository)
    return _build_details(repo, build)


def builds_trigger(
    ctx: Context, *, namespace: str, repository: str, body: m.BuildTriggerRequest
) -> list[m.TriggeredBuild]:
    submitted = ctx.state.trigger_build(
        ctx.caller,
        namespace,
        repository,
        source_type=body.source_type.value,
        source_name=body.source_name,
        dockerfile_location=body.dockerfile_location,
    )
    return [
        m.TriggeredBuild(
            source_type=m.SourceType(t.source_type),
            source_name=t.source_name,
            evaluated_tag_name=t.evaluated_tag_name,
            build_code=t.build_code,
            msg="Build submitted",
            queued_for_retry=False,
        )
        for t in submitted
    ]


def autobuilds_get(ctx: Context, *, namespace: str, repository: str) -> m.AutomatedBuild:
    autobuild = ctx.state.get_autobuild(ctx.caller, namespace, repository)
    repo = ctx.state.get_repository(ctx.caller, namespace, repository)
    return _automated_build(repo, autobuild)


def autobuilds_create(
    ctx: Context, *, namespace: str, repository: str, body: m.AutomatedBuildCreate
) -> m.AutomatedBuild:
    repo, autobuild = ctx.state.create_autobuild(
        ctx.caller,
        namespace,
        repository,
        provider=body.provider.value,
        vcs_repo_name=body.vcs_repo_name,
        active=body.active,
        is_private=body.is_private,
        description=_given(body.description),
        build_tags=[_build_tag_spec(t) for t in body.build_tags],
    )
    return _automated_build(repo, autobuild)


def build_tags_create(
    ctx: Context, *, namespace: str, repository: str, body: m.BuildTagCreate
) -> m.BuildTag:
    tag = ctx.state.create_build_tag(ctx.caller, namespace, repository, _build_tag_spec(body))
    return _build_tag(tag)


def build_tags_update(
    ctx: Context, *, namespace: str, repository: str, build_tag_id: int, body: m.BuildTagUpdate
) -> m.BuildTag:
    tag = ctx.state.update_build_tag(
        ctx.caller, namespace, repository, build_tag_id, _build_tag_spec(body)
    )
    return _build_tag(tag)


def build_tags_delete(ctx: Context, *, namespace: str, repository: str, build_tag_id: int) -> None:
    ctx.state.delete_build_tag(ctx.caller, namespace, repository, build_tag_id)


def build_links_list(ctx: Context, *, namespace: str, repository: str) -> list[m.BuildLink]:
    links = ctx.state.list_links(ctx.caller, namespace, repository)
    repo = ctx.state.get_repository(ctx.caller, namespace, repository)
    return [_link(repo, link) for link in links]


def build_links_create(
    ctx: Context, *, namespace: str, repository: str, body: m.BuildLinkCreate
) -> m.BuildLink:
    link = ctx.state.create_link(ctx.caller, namespace, repository, body.to_repo)
    repo = ctx.state.get_repository(ctx.caller, namespace, repository)
    return _link(repo, link)


def build_links_delete(ctx: Context, *, namespace: str, repository: str, link_id: int) -> None:
    ctx.state.delete_link(ctx.caller, namespace, repository, link_id)


def build_triggers_get(ctx: Context, *, namespace: str, repository: str) -> m.BuildTrigger:
    trigger = ctx.state.get_build_trigger(ctx.caller, namespace, repository)
    repo = ctx.state.get_repository(ctx.caller, namespace, repository)
    return m.BuildTrigger(token=trigger.token, active=trigger.active, trigger_url=repo.trigger_url)


def build_triggers_history(
    ctx: Context, *, namespace: str, repository: str
) -> list[m.BuildTriggerEvent]:
    return [
        m.BuildTriggerEvent(
            ip_address=e.ip_address,
            result=e.result,
            result_desc=e.result_desc,
            user_agent=e.user_agent,
            request_body=e.request_body,
            created=e.created,
            build_code=e.build_code,
        )
        for e in ctx.state.trigger_history(ctx.caller, namespace, repository)
    ]


# --- webhooks ---------------------------------------------------------------------------


def webhooks_list(ctx: Context, *, namespace: str, repository: str) -> list[m.Webhook]:
    return [_webhook(w) for w in ctx.state.list_webhooks(ctx.caller, namespace, repository)]


def webhooks_create(
    ctx: Context, *, namespace: str, repository: str, body: m.WebhookCreate
) -> m.Webhook:
    return _webhook(ctx.state.create_webhook(ctx.caller, namespace, repository, body.name))


def webhooks_create_hook(
    ctx: Context, *, namespace: str, repository: str, webhook_id: int, body: m.HookCreate
) -> m.Hook:
    hook = ctx.state.create_hook(ctx.caller, namespace, repository, webhook_id, body.hook_url)
    return _hook(hook)


def webhooks_delete(ctx: Context, *, namespace: str, repository: str, webhook_id: int) -> None:
    ctx.state.delete_webhook(ctx.caller, namespace, repository, webhook_id)


# --- audit logs ---------------------------------------------------------------------------


def audit_logs_list_actions(ctx: Context, *, account: str) -> m.AuditActions:
    ctx.state.audit_actions(ctx.caller, account)
    return m.AuditActions(
        actions={
            category.key: m.AuditLogActions(
                label=category.label,
                actions=[
                    m.AuditLogAction(name=a.name, description=a.description, label=a.label)
                    for a in category.actions
                ],
            )
            for category in CATALOGUE
        }
    )


def _audit_time(field: str, value: str | None) -> datetime.datetime | None:
    """A ``from`` / ``to`` filter (its form already checked against ``audit_datetime``)."""
    if value is None:
        return None
    try:
        return parse_datetime(value)
    except ValueError:
        raise s.Invalid(field, f"{value} is not a valid date and time") from None


def _audit_log(event: s.AuditEvent) -> m.AuditLog:
    return m.AuditLog(
        account=event.account,
        action=event.action,
        name=event.name,
        actor=event.actor,
        data=dict(event.data),
        timestamp=event.timestamp,
        action_description=event.action_description,
    )


def audit_logs_list(
    ctx: Context,
    *,
    account: str,
    action: str | None = None,
    name: str | None = None,
    actor: str | None = None,
    from_: str | None = None,
    to: str | None = None,
) -> list[m.AuditLog]:
    since, until = _audit_time("from", from_), _audit_time("to", to)
    events = ctx.state.audit_logs(
        ctx.caller, account, action=action, name=name, actor=actor, since=since, until=until
    )
    return [_audit_log(e) for e in events]


# --- invites, group members, groups' access to repositories --------------------------------


def _invite(org: str, invite: s.Invite) -> m.Invite:
    return m.Invite(
        id=invite.id,
        inviter_username=invite.inviter,
        invitee=invite.invitee,
        org=org,
        team=invite.team,
        role=invite.role,
        created_at=invite.created_at,
    )


def invites_list(ctx: Context, *, org_name: str) -> list[m.Invite]:
    return [_invite(org_name, i) for i in ctx.state.list_invites(ctx.caller, org_name)]


def invites_bulk_create(ctx: Context, *, body: m.InviteBulkCreate) -> m.InviteBulkResult:
    org = body.org.lower()
    outcomes = ctx.state.bulk_invite(
        ctx.caller, org, body.invitees, team=body.team, role=body.role, dry_run=body.dry_run
    )
    return m.InviteBulkResult(
        invitees=[
            m.InviteeResult(
                invitee=o.invitee,
                status=o.status,
                invite=UNSET if o.invite is None else _invite(org, o.invite),
            )
            for o in outcomes
        ]
    )


def invites_resend(ctx: Context, *, invite_id: str) -> None:
    ctx.state.resend_invite(ctx.caller, invite_id)


def invites_cancel(ctx: Context, *, invite_id: str) -> None:
    ctx.state.cancel_invite(ctx.caller, invite_id)


def org_groups_patch(
    ctx: Context, *, org_name: str, group_name: str, body: m.OrgGroupPatch
) -> m.OrgGroup:
    group = ctx.state.patch_org_group(
        ctx.caller,
        org_name,
        group_name,
        new_name=_given(body.name),
        description=_given(body.description),
    )
    return _org_group(group)


def _group_member(user: s.User, *, with_email: bool) -> m.OrgGroupMember:
    email: str | Unset = user.gravatar_email if with_email else UNSET
    return m.OrgGroupMember(
        id=user.id,
        username=user.username,
        full_name=user.full_name,
        location=user.location,
        company=user.company,
        profile_url=user.profile_url,
        date_joined=user.date_joined,
        gravatar_url=user.gravatar_url,
        type="User",
        email=email,
        gravatar_email=email,
    )


def org_groups_list_members(
    ctx: Context, *, org_name: str, group_name: str, search: str | None = None
) -> list[m.OrgGroupMember]:
    owner, users = ctx.state.group_members(ctx.caller, org_name, group_name)
    needle = (search or "").lower()
    return [
        _group_member(u, with_email=owner)
        for u in users
        if needle in u.username
        or needle in u.full_name.lower()
        or (owner and needle in u.gravatar_email.lower())
    ]


def org_groups_remove_member(
    ctx: Context, *, org_name: str, group_name: str, username: str
) -> None:
    ctx.state.remove_group_member(ctx.caller, org_name, group_name, username)


def repository_groups_create(
    ctx: Context, *, namespace: str, repository: str, body: m.RepositoryGroupCreate
) -> m.RepositoryGroup:
    group, permission = ctx.state.set_repository_group(
        ctx.caller, namespace, repository, body.group_id, body.permission
    )
    return m.RepositoryGroup(group_name=group.name, permission=permission, group_id=group.id)


# --- SCIM 2.0 --------------------------------------------------------------------------------

SCIM_LIST_RESPONSE: Final = "urn:ietf:params:scim:api:messages:2.0:ListResponse"
SCIM_SERVICE_PROVIDER_CONFIG: Final = "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"
SCIM_RESOURCE_TYPE: Final = "urn:ietf:params:scim:schemas:core:2.0:ResourceType"
SCIM_SCHEMA: Final = "urn:ietf:params:scim:schemas:core:2.0:Schema"
_ScimList = TypeVar("_ScimList", m.ScimResourceTypeList, m.ScimSchemaList)
SCIM_MAX_RESULTS: Final = 200
"""The largest ``count`` a SCIM list takes (Docker's limit)."""


def _scim_org(ctx: Context) -> str:
    if ctx.scim_org is None:  # the app authenticates SCIM operations before calling
        raise s.Unauthorized("Authentication credentials were not provided.")
    return ctx.scim_org


def _scim_attribute(attributes: frozenset[str] | None, name: str, value: object) -> object | Unset:
    return value if attributes is None or name.lower() in attributes else UNSET


def scim_user_model(
    view: s.ScimUserView, base_url: str, attributes: frozenset[str] | None = None
) -> m.ScimUser:
    """The wire form of a SCIM user; ``attributes`` (lower-cased) keeps only those named
    (``id`` and ``schemas`` always stay)."""
    u = view.user
    name = m.ScimName(
        given_name=u.given_name or UNSET,
        family_name=u.family_name or UNSET,
    )
    meta = m.ScimMeta(
        resource_type="User",
        location=f"{base_url}/v2/scim/2.0/Users/{u.id}",
        created=u.created,
        last_modified=u.last_modified,
    )

    def keep(attribute: str, value: object) -> Any:
        return _scim_attribute(attributes, attribute, value)

    return m.ScimUser(
        schemas=[s.SCIM_USER_SCHEMA],
        id=u.id,
        user_name=keep("userName", u.email),
        name=keep("name", name if u.given_name or u.family_name else UNSET),
        display_name=keep("displayName", u.username),
        active=keep("active", view.active),
        emails=keep("emails", [m.ScimEmail(value=u.email, display=u.email, primary=True)]),
        groups=keep("groups", [m.ScimGroupRef(value=g, display=g) for g in view.groups]),
        meta=keep("meta", meta),
    )


def _scim_service_provider_config() -> m.ScimServiceProviderConfig:
    return m.ScimServiceProviderConfig(
        schemas=[SCIM_SERVICE_PROVIDER_CONFIG],
        documentation_uri="https://docs.docker.com/security/for-admins/provisioning/scim/",
        patch=m.ScimSupported(supported=False),
        bulk=m.ScimBulk(supported=False, max_operations=0, max_payload_size=0),
        filter=m.ScimFilterSupport(supported=True, max_results=SCIM_MAX_RESULTS),
        change_password=m.ScimSupported(supported=False),
        sort=m.ScimSupported(supported=True),
        etag=m.ScimSupported(supported=False),
        authentication_schemes=[
            m.ScimAuthenticationScheme(
                type="oauthbearertoken",
                name="OAuth 2.0 Bearer Token",
                description="The organization's SCIM token, from its SSO connection, as "
                "`Authorization: Bearer <token>`.",
                spec_uri="http://tools.ietf.org/html/rfc6750",
            )
        ],
    )


def _scim_user_resource_type() -> m.ScimResourceType:
    return m.ScimResourceType(
        schemas=[SCIM_RESOURCE_TYPE],
        id="User",
        name="User",
        description="User Account",
        endpoint="/Users",
        schema=s.SCIM_USER_SCHEMA,
    )


def _scim_attr(
    name: str,
    description: str,
    *,
    type: str = "string",
    multi_valued: bool = False,
    required: bool = False,
    mutability: str = "readWrite",
    uniqueness: str = "none",
) -> m.ScimSubAttribute:
    return m.ScimSubAttribute(
        name=name,
        type=type,
        multi_valued=multi_valued,
        description=description,
        required=required,
        case_exact=False,
        mutability=mutability,
        returned="default",
        uniqueness=uniqueness,
    )


def _scim_parent(
    attr: m.ScimSubAttribute, subs: list[m.ScimSubAttribute] | None = None
) -> m.ScimSchemaAttribute:
    return m.ScimSchemaAttribute(
        name=attr.name,
        type=attr.type,
        multi_valued=attr.multi_valued,
        description=attr.description,
        required=attr.required,
        case_exact=attr.case_exact,
        mutability=attr.mutability,
        returned=attr.returned,
        uniqueness=attr.uniqueness,
        sub_attributes=UNSET if subs is None else subs,
    )


def _scim_user_schema() -> m.ScimSchema:
    return m.ScimSchema(
        schemas=[SCIM_SCHEMA],
        id=s.SCIM_USER_SCHEMA,
        name="User",
        description="User Account",
        attributes=[
            _scim_parent(
                _scim_attr(
                    "userName",
                    "The user's email address: unique within the organization, and it cannot "
                    "change.",
                    required=True,
                    uniqueness="server",
                )
            ),
            _scim_parent(
                _scim_attr("name", "The user's name.", type="complex"),
                [
                    _scim_attr("givenName", "The given name."),
                    _scim_attr("familyName", "The family name."),
                ],
            ),
            _scim_parent(
                _scim_attr(
                    "displayName",
                    'The username in Docker, also known as the "Docker ID".',
                    mutability="readOnly",
                )
            ),
            _scim_parent(
                _scim_attr(
                    "active",
                    "Whether the user is a member of the organization.",
                    type="boolean",
                )
            ),
            _scim_parent(
                _scim_attr(
                    "emails", "The user's email address.", type="complex", multi_valued=True
                ),
                [
                    _scim_attr("value", "The address.", mutability="readOnly"),
                    _scim_attr("display", "The address.", mutability="readOnly"),
                    _scim_attr("primary", "Always true.", type="boolean", mutability="readOnly"),
                ],
            ),
            _scim_parent(
                _scim_attr(
                    "groups",
                    "The organization's groups (teams) the user is in.",
                    type="complex",
                    multi_valued=True,
                    mutability="readOnly",
                ),
                [
                    _scim_attr("value", "The group's name.", mutability="readOnly"),
                    _scim_attr("display", "The group's name.", mutability="readOnly"),
                ],
            ),
        ],
    )


def scim_service_provider_config(ctx: Context) -> m.ScimServiceProviderConfig:
    _scim_org(ctx)
    return _scim_service_provider_config()


def _scim_list(cls: type[_ScimList], items: list[Any]) -> _ScimList:
    """A SCIM ListResponse holding all of ``items`` (the discovery lists are not paged)."""
    return cls(
        schemas=[SCIM_LIST_RESPONSE],
        total_results=len(items),
        start_index=1,
        items_per_page=len(items),
        resources=items,
    )


def scim_resource_types(ctx: Context) -> m.ScimResourceTypeList:
    _scim_org(ctx)
    return _scim_list(m.ScimResourceTypeList, [_scim_user_resource_type()])


def scim_resource_type(ctx: Context, *, name: str) -> m.ScimResourceType:
    _scim_org(ctx)
    resource_type = _scim_user_resource_type()
    if name != resource_type.id:
        raise s.NotFound(f"Resource type {name} not found: the only one is {resource_type.id}.")
    return resource_type


def scim_schemas(ctx: Context) -> m.ScimSchemaList:
    _scim_org(ctx)
    return _scim_list(m.ScimSchemaList, [_scim_user_schema()])


def scim_schema(ctx: Context, *, schema_id: str) -> m.ScimSchema:
    _scim_org(ctx)
    schema = _scim_user_schema()
    if schema_id != schema.id:
        raise s.NotFound(f"Schema {schema_id} not found: the only one is {schema.id}.")
    return schema


def scim_users_list(
    ctx: Context,
    *,
    filter: str | None = None,
    attributes: str | None = None,
    sort_by: str | None = None,
    sort_order: str | None = None,
) -> list[m.ScimUser]:
    org = _scim_org(ctx)
    where = scim.parse_filter(filter) if filter is not None else None
    chosen = scim.parse_attributes(attributes) if attributes is not None else None
    sort_key = scim.sort_key_attribute(sort_by) if sort_by is not None else None
    views = ctx.state.scim_users(
        org, where=where, sort_by=sort_key, descending=sort_order == "descending"
    )
    return [scim_user_model(v, ctx.base_url, chosen) for v in views]


def _check_scim_schemas(schemas: list[str]) -> None:
    if s.SCIM_USER_SCHEMA not in schemas:
        raise s.Invalid("schemas", f"must include {s.SCIM_USER_SCHEMA}")


def scim_users_create(ctx: Context, *, body: m.ScimUserCreate) -> m.ScimUser:
    org = _scim_org(ctx)
    _check_scim_schemas(body.schemas)
    name = body.name if isinstance(body.name, m.ScimName) else m.ScimName()
    view = ctx.state.scim_create_user(
        org,
        body.user_name,
        given_name=_given(name.given_name) or "",
        family_name=_given(name.family_name) or "",
    )
    return scim_user_model(view, ctx.base_url)


def scim_users_get(ctx: Context, *, user_id: str) -> m.ScimUser:
    return scim_user_model(ctx.state.scim_user(_scim_org(ctx), user_id), ctx.base_url)


def scim_users_update(ctx: Context, *, user_id: str, body: m.ScimUserUpdate) -> m.ScimUser:
    org = _scim_org(ctx)
    _check_scim_schemas(body.schemas)
    active, enabled = body.active, body.enabled
    if isinstance(active, bool) and isinstance(enabled, bool) and active != enabled:
        raise s.Invalid("active", "active and enabled disagree: give one of them")
    # Docker: leaving the state out means false (a deactivation)
    chosen = active if isinstance(active, bool) else enabled if isinstance(enabled, bool) else False
    name = body.name if isinstance(body.name, m.ScimName) else m.ScimName()
    view = ctx.state.scim_update_user(
        org,
        user_id,
        active=chosen,
        email=_given(body.user_name),
        given_name=_given(name.given_name),
        family_name=_given(name.family_name),
    )
    return scim_user_model(view, ctx.base_url)
