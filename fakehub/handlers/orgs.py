"""Organizations: the organizations themselves, their members, groups (teams), invites and
settings."""

from __future__ import annotations

import csv
import datetime
import io
from collections.abc import Mapping, Sequence
from typing import Final

from dockerhub_sdk.wire import UNSET, Unset
from dockerhub_sdk.wire import models as wire
from fakehub import state as domain
from fakehub.handlers._context import Context, Handler, given, given_fields
from fakehub.http.paging import mapped
from fakehub.http.projection import project

__all__ = [
    "EXPORT_COLUMNS",
    "groups_add_member",
    "invites_bulk_create",
    "invites_cancel",
    "invites_list",
    "invites_resend",
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
    "org_model",
    "org_settings_get",
    "org_settings_get_registry_access",
    "org_settings_update",
    "org_settings_update_registry_access",
    "orgs_get",
    "orgs_list",
]

EXPORT_COLUMNS: Final = ("Name", "Username", "Email", "Type", "Permission", "Teams", "Date Joined")


def org_model(org: domain.Organization) -> wire.Organization:
    return project(
        wire.Organization, org, orgname=org.name, profile_url="", gravatar_url="", type="Org"
    )


def orgs_list(ctx: Context) -> Sequence[wire.Organization]:
    return mapped(ctx.state.user_orgs(ctx.caller), org_model)


def orgs_get(ctx: Context, *, org: str) -> wire.Organization:
    return org_model(ctx.state.get_org(org))


# --- members ------------------------------------------------------------------------------


def _shown_email(user: domain.User, *, owner: bool) -> str | None:
    """A member's email address as the caller may see it (``owner``: what the state says of
    the caller, by Docker's rule that owners see them): ``None`` when hidden — then blank in
    the member list and its CSV export (where the field is always there), absent from a
    group's members."""
    return user.gravatar_email if owner else None


def _org_member(user: domain.User, role: str, groups: list[str], *, owner: bool) -> wire.OrgMember:
    return project(
        wire.OrgMember,
        user,
        type="User",
        email=_shown_email(user, owner=owner) or "",
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
) -> Sequence[wire.OrgMember]:
    organization, owner, rows = ctx.state.org_members(ctx.caller, org_name)
    needle = (search or "").lower()
    # members stay domain rows until their page is cut; the (few) invitees come built
    members: list[wire.OrgMember | tuple[domain.User, str, list[str]]] = []
    if type != "invitee":
        members += [
            row
            for row in rows
            if (role is None or row[1] == role)
            and (needle in row[0].username or needle in row[0].full_name.lower())
        ]
    if type in ("invitee", "all") or invites:
        members += [
            row
            for row in _invitee_rows(ctx, organization, owner=owner)
            if role is None and (needle in row.username or needle in row.full_name.lower())
        ]
    return mapped(
        members,
        lambda m: m if isinstance(m, wire.OrgMember) else _org_member(*m, owner=owner),
    )


def _invitee_rows(
    ctx: Context, organization: domain.Organization, *, owner: bool
) -> list[wire.OrgMember]:
    """The pending invitees, as members with the role ``Invitee``: shown to owners only. A
    registered invitee with their profile; one invited by email with the address as username."""
    if not owner:
        return []
    rows = []
    for invite in sorted(organization.invites.values(), key=lambda i: i.created_at):
        user = ctx.state.find_user(invite.invitee)
        if user is not None:
            rows.append(_org_member(user, "invitee", [], owner=True))
            continue
        rows.append(
            wire.OrgMember(
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


def org_members_export(ctx: Context, *, org_name: str) -> str:
    _, owner, rows = ctx.state.org_members(ctx.caller, org_name)
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
                _shown_email(user, owner=owner) or "",
                "User",
                role.capitalize(),
                ", ".join(groups),
                joined,
            )
        )
    return out.getvalue()


