"""Accounts: logging in (``auth``), personal access tokens and users."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from dockerhub_sdk.wire import UNSET
from dockerhub_sdk.wire import models as wire
from fakehub import state as domain
from fakehub.auth import ACCESS_TOKEN_TTL, InvalidToken
from fakehub.handlers._context import Context, Handler, Listing, given
from fakehub.http.paging import mapped
from fakehub.http.projection import project

__all__ = [
    "access_tokens_create",
    "access_tokens_delete",
    "access_tokens_get",
    "access_tokens_list",
    "access_tokens_update",
    "api_tokens_create",
    "api_tokens_delete",
    "api_tokens_get",
    "api_tokens_list",
    "api_tokens_update",
    "auth_login",
    "auth_login_2fa",
    "auth_logout",
    "auth_token",
    "billing_hub_plan",
    "current_user_model",
    "user_model",
    "users_get",
    "users_me",
    "users_registry_settings",
]


def user_model(user: domain.User) -> wire.User:
    return project(wire.User, user)


def current_user_model(user: domain.User) -> wire.CurrentUser:
    return project(wire.CurrentUser, user)


# --- auth -------------------------------------------------------------------------------


def _issue(
    ctx: Context, user: domain.User, pat: domain.PersonalAccessToken | None, ttl: bool
) -> str:
    """A token of ``user``: scoped when it comes from a personal access token; ``ttl``: the
    10-minute lifetime of ``/v2/auth/token/``'s access tokens."""
    return ctx.tokens.issue(
        user.username,
        scopes=None if pat is None else pat.scopes,
        pat=None if pat is None else pat.uuid,
        ttl=ACCESS_TOKEN_TTL if ttl else None,
    )


def _login_response(
    ctx: Context,
    user: domain.User,
    pat: domain.PersonalAccessToken | None,
    refresh_token: bool | None,
) -> wire.LoginResponse:
    """A login's answer: its token, and a ``refresh_token`` when the query asked for one."""
    return wire.LoginResponse(
        token=_issue(ctx, user, pat, ttl=False),
        refresh_token=ctx.tokens.issue_refresh(user.username) if refresh_token else UNSET,
    )


def auth_login(
    ctx: Context, *, body: wire.LoginRequest, refresh_token: bool | None = None
) -> wire.LoginResponse:
    try:
        user, pat = ctx.state.login(body.username, body.password)
    except domain.SecondFactorRequired as exc:
        exc.login_2fa_token = ctx.tokens.issue_login_2fa(exc.username)
        raise
    return _login_response(ctx, user, pat, refresh_token)


def auth_login_2fa(
    ctx: Context, *, body: wire.Login2FARequest, refresh_token: bool | None = None
) -> wire.LoginResponse:
    """The second step: each call with a ``login_2fa_token`` is an attempt (a few at most),
    and the first that succeeds spends it."""
    try:
        attempt = ctx.tokens.start_login_2fa(body.login_2fa_token)
        user = ctx.state.check_second_factor(attempt.username, body.code)
        ctx.tokens.finish_login_2fa(attempt)
    except InvalidToken as exc:
        raise domain.Unauthorized(exc.message) from None
    return _login_response(ctx, user, None, refresh_token)


def billing_hub_plan(ctx: Context, *, account_id: str) -> wire.HubPlan:
    return project(wire.HubPlan, ctx.state.hub_plan(ctx.caller, account_id))


def auth_token(ctx: Context, *, body: wire.AuthTokenRequest) -> wire.AuthTokenResponse:
    if body.secret.startswith(domain.OAT_PREFIX):  # an organization access token: acts as the org
        org, oat = ctx.state.authenticate_org_token(body.identifier, body.secret)
        return wire.AuthTokenResponse(
            access_token=ctx.tokens.issue(org.name, oat=oat.id, ttl=ACCESS_TOKEN_TTL)
        )
    user, pat = ctx.state.authenticate_secret(body.identifier, body.secret)
    if pat is None and user.totp_secret is not None:
        raise domain.Unauthorized(
            "Two-factor authentication is enabled on this account: use a personal access token."
        )
    return wire.AuthTokenResponse(access_token=_issue(ctx, user, pat, ttl=True))


