"""``POST /v2/repositories/{namespace}/{repository}/privacy`` (the Terraform provider's
``docker_hub_repository``): its admins make a repository private or public."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from flask.testing import FlaskClient

from tests.replay import replay

Headers = Callable[[str], dict[str, str]]


def test_the_terraform_providers_request_succeeds() -> None:
    row = next(r for r in replay.load_fixtures() if r["id"] == "terraform.repository.privacy")
    result = replay.replay_row(row, replay.load_structs(), set())
    assert result["missing"] == "", result["problems"]


def _privacy(client: FlaskClient, repo: str, is_private: bool, headers: dict[str, str]) -> Any:
    return client.post(
        f"/v2/repositories/{repo}/privacy", json={"is_private": is_private}, headers=headers
    )


def test_making_a_repository_private_hides_it_from_strangers(
    client: FlaskClient, as_user: Headers
) -> None:
    assert _privacy(client, "alice/private", False, as_user("alice")).status_code == 200
    response = _privacy(client, "alice/public", True, as_user("alice"))
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["is_private"] is True
    assert client.get("/v2/repositories/alice/public/").status_code == 404


def test_beyond_the_private_repository_limit_it_is_400_and_stays_public(
    client: FlaskClient, as_user: Headers
) -> None:
    response = _privacy(client, "alice/public", True, as_user("alice"))
    assert response.status_code == 400
    assert "private repository limit" in response.get_json()["errors"]["is_private"][0]
    assert client.get("/v2/repositories/alice/public/").get_json()["is_private"] is False


def test_making_a_repository_public_shows_it_to_anyone(
    client: FlaskClient, as_user: Headers
) -> None:
    response = client.post(
        "/v2/repositories/alice/private/privacy/",
        json={"is_private": False},
        headers=as_user("alice"),
    )
    assert response.status_code == 200, response.get_json()
    assert client.get("/v2/repositories/alice/private/").get_json()["is_private"] is False


def test_a_collaborator_cannot_change_privacy(client: FlaskClient, as_user: Headers) -> None:
    response = client.post(
        "/v2/repositories/alice/private/privacy", json={"is_private": False}, headers=as_user("bob")
    )
    assert response.status_code == 403
    assert client.get("/v2/repositories/alice/private/", headers=as_user("bob")).get_json()[
        "is_private"
    ]


def test_a_body_without_is_private_is_400_naming_it(client: FlaskClient, as_user: Headers) -> None:
    response = client.post(
        "/v2/repositories/alice/public/privacy", json={}, headers=as_user("alice")
    )
    assert response.status_code == 400
    assert "is_private" in response.get_json()["errors"]
