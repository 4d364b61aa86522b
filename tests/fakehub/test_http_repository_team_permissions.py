"""``GET`` / ``PATCH`` / ``DELETE /v2/repositories/{namespace}/{repository}/groups/{group_id}/``
(the Terraform provider's ``docker_repository_team_permission``): one group's permission on
one of the organization's repositories, for the repository's administrators."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from flask.testing import FlaskClient

from tests.replay import replay

Headers = Callable[[str], dict[str, str]]


@pytest.mark.parametrize("step", ["read", "update", "delete"])
def test_the_terraform_providers_requests_succeed(step: str) -> None:
    row_id = f"terraform.repo_team_permission.{step}"
    row = next(r for r in replay.load_fixtures() if r["id"] == row_id)
    result = replay.replay_row(row, replay.load_structs(), set())
    assert result["missing"] == "", result["problems"]


@pytest.fixture
def group_id(client: FlaskClient, as_user: Headers) -> int:
    """The id of acme's ``developers``, given ``read`` on ``acme/internal``."""
    headers = as_user("dave")
    group = client.get("/v2/orgs/acme/groups/developers/", headers=headers).get_json()
    body = {"group_id": group["id"], "permission": "read"}
    response = client.post("/v2/repositories/acme/internal/groups/", json=body, headers=headers)
    assert response.status_code == 200, response.get_json()
    return int(group["id"])


def _url(group_id: int) -> str:
    return f"/v2/repositories/acme/internal/groups/{group_id}/"


def _get(client: FlaskClient, group_id: int, headers: dict[str, str]) -> Any:
    return client.get(_url(group_id), headers=headers)


def test_get_answers_the_groups_permission(
    client: FlaskClient, as_user: Headers, group_id: int
) -> None:
    response = _get(client, group_id, as_user("dave"))
    assert response.status_code == 200, response.get_json()
    assert response.get_json() == {
        "group_id": group_id,
        "group_name": "developers",
        "permission": "read",
    }


def test_patch_changes_the_permission(client: FlaskClient, as_user: Headers, group_id: int) -> None:
    headers = as_user("dave")
    body = {"group_id": 0, "group_name": "", "permission": "admin"}
    response = client.patch(_url(group_id), json=body, headers=headers)
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["permission"] == "admin"
    assert _get(client, group_id, headers).get_json()["permission"] == "admin"


def test_patch_with_an_unknown_permission_is_400_and_keeps_it(
    client: FlaskClient, as_user: Headers, group_id: int
) -> None:
    headers = as_user("dave")
    response = client.patch(_url(group_id), json={"permission": "owner"}, headers=headers)
    assert response.status_code == 400
    assert "permission" in response.get_json()["errors"]
    assert _get(client, group_id, headers).get_json()["permission"] == "read"


def test_delete_takes_the_permission_away(
    client: FlaskClient, as_user: Headers, group_id: int
) -> None:
    headers = as_user("dave")
    assert client.delete(_url(group_id), headers=headers).status_code == 204
    assert _get(client, group_id, headers).status_code == 404
    assert client.delete(_url(group_id), headers=headers).status_code == 404


def test_a_group_without_permission_is_404_to_every_verb(
    client: FlaskClient, as_user: Headers, group_id: int
) -> None:
    headers = as_user("dave")
    url = f"/v2/repositories/acme/internal/groups/{group_id + 1000}/"
    assert client.get(url, headers=headers).status_code == 404
    assert client.patch(url, json={"permission": "read"}, headers=headers).status_code == 404
    assert client.delete(url, headers=headers).status_code == 404


def test_a_stranger_cannot_read_or_change_it(
    client: FlaskClient, as_user: Headers, group_id: int
) -> None:
    headers = as_user("carol")
    assert _get(client, group_id, headers).status_code in (403, 404)
    assert client.delete(_url(group_id), headers=headers).status_code in (403, 404)
    assert _get(client, group_id, as_user("dave")).status_code == 200


def test_removing_it_is_audited(client: FlaskClient, as_user: Headers, group_id: int) -> None:
    headers = as_user("dave")
    client.delete(_url(group_id), headers=headers)
    logs = client.get("/v2/auditlogs/acme/", headers=headers).get_json()["logs"]
    assert logs[0]["action"] == "repo.team.permission.remove"
    assert logs[0]["data"]["team"] == "developers"
