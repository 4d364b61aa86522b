"""Invites through the SDK against fakehub (`hub.invites`): Docker's official `GET
/v2/orgs/{org_name}/invites`, `POST /v2/invites/bulk`, `PATCH /v2/invites/{id}/resend` and
`DELETE /v2/invites/{id}`, plus fakehub's control-API accept.
Demo data: `acme` (alice owns it, bob is in its `developers` group) has one pending invite,
carol's, to `developers`."""

from __future__ import annotations

from typing import Any

import pytest

from dockerhub_sdk import (
    BadRequestError,
    DockerHub,
    InvalidInputError,
    MissingCredentialsError,
    NotFoundError,
    PermissionDeniedError,
)
from dockerhub_sdk._types import UNSET
from fakehub.demo import DEMO_INVITE_ID
from tests.e2e.conftest import Hub

UNKNOWN_INVITE = "00000000-0000-4000-a000-000000000000"


def _accept(fake: Hub, invite_id: str, **body: str) -> Any:
    return fake.app.test_client().post(f"/_fakehub/invites/{invite_id}/accept", json=body)


def _state_invites(fake: Hub) -> list[dict[str, Any]]:
    state = fake.app.test_client().get("/_fakehub/state").get_json()
    acme = next(o for o in state["orgs"] if o["name"] == "acme")
    invites: list[dict[str, Any]] = acme["invites"]
    return invites


# -- listing --------------------------------------------------------------------------------------


def test_list_shows_the_pending_invites_to_an_owner(alice: DockerHub) -> None:
    (invite,) = alice.invites.list("acme").results
    assert invite.id == DEMO_INVITE_ID
    assert (invite.invitee, invite.inviter_username, invite.org) == ("carol", "alice", "acme")
    assert (invite.team, invite.role) == ("developers", "member")
    assert invite.created_at.tzinfo is not None


def test_list_is_refused_to_members_and_strangers(fake: Hub, bob: DockerHub) -> None:
    with pytest.raises(PermissionDeniedError):
        bob.invites.list("acme")
    fake.create_user("dave", "dave-password-1")
    with pytest.raises(PermissionDeniedError):
        fake.client("dave").invites.list("acme")


def test_list_answers_404_for_an_unknown_org_and_needs_a_login(
    alice: DockerHub, anon: DockerHub
) -> None:
    with pytest.raises(NotFoundError):
        alice.invites.list("no-such-org")
    with pytest.raises(MissingCredentialsError):
        anon.invites.list("acme")


# -- bulk create ----------------------------------------------------------------------------------


def test_bulk_create_answers_one_result_per_invitee_in_order(fake: Hub, alice: DockerHub) -> None:
    fake.create_user("dave", "dave-password-1")
    result = alice.invites.bulk_create(
        org="acme",
        invitees=["dave", "newcomer@example.org", "bob", "carol", "no-such-user", "not-an@email"],
        team="developers",
    )
    statuses = [(r.invitee, r.status) for r in result.invitees]
    assert statuses == [
        ("dave", "invited"),
        ("newcomer@example.org", "invited"),
        ("bob", "existing_org_member"),
        ("carol", "already_invited"),
        ("no-such-user", "invalid_email_or_docker_id"),
        ("not-an@email", "invalid_email_or_docker_id"),
    ]
    dave, newcomer, _, carol, *_ = result.invitees
    assert (dave.invite.invitee, dave.invite.team, dave.invite.role) == (
        "dave",
        "developers",
        "member",
    )
    assert (dave.invite.org, dave.invite.inviter_username) == ("acme", "alice")
    assert newcomer.invite.invitee == "newcomer@example.org"
    assert carol.invite.id == DEMO_INVITE_ID  # the pending invite, unchanged
    listed = [i.invitee for i in alice.invites.list("acme").results]
    assert listed == ["carol", "dave", "newcomer@example.org"]
    assert [r.invite for r in result.invitees[4:]] == [UNSET, UNSET]


