"""SCIM 2.0: the discovery documents and an organization's provisioned users."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Final, TypeVar

from dockerhub_sdk.wire import UNSET, Unset
from dockerhub_sdk.wire import models as wire
from fakehub import scim as scim_query
from fakehub import scim_patch
from fakehub import state as domain
from fakehub.handlers._context import Context, Handler, given
from fakehub.http.paging import SCIM_LIST_RESPONSE, mapped
from fakehub.http.projection import project

__all__ = [
    "SCIM_LIST_RESPONSE",
    "SCIM_MAX_RESULTS",
    "SCIM_RESOURCE_TYPE",
    "SCIM_SCHEMA",
    "SCIM_SERVICE_PROVIDER_CONFIG",
    "scim_resource_type",
    "scim_resource_types",
    "scim_schema",
    "scim_schemas",
    "scim_service_provider_config",
    "scim_user_model",
    "scim_users_create",
    "scim_users_delete",
    "scim_users_get",
    "scim_users_list",
    "scim_users_patch",
    "scim_users_update",
]

SCIM_SERVICE_PROVIDER_CONFIG: Final = "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"
SCIM_RESOURCE_TYPE: Final = "urn:ietf:params:scim:schemas:core:2.0:ResourceType"
SCIM_SCHEMA: Final = "urn:ietf:params:scim:schemas:core:2.0:Schema"
_ScimList = TypeVar("_ScimList", wire.ScimResourceTypeList, wire.ScimSchemaList)
_ScimOne = TypeVar("_ScimOne", wire.ScimResourceType, wire.ScimSchema)
SCIM_MAX_RESULTS: Final = 200
"""The largest ``count`` a SCIM list takes (Docker's limit)."""


def _scim_org(ctx: Context) -> str:
    if ctx.scim_org is None:  # the app authenticates SCIM operations before calling
        raise domain.Unauthorized("Authentication credentials were not provided.")
    return ctx.scim_org


def _scim_attribute(attributes: frozenset[str] | None, name: str, value: object) -> object | Unset:
    return value if attributes is None or name.lower() in attributes else UNSET


def scim_user_model(
    view: domain.ScimUserView, base_url: str, attributes: frozenset[str] | None = None
) -> wire.ScimUser:
    """The wire form of a SCIM user; ``attributes`` (lower-cased) keeps only those named
    (``id`` and ``schemas`` always stay)."""
    u = view.user
    name = wire.ScimName(
        given_name=u.given_name or UNSET,
        family_name=u.family_name or UNSET,
    )
    meta = project(
        wire.ScimMeta, u, resource_type="User", location=f"{base_url}/v2/scim/2.0/Users/{u.id}"
    )

    def keep(attribute: str, value: object) -> Any:
        return _scim_attribute(attributes, attribute, value)

    return wire.ScimUser(
        schemas=[domain.SCIM_USER_SCHEMA],
        id=u.id,
        user_name=keep("userName", u.email),
        name=keep("name", name if u.given_name or u.family_name else UNSET),
        display_name=keep("displayName", u.username),
        active=keep("active", view.active),
        emails=keep("emails", [wire.ScimEmail(value=u.email, display=u.email, primary=True)]),
        groups=keep("groups", [wire.ScimGroupRef(value=g, display=g) for g in view.groups]),
        meta=keep("meta", meta),
    )


def _scim_service_provider_config() -> wire.ScimServiceProviderConfig:
    return wire.ScimServiceProviderConfig(
        schemas=[SCIM_SERVICE_PROVIDER_CONFIG],
        documentation_uri="https://docs.docker.com/security/for-admins/provisioning/scim/",
        patch=wire.ScimSupported(supported=True),
        bulk=wire.ScimBulk(supported=False, max_operations=0, max_payload_size=0),
        filter=wire.ScimFilterSupport(supported=True, max_results=SCIM_MAX_RESULTS),
        change_password=wire.ScimSupported(supported=False),
        sort=wire.ScimSupported(supported=True),
        etag=wire.ScimSupported(supported=False),
        authentication_schemes=[
            wire.ScimAuthenticationScheme(
                type="oauthbearertoken",
                name="OAuth 2.0 Bearer Token",
                description="The organization's SCIM token, from its SSO connection, as "
                "`Authorization: Bearer <token>`.",
                spec_uri="http://tools.ietf.org/html/rfc6750",
            )
        ],
    )


def _scim_user_resource_type() -> wire.ScimResourceType:
    return wire.ScimResourceType(
        schemas=[SCIM_RESOURCE_TYPE],
        id="User",
        name="User",
        description="User Account",
        endpoint="/Users",
        schema=domain.SCIM_USER_SCHEMA,
    )


_SCIM_ATTRIBUTE_DEFAULTS: Final[Mapping[str, Any]] = {
    "type": "string",
    "multi_valued": False,
    "required": False,
    "case_exact": False,
    "mutability": "readWrite",
    "returned": "default",
    "uniqueness": "none",
}
"""A SCIM attribute's characteristics when its definition leaves them out (RFC 7643, 2.2)."""


def _scim_attr(name: str, description: str, **characteristics: Any) -> wire.ScimSubAttribute:
    """An attribute of the user schema: :data:`_SCIM_ATTRIBUTE_DEFAULTS` but the
    ``characteristics`` given (``required=True``, ``mutability="readOnly"``)."""
    chosen = {**_SCIM_ATTRIBUTE_DEFAULTS, **characteristics}
    return wire.ScimSubAttribute(name=name, description=description, **chosen)


def _scim_parent(
    attr: wire.ScimSubAttribute, subs: list[wire.ScimSubAttribute] | None = None
) -> wire.ScimSchemaAttribute:
    return project(wire.ScimSchemaAttribute, attr, sub_attributes=UNSET if subs is None else subs)


def _scim_user_schema() -> wire.ScimSchema:
    return wire.ScimSchema(
        schemas=[SCIM_SCHEMA],
        id=domain.SCIM_USER_SCHEMA,
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


def scim_service_provider_config(ctx: Context) -> wire.ScimServiceProviderConfig:
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


def scim_resource_types(ctx: Context) -> wire.ScimResourceTypeList:
    _scim_org(ctx)
    return _scim_list(wire.ScimResourceTypeList, [_scim_user_resource_type()])


def _the_only(kind: str, wanted: str, only: _ScimOne) -> _ScimOne:
    """``only`` when ``wanted`` is its id (the discovery lists hold one item each), else a
    404 naming the one there is."""
    if wanted != only.id:
        raise domain.NotFound(f"{kind} {wanted} not found: the only one is {only.id}.")
    return only


def scim_resource_type(ctx: Context, *, name: str) -> wire.ScimResourceType:
    _scim_org(ctx)
    return _the_only("Resource type", name, _scim_user_resource_type())


def scim_schemas(ctx: Context) -> wire.ScimSchemaList:
    _scim_org(ctx)
    return _scim_list(wire.ScimSchemaList, [_scim_user_schema()])


def scim_schema(ctx: Context, *, schema_id: str) -> wire.ScimSchema:
    _scim_org(ctx)
    return _the_only("Schema", schema_id, _scim_user_schema())


def scim_users_list(
    ctx: Context,
    *,
    filter: str | None = None,
    attributes: str | None = None,
    sort_by: str | None = None,
    sort_order: str | None = None,
) -> Sequence[wire.ScimUser]:
    org = _scim_org(ctx)
    where = scim_query.parse_filter(filter) if filter is not None else None
    chosen = scim_query.parse_attributes(attributes) if attributes is not None else None
    sort_key = scim_query.sort_key_attribute(sort_by) if sort_by is not None else None
    views = ctx.state.scim_users(
        org, where=where, sort_by=sort_key, descending=sort_order == "descending"
    )
    return mapped(views, lambda v: scim_user_model(v, ctx.base_url, chosen))


def _check_scim_schemas(schemas: list[str], schema: str = domain.SCIM_USER_SCHEMA) -> None:
    if schema not in schemas:
        raise domain.Invalid("schemas", f"must include {schema}")


def scim_users_create(ctx: Context, *, body: wire.ScimUserCreate) -> wire.ScimUser:
    org = _scim_org(ctx)
    _check_scim_schemas(body.schemas)
    name = body.name if isinstance(body.name, wire.ScimName) else wire.ScimName()
    view = ctx.state.scim_create_user(
        org,
        body.user_name,
        given_name=given(name.given_name) or "",
        family_name=given(name.family_name) or "",
    )
    if body.active is False:  # RFC 7643: the user is provisioned deactivated
        view = ctx.state.scim_update_user(org, view.user.id, active=False)
    return scim_user_model(view, ctx.base_url)


def scim_users_get(ctx: Context, *, user_id: str) -> wire.ScimUser:
    return scim_user_model(ctx.state.scim_user(_scim_org(ctx), user_id), ctx.base_url)


def scim_users_update(ctx: Context, *, user_id: str, body: wire.ScimUserUpdate) -> wire.ScimUser:
    org = _scim_org(ctx)
    _check_scim_schemas(body.schemas)
    active, enabled = body.active, body.enabled
    if isinstance(active, bool) and isinstance(enabled, bool) and active != enabled:
        raise domain.Invalid("active", "active and enabled disagree: give one of them")
    # Docker: leaving the state out means false (a deactivation)
    chosen = active if isinstance(active, bool) else enabled if isinstance(enabled, bool) else False
    name = body.name if isinstance(body.name, wire.ScimName) else wire.ScimName()
    view = ctx.state.scim_update_user(
        org,
        user_id,
        active=chosen,
        email=given(body.user_name),
        given_name=given(name.given_name) or None,  # empty parts leave the name as it is
        family_name=given(name.family_name) or None,
    )
    return scim_user_model(view, ctx.base_url)


def scim_users_patch(ctx: Context, *, user_id: str, body: wire.ScimPatchOp) -> wire.ScimUser:
    org = _scim_org(ctx)
    _check_scim_schemas(body.schemas, scim_patch.PATCH_OP_SCHEMA)
    patch = scim_patch.read_patch(body.operations)
    view = ctx.state.scim_update_user(
        org,
        user_id,
        active=patch.active,
        email=patch.user_name,
        given_name=patch.given_name,
        family_name=patch.family_name,
    )
    return scim_user_model(view, ctx.base_url)


def scim_users_delete(ctx: Context, *, user_id: str) -> None:
    ctx.state.scim_delete_user(_scim_org(ctx), user_id)


HANDLERS: Final[Mapping[str, Handler]] = {
    "scim.service_provider_config": scim_service_provider_config,
    "scim.resource_types": scim_resource_types,
    "scim.resource_type": scim_resource_type,
    "scim.schemas": scim_schemas,
    "scim.schema": scim_schema,
    "scim_users.list": scim_users_list,
    "scim_users.create": scim_users_create,
    "scim_users.get": scim_users_get,
    "scim_users.update": scim_users_update,
    "scim_users.patch": scim_users_patch,
    "scim_users.delete": scim_users_delete,
}
