"""Organization access tokens."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Final

from dockerhub_sdk.wire import models as wire
from fakehub import state as domain
from fakehub.handlers._context import Context, Handler, given, given_fields
from fakehub.http.paging import mapped
from fakehub.http.projection import project

__all__ = [
    "org_access_tokens_create",
    "org_access_tokens_delete",
    "org_access_tokens_get",
    "org_access_tokens_list",
    "org_access_tokens_update",
]


def _resources(resources: list[wire.OrgAccessTokenResource]) -> list[domain.OrgAccessTokenResource]:
    return [
        domain.OrgAccessTokenResource(type=r.type.value, path=r.path, scopes=tuple(r.scopes))
        for r in resources
    ]


def _resource_models(token: domain.OrgAccessToken) -> list[wire.OrgAccessTokenResource]:
    return [
        project(
            wire.OrgAccessTokenResource,
            r,
            type=wire.OrgAccessTokenResourceType(r.type),
            scopes=list(r.scopes),
        )
        for r in token.resources
    ]


def _org_access_token(token: domain.OrgAccessToken) -> wire.OrgAccessToken:
    return project(wire.OrgAccessToken, token, resources=_resource_models(token))


def org_access_tokens_create(
    ctx: Context, *, name: str, body: wire.OrgAccessTokenCreate
) -> wire.OrgAccessTokenCreated:
    token, secret = ctx.state.create_org_access_token(
        ctx.caller,
        name,
        label=body.label,
        description=given(body.description) or "",
        resources=_resources(body.resources),
        expires_at=given(body.expires_at),
    )
    return project(
        wire.OrgAccessTokenCreated, token, token=secret, resources=_resource_models(token)
    )


def org_access_tokens_list(ctx: Context, *, name: str) -> Sequence[wire.OrgAccessToken]:
    return mapped(ctx.state.list_org_access_tokens(ctx.caller, name), _org_access_token)


def org_access_tokens_get(
    ctx: Context, *, org_name: str, access_token_id: str
) -> wire.OrgAccessToken:
    return _org_access_token(ctx.state.get_org_access_token(ctx.caller, org_name, access_token_id))


def org_access_tokens_update(
    ctx: Context, *, org_name: str, access_token_id: str, body: wire.OrgAccessTokenUpdate
) -> wire.OrgAccessToken:
    resources = given(body.resources)
    token = ctx.state.update_org_access_token(
        ctx.caller,
        org_name,
        access_token_id,
        **given_fields(body, "label", "description", "is_active"),
        resources=None if resources is None else _resources(resources),
    )
    return _org_access_token(token)


def org_access_tokens_delete(ctx: Context, *, org_name: str, access_token_id: str) -> None:
    ctx.state.delete_org_access_token(ctx.caller, org_name, access_token_id)


HANDLERS: Final[Mapping[str, Handler]] = {
    "org_access_tokens.create": org_access_tokens_create,
    "org_access_tokens.get": org_access_tokens_get,
    "org_access_tokens.update": org_access_tokens_update,
    "org_access_tokens.delete": org_access_tokens_delete,
    "org_access_tokens.list": org_access_tokens_list,
}
