"""Organizations (groups, settings, access tokens, invites, SCIM) in documents."""

from __future__ import annotations

import functools
import re

from dockerhub_sdk.wire import GROUP, NAMESPACE, ORG
from fakehub.state.core import _EMAIL
from fakehub.state.document.base import _LoaderBase
from fakehub.state.document.reader import _Obj
from fakehub.state.entities.org_tokens import (
    OAT_PREFIX,
    OAT_PUBLIC_REPOS,
    OrgAccessToken,
    OrgAccessTokenResource,
    oat_scopes_for,
)
from fakehub.state.entities.orgs import (
    ORG_ROLES,
    CustomRegistry,
    Group,
    Invite,
    Organization,
    RegistryAccess,
    RestrictedImages,
    StandardRegistry,
    org_member_names,
)
from fakehub.state.entities.scim import ScimUser
from fakehub.state.errors import Invalid
from fakehub.state.orgs import check_registry_access
from fakehub.state.scim import _check_scim_token


class _OrgsLoader(_LoaderBase):
    def _org(self, obj: _Obj) -> Organization:
        name, org_id = self._account(obj, "name", ORG, NAMESPACE)
        org = Organization(
            pk=0,
            id=org_id,
            name=name,
            **obj.defaults(Organization, "full_name", "location", "company"),
            date_joined=obj.when("date_joined", self.now),
            members=list(dict.fromkeys(self._known_user(m, p) for m, p in obj.names("members"))),
            editors=list(dict.fromkeys(self._known_user(m, p) for m, p in obj.names("editors"))),
            direct_members=list(
                dict.fromkeys(self._known_user(m, p) for m, p in obj.names("direct_members"))
            ),
        )
        org.pk = self._id(obj, "pk", lambda v: setattr(org, "pk", v))
        for g in obj.objects("groups", Group):
            group_name = g.text("name", fmt=GROUP)
            if group_name in org.groups:
                raise Invalid(g.at("name"), f"duplicate group {group_name}")
            group = Group(
                id=0,
                name=group_name,
                description=g.text("description", ""),
                members=list(dict.fromkeys(self._known_user(m, p) for m, p in g.names("members"))),
            )
            group.id = self._id(g, "id", functools.partial(setattr, group, "id"))
            org.groups[group_name] = group
        if obj.present("restricted_images"):
            ri = obj.nested("restricted_images", RestrictedImages)
            org.restricted_images = RestrictedImages(
                enabled=ri.flag("enabled", False),
                allow_official_images=ri.flag("allow_official_images", True),
                allow_verified_publishers=ri.flag("allow_verified_publishers", True),
            )
        if obj.present("registry_access"):
            org.registry_access = self._registry_access(
                obj.nested("registry_access", RegistryAccess)
            )
        for token_obj in obj.objects("access_tokens", OrgAccessToken):
            token = self._org_access_token(token_obj, name)
            if token.id in org.access_tokens:
                raise Invalid(token_obj.at("id"), f"duplicate access token {token.id}")
            org.access_tokens[token.id] = token
        for invite_obj in obj.objects("invites", Invite):
            invite = self._invite(invite_obj, org)
            org.invites[invite.id] = invite
        self._scim(obj, org)
        self._names.add(name)
        return org

    def _registry_access(self, ra: _Obj) -> RegistryAccess:
        standard = RegistryAccess().standard_registries
        if ra.present("standard_registries"):
            standard = tuple(
                StandardRegistry(id=r.text("id"), allowed=r.flag("allowed", True))
                for r in ra.objects("standard_registries", StandardRegistry)
            )
        custom = tuple(
            CustomRegistry(
                address=r.text("address"),
                friendly_name=r.text("friendly_name", ""),
                allowed=r.flag("allowed", True),
            )
            for r in ra.objects("custom_registries", CustomRegistry)
        )
        settings = RegistryAccess(
            enabled=ra.flag("enabled", False),
            standard_registries=standard,
            custom_registries=custom,
        )
        try:
            check_registry_access(settings)
        except Invalid as exc:
            raise Invalid(ra.at(exc.field), exc.reason) from None
        return settings

    def _org_access_token(self, obj: _Obj, org: str) -> OrgAccessToken:
        """An organization access token: its ``token`` (a ``dckr_oat_`` secret, hashed here)
        or its ``token_hash`` (from a snapshot)."""
        token_hash, token_id = self._access_token_head(obj, OAT_PREFIX, "id")
        resources: list[OrgAccessTokenResource] = []
        for r in obj.objects("resources", OrgAccessTokenResource):
            kind = r.choice("type", ("TYPE_REPO", "TYPE_ORG"))
            res_where = r.at("path")
            res_target = r.text("path")
            allowed = oat_scopes_for(kind, res_target)
            if kind == "TYPE_ORG" and res_target != org:
                raise Invalid(res_where, f"a TYPE_ORG resource's path must be {org}")
            if kind == "TYPE_REPO" and res_target != OAT_PUBLIC_REPOS:
                namespace, _, rest = res_target.partition("/")
                if namespace != org or not re.fullmatch(r"[a-z0-9._*?-]+", rest):
                    raise Invalid(res_where, f"expected {org}/<repository or glob>")
            scopes = r.names("scopes")
            if not scopes:
                raise Invalid(r.at("scopes"), "at least one scope is required")
            for scope, scope_path in scopes:
                if scope not in allowed:
                    raise Invalid(scope_path, f"unknown scope: one of {', '.join(allowed)}")
            resources.append(
                OrgAccessTokenResource(
                    type=kind,
                    path=res_target,
                    scopes=tuple(dict.fromkeys(x for x, _ in scopes)),
                )
            )
        return OrgAccessToken(
            id=token_id,
            token_hash=token_hash,
            label=obj.text("label", "token"),
            description=obj.text("description", ""),
            resources=resources,
            created_by=self._known_user(obj.text("created_by"), obj.at("created_by")),
            is_active=obj.flag("is_active", True),
            created_at=obj.when("created_at", self.now),
            expires_at=obj.opt_when("expires_at"),
            last_used_at=obj.opt_when("last_used_at"),
        )

    def _invite(self, i: _Obj, org: Organization) -> Invite:
        invite_id = self._uuid(i, "id")
        if invite_id in self._invite_ids or any(
            invite_id in o.invites for o in self.state._orgs.values()
        ):
            raise Invalid(i.at("id"), f"invite {invite_id} already exists")
        self._invite_ids.add(invite_id)
        invitee = i.text("invitee").strip().lower()
        if "@" in invitee:
            if not _EMAIL.fullmatch(invitee):
                raise Invalid(i.at("invitee"), "expected a username or an email address")
        else:
            self._known_user(invitee, i.at("invitee"))
        if invitee in org_member_names(org):
            raise Invalid(i.at("invitee"), f"{invitee} is already a member of {org.name}")
        if any(other.invitee == invitee for other in org.invites.values()):
            raise Invalid(i.at("invitee"), f"{invitee} is invited twice")
        team = i.text("team", "")
        if team and team not in org.groups:
            raise Invalid(i.at("team"), f"no group {team} in organization {org.name}")
        created_at = i.when("created_at", self.now)
        return Invite(
            id=invite_id,
            invitee=invitee,
            inviter=self._known_user(i.text("inviter"), i.at("inviter")),
            role=i.choice("role", ORG_ROLES, "member"),
            team=team,
            created_at=created_at,
            sent_at=i.when("sent_at", created_at),
            sent_count=i.integer("sent_count", 1, minimum=1),
        )

    def _scim(self, obj: _Obj, org: Organization) -> None:
        """An organization's SCIM token (``scim_token``, hashed here, or ``scim_token_hash``
        from a snapshot) and SCIM users."""
        if obj.present("scim_token") or obj.present("scim_token_hash"):
            org.scim_token_hash = self._secret_hash(obj, "scim_token", _check_scim_token)
        for u in obj.objects("scim_users", ScimUser):
            username = self._known_user(u.text("username"), u.at("username"))
            email = u.text("email")
            if not _EMAIL.fullmatch(email):
                raise Invalid(u.at("email"), "must be an email address (name@example.com)")
            user_id = self._uuid(u, "id")
            for other in org.scim_users.values():
                if other.id == user_id:
                    raise Invalid(u.at("id"), f"SCIM user {user_id} appears twice")
                if other.username == username:
                    raise Invalid(u.at("username"), f"{username} is provisioned twice")
                if other.email.lower() == email.lower():
                    raise Invalid(u.at("email"), f"userName {email} appears twice")
            created = u.when("created", self.now)
            org.scim_users[user_id] = ScimUser(
                id=user_id,
                username=username,
                email=email,
                given_name=u.text("given_name", ""),
                family_name=u.text("family_name", ""),
                created=created,
                last_modified=u.when("last_modified", created),
            )
