"""Organizations: members and their roles, groups (teams) and settings."""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from dockerhub_sdk.wire import GROUP, NAMESPACE, ORG, formats
from fakehub.state.core import StateCore, _check_format, _found, _locked
from fakehub.state.entities.accounts import User
from fakehub.state.entities.orgs import (
    Group,
    Organization,
    RegistryAccess,
    RestrictedImages,
    org_member_names,
    org_role,
    sees_member_emails,
)
from fakehub.state.errors import Conflict, Forbidden, Invalid, NotFound


class OrgsState(StateCore):
    """Organizations, their members, groups and settings."""

    @_locked
    def create_org(
        self, name: str, *, members: Iterable[str] = (), full_name: str = ""
    ) -> Organization:
        name = _check_format(ORG, "name", name)
        _check_format(NAMESPACE, "name", name)
        if self._namespace_exists(name):
            raise Conflict(f"The name {name} is already taken.")
        owners = list(dict.fromkeys(members))
        for member in owners:
            if member not in self._users:
                raise Invalid("members", f"no such user: {member}")
        org = Organization(
            pk=self._new_id(),
            id=self._hex_id(),
            name=name,
            full_name=full_name,
            date_joined=self.now(),
            members=owners,
        )
        self._orgs[name] = org
        return org

    @_locked
    def create_group(self, org: str, name: str, *, members: Iterable[str] = ()) -> Group:
        organization = self._organization(org)
        name = _check_format(GROUP, "name", name)
        if name in organization.groups:
            raise Conflict(f"Group {org}/{name} already exists.")
        people = list(dict.fromkeys(members))
        for member in people:
            if member not in self._users:
                raise Invalid("members", f"no such user: {member}")
        group = Group(id=self._new_id(), name=name, members=people)
        organization.groups[name] = group
        return group

    @_locked
    def get_org(self, name: str) -> Organization:
        return self._organization(name)

    @_locked
    def user_orgs(self, caller: str | None) -> list[Organization]:
        """The organizations ``caller`` belongs to (as an owner or in a group), by name."""
        user = self._require_user(caller)
        return sorted(
            (o for o in self._orgs.values() if user in org_member_names(o)),
            key=lambda o: o.name,
        )

    @_locked
    def orgs(self) -> list[Organization]:
        return list(self._orgs.values())

    def _org_member(self, organization: Organization, username: str) -> User:
        if username not in org_member_names(organization):
            raise NotFound(f"{username} is not a member of {organization.name}.")
        return self._users[username]

    @_locked
    def org_members(
        self, caller: str | None, org: str
    ) -> tuple[Organization, bool, list[tuple[User, str, list[str]]]]:
        """``org``, whether the caller sees its members' email addresses
        (:func:`sees_member_emails`), and its members with their role and groups, by
        username; members only."""
        organization = self._org_for(caller, org, owner=False)
        rows = [
            (
                self._users[name],
                org_role(organization, name),
                [g.name for g in organization.groups.values() if name in g.members],
            )
            for name in sorted(org_member_names(organization))
        ]
        return organization, sees_member_emails(organization, caller), rows

    @_locked
    def set_org_role(self, caller: str | None, org: str, username: str, role: str) -> None:
        organization = self._org_for(caller, org, owner=True)
        username = username.lower()
        self._org_member(organization, username)
        if role not in ("owner", "editor", "member"):
            raise Invalid("role", "expected owner, editor or member")
        if role != "owner" and organization.members == [username]:
            raise Invalid("role", f"{username} is the last owner of {org}.")
        previous = org_role(organization, username)
        self._drop_role(organization, username)
        if role == "owner":
            organization.members.append(username)
        elif role == "editor":
            organization.editors.append(username)
        elif not any(username in g.members for g in organization.groups.values()):
            organization.direct_members.append(username)
        data = {"role": role, "previous_role": previous}
        self.audit(org, "org.member.role.change", actor=caller, name=username, data=data)

    @staticmethod
    def _drop_role(organization: Organization, username: str) -> None:
        """Take ``username`` out of ``organization``'s owners, editors and direct members."""
        for people in (organization.members, organization.editors, organization.direct_members):
            if username in people:
                people.remove(username)

    def _leave(self, organization: Organization, username: str) -> None:
        """Take ``username`` out of ``organization``: out of its roles and of its groups."""
        self._drop_role(organization, username)
        for group in organization.groups.values():
            if username in group.members:
                group.members.remove(username)

    @_locked
    def org_groups(self, caller: str | None, org: str) -> list[Group]:
        """``org``'s groups; members only."""
        return list(self._org_for(caller, org, owner=False).groups.values())

    def _group_of(self, organization: Organization, name: str) -> Group:
        return _found(organization.groups.get(name), f"Group {organization.name}/{name} not found.")

    @_locked
    def org_group(self, caller: str | None, org: str, name: str) -> Group:
        return self._group_of(self._org_for(caller, org, owner=False), name)

    @_locked
    def create_org_group(self, caller: str | None, org: str, name: str, description: str) -> Group:
        organization = self._org_for(caller, org, owner=True)
        name = _check_format(GROUP, "name", name)
        if name in organization.groups:
            raise Conflict(f"Group {org}/{name} already exists.")
        group = Group(id=self._new_id(), name=name, description=description)
        organization.groups[name] = group
        self.audit(org, "org.team.create", actor=caller, data={"team": name})
        return group

    @_locked
    def update_org_group(
        self, caller: str | None, org: str, name: str, *, new_name: str, description: str
    ) -> Group:
        organization = self._org_for(caller, org, owner=True)
        group = self._group_of(organization, name)
        new_name = _check_format(GROUP, "name", new_name)
        if new_name != name and new_name in organization.groups:
            raise Conflict(f"Group {org}/{new_name} already exists.")
        group.name, group.description = new_name, description
        organization.groups = {
            (new_name if key == name else key): g for key, g in organization.groups.items()
        }
        for invite in organization.invites.values():
            if invite.team == name:
                invite.team = new_name
        data = {"team": new_name, "previous_name": name}
        self.audit(org, "org.team.update", actor=caller, data=data)
        return group

    @_locked
    def patch_org_group(
        self,
        caller: str | None,
        org: str,
        name: str,
        *,
        new_name: str | None = None,
        description: str | None = None,
    ) -> Group:
        """Change only what is given of a group; owners only."""
        group = self._group_of(self._org_for(caller, org, owner=True), name)
        return self.update_org_group(
            caller,
            org,
            name,
            new_name=group.name if new_name is None else new_name,
            description=group.description if description is None else description,
        )

    @_locked
    def delete_org_group(self, caller: str | None, org: str, name: str) -> None:
        organization = self._org_for(caller, org, owner=True)
        group = self._group_of(organization, name)
        del organization.groups[name]
        for username in group.members:  # they leave the team, not the organization
            if username not in org_member_names(organization):
                organization.direct_members.append(username)
        for repo in self._repos.values():
            if repo.namespace == organization.name:
                repo.team_permissions.pop(group.id, None)
        for invite in organization.invites.values():
            if invite.team == name:
                invite.team = ""
        self.audit(org, "org.team.delete", actor=caller, data={"team": name})

    @_locked
    def remove_org_member(self, caller: str | None, org: str, username: str) -> None:
        organization = self._org_for(caller, org, owner=True)
        username = username.lower()
        self._org_member(organization, username)
        if organization.members == [username]:
            raise Invalid("username", f"{username} is the last owner of {org}.")
        self._leave(organization, username)
        self.audit(org, "org.member.remove", actor=caller, name=username)

    @_locked
    def add_group_member(self, caller: str | None, org: str, group: str, member: str) -> str:
        user = self._require_caller(caller)
        organization = self._organization(org)
        if user not in organization.members and user != organization.name:
            raise Forbidden("You do not have permission to perform this action.")
        team = _found(organization.groups.get(group), f"Group {org}/{group} not found.")
        member = member.lower()
        if member not in self._users:  # Docker documents a 404 here, no 400
            raise NotFound(f"User {member} not found.")
        if member in team.members:  # already in it: nothing to do (Docker documents no 409)
            return member
        team.members.append(member)
        self.audit(org, "org.team.member.add", actor=user, name=member, data={"team": group})
        return member

    @_locked
    def group_members(self, caller: str | None, org: str, name: str) -> tuple[bool, list[User]]:
        """Whether the caller sees the members' email addresses (:func:`sees_member_emails`),
        and the members of ``org``'s group ``name``, by username; members of the organization
        only."""
        organization = self._org_for(caller, org, owner=False)
        group = self._group_of(organization, name)
        users = [self._users[u] for u in sorted(group.members) if u in self._users]
        return sees_member_emails(organization, caller), users

    @_locked
    def remove_group_member(self, caller: str | None, org: str, name: str, username: str) -> None:
        """Take ``username`` out of a group; they stay in the organization."""
        organization = self._org_for(caller, org, owner=True)
        group = self._group_of(organization, name)
        username = username.lower()
        if username not in group.members:
            raise NotFound(f"{username} is not a member of {organization.name}/{name}.")
        group.members.remove(username)
        if username not in org_member_names(organization):
            organization.direct_members.append(username)
        data = {"team": name}
        self.audit(org, "org.team.member.remove", actor=caller, name=username, data=data)

    @_locked
    def org_settings(self, caller: str | None, org: str) -> RestrictedImages:
        """``org``'s image access settings; any member may read them."""
        return self._org_for(caller, org, owner=False).restricted_images

    @_locked
    def update_org_settings(
        self, caller: str | None, org: str, restricted_images: RestrictedImages
    ) -> RestrictedImages:
        """Replace ``org``'s image access settings; owners only."""
        organization = self._org_for(caller, org, owner=True)
        organization.restricted_images = restricted_images
        self.audit(
            organization.name,
            "org.settings.update",
            actor=caller,
            data={
                f"restricted_images.{setting}": str(value).lower()
                for setting, value in attrs.asdict(restricted_images).items()
            },
        )
        return restricted_images

    @_locked
    def registry_access(self, caller: str | None, org: str) -> RegistryAccess:
        """``org``'s registry access management settings; its owners only."""
        return self._org_for(caller, org, owner=True).registry_access

    @_locked
    def update_registry_access(
        self, caller: str | None, org: str, wanted: RegistryAccess
    ) -> RegistryAccess:
        """Replace ``org``'s registry access management settings; owners only. Each change
        is audited with Docker's action (on or off; a registry added, updated, removed)."""
        organization = self._org_for(caller, org, owner=True)
        check_registry_access(wanted)
        before = organization.registry_access
        organization.registry_access = wanted
        events: list[tuple[str, str, dict[str, str]]] = []
        if wanted.enabled != before.enabled:
            on = "enabled" if wanted.enabled else "disabled"
            events.append((on, f"{on} registry access management", {}))
        old = _registries(before)
        new = _registries(wanted)
        for key, registry in new.items():
            if key not in old:
                events.append(("registry_added", f"allowed the registry {key}", registry))
            elif old[key] != registry:
                events.append(("registry_updated", f"updated the registry {key}", registry))
        for key, registry in old.items():
            if key not in new:
                events.append(("registry_removed", f"removed the registry {key}", registry))
        for action, description, data in events:
            self.audit(
                organization.name,
                f"org.registry_access.{action}",
                actor=caller,
                description=f"{description} in {organization.name}",
                data=data,
            )
        return wanted


