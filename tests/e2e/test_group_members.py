"""Groups (teams) through the SDK against fakehub: Docker's official `PATCH
/v2/orgs/{org_name}/groups/{group_name}`, the group's members (`GET .../members`, `DELETE
.../members/{username}`) and `POST .../members`, which the legacy `hub.groups.add_member` serves.
Demo data: `acme` (alice owns it, bob is in its `developers` group)."""

from __future__ import annotations

import pytest

from dockerhub_sdk import (
    ConflictError,
    DockerHub,
    InvalidInputError,
    MissingCredentialsError,
    NotFoundError,
    PermissionDeniedError,
)
from dockerhub_sdk._types import UNSET
from tests.e2e.conftest import Hub

# -- PATCH ----------------------------------------------------------------------------------------


def test_patch_changes_only_the_fields_given(alice: DockerHub) -> None:
    before = alice.org_groups.get("acme", "developers")
    described = alice.org_groups.patch("acme", "developers", description="Builders")
    assert (described.name, described.description) == ("developers", "Builders")
    renamed = alice.org_groups.patch("acme", "developers", name="builders")
    assert (renamed.id, renamed.name, renamed.description) == (before.id, "builders", "Builders")
    assert renamed.member_count == 1
    assert alice.org_groups.patch("acme", "builders") == renamed  # nothing given: no change
    with pytest.raises(NotFoundError):
        alice.org_groups.get("acme", "developers")


def test_patch_refuses_a_taken_name_and_non_owners(alice: DockerHub, bob: DockerHub) -> None:
    with pytest.raises(ConflictError):
        alice.org_groups.patch("acme", "developers", name="owners")
    with pytest.raises(PermissionDeniedError):
        bob.org_groups.patch("acme", "developers", description="mine")
    with pytest.raises(InvalidInputError, match="name"):
        alice.org_groups.patch("acme", "developers", name="Not A Group")
    assert alice.org_groups.get("acme", "developers").description == ""


# -- members --------------------------------------------------------------------------------------


def test_members_list_shows_emails_to_owners_only(alice: DockerHub, bob: DockerHub) -> None:
    (as_owner,) = alice.org_groups.list_members("acme", "developers").results
    assert (as_owner.username, as_owner.full_name, as_owner.type) == ("bob", "Bob Builder", "User")
    assert (as_owner.email, as_owner.gravatar_email) == ("bob@example.com", "bob@example.com")
    (as_member,) = bob.org_groups.list_members("acme", "developers").results
    assert (as_member.username, as_member.email, as_member.gravatar_email) == ("bob", UNSET, UNSET)
    assert as_member.date_joined == as_owner.date_joined


def test_members_search_matches_names_and_for_owners_emails(
    alice: DockerHub, bob: DockerHub
) -> None:
    alice.groups.add_member("acme", "developers", member="alice")
    assert [m.username for m in alice.org_groups.iter_list_members("acme", "developers")] == [
        "alice",
        "bob",
    ]
    assert [
        m.username for m in bob.org_groups.iter_list_members("acme", "developers", search="LIDD")
    ] == ["alice"]
    assert [
        m.username for m in alice.org_groups.iter_list_members("acme", "developers", search="bob@")
    ] == ["bob"]
    assert list(bob.org_groups.iter_list_members("acme", "developers", search="bob@")) == []


def test_members_list_pages(alice: DockerHub) -> None:
    alice.groups.add_member("acme", "developers", member="alice")
    page = alice.org_groups.list_members("acme", "developers", page_size=1)
    assert (page.count, [m.username for m in page.results]) == (2, ["alice"])
    assert page.next is not None


def test_members_list_is_for_members_of_the_org(
    fake: Hub, alice: DockerHub, anon: DockerHub
) -> None:
    fake.create_user("dave", "dave-password-1")
    with pytest.raises(PermissionDeniedError):
        fake.client("dave").org_groups.list_members("acme", "developers")
    with pytest.raises(NotFoundError):
        alice.org_groups.list_members("acme", "nope")
    with pytest.raises(MissingCredentialsError):
        anon.org_groups.list_members("acme", "developers")


def test_remove_member_keeps_the_user_in_the_org(alice: DockerHub, bob: DockerHub) -> None:
    alice.org_groups.remove_member("acme", "developers", "bob")
    assert list(alice.org_groups.iter_list_members("acme", "developers")) == []
    roles = {m.username: (m.role, m.groups) for m in alice.org_members.iter("acme")}
    assert roles["bob"] == ("Member", [])
    assert [o.orgname for o in bob.orgs.iter()] == ["acme"]
    with pytest.raises(NotFoundError):
        alice.org_groups.remove_member("acme", "developers", "bob")


def test_remove_member_is_for_owners(bob: DockerHub, alice: DockerHub) -> None:
    with pytest.raises(PermissionDeniedError):
        bob.org_groups.remove_member("acme", "developers", "bob")
    assert alice.org_groups.get("acme", "developers").member_count == 1


def test_add_member_answers_as_docker_documents_it(fake: Hub, alice: DockerHub) -> None:
    member = alice.groups.add_member("acme", "owners", member="bob")
    assert member.member == "bob"
    assert alice.last_response is not None and alice.last_response.status_code == 200
    assert [m.username for m in alice.org_groups.iter_list_members("acme", "owners")] == [
        "alice",
        "bob",
    ]
    assert alice.groups.add_member("acme", "owners", member="bob").member == "bob"  # no change
    assert alice.org_groups.get("acme", "owners").member_count == 2