def _one_member(ctx: Context, org_name: str, username: str) -> wire.OrgMember:
    _, owner, rows = ctx.state.org_members(ctx.caller, org_name)
    for user, role, groups in rows:
        if user.username == username:
            return _org_member(user, role, groups, owner=owner)
    raise domain.NotFound(f"{username} is not a member of {org_name}.")


def org_members_update_role(
    ctx: Context, *, org_name: str, username: str, body: wire.OrgMemberRoleUpdate
) -> wire.OrgMember:
    ctx.state.set_org_role(ctx.caller, org_name, username, body.role)
    return _one_member(ctx, org_name, username.lower())


def org_members_remove(ctx: Context, *, org_name: str, username: str) -> None:
    ctx.state.remove_org_member(ctx.caller, org_name, username)


# --- groups (teams) -----------------------------------------------------------------------


def _org_group(group: domain.Group) -> wire.OrgGroup:
    return project(wire.OrgGroup, group, member_count=len(group.members))


def org_groups_list(
    ctx: Context, *, org_name: str, username: str | None = None, search: str | None = None
) -> Sequence[wire.OrgGroup]:
    groups = [
        g
        for g in ctx.state.org_groups(ctx.caller, org_name)
        if (username is None or username.lower() in g.members)
        and (search is None or search.lower() in g.name)
    ]
    return mapped(groups, _org_group)


def org_groups_create(ctx: Context, *, org_name: str, body: wire.OrgGroupWrite) -> wire.OrgGroup:
    return _org_group(ctx.state.create_org_group(ctx.caller, org_name, body.name, body.description))


def org_groups_get(ctx: Context, *, org_name: str, group_name: str) -> wire.OrgGroup:
    return _org_group(ctx.state.org_group(ctx.caller, org_name, group_name))


def org_groups_update(
    ctx: Context, *, org_name: str, group_name: str, body: wire.OrgGroupWrite
) -> wire.OrgGroup:
    group = ctx.state.update_org_group(
        ctx.caller, org_name, group_name, new_name=body.name, description=body.description
    )
    return _org_group(group)


def org_groups_patch(
    ctx: Context, *, org_name: str, group_name: str, body: wire.OrgGroupPatch
) -> wire.OrgGroup:
    changes = given_fields(body, "description")
    group = ctx.state.patch_org_group(
        ctx.caller, org_name, group_name, new_name=given(body.name), **changes
    )
    return _org_group(group)


def org_groups_delete(ctx: Context, *, org_name: str, group_name: str) -> None:
    ctx.state.delete_org_group(ctx.caller, org_name, group_name)


def _group_member(user: domain.User, *, owner: bool) -> wire.OrgGroupMember:
    shown = _shown_email(user, owner=owner)
    email: str | Unset = UNSET if shown is None else shown
    return project(wire.OrgGroupMember, user, type="User", email=email, gravatar_email=email)


def org_groups_list_members(
    ctx: Context, *, org_name: str, group_name: str, search: str | None = None
) -> Sequence[wire.OrgGroupMember]:
    owner, users = ctx.state.group_members(ctx.caller, org_name, group_name)
    needle = (search or "").lower()
    found = [
        u
        for u in users
        if needle in u.username
        or needle in u.full_name.lower()
        or (owner and needle in u.gravatar_email.lower())
    ]
    return mapped(found, lambda u: _group_member(u, owner=owner))


def groups_add_member(
    ctx: Context, *, org: str, group: str, body: wire.GroupMemberCreate
) -> wire.GroupMember:
    return wire.GroupMember(member=ctx.state.add_group_member(ctx.caller, org, group, body.member))


def org_groups_remove_member(
    ctx: Context, *, org_name: str, group_name: str, username: str
) -> None:
    ctx.state.remove_group_member(ctx.caller, org_name, group_name, username)


# --- invites ------------------------------------------------------------------------------


def _invite(org: str, invite: domain.Invite) -> wire.Invite:
    return project(wire.Invite, invite, inviter_username=invite.inviter, org=org)


def invites_list(ctx: Context, *, org_name: str) -> Sequence[wire.Invite]:
    return mapped(ctx.state.list_invites(ctx.caller, org_name), lambda i: _invite(org_name, i))


