"""Organizations through the SDK against fakehub (`hub.orgs`): the endpoints Docker's CLI uses
that Docker's official description omits, `GET /v2/user/orgs/` and `GET /v2/orgs/{org}/`, and
members (`hub.org_members`).
Demo data: `acme` (alice owns it, bob is in its `developers` group)."""

from __future__ import annotations

import csv
import io

import pytest

from dockerhub_sdk import (
    BadRequestError,
    ConflictError,
    DockerHub,
    InvalidInputError,
    MissingCredentialsError,
    NotFoundError,
    PermissionDeniedError,
)
from tests.e2e.conftest import Hub


def test_get_returns_an_organization_profile_to_anyone(anon: DockerHub) -> None:
    org = anon.orgs.get("acme")
    assert (org.orgname, org.full_name, org.company) == ("acme", "Acme Corporation", "Acme")
    assert org.type == "Org"
    assert org.date_joined.tzinfo is not None


def test_get_answers_404_for_a_user_or_an_unknown_name(anon: DockerHub) -> None:
    for name in ("alice", "no-such-org"):
        with pytest.raises(NotFoundError):
            anon.orgs.get(name)


def test_get_refuses_a_malformed_name_before_sending(anon: DockerHub) -> None:
    with pytest.raises(InvalidInputError):
        anon.orgs.get("Not An Org")


def test_list_shows_the_owners_organizations(alice: DockerHub) -> None:
    page = alice.orgs.list()
    assert [o.orgname for o in page.results] == ["acme"]
    assert page.count == 1
    assert page.results[0] == alice.orgs.get("acme")


def test_list_includes_organizations_joined_through_a_group(bob: DockerHub) -> None:
    assert [o.orgname for o in bob.orgs.iter()] == ["acme"]


def test_list_is_empty_for_a_user_in_no_organization(fake: Hub) -> None:
    fake.create_user("dave", "dave-password-1")
    dave = fake.client("dave")
    page = dave.orgs.list()
    assert (page.count, page.results) == (0, [])


def test_list_needs_a_login(anon: DockerHub) -> None:
    with pytest.raises(MissingCredentialsError):
        anon.orgs.list()


# -- members ------------------------------------------------------------------------------------


def test_members_lists_roles_and_groups(alice: DockerHub) -> None:
    page = alice.org_members.list("acme")
    assert page.count == 2
    rows = {m.username: (m.role, m.groups) for m in page.results}
    assert rows == {"alice": ("Owner", ["owners"]), "bob": ("Member", ["developers"])}


def test_members_filters_by_role_and_search(bob: DockerHub) -> None:
    assert [m.username for m in bob.org_members.iter("acme", role="owner")] == ["alice"]
    assert [m.username for m in bob.org_members.iter("acme", search="bo")] == ["bob"]
    assert list(bob.org_members.iter("acme", type="invitee")) == []


def test_members_refuses_an_unknown_role_before_sending(alice: DockerHub) -> None:
    with pytest.raises(InvalidInputError):
        alice.org_members.list("acme", role="admin")


def test_members_are_hidden_from_strangers(fake: Hub) -> None:
    fake.create_user("dave", "dave-password-1")
    with pytest.raises(PermissionDeniedError):
        fake.client("dave").org_members.list("acme")


def test_an_owner_changes_a_role(alice: DockerHub, bob: DockerHub) -> None:
    member = alice.org_members.update_role("acme", "bob", role="editor")
    assert (member.username, member.role) == ("bob", "Editor")
    assert [m.username for m in bob.org_members.iter("acme", role="editor")] == ["bob"]
    alice.org_members.update_role("acme", "bob", role="owner")
    bob.org_members.update_role("acme", "alice", role="member")  # bob may now
    roles = {m.username: m.role for m in bob.org_members.iter("acme")}
    assert roles == {"alice": "Member", "bob": "Owner"}


def test_only_owners_change_roles(bob: DockerHub) -> None:
    with pytest.raises(PermissionDeniedError):
        bob.org_members.update_role("acme", "bob", role="owner")


def test_the_last_owner_keeps_the_role(alice: DockerHub) -> None:
    with pytest.raises(BadRequestError):
        alice.org_members.update_role("acme", "alice", role="member")
    with pytest.raises(BadRequestError):
        alice.org_members.remove("acme", "alice")


def test_an_owner_removes_a_member_from_the_org_and_its_groups(
    alice: DockerHub, bob: DockerHub
) -> None:
    alice.org_members.remove("acme", "bob")
    assert [m.username for m in alice.org_members.iter("acme")] == ["alice"]
    assert list(bob.orgs.iter()) == []
    with pytest.raises(NotFoundError):
        alice.org_members.remove("acme", "bob")
    alice.groups.add_member("acme", "developers", member="bob")  # the legacy call: back in
    assert [m.username for m in alice.org_members.iter("acme", role="member")] == ["bob"]


def test_export_returns_the_members_as_csv(bob: DockerHub) -> None:
    text = bob.org_members.export("acme")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [(r["Username"], r["Permission"], r["Teams"]) for r in rows] == [
        ("alice", "Owner", "owners"),
        ("bob", "Member", "developers"),
    ]
    assert bob.last_response is not None
    assert bob.last_response.headers["Content-Type"].startswith("text/csv")


def test_export_is_refused_to_strangers(fake: Hub) -> None:
    fake.create_user("dave", "dave-password-1")
    with pytest.raises(PermissionDeniedError):
        fake.client("dave").org_members.export("acme")


# -- groups -------------------------------------------------------------------------------------


def test_groups_list_with_member_counts_to_members(bob: DockerHub) -> None:
    groups = {g.name: g.member_count for g in bob.org_groups.iter("acme")}
    assert groups == {"owners": 1, "developers": 1}
    assert [g.name for g in bob.org_groups.iter("acme", username="bob")] == ["developers"]
    assert [g.name for g in bob.org_groups.iter("acme", search="dev")] == ["developers"]
    assert bob.org_groups.get("acme", "developers").member_count == 1


def test_an_owner_creates_renames_and_deletes_a_group(alice: DockerHub) -> None:
    group = alice.org_groups.create("acme", name="qa", description="Testers")
    assert (group.name, group.description, group.member_count) == ("qa", "Testers", 0)
    alice.groups.add_member("acme", "qa", member="bob")  # the legacy call, on the same state
    assert alice.org_groups.get("acme", "qa").member_count == 1
    renamed = alice.org_groups.update("acme", "qa", name="quality", description="QA")
    assert (renamed.id, renamed.name, renamed.member_count) == (group.id, "quality", 1)
    alice.org_groups.delete("acme", "quality")
    with pytest.raises(NotFoundError):
        alice.org_groups.get("acme", "quality")


def test_a_group_name_is_unique(alice: DockerHub) -> None:
    with pytest.raises(ConflictError):
        alice.org_groups.create("acme", name="developers")


def test_members_cannot_change_groups(bob: DockerHub) -> None:
    with pytest.raises(PermissionDeniedError):
        bob.org_groups.create("acme", name="qa")
    with pytest.raises(PermissionDeniedError):
        bob.org_groups.delete("acme", "developers")