def test_an_invitee_named_twice_is_invited_once(fake: Hub, alice: DockerHub) -> None:
    fake.create_user("dave", "dave-password-1")
    first, second = alice.invites.bulk_create(org="acme", invitees=["dave", "DAVE"]).invitees
    assert (first.status, second.status) == ("invited", "already_invited")
    assert first.invite.id == second.invite.id
    assert len(alice.invites.list("acme").results) == 2


def test_an_email_address_of_a_registered_user_invites_that_user(alice: DockerHub) -> None:
    alice.invites.cancel(DEMO_INVITE_ID)
    (row,) = alice.invites.bulk_create(org="acme", invitees=["Carol@Example.com"]).invitees
    assert (row.invitee, row.status, row.invite.invitee) == (
        "Carol@Example.com",
        "invited",
        "carol",
    )
    (again,) = alice.invites.bulk_create(org="acme", invitees=["carol"]).invitees
    assert again.status == "already_invited"
    (member,) = alice.invites.bulk_create(org="acme", invitees=["bob@example.com"]).invitees
    assert member.status == "existing_org_member"


def test_a_dry_run_validates_without_inviting(fake: Hub, alice: DockerHub) -> None:
    fake.create_user("dave", "dave-password-1")
    rows = alice.invites.bulk_create(
        org="acme", invitees=["dave", "dave", "bob", "x"], role="editor", dry_run=True
    ).invitees
    assert [r.status for r in rows] == [
        "invited",
        "already_invited",
        "existing_org_member",
        "invalid_email_or_docker_id",
    ]
    assert [r.invite for r in rows] == [UNSET] * 4
    assert [i.invitee for i in alice.invites.list("acme").results] == ["carol"]


def test_bulk_create_refuses_bad_requests_and_changes_nothing(alice: DockerHub) -> None:
    with pytest.raises(BadRequestError, match="team"):
        alice.invites.bulk_create(org="acme", invitees=["bob@example.org"], team="nope")
    with pytest.raises(BadRequestError, match="invitee"):
        alice.invites.bulk_create(org="acme", invitees=[])
    with pytest.raises(BadRequestError, match="1000"):
        alice.invites.bulk_create(org="acme", invitees=[f"u{i}@example.org" for i in range(1001)])
    assert [i.invitee for i in alice.invites.list("acme").results] == ["carol"]


def test_bulk_create_checks_role_and_names_before_sending(alice: DockerHub) -> None:
    with pytest.raises(InvalidInputError, match="role"):
        alice.invites.bulk_create(org="acme", invitees=["x@example.org"], role="admin")
    with pytest.raises(InvalidInputError, match="team"):
        alice.invites.bulk_create(org="acme", invitees=["x@example.org"], team="Not A Team")
    with pytest.raises(InvalidInputError, match="org"):
        alice.invites.bulk_create(org="Not An Org", invitees=["x@example.org"])


def test_only_an_owner_invites(bob: DockerHub, anon: DockerHub, alice: DockerHub) -> None:
    with pytest.raises(PermissionDeniedError):
        bob.invites.bulk_create(org="acme", invitees=["x@example.org"])
    with pytest.raises(MissingCredentialsError):
        anon.invites.bulk_create(org="acme", invitees=["x@example.org"])
    with pytest.raises(BadRequestError, match="org"):
        alice.invites.bulk_create(org="no-such-org", invitees=["x@example.org"])


# -- resend and cancel ----------------------------------------------------------------------------


def test_resend_sends_again_and_keeps_the_invite_pending(fake: Hub, alice: DockerHub) -> None:
    alice.invites.resend(DEMO_INVITE_ID)
    alice.invites.resend(DEMO_INVITE_ID)
    (stored,) = _state_invites(fake)
    assert stored["sent_count"] == 3
    assert [i.id for i in alice.invites.list("acme").results] == [DEMO_INVITE_ID]


