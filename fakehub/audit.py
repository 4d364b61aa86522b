"""The catalogue of audit-log actions fakehub records: one table, by category.

``GET /v2/auditlogs/{account}/actions`` serves it as Docker's ``GetAuditActionsResponse``
(``{"actions": {category: {"label", "actions": [{"name", "description", "label"}]}}}``); an
event's ``action`` is ``"{category}.{name}"`` (``repo.tag.push``, ``org.team.create``), which is
what :meth:`fakehub.state.State.audit` accepts and nothing else.

Names, labels and descriptions are Docker's (the example of ``AuditLogs_ListAuditActions`` in
its official description), keeping only the categories fakehub has writes for (``org`` and
``repo``; billing, SSO, Offload and OIDC do not exist here). Two labels of that example are
copying slips (``team.update`` and ``team.delete`` labelled "Organization Deleted"); Docker's
activity-logs page names them "Team Updated" and "Team Deleted", used here. The actions
marked *fakehub* have no counterpart in Docker's catalogue: they audit the writes fakehub still
serves from Docker's legacy API (collaborators, automated builds, build links, webhooks).
An action's ``sentence`` (fakehub's, not served with the catalogue) is what its events say
(``action_description``) when the write that records one gives no sentence of its own.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from attrs import frozen

__all__ = ["ACTIONS", "CATALOGUE", "SENTENCES", "AuditAction", "AuditCategory", "sentence"]


@frozen(kw_only=True)
class AuditAction:
    name: str
    """Within its category: ``tag.push``; the event's ``action`` is ``repo.tag.push``."""
    label: str
    description: str
    sentence: str
    """fakehub's: the sentence (``action_description``) of an event whose sentence says
    nothing but its account, its name and its data: ``{account}``, ``{name}`` and each key of
    the data fill it in. :meth:`fakehub.state.State.audit` takes it when the write gives no
    sentence of its own (the few whose sentence needs more than the event holds)."""


@frozen(kw_only=True)
class AuditCategory:
    key: str
    label: str
    actions: tuple[AuditAction, ...]


def _a(name: str, label: str, description: str, sentence: str = "") -> AuditAction:
    return AuditAction(name=name, label=label, description=description, sentence=sentence)