def invites_bulk_create(ctx: Context, *, body: wire.InviteBulkCreate) -> wire.InviteBulkResult:
    org = body.org.lower()
    outcomes = ctx.state.bulk_invite(
        ctx.caller, org, body.invitees, team=body.team, role=body.role, dry_run=body.dry_run
    )
    return wire.InviteBulkResult(
        invitees=[
            project(
                wire.InviteeResult,
                o,
                invite=UNSET if o.invite is None else _invite(org, o.invite),
            )
            for o in outcomes
        ]
    )


def invites_resend(ctx: Context, *, invite_id: str) -> None:
    ctx.state.resend_invite(ctx.caller, invite_id)


def invites_cancel(ctx: Context, *, invite_id: str) -> None:
    ctx.state.cancel_invite(ctx.caller, invite_id)


# --- settings -----------------------------------------------------------------------------


def _org_settings(settings: domain.RestrictedImages) -> wire.OrgSettings:
    return wire.OrgSettings(restricted_images=project(wire.RestrictedImages, settings))


def org_settings_get(ctx: Context, *, name: str) -> wire.OrgSettings:
    return _org_settings(ctx.state.org_settings(ctx.caller, name))


def org_settings_update(
    ctx: Context, *, name: str, body: wire.OrgSettingsUpdate
) -> wire.OrgSettings:
    wanted = project(domain.RestrictedImages, body.restricted_images)
    return _org_settings(ctx.state.update_org_settings(ctx.caller, name, wanted))


def _registry_access(settings: domain.RegistryAccess) -> wire.RegistryAccessManagement:
    return wire.RegistryAccessManagement(
        enabled=settings.enabled,
        standard_registries=[
            project(wire.StandardRegistry, r) for r in settings.standard_registries
        ],
        custom_registries=[project(wire.CustomRegistry, r) for r in settings.custom_registries],
    )


def org_settings_get_registry_access(ctx: Context, *, name: str) -> wire.RegistryAccessManagement:
    return _registry_access(ctx.state.registry_access(ctx.caller, name))


def org_settings_update_registry_access(
    ctx: Context, *, name: str, body: wire.RegistryAccessManagementUpdate
) -> wire.RegistryAccessManagement:
    current = ctx.state.registry_access(ctx.caller, name)
    standard = given(body.standard_registries)
    custom = given(body.custom_registries)
    wanted = domain.RegistryAccess(
        enabled=body.enabled,
        standard_registries=current.standard_registries
        if standard is None
        else tuple(project(domain.StandardRegistry, r) for r in standard),
        custom_registries=current.custom_registries
        if custom is None
        else tuple(project(domain.CustomRegistry, r) for r in custom),
    )
    return _registry_access(ctx.state.update_registry_access(ctx.caller, name, wanted))


HANDLERS: Final[Mapping[str, Handler]] = {
    "orgs.list": orgs_list,
    "orgs.get": orgs_get,
    "org_members.list": org_members_list,
    "org_members.export": org_members_export,
    "org_members.update_role": org_members_update_role,
    "org_members.remove": org_members_remove,
    "org_groups.list": org_groups_list,
    "org_groups.create": org_groups_create,
    "org_groups.get": org_groups_get,
    "org_groups.update": org_groups_update,
    "org_groups.delete": org_groups_delete,
    "org_groups.patch": org_groups_patch,
    "org_groups.list_members": org_groups_list_members,
    "org_groups.remove_member": org_groups_remove_member,
    "groups.add_member": groups_add_member,
    "invites.bulk_create": invites_bulk_create,
    "invites.list": invites_list,
    "invites.resend": invites_resend,
    "invites.cancel": invites_cancel,
    "org_settings.get": org_settings_get,
    "org_settings.update": org_settings_update,
    "org_settings.get_registry_access": org_settings_get_registry_access,
    "org_settings.update_registry_access": org_settings_update_registry_access,
}
