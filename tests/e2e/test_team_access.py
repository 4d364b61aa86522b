"""Groups' (teams') access to an organization's repositories through the SDK against fakehub:
Docker's official `POST /v2/repositories/{namespace}/{repository}/groups`
(`hub.repository_groups.create`), and what each permission then allows the group's members.
Demo data: `acme` (alice owns it, bob is in its `developers` group); each test adds the private
`acme/vault` with tags `latest` and `v1`."""

from __future__ import annotations

import pytest

from dockerhub_sdk import (
    BadRequestError,
    DockerHub,
    InvalidInputError,
    NotFoundError,
    PermissionDeniedError,
)
from tests.e2e.conftest import Hub


@pytest.fixture
def bob(fake: Hub) -> DockerHub:
    """bob, without the client's GET cache: alice's writes change what he may see."""
    return fake.client("bob", cache=False)


@pytest.fixture
def vault(fake: Hub) -> int:
    """Adds the private `acme/vault`; returns the id of acme's group `developers`."""
    doc = {
        "repositories": [
            {
                "namespace": "acme",
                "name": "vault",
                "is_private": True,
                "tags": [{"name": "latest"}, {"name": "v1"}],
            }
        ]
    }
    response = fake.app.test_client().post("/_fakehub/load", json=doc)
    assert response.status_code == 200, response.get_data(as_text=True)
    return fake.client("alice").org_groups.get("acme", "developers").id


def test_a_group_without_access_does_not_see_a_private_repository(
    vault: int, bob: DockerHub
) -> None:
    with pytest.raises(NotFoundError):
        bob.repositories.get("acme", "vault")


def test_read_lets_the_group_see_and_pull_but_not_push(
    vault: int, alice: DockerHub, bob: DockerHub
) -> None:
    granted = alice.repository_groups.create("acme", "vault", group_id=vault, permission="read")
    assert (granted.group_name, granted.group_id, granted.permission) == (
        "developers",
        vault,
        "read",
    )
    assert bob.repositories.get("acme", "vault").name == "vault"
    assert {t.name for t in bob.tags.iter("acme", "vault")} == {"latest", "v1"}
    assert {r.name for r in bob.namespace_repositories.iter("acme")} == {"tools", "vault"}
    with pytest.raises(PermissionDeniedError):
        bob.tags.delete("acme", "vault", "v1")


def test_write_lets_the_group_push_but_not_administer(
    vault: int, alice: DockerHub, bob: DockerHub
) -> None:
    alice.repository_groups.create("acme", "vault", group_id=vault, permission="write")
    bob.tags.delete("acme", "vault", "v1")
    assert [t.name for t in bob.tags.iter("acme", "vault")] == ["latest"]
    with pytest.raises(PermissionDeniedError):
        bob.repositories.update("acme", "vault", description="mine now")


def test_admin_lets_the_group_administer_the_repository(
    vault: int, alice: DockerHub, bob: DockerHub
) -> None:
    alice.repository_groups.create("acme", "vault", group_id=vault, permission="admin")
    assert bob.repositories.update("acme", "vault", description="ours").description == "ours"
    assert bob.repositories.get("acme", "vault").can_edit is True
    owners = alice.org_groups.get("acme", "owners").id
    assert bob.repository_groups.create("acme", "vault", group_id=owners, permission="read")
    with pytest.raises(PermissionDeniedError):  # one repository, not the organization
        bob.repositories.update("acme", "tools", description="not ours")


def test_giving_access_again_replaces_the_permission(
    vault: int, alice: DockerHub, bob: DockerHub
) -> None:
    alice.repository_groups.create("acme", "vault", group_id=vault, permission="admin")
    again = alice.repository_groups.create("acme", "vault", group_id=vault, permission="read")
    assert again.permission == "read"
    with pytest.raises(PermissionDeniedError):
        bob.tags.delete("acme", "vault", "v1")


def test_leaving_the_group_or_deleting_it_ends_the_access(
    vault: int, alice: DockerHub, bob: DockerHub
) -> None:
    alice.repository_groups.create("acme", "vault", group_id=vault, permission="read")
    alice.org_groups.remove_member("acme", "developers", "bob")
    with pytest.raises(NotFoundError):
        bob.repositories.get("acme", "vault")
    alice.groups.add_member("acme", "developers", member="bob")
    assert bob.repositories.get("acme", "vault").name == "vault"
    alice.org_groups.delete("acme", "developers")
    alice.org_groups.create("acme", name="developers")  # a new group: no access
    alice.groups.add_member("acme", "developers", member="bob")
    with pytest.raises(NotFoundError):
        bob.repositories.get("acme", "vault")


def test_only_an_administrator_gives_access(vault: int, bob: DockerHub, fake: Hub) -> None:
    with pytest.raises(NotFoundError):  # hidden from bob
        bob.repository_groups.create("acme", "vault", group_id=vault, permission="admin")
    with pytest.raises(PermissionDeniedError):  # public: visible, not his
        bob.repository_groups.create("acme", "tools", group_id=vault, permission="admin")


def test_the_group_must_belong_to_the_repositorys_organization(
    vault: int, alice: DockerHub
) -> None:
    with pytest.raises(BadRequestError, match="group_id"):
        alice.repository_groups.create("acme", "vault", group_id=999_999, permission="read")
    with pytest.raises(BadRequestError, match="group_id"):
        alice.repository_groups.create("alice", "secret-project", group_id=vault, permission="read")


def test_the_permission_is_checked_before_sending(vault: int, alice: DockerHub) -> None:
    with pytest.raises(InvalidInputError, match="permission"):
        alice.repository_groups.create("acme", "vault", group_id=vault, permission="owner")


def test_team_access_survives_a_snapshot_and_load(fake: Hub, vault: int, alice: DockerHub) -> None:
    alice.repository_groups.create("acme", "vault", group_id=vault, permission="write")
    client = fake.app.test_client()
    snapshot = client.get("/_fakehub/state").get_json()
    vault_doc = next(r for r in snapshot["repositories"] if r["name"] == "vault")
    assert vault_doc["team_permissions"] == [{"group_name": "developers", "permission": "write"}]
    assert client.post("/_fakehub/reset").status_code == 200
    assert client.post("/_fakehub/load", json=snapshot).status_code == 200
    assert client.get("/_fakehub/state").get_json() == snapshot
    # bob's login died with the state that issued it: he logs in to the loaded one
    fake.client("bob").tags.delete("acme", "vault", "v1")


def test_a_groups_permission_is_read_changed_and_removed_through_the_sdk(
    vault: int, alice: DockerHub, bob: DockerHub
) -> None:
    alice.repository_groups.create("acme", "vault", group_id=vault, permission="read")
    assert alice.repository_groups.get("acme", "vault", vault).permission == "read"
    assert alice.repository_groups.update(
        "acme", "vault", vault, permission="write"
    ).permission == ("write")
    alice.repository_groups.delete("acme", "vault", vault)
    with pytest.raises(NotFoundError):
        alice.repository_groups.get("acme", "vault", vault)
    with pytest.raises(NotFoundError):
        bob.repositories.get("acme", "vault")


def test_a_groups_permission_needs_a_positive_group_id_before_any_request(
    alice: DockerHub,
) -> None:
    with pytest.raises(InvalidInputError, match="group_id"):
        alice.repository_groups.get("acme", "tools", 0)