def auth_logout(ctx: Context) -> None:
    if ctx.claims is None:
        raise domain.Unauthorized("Authentication credentials were not provided.")
    ctx.tokens.revoke(ctx.claims)


# --- personal access tokens -------------------------------------------------------------


def _access_token(pat: domain.PersonalAccessToken, secret: str = "") -> wire.AccessToken:
    return project(
        wire.AccessToken,
        pat,
        token=secret,
        scopes=list(pat.scopes),
        expires_at=UNSET if pat.expires_at is None else pat.expires_at,
    )


def access_tokens_create(ctx: Context, *, body: wire.AccessTokenCreate) -> wire.AccessToken:
    pat, secret = ctx.state.create_access_token(
        ctx.caller,
        token_label=body.token_label,
        scopes=body.scopes,
        expires_at=given(body.expires_at),
        creator_ip=ctx.remote_addr,
        creator_ua=ctx.user_agent,
    )
    return _access_token(pat, secret)


def access_tokens_list(ctx: Context) -> Listing:
    tokens = ctx.state.list_access_tokens(ctx.caller)
    active = sum(1 for t in tokens if t.is_active)
    return Listing(items=mapped(tokens, _access_token), extra={"active_count": active})


def access_tokens_get(ctx: Context, *, uuid: str) -> wire.AccessToken:
    return _access_token(ctx.state.get_access_token(ctx.caller, uuid))


def access_tokens_update(
    ctx: Context, *, uuid: str, body: wire.AccessTokenUpdate
) -> wire.AccessToken:
    pat = ctx.state.update_access_token(
        ctx.caller, uuid, token_label=given(body.token_label), is_active=given(body.is_active)
    )
    return _access_token(pat)


def access_tokens_delete(ctx: Context, *, uuid: str) -> None:
    ctx.state.delete_access_token(ctx.caller, uuid)


API_TOKEN_LABEL: Final = "API token"
"""The label of a token created at ``/v2/api_tokens`` without one."""


def api_tokens_create(ctx: Context, *, body: wire.ApiTokenCreate) -> wire.AccessToken:
    pat, secret = ctx.state.create_access_token(
        ctx.caller,
        token_label=given(body.token_label) or API_TOKEN_LABEL,
        scopes=["repo:admin"],  # the older tokens carry no scopes: they may do everything
        creator_ip=ctx.remote_addr,
        creator_ua=ctx.user_agent,
    )
    return _access_token(pat, secret)


# the older path's other operations are the same as /v2/access-tokens'
api_tokens_list = access_tokens_list
api_tokens_get = access_tokens_get
api_tokens_update = access_tokens_update
api_tokens_delete = access_tokens_delete


# --- users ------------------------------------------------------------------------------


def users_get(ctx: Context, *, username: str) -> wire.User:
    return user_model(ctx.state.get_user(username))


def users_me(ctx: Context) -> wire.CurrentUser:
    return current_user_model(ctx.state.current_user(ctx.caller))


def users_registry_settings(ctx: Context, *, username: str) -> wire.RegistrySettings:
    settings = ctx.state.registry_settings(ctx.caller, username)
    return project(
        wire.RegistrySettings,
        settings,
        default_repo_visibility=wire.RepoVisibility(settings.default_repo_visibility),
    )


HANDLERS: Final[Mapping[str, Handler]] = {
    "auth.login": auth_login,
    "auth.login_2fa": auth_login_2fa,
    "auth.token": auth_token,
    "billing.hub_plan": billing_hub_plan,
    "auth.logout": auth_logout,
    "access_tokens.create": access_tokens_create,
    "access_tokens.list": access_tokens_list,
    "access_tokens.get": access_tokens_get,
    "access_tokens.update": access_tokens_update,
    "access_tokens.delete": access_tokens_delete,
    "api_tokens.create": api_tokens_create,
    "api_tokens.list": api_tokens_list,
    "api_tokens.get": api_tokens_get,
    "api_tokens.update": api_tokens_update,
    "api_tokens.delete": api_tokens_delete,
    "users.get": users_get,
    "users.me": users_me,
    "users.registry_settings": users_registry_settings,
}
