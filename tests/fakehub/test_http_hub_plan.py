"""``GET /api/billing/v4/accounts/{account_id}/hub-plan`` (hub-tool's ``account info``): the
plan of a user or an organization, by the account's id, for that user or the organization's
owners. Outside ``/v2/``, like Docker Hub's billing API."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from flask.testing import FlaskClient

from tests.replay import replay

Headers = Callable[[str], dict[str, str]]


@pytest.mark.parametrize("row_id", ["hub_tool.account_info.plan", "hub_tool.account_info_org.plan"])
def test_hub_tools_requests_decode(row_id: str) -> None:
    row = next(r for r in replay.load_fixtures() if r["id"] == row_id)
    result = replay.replay_row(row, replay.load_structs(), set())
    assert result["missing"] == "", result["problems"]


def _plan_url(client: FlaskClient, path: str, headers: dict[str, str]) -> str:
    account_id = client.get(path, headers=headers).get_json()["id"]
    return f"/api/billing/v4/accounts/{account_id}/hub-plan"


def test_a_user_is_on_the_free_plan_with_their_private_repository_limit(
    client: FlaskClient, as_user: Headers
) -> None:
    headers = as_user("alice")
    plan = client.get(_plan_url(client, "/v2/user/", headers), headers=headers).get_json()
    limit = client.get("/v2/users/alice/registry-settings/", headers=headers).get_json()
    assert plan["name"] == "free"
    assert plan["private_repos"] == limit["private_repo_limit"]


def test_an_organization_is_on_the_team_plan_with_a_seat_per_member(
    client: FlaskClient, as_user: Headers
) -> None:
    headers = as_user("dave")
    url = _plan_url(client, "/v2/orgs/acme/", headers)
    plan = client.get(url, headers=headers).get_json()
    assert (plan["name"], plan["seats"], plan["teams"]) == ("team", 1, 9999)


def test_another_users_plan_is_403(client: FlaskClient, as_user: Headers) -> None:
    url = _plan_url(client, "/v2/user/", as_user("alice"))
    assert client.get(url, headers=as_user("carol")).status_code == 403


def test_an_organizations_plan_is_for_its_owners(client: FlaskClient, as_user: Headers) -> None:
    url = _plan_url(client, "/v2/orgs/acme/", as_user("dave"))
    assert client.get(url, headers=as_user("carol")).status_code == 403


def test_an_unknown_account_is_404_and_a_malformed_id_is_400(
    client: FlaskClient, as_user: Headers
) -> None:
    headers = as_user("alice")
    assert (
        client.get(
            "/api/billing/v4/accounts/" + "0" * 32 + "/hub-plan", headers=headers
        ).status_code
        == 404
    )
    response = client.get("/api/billing/v4/accounts/alice/hub-plan", headers=headers)
    assert response.status_code == 400
    assert "account_id" in response.get_data(as_text=True)
