"""Body fields the spec builds from the path (``template``): a body that leaves one out gets
it from the path, as the Hub reads the Terraform provider's ``POST
/v2/namespaces/{namespace}/repositories``; a body that names another value is a 400."""

from __future__ import annotations

from collections.abc import Callable

from flask.testing import FlaskClient

from tests.replay import replay

Headers = Callable[[str], dict[str, str]]
CREATE = "/v2/namespaces/alice/repositories"


def test_the_terraform_providers_create_without_namespace_succeeds() -> None:
    row = next(r for r in replay.load_fixtures() if r["id"] == "terraform.repository.create")
    result = replay.replay_row(row, replay.load_structs(), set())
    assert result["missing"] == "", result["problems"]


def test_a_create_without_namespace_creates_it_in_the_paths_namespace(
    client: FlaskClient, as_user: Headers
) -> None:
    response = client.post(CREATE, json={"name": "fresh"}, headers=as_user("alice"))
    assert response.status_code == 201, response.get_json()
    assert response.get_json()["namespace"] == "alice"
    assert client.get("/v2/repositories/alice/fresh/").status_code == 200


def test_a_create_naming_another_namespace_is_400_and_creates_nothing(
    client: FlaskClient, as_user: Headers
) -> None:
    body = {"name": "fresh", "namespace": "acme"}
    response = client.post(CREATE, json=body, headers=as_user("alice"))
    assert response.status_code == 400
    assert response.get_json()["errors"]["namespace"] == ["must match the URL ('alice')"]
    assert client.get("/v2/repositories/alice/fresh/").status_code == 404
    assert client.get("/v2/repositories/acme/fresh/", headers=as_user("dave")).status_code == 404
