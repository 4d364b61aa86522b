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
"""

from __future__ import annotations

from typing import Final

from attrs import frozen

__all__ = ["ACTIONS", "CATALOGUE", "AuditAction", "AuditCategory"]


@frozen(kw_only=True)
class AuditAction:
    name: str
    """Within its category: ``tag.push``; the event's ``action`` is ``repo.tag.push``."""
    label: str
    description: str


@frozen(kw_only=True)
class AuditCategory:
    key: str
    label: str
    actions: tuple[AuditAction, ...]


def _a(name: str, label: str, description: str) -> AuditAction:
    return AuditAction(name=name, label=label, description=description)


CATALOGUE: Final = (
    AuditCategory(
        key="org",
        label="Organization",
        actions=(
            _a(
                "member.add",
                "Organization Member Added",
                "Details of the member added to your organization",
            ),
            _a(
                "member.remove",
                "Organization Member Removed",
                "Details about the member removed from your organization",
            ),
            _a(
                "member.role.change",
                "Member Role Changed",
                "Details about the role changed for a member in your organization",
            ),
            _a(
                "member.invite.send",
                "Org Member Invited",
                "Details of the member invited to your organization",
            ),
            # fakehub: invite writes Docker's catalogue does not name
            _a(
                "member.invite.resend",
                "Org Member Invite Resent",
                "Details of the invite sent again to a member of your organization",
            ),
            _a(
                "member.invite.cancel",
                "Org Member Invite Canceled",
                "Details of the invite to your organization that was canceled",
            ),
            _a("team.create", "Team Created", "Activities related to the creation of a team"),
            _a("team.update", "Team Updated", "Activities related to the modification of a team"),
            _a("team.delete", "Team Deleted", "Activities related to the deletion of a team"),
            _a("team.member.add", "Team Member Added", "Details of the member added to your team"),
            _a(
                "team.member.remove",
                "Team Member Removed",
                "Details of the member removed from your team",
            ),
            _a(
                "settings.update",
                "Organization Settings Updated",
                "Details related to the organization setting that was updated",
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
            ),
            _a(
                "access_token.update",
                "Access token updated",
                "Access token updated in organization",
            ),
            _a(
                "access_token.delete",
                "Access token deleted",
                "Access token deleted in organization",
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
            ),
            _a(
                "update",
                "Repository Updated",
                "Activities related to the modification of a repository",
            ),
            _a(
                "delete", "Repository Deleted", "Activities related to the deletion of a repository"
            ),
            _a(
                "immutable.tags.updated",
                "Tag immutability updated",
                "Details related to updating tag immutability of a repository",
            ),
            _a("tag.push", "Tag Pushed", "Activities related to the tags pushed"),
            _a("tag.delete", "Tag Deleted", "Activities related to the tags deleted"),
            # fakehub: Docker's legacy repository writes, not in Docker's catalogue
            _a(
                "collaborator.add",
                "Collaborator Added",
                "Details of the collaborator added to a repository",
            ),
            _a(
                "collaborator.remove",
                "Collaborator Removed",
                "Details of the collaborator removed from a repository",
            ),
            _a(
                "team.permission.update",
                "Team Access Changed",
                "Details of a team's access to a repository that was granted or changed",
            ),
            _a(
                "team.permission.remove",
                "Team Access Removed",
                "Details of a team's access to a repository that was taken away",
            ),
            _a(
                "autobuild.create",
                "Automated Build Created",
                "Details of the automated build set up for a repository",
            ),
            _a(
                "build_tag.create",
                "Build Rule Created",
                "Details of the build rule added to an automated build",
            ),
            _a(
                "build_tag.update",
                "Build Rule Updated",
                "Details of the build rule changed in an automated build",
            ),
            _a(
                "build_tag.delete",
                "Build Rule Deleted",
                "Details of the build rule removed from an automated build",
            ),
            _a("build.trigger", "Build Triggered", "Details of the builds a trigger queued"),
            _a(
                "build_link.create",
                "Build Link Created",
                "Details of the repository linked for automated builds",
            ),
            _a(
                "build_link.delete",
                "Build Link Deleted",
                "Details of the repository link removed from automated builds",
            ),
            _a("webhook.create", "Webhook Created", "Details of the webhook added to a repository"),
            _a(
                "webhook.hook.create",
                "Webhook URL Added",
                "Details of the URL added to a webhook of a repository",
            ),
            _a(
                "webhook.delete",
                "Webhook Deleted",
                "Details of the webhook removed from a repository",
            ),
        ),
    ),
)
"""Every action fakehub records, by category (``org``, ``repo``), in Docker's order."""

ACTIONS: Final = frozenset(f"{c.key}.{a.name}" for c in CATALOGUE for a in c.actions)
"""The full action names an event may carry: ``"{category}.{name}"``."""
