"""The billing API through the SDK against fakehub: `hub.billing.hub_plan(account_id)`, the
call hub-tool's `account info` makes (outside `/v2/`)."""

from __future__ import annotations

import pytest

from dockerhub_sdk import DockerHub, InvalidInputError, PermissionDeniedError


def test_a_user_reads_their_own_free_plan(alice: DockerHub) -> None:
    plan = alice.billing.hub_plan(alice.users.me().id)
    assert (plan.name, plan.seats) == ("free", 1)


def test_an_owner_reads_the_organizations_team_plan(alice: DockerHub) -> None:
    plan = alice.billing.hub_plan(alice.orgs.get("acme").id)
    assert plan.name == "team" and plan.private_repos == 9999


def test_a_member_who_is_no_owner_gets_403(alice: DockerHub, bob: DockerHub) -> None:
    with pytest.raises(PermissionDeniedError):
        bob.billing.hub_plan(alice.orgs.get("acme").id)


def test_an_account_id_is_checked_before_any_request(alice: DockerHub) -> None:
    with pytest.raises(InvalidInputError, match="account_id"):
        alice.billing.hub_plan("alice")
