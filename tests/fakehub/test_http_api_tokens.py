"""``/v2/api_tokens``: the personal access tokens at the older path hub-tool's ``token``
commands call (no trailing slash), the same tokens as ``/v2/access-tokens``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from flask.testing import FlaskClient

from tests.replay import replay

Headers = Callable[[str], dict[str, str]]
TOKEN_ROWS = [
    "hub_tool.token_create",
    "hub_tool.token_ls",
    "hub_tool.token_inspect",
    "hub_tool.token_activate",
    "hub_tool.token_deactivate",
    "hub_tool.token_rm",
]


@pytest.mark.parametrize("row_id", TOKEN_ROWS)
def test_hub_tools_request_is_answered_with_what_it_decodes(row_id: str) -> None:
    row = next(r for r in replay.load_fixtures() if r["id"] == row_id)
    result = replay.replay_row(row, replay.load_structs(), set())
    assert result["missing"] == "", result["problems"]


def _create(client: FlaskClient, headers: dict[str, str], body: dict[str, Any]) -> Any:
    response = client.post("/v2/api_tokens", json=body, headers=headers)
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def test_a_created_token_is_active_with_every_scope_although_is_active_false_is_sent(
    client: FlaskClient, as_user: Headers
) -> None:
    token = _create(client, as_user("alice"), {"token_label": "ci", "is_active": False})
    assert (token["is_active"], token["scopes"], token["token_label"]) == (
        True,
        ["repo:admin"],
        "ci",
    )
    assert token["token"].startswith("dckr_pat_")


def test_a_token_created_without_a_label_is_labelled_api_token(
    client: FlaskClient, as_user: Headers
) -> None:
    assert _create(client, as_user("alice"), {"is_active": False})["token_label"] == "API token"


def test_a_blank_label_is_400_naming_the_field(client: FlaskClient, as_user: Headers) -> None:
    response = client.post("/v2/api_tokens", json={"token_label": ""}, headers=as_user("alice"))
    assert response.status_code == 400
    assert "token_label" in response.get_json()["errors"]


def test_the_tokens_are_the_same_as_at_access_tokens(client: FlaskClient, as_user: Headers) -> None:
    uuid = _create(client, as_user("alice"), {"token_label": "ci"})["uuid"]
    older = client.get("/v2/api_tokens?page=1&page_size=100", headers=as_user("alice")).get_json()
    newer = client.get("/v2/access-tokens/", headers=as_user("alice")).get_json()
    assert older == newer
    assert [t["uuid"] for t in older["results"]] == [uuid]
    assert older["active_count"] == 1


def test_a_patch_deactivates_and_a_delete_removes_the_token(
    client: FlaskClient, as_user: Headers
) -> None:
    uuid = _create(client, as_user("alice"), {"token_label": "ci"})["uuid"]
    patched = client.patch(
        f"/v2/api_tokens/{uuid}", json={"is_active": False}, headers=as_user("alice")
    )
    assert patched.get_json()["is_active"] is False
    assert client.delete(f"/v2/api_tokens/{uuid}", headers=as_user("alice")).status_code == 204
    assert client.get(f"/v2/access-tokens/{uuid}/", headers=as_user("alice")).status_code == 404


def test_another_users_token_is_404(client: FlaskClient, as_user: Headers) -> None:
    uuid = _create(client, as_user("alice"), {"token_label": "ci"})["uuid"]
    assert client.get(f"/v2/api_tokens/{uuid}", headers=as_user("bob")).status_code == 404


def test_an_anonymous_caller_is_401(client: FlaskClient) -> None:
    assert client.get("/v2/api_tokens").status_code == 401
