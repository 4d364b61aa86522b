"""Audit an organization: members and roles, teams, pending invites, organization access tokens
and the latest audit-log events, with what deserves a look flagged.

    DOCKER_HUB_USERNAME=alice DOCKER_HUB_PASSWORD=... python examples/org_audit.py acme

The caller must be an owner of the organization (Docker Hub shows its invites, tokens and audit
log to owners only), logged in with a password from the environment (``DockerHub()`` reads
``DOCKER_HUB_USERNAME`` and ``DOCKER_HUB_PASSWORD``; ``DOCKER_HUB_BASE_URL`` points it at
fakehub in tests). Flags: a single owner, members in no team, inactive or expired tokens,
tokens never used, tokens expiring within 30 days. Exit status: 0 nothing flagged, 1 something
flagged, 2 usage or a refusal.
"""

from __future__ import annotations

import datetime
import sys

from dockerhub_sdk import UNSET, DockerHub, DockerHubError

SOON = datetime.timedelta(days=30)


def audit(hub: DockerHub, org: str, *, events: int = 5) -> list[str]:
    """Print the organization's report; return what it flags."""
    flags: list[str] = []
    now = datetime.datetime.now(datetime.UTC)

    members = list(hub.org_members.iter(org))
    print(f"{org}: {len(members)} members")
    for member in members:
        teams = ", ".join(member.groups) if member.groups else "no team"
        print(f"  {member.username:<12} {member.role:<8} {teams}")
        if not member.groups:
            flags.append(f"member {member.username} is in no team")
    owners = [m.username for m in members if m.role == "Owner"]
    if len(owners) == 1:
        flags.append(f"a single owner ({owners[0]}): nobody else can manage {org}")

    print("teams:")
    for team in hub.org_groups.iter(org):
        print(f"  {team.name:<12} {team.member_count} members")

    invites = list(hub.invites.iter(org))
    print(f"pending invites: {len(invites)}")
    for invite in invites:
        print(f"  {invite.invitee} (by {invite.inviter_username}, {invite.role or 'member'})")

    tokens = list(hub.org_access_tokens.iter(org))
    print(f"organization access tokens: {len(tokens)}")
    for token in tokens:
        expires = token.expires_at if token.expires_at not in (None, UNSET) else None
        state = "active" if token.is_active else "inactive"
        print(f"  {token.label:<12} {state}, by {token.created_by}")
        if not token.is_active:
            flags.append(f"token {token.label} is inactive: delete it?")
        elif expires is not None and expires <= now:
            flags.append(f"token {token.label} has expired")
        elif expires is not None and expires - now <= SOON:
            flags.append(f"token {token.label} expires on {expires:%Y-%m-%d}")
        if token.last_used_at in (None, UNSET):
            flags.append(f"token {token.label} was never used")

    print(f"latest audit-log events (up to {events}):")
    for event in hub.audit_logs.list(org, page_size=events).results:
        print(f"  {event.timestamp:%Y-%m-%d %H:%M} {event.actor:<8} {event.action} {event.name}")

    print("flagged:" if flags else "nothing flagged")
    for flag in flags:
        print(f"  - {flag}")
    return flags


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print(
            "usage: org_audit.py ORGANIZATION (as an owner: DOCKER_HUB_USERNAME and "
            "DOCKER_HUB_PASSWORD set)",
            file=sys.stderr,
        )
        return 2
    try:
        with DockerHub() as hub:
            flags = audit(hub, args[0])
    except (DockerHubError, ValueError) as exc:
        print(f"org_audit: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 2
    return 1 if flags else 0


if __name__ == "__main__":
    sys.exit(main())