def check_registry_access(settings: RegistryAccess) -> None:
    """Each registry named by the rules of its format, and at most once (:class:`Invalid`
    naming the first field that breaks one)."""
    for i, standard in enumerate(settings.standard_registries):
        _check_format(formats.STANDARD_REGISTRY, f"standard_registries[{i}].id", standard.id)
    for i, custom in enumerate(settings.custom_registries):
        where = f"custom_registries[{i}]"
        _check_format(formats.REGISTRY_ADDRESS, f"{where}.address", custom.address)
        _check_format(
            formats.REGISTRY_FRIENDLY_NAME, f"{where}.friendly_name", custom.friendly_name
        )
    for key, listed in (
        ("standard_registries", [r.id for r in settings.standard_registries]),
        ("custom_registries", [r.address for r in settings.custom_registries]),
    ):
        seen: set[str] = set()
        for i, name in enumerate(listed):
            if name in seen:
                raise Invalid(f"{key}[{i}]", f"{name} is listed twice")
            seen.add(name)


def _registries(settings: RegistryAccess) -> dict[str, dict[str, str]]:
    """Every registry of ``settings`` by id or address, as audit data."""
    out = {
        r.id: {"registry": r.id, "allowed": str(r.allowed).lower()}
        for r in settings.standard_registries
    }
    for c in settings.custom_registries:
        out[c.address] = {
            "registry": c.address,
            "friendly_name": c.friendly_name,
            "allowed": str(c.allowed).lower(),
        }
    return out