CATALOGUE: Final = (
    AuditCategory(
        key="org",
        label="Organization",
        actions=(
            _a(
                "member.add",
                "Organization Member Added",
                "Details of the member added to your organization",
                "{name} joined {account} by accepting an invite",
            ),
            _a(
                "member.remove",
                "Organization Member Removed",
                "Details about the member removed from your organization",
                "removed {name} from {account}",
            ),
            _a(
                "member.role.change",
                "Member Role Changed",
                "Details about the role changed for a member in your organization",
                "changed the role of {name} from {previous_role} to {role} in {account}",
            ),
            _a(
                "member.invite.send",
                "Org Member Invited",
                "Details of the member invited to your organization",
                "invited {name} to {account}",
            ),
            # fakehub: invite writes Docker's catalogue does not name
            _a(
                "member.invite.resend",
                "Org Member Invite Resent",
                "Details of the invite sent again to a member of your organization",
                "invited {name} to {account} again",
            ),
            _a(
                "member.invite.cancel",
                "Org Member Invite Canceled",
                "Details of the invite to your organization that was canceled",
                "canceled the invite of {name} to {account}",
            ),
            _a(
                "team.create",
                "Team Created",
                "Activities related to the creation of a team",
                "created the team {team} in {account}",
            ),
            _a(
                "team.update",
                "Team Updated",
                "Activities related to the modification of a team",
                "updated the team {team} in {account}",
            ),
            _a(
                "team.delete",
                "Team Deleted",
                "Activities related to the deletion of a team",
                "deleted the team {team} in {account}",
            ),
            _a(
                "team.member.add",
                "Team Member Added",
                "Details of the member added to your team",
                "added {name} to the team {team} in {account}",
            ),
            _a(
                "team.member.remove",
                "Team Member Removed",
                "Details of the member removed from your team",
                "removed {name} from the team {team} in {account}",
            ),
            _a(
                "settings.update",
                "Organization Settings Updated",
                "Details related to the organization setting that was updated",
                "updated the settings of {account}",
            ),
            _a(
                "registry_access.enabled",
                "Registry Access Management enabled",
                "Activities related to enabling Registry Access Management",
            ),
            _a(
                "registry_access.disabled",
                "Registry Access Management disabled",
                "Activities related to disabling Registry Access Management",
            ),
            _a(
                "registry_access.registry_added",
                "Registry Access Management registry added",
                "Activities related to the addition of a registry",
            ),
            _a(
                "registry_access.registry_updated",
                "Registry Access Management registry updated",
                "Details related to the registry that was updated",
            ),
            _a(
                "registry_access.registry_removed",
                "Registry Access Management registry removed",
                "Activities related to the removal of a registry",
            ),
            _a(
                "access_token.create",
                "Access token created",
                "Access token created in organization",
                "created the access token {label} in {account}",
            ),
            _a(
                "access_token.update",
                "Access token updated",
                "Access token updated in organization",
                "updated the access token {label} in {account}",
            ),
            _a(
                "access_token.delete",
                "Access token deleted",
                "Access token deleted in organization",
                "deleted the access token {label} in {account}",
            ),
        ),
    ),
    AuditCategory(
        key="repo",
        label="Repository",
        actions=(
            _a(
                "create",
                "Repository Created",
                "Activities related to the creation of a new repository",
                "created the {visibility} repository {name}",
            ),
            _a(
                "update",
                "Repository Updated",
                "Activities related to the modification of a repository",
                "updated the repository {name}",
            ),
            _a(
                "delete",
                "Repository Deleted",
                "Activities related to the deletion of a repository",
                "deleted the repository {name}",
            ),
            _a(
                "immutable.tags.updated",
                "Tag immutability updated",
                "Details related to updating tag immutability of a repository",
            ),
            _a(
                "tag.push",
                "Tag Pushed",
                "Activities related to the tags pushed",
                "pushed the tag {tag} to the repository {name}",
            ),
            _a(
                "tag.delete",
                "Tag Deleted",
                "Activities related to the tags deleted",
                "deleted the tag {tag} from the repository {name}",
            ),
            # fakehub: Docker's legacy repository writes, not in Docker's catalogue
            _a(
                "collaborator.add",
                "Collaborator Added",
                "Details of the collaborator added to a repository",
                "added {user} as a collaborator on {name}",
            ),
            _a(
                "collaborator.remove",
                "Collaborator Removed",
                "Details of the collaborator removed from a repository",
                "removed the collaborator {user} from {name}",
            ),
            _a(
                "team.permission.update",
                "Team Access Changed",
                "Details of a team's access to a repository that was granted or changed",
                "gave the team {team} {permission} access to {name}",
            ),
            _a(
                "team.permission.remove",
                "Team Access Removed",
                "Details of a team's access to a repository that was taken away",
                "took the team {team}'s access away from {name}",
            ),
            _a(
                "autobuild.create",
                "Automated Build Created",
                "Details of the automated build set up for a repository",
                "set up an automated build from {provider} {source} for {name}",
            ),
            _a(
                "build_tag.create",
                "Build Rule Created",
                "Details of the build rule added to an automated build",
                "added the build rule {build_tag} to {name}",
            ),
            _a(
                "build_tag.update",
                "Build Rule Updated",
                "Details of the build rule changed in an automated build",
                "changed the build rule {build_tag} of {name}",
            ),
            _a(
                "build_tag.delete",
                "Build Rule Deleted",
                "Details of the build rule removed from an automated build",
                "removed the build rule {build_tag} from {name}",
            ),
            _a("build.trigger", "Build Triggered", "Details of the builds a trigger queued"),
            _a(
                "build_link.create",
                "Build Link Created",
                "Details of the repository linked for automated builds",
                "linked {to_repo} to {name}",
            ),
            _a(
                "build_link.delete",
                "Build Link Deleted",
                "Details of the repository link removed from automated builds",
                "unlinked {to_repo} from {name}",
            ),
            _a(
                "webhook.create",
                "Webhook Created",
                "Details of the webhook added to a repository",
                "created the webhook {webhook} of {name}",
            ),
            _a(
                "webhook.hook.create",
                "Webhook URL Added",
                "Details of the URL added to a webhook of a repository",
            ),
            _a(
                "webhook.delete",
                "Webhook Deleted",
                "Details of the webhook removed from a repository",
                "deleted the webhook {webhook} of {name}",
            ),
        ),
    ),
)
"""Every action fakehub records, by category (``org``, ``repo``), in Docker's order."""

ACTIONS: Final = frozenset(f"{c.key}.{a.name}" for c in CATALOGUE for a in c.actions)
"""The full action names an event may carry: ``"{category}.{name}"``."""

SENTENCES: Final[Mapping[str, str]] = {
    f"{c.key}.{a.name}": a.sentence for c in CATALOGUE for a in c.actions if a.sentence
}
"""Each action's :attr:`AuditAction.sentence`, by full action name (those that have one)."""


def sentence(action: str, account: str, name: str | None, data: Mapping[str, str] | None) -> str:
    """The sentence of an event of ``action`` (:data:`SENTENCES`) filled in with its account,
    its name (by default the account) and its data; :class:`KeyError` when the action has
    none, or the sentence names a detail the data lacks (a programming error of the write
    that records it)."""
    fields = {**(data or {}), "account": account, "name": account if name is None else name}
    return SENTENCES[action].format_map(fields)
