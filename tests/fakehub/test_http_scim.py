"""SCIM over HTTP: every failure under `/v2/scim/` is a SCIM error body served as
application/scim+json (RFC 7644 section 3.12), and the state is untouched by it."""

from __future__ import annotations

import random
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from fakehub.app import create_app, get_backend
from fakehub.clock import ManualClock
from fakehub.demo import DEMO_SCIM_TOKENS

SCIM = "application/scim+json"
ERROR = "urn:ietf:params:scim:api:messages:2.0:Error"
USER = "urn:ietf:params:scim:schemas:core:2.0:User"
AUTH = {"Authorization": f"Bearer {DEMO_SCIM_TOKENS['acme']}"}


@pytest.fixture
def app() -> Flask:
    app = create_app(demo=True, clock=ManualClock(), rng=random.Random(2))
    app.testing = True
    return app


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


def _scim_error(response: Any, status: int, scim_type: str | None = None) -> str:
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == SCIM
    body = response.get_json(force=True)
    expected = {"schemas": [ERROR], "status": str(status), "detail": body["detail"]}
    if scim_type is not None:
        expected["scimType"] = scim_type
    assert body == expected
    detail: str = body["detail"]
    return detail


def test_success_answers_are_scim_json(client: FlaskClient) -> None:
    response = client.get("/v2/scim/2.0/ServiceProviderConfig", headers=AUTH)
    assert (response.status_code, response.mimetype) == (200, SCIM)


def test_a_scim_json_request_body_is_read(client: FlaskClient) -> None:
    response = client.post(
        "/v2/scim/2.0/Users",
        data=f'{{"schemas": ["{USER}"], "userName": "dana@example.com"}}',
        headers={**AUTH, "Content-Type": SCIM},
    )
    assert (response.status_code, response.mimetype) == (201, SCIM)
    assert response.get_json(force=True)["userName"] == "dana@example.com"


def test_no_token_is_a_scim_401_with_a_bearer_challenge(client: FlaskClient) -> None:
    response = client.get("/v2/scim/2.0/Users/x")
    assert _scim_error(response, 401) == "Authentication credentials were not provided."
    assert response.headers["WWW-Authenticate"] == 'Bearer realm="scim"'


def test_malformed_json_is_invalid_syntax(app: Flask, client: FlaskClient) -> None:
    before = get_backend(app).state.snapshot()
    response = client.post("/v2/scim/2.0/Users", data="{", headers=AUTH)
    assert _scim_error(response, 400, "invalidSyntax").startswith("JSON parse error")
    assert get_backend(app).state.snapshot() == before


def test_an_unknown_body_field_is_ignored(client: FlaskClient) -> None:
    body = {"schemas": [USER], "userName": "dana@example.com", "password": "x"}
    response = client.post("/v2/scim/2.0/Users", json=body, headers=AUTH)
    assert response.status_code == 201, response.get_json()
    assert "password" not in response.get_json()


def test_a_strict_app_calls_an_unknown_body_field_invalid_syntax_naming_it(
    app: Flask, client: FlaskClient
) -> None:
    get_backend(app).strict_bodies = True
    body = {"schemas": [USER], "userName": "dana@example.com", "password": "x"}
    response = client.post("/v2/scim/2.0/Users", json=body, headers=AUTH)
    detail = _scim_error(response, 400, "invalidSyntax")
    assert detail == "Invalid request body: password: unknown field"


def test_a_user_name_that_is_no_email_is_invalid_value(app: Flask, client: FlaskClient) -> None:
    before = get_backend(app).state.snapshot()
    response = client.post(
        "/v2/scim/2.0/Users", json={"schemas": [USER], "userName": "dana"}, headers=AUTH
    )
    detail = _scim_error(response, 400, "invalidValue")
    assert detail == "Invalid request body: userName: must be an email address (name@example.com)"
    assert get_backend(app).state.snapshot() == before


def test_unknown_paths_and_methods_under_scim_are_scim_errors(client: FlaskClient) -> None:
    _scim_error(client.get("/v2/scim/2.0/Groups", headers=AUTH), 404)
    response = client.delete("/v2/scim/2.0/ServiceProviderConfig", headers=AUTH)
    _scim_error(response, 405)
    assert response.headers["Allow"] == "GET"
    _scim_error(client.get("/v2/scim/2.0/Users/a%2Fb", headers=AUTH), 400, "invalidValue")


def test_errors_elsewhere_keep_docker_hubs_shape(client: FlaskClient) -> None:
    response = client.get("/v2/no/such/thing/")
    assert (response.mimetype, response.get_json()) == (
        "application/json",
        {"detail": "Not found."},
    )


@pytest.mark.parametrize(
    ("path", "detail"),
    [
        ("ResourceTypes/Group", "Resource type Group not found: the only one is User."),
        ("Schemas/Group", f"Schema Group not found: the only one is {USER}."),
    ],
)
def test_an_unknown_discovery_item_is_a_404_naming_the_only_one(
    client: FlaskClient, path: str, detail: str
) -> None:
    assert _scim_error(client.get(f"/v2/scim/2.0/{path}", headers=AUTH), 404) == detail


@pytest.mark.parametrize("path", ["ResourceTypes/User", f"Schemas/{USER}"])
def test_the_only_discovery_item_is_served_by_its_id(client: FlaskClient, path: str) -> None:
    response = client.get(f"/v2/scim/2.0/{path}", headers=AUTH)
    assert response.status_code == 200
    assert response.get_json(force=True)["id"] == path.split("/", 1)[1]
