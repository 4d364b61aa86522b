"""Deleting a group (team) takes its members out of the team, not out of the organization.

Found by ``tests/e2e/test_stateful_orgs.py``: taking a user out of their last group keeps them
in the organization (``remove_group_member``), but deleting that group used to drop them from it
silently, with no ``org.member.remove`` event. Docker documents that deleting a team revokes
the members' access to the team's resources; removing someone from the organization is
``DELETE /v2/orgs/{org_name}/members/{username}``.
"""

from __future__ import annotations

from fakehub.state import State, org_member_names


def test_deleting_a_group_keeps_its_members_in_the_organization(state: State) -> None:
    state.add_group_member("dave", "acme", "developers", "bob")
    state.create_org_group("dave", "acme", "qa", "")
    state.add_group_member("dave", "acme", "qa", "carol")
    state.set_org_role("dave", "acme", "carol", "editor")

    state.delete_org_group("dave", "acme", "developers")
    state.delete_org_group("dave", "acme", "qa")

    _, _, rows = state.org_members("dave", "acme")
    assert [(user.username, role, groups) for user, role, groups in rows] == [
        ("bob", "member", []),
        ("carol", "editor", []),
        ("dave", "owner", []),
    ]
    assert [o.name for o in state.user_orgs("bob")] == ["acme"]
    actions = [e.action for e in state.audit_events() if e.account == "acme"]
    assert "org.member.remove" not in actions  # nobody left the organization


def test_a_member_of_a_deleted_group_is_removed_like_any_other_member(state: State) -> None:
    state.add_group_member("dave", "acme", "developers", "bob")
    state.delete_org_group("dave", "acme", "developers")

    state.remove_org_member("dave", "acme", "bob")

    assert "bob" not in org_member_names(state.get_org("acme"))
