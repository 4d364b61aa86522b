"""The control API under ``/_fakehub/``: reset, users, load, state."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from flask.testing import FlaskClient


def test_state_reset_load_round_trip_gives_the_same_state(
    client: FlaskClient, as_user: Callable[[str], dict[str, str]], snapshot: Callable[[], Any]
) -> None:
    client.post("/v2/repositories/alice/public/stars/", headers=as_user("bob"))
    before = snapshot()
    assert client.post("/_fakehub/reset").status_code == 200
    assert snapshot()["users"] == []
    assert client.post("/_fakehub/load", json=before).status_code == 200
    assert snapshot() == before


def test_a_reloaded_state_serves_the_same_answers(
    client: FlaskClient, snapshot: Callable[[], Any]
) -> None:
    before_repo = client.get("/v2/repositories/alice/public/tags/").get_json()
    state = snapshot()
    client.post("/_fakehub/reset")
    client.post("/_fakehub/load", json=state)
    assert client.get("/v2/repositories/alice/public/tags/").get_json() == before_repo


def test_reset_can_restore_the_demo_data(client: FlaskClient) -> None:
    body = client.post("/_fakehub/reset", json={"demo": True}).get_json()
    assert body["repositories"] >= 6
    assert client.get("/v2/repositories/library/nginx/").status_code == 200


def test_created_users_can_log_in(client: FlaskClient) -> None:
    response = client.post(
        "/_fakehub/users",
        json={"username": "erin", "password": "erin-pw", "full_name": "Erin", "company": "X"},
    )
    assert response.status_code == 201
    assert response.get_json()["full_name"] == "Erin"
    login = client.post("/v2/users/login/", json={"username": "erin", "password": "erin-pw"})
    assert login.status_code == 200
    assert client.get("/v2/users/erin/").get_json()["company"] == "X"


def test_creating_an_existing_user_is_409(client: FlaskClient) -> None:
    response = client.post("/_fakehub/users", json={"username": "alice", "password": "x"})
    assert response.status_code == 409


@pytest.mark.parametrize(
    ("body", "fields"),
    [
        ({"password": "x"}, {"username"}),
        ({"username": "erin", "password": 5}, {"password"}),
        ({"username": "erin", "password": "x", "shoe_size": 9}, {"shoe_size"}),
        ({"username": "Erin Smith", "password": "x"}, {"username"}),
        ({"username": "erin", "password": "x", "is_staff": "no"}, {"is_staff"}),
    ],
)
def test_bad_user_bodies_are_400_naming_the_fields(
    client: FlaskClient, snapshot: Callable[[], Any], body: dict[str, Any], fields: set[str]
) -> None:
    before = snapshot()
    response = client.post("/_fakehub/users", json=body)
    assert response.status_code == 400
    assert set(response.get_json()["errors"]) == fields
    assert snapshot() == before


def test_a_bad_load_document_is_400_naming_the_path_and_changes_nothing(
    client: FlaskClient, snapshot: Callable[[], Any]
) -> None:
    before = snapshot()
    response = client.post(
        "/_fakehub/load",
        json={"repositories": [{"namespace": "alice", "name": "new", "tags": [{"name": 5}]}]},
    )
    assert response.status_code == 400
    assert list(response.get_json()["errors"]) == ["repositories[0].tags[0].name"]
    assert snapshot() == before


def test_load_answers_what_it_added(client: FlaskClient) -> None:
    response = client.post(
        "/_fakehub/load",
        json={
            "users": [{"username": "erin", "password": "pw"}],
            "repositories": [{"namespace": "erin", "name": "app"}],
        },
    )
    assert response.get_json() == {"users": 1, "orgs": 0, "repositories": 1, "audit_logs": 0}


def test_control_paths_answer_with_a_trailing_slash_too(client: FlaskClient) -> None:
    assert client.get("/_fakehub/state/").status_code == 200
