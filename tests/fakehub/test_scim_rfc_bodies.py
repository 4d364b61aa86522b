"""SCIM bodies as identity providers send them (RFC 7643/7644): the attributes fakehub does not
keep (``externalId``, ``displayName`` on create, ``emails[].type``, ``name.formatted``,
``password``, ``locale``, ``roles``) and the read-only ones (``id``, ``meta``, ``groups``) are
ignored, not refused; a PUT of a GET answer gives the same user back."""

from __future__ import annotations

import datetime
import json
import random
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from fakehub.app import create_app
from fakehub.clock import ManualClock
from fakehub.demo import DEMO_SCIM_TOKENS
from tests.replay import replay

AUTH = {"Authorization": f"Bearer {DEMO_SCIM_TOKENS['acme']}"}
ROWS = {row["id"]: row for row in replay.load_fixtures()}
NOW = datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC)
"""After the demo data was made: a replace moves ``meta.lastModified`` here."""


@pytest.fixture
def app() -> Flask:
    return create_app(demo=True, clock=ManualClock(NOW), rng=random.Random(3))


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


def _first_user(client: FlaskClient) -> Any:
    return client.get("/v2/scim/2.0/Users", headers=AUTH).get_json()["Resources"][0]


def _replaced(user: Any) -> Any:
    """``user`` as a replace answers it: the same, modified now."""
    return {**user, "meta": {**user["meta"], "lastModified": "2025-01-01T00:00:00Z"}}


@pytest.mark.parametrize("row_id", ["scim_idp.okta.create", "scim_idp.entra.create"])
def test_an_identity_providers_create_body_provisions_the_user(
    client: FlaskClient, row_id: str
) -> None:
    response = client.post("/v2/scim/2.0/Users", json=ROWS[row_id]["body"], headers=AUTH)
    assert response.status_code == 201, response.get_json()
    assert response.get_json()["userName"] == "dave@example.com"


def test_oktas_profile_push_with_id_and_meta_replaces_the_user(client: FlaskClient) -> None:
    user = _first_user(client)
    body = json.loads(json.dumps(ROWS["scim_idp.okta.replace"]["body"]))
    body.update(id=user["id"], userName=user["userName"])
    response = client.put(f"/v2/scim/2.0/Users/{user['id']}", json=body, headers=AUTH)
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["name"] == {"givenName": "Bob", "familyName": "Builder"}


def test_a_put_of_a_get_answer_gives_the_same_user_back(client: FlaskClient) -> None:
    user = _first_user(client)
    response = client.put(f"/v2/scim/2.0/Users/{user['id']}", json=user, headers=AUTH)
    assert response.status_code == 200, response.get_json()
    assert response.get_json() == _replaced(user)


def test_a_put_ignores_read_only_attributes_that_disagree_with_the_user(
    client: FlaskClient,
) -> None:
    user = _first_user(client)
    body = {
        **user,
        "id": "not-this-one",
        "meta": {"resourceType": "Group", "location": "https://elsewhere.example/"},
        "groups": [{"value": "admins", "display": "admins"}],
        "displayName": "someone-else",
    }
    response = client.put(f"/v2/scim/2.0/Users/{user['id']}", json=body, headers=AUTH)
    assert response.status_code == 200, response.get_json()
    assert response.get_json() == _replaced(user)


def test_a_create_with_active_false_provisions_the_user_deactivated(client: FlaskClient) -> None:
    body = {**ROWS["scim_idp.okta.create"]["body"], "active": False}
    response = client.post("/v2/scim/2.0/Users", json=body, headers=AUTH)
    assert response.status_code == 201, response.get_json()
    assert response.get_json()["active"] is False


@pytest.mark.parametrize(
    "row_id",
    ["scim_idp.okta.create", "scim_idp.entra.create", "dockerhub_api.create_scim_user"],
)
def test_strict_bodies_accept_the_rfc_7643_user_attributes(row_id: str) -> None:
    strict = create_app(demo=True, clock=ManualClock(NOW), strict_bodies=True).test_client()
    body = {
        k: v
        for k, v in ROWS[row_id]["body"].items()
        if k not in {"locale", "password", "roles"}  # attributes Docker does not define
    }
    response = strict.post("/v2/scim/2.0/Users", json=body, headers=AUTH)
    assert response.status_code == 201, response.get_json()


def test_strict_bodies_accept_a_put_of_a_get_answer() -> None:
    strict = create_app(demo=True, clock=ManualClock(NOW), strict_bodies=True).test_client()
    user = _first_user(strict)
    response = strict.put(f"/v2/scim/2.0/Users/{user['id']}", json=user, headers=AUTH)
    assert response.status_code == 200, response.get_json()
    assert response.get_json() == _replaced(user)
