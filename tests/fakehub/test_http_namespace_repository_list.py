"""``GET /v2/repositories/{namespace}/``: a namespace's repositories in pages, at the path
hub-tool (``repo ls``, ``account info``) and the Terraform provider (``docker_hub_repositories``)
call, with or without the trailing slash."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from flask.testing import FlaskClient

from tests.replay import replay

ROW_IDS = ["hub_tool.repo_ls", "hub_tool.account_info.repos", "terraform.data.repositories"]


@pytest.mark.parametrize("row_id", ROW_IDS)
def test_the_clients_request_is_answered_with_what_they_decode(row_id: str) -> None:
    row = next(r for r in replay.load_fixtures() if r["id"] == row_id)
    result = replay.replay_row(row, replay.load_structs(), set())
    assert result["missing"] == "", result["problems"]


def test_it_lists_what_the_namespaces_api_lists(
    client: FlaskClient, as_user: Callable[[str], dict[str, str]]
) -> None:
    older = client.get("/v2/repositories/alice?ordering=name", headers=as_user("alice"))
    newer = client.get("/v2/namespaces/alice/repositories?ordering=name", headers=as_user("alice"))
    assert older.status_code == 200
    assert older.get_json() == newer.get_json()
    assert [r["name"] for r in older.get_json()["results"]] == ["private", "public"]


def test_private_repositories_are_left_out_for_a_caller_who_cannot_see_them(
    client: FlaskClient,
) -> None:
    answer = client.get("/v2/repositories/alice/").get_json()
    assert [r["name"] for r in answer["results"]] == ["public"]
    assert answer["count"] == 1


def test_pages_follow_page_size(
    client: FlaskClient, as_user: Callable[[str], dict[str, str]]
) -> None:
    answer = client.get(
        "/v2/repositories/alice/?ordering=name&page=2&page_size=1", headers=as_user("alice")
    ).get_json()
    assert [r["name"] for r in answer["results"]] == ["public"]
    assert answer["count"] == 2
    assert answer["next"] is None


def test_an_unknown_namespace_is_404(client: FlaskClient) -> None:
    response = client.get("/v2/repositories/nobody-here/")
    assert response.status_code == 404
    assert "nobody-here" in response.get_json()["detail"]
