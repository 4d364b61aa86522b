"""Invitations to join an organization: bulk invites, resending, cancelling, accepting."""

from __future__ import annotations

from collections.abc import Sequence

from fakehub.state.core import _EMAIL, StateCore, _locked
from fakehub.state.entities.orgs import (
    MAX_INVITEES,
    ORG_ROLES,
    Invite,
    InviteOutcome,
    Organization,
    org_member_names,
)
from fakehub.state.errors import Forbidden, Invalid, NotFound


class InvitesState(StateCore):
    """Organizations' pending invites."""

    @_locked
    def list_invites(self, caller: str | None, org: str) -> Sequence[Invite]:
        """``org``'s pending invites, oldest first (then in the order sent); owners only."""
        organization = self._org_for(caller, org, owner=True)
        return organization.invites.ordered()

    def _invitee(self, text: str) -> str | None:
        """What an invite names: a registered user (given by username, or by their email
        address), or the email address of someone without an account; None when ``text`` is
        neither an email address nor a registered user."""
        text = text.strip()
        if "@" in text:
            if not _EMAIL.fullmatch(text):
                return None
            email = text.lower()
            for user in self._users.values():
                if user.gravatar_email.strip().lower() == email:
                    return user.username
            return email
        name = text.lower()
        return name if name in self._users else None

    @_locked
    def bulk_invite(
        self,
        caller: str | None,
        org: str,
        invitees: Sequence[str],
        *,
        team: str = "",
        role: str = "member",
        dry_run: bool = False,
    ) -> list[InviteOutcome]:
        """Invite each of ``invitees`` (usernames or email addresses) to ``org``; owners only.

        One outcome per invitee, in order: ``invited``, ``already_invited`` (with the pending
        invite, unchanged), ``existing_org_member`` or ``invalid_email_or_docker_id``. A
        ``dry_run`` gives the same outcomes and creates nothing."""
        inviter = self._require_caller(caller)
        if org.lower() not in self._orgs:  # named in the body: a bad request, not a bad URL
            raise Invalid("org", f"no such organization: {org}")
        organization = self._org_for(caller, org.lower(), owner=True)
        if role not in ORG_ROLES:
            raise Invalid("role", "expected owner, editor or member")
        if team and team not in organization.groups:
            raise Invalid("team", f"no group {team} in organization {organization.name}")
        if not invitees:
            raise Invalid("invitees", "at least one invitee is required")
        if len(invitees) > MAX_INVITEES:
            raise Invalid("invitees", f"at most {MAX_INVITEES} invitees at once")
        members = set(org_member_names(organization))
        pending: dict[str, Invite | None] = {i.invitee: i for i in organization.invites.values()}
        now = self.now()
        outcomes = []
        for given in invitees:
            target = self._invitee(given)
            if target is None:
                outcomes.append(InviteOutcome(invitee=given, status="invalid_email_or_docker_id"))
            elif target in members:
                outcomes.append(InviteOutcome(invitee=given, status="existing_org_member"))
            elif target in pending:
                outcomes.append(
                    InviteOutcome(invitee=given, status="already_invited", invite=pending[target])
                )
            elif dry_run:
                pending[target] = None
                outcomes.append(InviteOutcome(invitee=given, status="invited"))
            else:
                invite = Invite(
                    id=self._uuid(),
                    invitee=target,
                    inviter=inviter,
                    role=role,
                    team=team,
                    created_at=now,
                    sent_at=now,
                )
                organization.invites[invite.id] = invite
                pending[target] = invite
                outcomes.append(InviteOutcome(invitee=given, status="invited", invite=invite))
                self._audit_invite(organization, invite, "org.member.invite.send", inviter)
        return outcomes

    def _invite(self, invite_id: str) -> tuple[Organization, Invite]:
        for organization in self._orgs.values():
            invite = organization.invites.get(invite_id)
            if invite is not None:
                return organization, invite
        raise NotFound(f"Invite {invite_id} not found.")

    def _audit_invite(
        self, organization: Organization, invite: Invite, action: str, actor: str | None
    ) -> None:
        """:meth:`audit` an ``action`` on ``invite``: its invitee is the event's name, its team
        and role the details."""
        data = {"team": invite.team, "role": invite.role}
        self.audit(organization.name, action, actor=actor, name=invite.invitee, data=data)

    def _owned_invite(self, caller: str | None, invite_id: str) -> tuple[Organization, Invite]:
        user = self._require_caller(caller)
        organization, invite = self._invite(invite_id)
        if user not in organization.members:
            raise Forbidden("You do not have permission to perform this action.")
        return organization, invite

    @_locked
    def resend_invite(self, caller: str | None, invite_id: str) -> Invite:
        organization, invite = self._owned_invite(caller, invite_id)
        invite.sent_at = self.now()
        invite.sent_count += 1
        self._audit_invite(organization, invite, "org.member.invite.resend", caller)
        return invite

    @_locked
    def cancel_invite(self, caller: str | None, invite_id: str) -> None:
        organization, invite = self._owned_invite(caller, invite_id)
        del organization.invites[invite_id]
        self._audit_invite(organization, invite, "org.member.invite.cancel", caller)

    @_locked
    def accept_invite(
        self, invite_id: str, username: str | None = None
    ) -> tuple[Organization, str]:
        """The invitee accepts (fakehub's control API; Docker Hub does it in its web UI): they
        join the organization with the invite's role, and its group. An email invite needs
        the ``username`` of the account accepting it; a user's invite, that user or none."""
        organization, invite = self._invite(invite_id)
        if "@" not in invite.invitee:
            if username is not None and username.lower() != invite.invitee:
                raise Invalid("username", f"the invite is for {invite.invitee}")
            member = invite.invitee
        else:
            if username is None:
                raise Invalid("username", "an email invite needs the username accepting it")
            member = username.lower()
        if member not in self._users:
            raise Invalid("username", f"no such user: {member}")
        del organization.invites[invite_id]
        if member not in org_member_names(organization):
            if invite.role == "owner":
                organization.members.append(member)
            elif invite.role == "editor":
                organization.editors.append(member)
            elif not (invite.team and invite.team in organization.groups):
                organization.direct_members.append(member)
        group = organization.groups.get(invite.team) if invite.team else None
        if group is not None and member not in group.members:
            group.members.append(member)
        data = {"team": invite.team, "role": invite.role}
        self.audit(organization.name, "org.member.add", actor=member, name=member, data=data)
        return organization, member
