"""Permission rules as HTTP statuses: private repositories never leak, writes need the owner."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from flask.testing import FlaskClient

Headers = Callable[[str], dict[str, str]]


def test_a_private_repository_is_404_for_anonymous_callers(client: FlaskClient) -> None:
    assert client.get("/v2/repositories/alice/private/").status_code == 404


def test_a_private_repository_is_404_for_strangers(client: FlaskClient, as_user: Headers) -> None:
    response = client.get("/v2/repositories/alice/private/", headers=as_user("carol"))
    assert response.status_code == 404


def test_a_hidden_repository_answers_exactly_like_a_missing_one(
    client: FlaskClient, as_user: Headers
) -> None:
    headers = as_user("carol")
    hidden = client.delete("/v2/repositories/alice/private/tags/latest/", headers=headers)
    missing = client.delete("/v2/repositories/alice/absent/tags/latest/", headers=headers)
    assert hidden.status_code == missing.status_code == 404
    assert hidden.get_json()["detail"].replace("private", "?") == missing.get_json()[
        "detail"
    ].replace("absent", "?")


def test_a_private_repository_is_visible_to_its_collaborators(
    client: FlaskClient, as_user: Headers
) -> None:
    body = client.get("/v2/repositories/alice/private/", headers=as_user("bob")).get_json()
    assert body["is_private"] is True
    assert body["can_edit"] is False


def test_the_owner_can_edit(client: FlaskClient, as_user: Headers) -> None:
    body = client.get("/v2/repositories/alice/private/", headers=as_user("alice")).get_json()
    assert body["can_edit"] is True


@pytest.mark.parametrize(
    ("user", "status"), [(None, 401), ("carol", 403), ("bob", 403), ("alice", 200)]
)
def test_changing_a_description_needs_the_owner(
    client: FlaskClient, as_user: Headers, user: str | None, status: int
) -> None:
    headers = as_user(user) if user else {}
    response = client.patch(
        "/v2/repositories/alice/public/", json={"description": "new"}, headers=headers
    )
    assert response.status_code == status
    assert response.content_type == "application/json"


def test_a_stranger_writing_to_a_private_repository_gets_404_not_403(
    client: FlaskClient, as_user: Headers
) -> None:
    response = client.patch(
        "/v2/repositories/alice/private/", json={"description": "x"}, headers=as_user("carol")
    )
    assert response.status_code == 404


def test_anonymous_callers_can_list_public_tags(client: FlaskClient) -> None:
    assert client.get("/v2/repositories/alice/public/tags/").get_json()["count"] == 2


def test_starring_changes_star_count_has_starred_and_the_starred_list(
    client: FlaskClient, as_user: Headers
) -> None:
    headers = as_user("carol")
    assert client.post("/v2/repositories/alice/public/stars/", headers=headers).status_code == 204
    repo = client.get("/v2/repositories/alice/public/", headers=headers).get_json()
    assert (repo["star_count"], repo["has_starred"]) == (1, True)
    starred = client.get("/v2/users/carol/repositories/starred/").get_json()
    assert [r["name"] for r in starred["results"]] == ["public"]
    assert client.delete("/v2/repositories/alice/public/stars/", headers=headers).status_code == 204
    assert client.get("/v2/repositories/alice/public/").get_json()["star_count"] == 0


def test_starring_needs_a_login(client: FlaskClient) -> None:
    assert client.post("/v2/repositories/alice/public/stars/").status_code == 401


def test_a_repository_that_exists_is_a_400_naming_the_name(
    client: FlaskClient, as_user: Headers
) -> None:
    response = client.post(
        "/v2/repositories/", json={"namespace": "alice", "name": "public"}, headers=as_user("alice")
    )
    assert response.status_code == 400
    assert response.get_json() == {
        "detail": "name: Repository with this Name and Namespace already exists.",
        "errors": {"name": ["Repository with this Name and Namespace already exists."]},
    }


def test_deleting_a_repository_answers_404_afterwards(
    client: FlaskClient, as_user: Headers
) -> None:
    headers = as_user("alice")
    assert client.delete("/v2/repositories/alice/public/", headers=headers).status_code == 204
    assert client.get("/v2/repositories/alice/public/").status_code == 404
    assert client.get("/v2/repositories/alice/public/tags/").status_code == 404
