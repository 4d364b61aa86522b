"""Who sees the email addresses of an organization's members: one rule, Docker's — its owners
do; its other members, whatever their role, do not, in the member list, its CSV export and a
group's member list alike (over Flask's test client)."""

from __future__ import annotations

import csv
import io
import random

import pytest
from flask.testing import FlaskClient

from fakehub.app import create_app

EMAILS = {"olga": "olga@example.com", "eddie": "eddie@example.com", "mia": "mia@example.com"}
"""``olga`` owns ``acme``; ``eddie`` is an editor and ``mia`` a member, both in ``qa``."""


@pytest.fixture
def client() -> FlaskClient:
    document = {
        "users": [
            {"username": name, "password": f"{name}-password-1", "gravatar_email": email}
            for name, email in EMAILS.items()
        ],
        "orgs": [
            {
                "name": "acme",
                "members": ["olga"],
                "editors": ["eddie"],
                "groups": [{"name": "qa", "members": ["eddie", "mia"]}],
            }
        ],
    }
    app = create_app(rng=random.Random(7), data=document)
    app.testing = True
    return app.test_client()


def _as(client: FlaskClient, username: str) -> dict[str, str]:
    body = {"username": username, "password": f"{username}-password-1"}
    token = client.post("/v2/users/login/", json=body).get_json()["token"]
    return {"Authorization": f"Bearer {token}"}


def _listed_emails(client: FlaskClient, reader: str) -> dict[str, str]:
    response = client.get("/v2/orgs/acme/members/", headers=_as(client, reader))
    assert response.status_code == 200
    return {m["username"]: m["email"] for m in response.get_json()["results"]}


def _exported_emails(client: FlaskClient, reader: str) -> dict[str, str]:
    response = client.get("/v2/orgs/acme/members/export/", headers=_as(client, reader))
    assert response.status_code == 200
    rows = csv.DictReader(io.StringIO(response.get_data(as_text=True)))
    return {row["Username"]: row["Email"] for row in rows}


def test_an_owner_sees_every_members_email_in_the_member_list(client: FlaskClient) -> None:
    assert _listed_emails(client, "olga") == EMAILS


def test_an_owner_sees_every_members_email_in_the_export(client: FlaskClient) -> None:
    assert _exported_emails(client, "olga") == EMAILS


@pytest.mark.parametrize("reader", ["eddie", "mia"])
def test_a_non_owner_sees_no_email_in_the_member_list(client: FlaskClient, reader: str) -> None:
    assert _listed_emails(client, reader) == dict.fromkeys(EMAILS, "")


@pytest.mark.parametrize("reader", ["eddie", "mia"])
def test_a_non_owner_sees_no_email_in_the_export(client: FlaskClient, reader: str) -> None:
    assert _exported_emails(client, reader) == dict.fromkeys(EMAILS, "")


@pytest.mark.parametrize("reader", ["eddie", "mia"])
def test_a_non_owner_sees_no_email_in_a_groups_member_list(
    client: FlaskClient, reader: str
) -> None:
    response = client.get("/v2/orgs/acme/groups/qa/members/", headers=_as(client, reader))
    assert response.status_code == 200
    members = response.get_json()["results"]
    assert [m["username"] for m in members] == ["eddie", "mia"]
    assert not any("email" in m or "gravatar_email" in m for m in members)