def test_cancel_removes_the_invite(alice: DockerHub) -> None:
    alice.invites.cancel(DEMO_INVITE_ID)
    assert alice.invites.list("acme").results == []
    with pytest.raises(NotFoundError):
        alice.invites.cancel(DEMO_INVITE_ID)
    with pytest.raises(NotFoundError):
        alice.invites.resend(DEMO_INVITE_ID)


def test_resend_and_cancel_are_for_owners_only(bob: DockerHub, alice: DockerHub) -> None:
    with pytest.raises(PermissionDeniedError):
        bob.invites.resend(DEMO_INVITE_ID)
    with pytest.raises(PermissionDeniedError):
        bob.invites.cancel(DEMO_INVITE_ID)
    with pytest.raises(NotFoundError):
        alice.invites.cancel(UNKNOWN_INVITE)
    assert [i.id for i in alice.invites.list("acme").results] == [DEMO_INVITE_ID]


def test_a_malformed_invite_id_is_refused_before_sending(alice: DockerHub) -> None:
    with pytest.raises(InvalidInputError, match="invite_id"):
        alice.invites.cancel("not-a-uuid")


# -- accepting (fakehub's control API) ------------------------------------------------------------


def test_an_accepted_invite_joins_the_org_and_its_team(fake: Hub, alice: DockerHub) -> None:
    response = _accept(fake, DEMO_INVITE_ID)
    assert response.status_code == 200, response.get_data(as_text=True)
    assert response.get_json() == {"org": "acme", "username": "carol"}
    rows = {m.username: (m.role, m.groups) for m in alice.org_members.iter("acme")}
    assert rows["carol"] == ("Member", ["developers"])
    assert alice.invites.list("acme").results == []
    with pytest.raises(NotFoundError):
        alice.invites.cancel(DEMO_INVITE_ID)  # accepted: no longer an invite


def test_an_email_invite_is_accepted_by_an_account_with_the_invites_role(
    fake: Hub, alice: DockerHub
) -> None:
    (row,) = alice.invites.bulk_create(
        org="acme", invitees=["dave@example.org"], role="owner"
    ).invitees
    assert _accept(fake, row.invite.id).status_code == 400  # which account?
    assert _accept(fake, row.invite.id, username="dave").status_code == 400  # no such user
    fake.create_user("dave", "dave-password-1")
    assert _accept(fake, row.invite.id, username="dave").status_code == 200
    roles = {m.username: m.role for m in alice.org_members.iter("acme")}
    assert roles["dave"] == "Owner"
    assert [i.invitee for i in fake.client("dave").invites.list("acme").results] == ["carol"]


def test_accepting_an_unknown_invite_answers_404(fake: Hub) -> None:
    assert _accept(fake, UNKNOWN_INVITE).status_code == 404


# -- invitees among the members -------------------------------------------------------------------


def test_members_list_shows_pending_invitees_to_owners(alice: DockerHub) -> None:
    alice.invites.bulk_create(org="acme", invitees=["dave@example.org"])
    invitees = [
        (m.username, m.role, m.email) for m in alice.org_members.iter("acme", type="invitee")
    ]
    assert invitees == [
        ("carol", "Invitee", "carol@example.com"),
        ("dave@example.org", "Invitee", "dave@example.org"),
    ]
    everyone = [m.username for m in alice.org_members.iter("acme", type="all")]
    assert everyone == ["alice", "bob", "carol", "dave@example.org"]
    assert [m.username for m in alice.org_members.iter("acme", invites=True)] == everyone
    assert [m.username for m in alice.org_members.iter("acme")] == ["alice", "bob"]
    assert [m.username for m in alice.org_members.iter("acme", type="all", role="member")] == [
        "bob"
    ]


def test_members_list_hides_invitees_from_non_owners(bob: DockerHub) -> None:
    assert list(bob.org_members.iter("acme", type="invitee")) == []
    assert [m.username for m in bob.org_members.iter("acme", type="all")] == ["alice", "bob"]
