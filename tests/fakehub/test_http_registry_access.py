"""``GET`` / ``PUT /v2/orgs/{org}/settings/registry-access-management`` (the Terraform
provider's ``docker_org_setting_registry_access_management``): an organization's owners read
and replace which registries its members may pull from."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from flask.testing import FlaskClient

from tests.replay import replay

Headers = Callable[[str], dict[str, str]]
URL = "/v2/orgs/acme/settings/registry-access-management"
GHCR = {"address": "ghcr.io", "friendly_name": "GitHub", "allowed": True}
BODY: dict[str, Any] = {
    "enabled": True,
    "standard_registries": [{"id": "DockerHub", "allowed": True}],
    "custom_registries": [GHCR],
}


@pytest.mark.parametrize("step", ["put", "read", "delete"])
def test_the_terraform_providers_requests_succeed(step: str) -> None:
    row = next(r for r in replay.load_fixtures() if r["id"] == f"terraform.ram.{step}")
    result = replay.replay_row(row, replay.load_structs(), set())
    assert result["missing"] == "", result["problems"]


def test_an_organization_starts_with_it_off_and_docker_hub_allowed(
    client: FlaskClient, as_user: Headers
) -> None:
    response = client.get(URL, headers=as_user("dave"))
    assert response.status_code == 200, response.get_json()
    assert response.get_json() == {
        "enabled": False,
        "standard_registries": [{"id": "DockerHub", "allowed": True}],
        "custom_registries": [],
    }


def test_put_replaces_the_settings_and_get_shows_them(
    client: FlaskClient, as_user: Headers
) -> None:
    headers = as_user("dave")
    response = client.put(URL, json=BODY, headers=headers)
    assert response.status_code == 200, response.get_json()
    assert client.get(URL, headers=headers).get_json() == BODY


def test_a_list_left_out_is_kept(client: FlaskClient, as_user: Headers) -> None:
    headers = as_user("dave")
    client.put(URL, json=BODY, headers=headers)
    response = client.put(URL, json={"enabled": False}, headers=headers)
    assert response.get_json()["custom_registries"] == [GHCR]
    assert response.get_json()["enabled"] is False


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({**BODY, "custom_registries": [GHCR, GHCR]}, "custom_registries[1]"),
        ({**BODY, "standard_registries": [{"id": "Quay", "allowed": True}]}, "id"),
        ({**BODY, "custom_registries": [{**GHCR, "address": "not a host"}]}, "address"),
        ({"standard_registries": []}, "enabled"),
    ],
)
def test_a_bad_body_is_400_naming_the_field_and_changes_nothing(
    client: FlaskClient, as_user: Headers, body: dict[str, Any], field: str
) -> None:
    headers = as_user("dave")
    response = client.put(URL, json=body, headers=headers)
    assert response.status_code == 400
    assert field in str(response.get_json()["errors"])
    assert client.get(URL, headers=headers).get_json()["enabled"] is False


def test_only_owners_read_or_change_it(client: FlaskClient, as_user: Headers) -> None:
    assert client.get(URL, headers=as_user("carol")).status_code == 403
    assert client.put(URL, json=BODY, headers=as_user("carol")).status_code == 403
    assert (
        client.get(
            "/v2/orgs/nosuch/settings/registry-access-management", headers=as_user("dave")
        ).status_code
        == 404
    )


def test_each_change_is_audited_with_dockers_action(client: FlaskClient, as_user: Headers) -> None:
    headers = as_user("dave")
    client.put(URL, json=BODY, headers=headers)
    off = {**BODY, "enabled": False, "custom_registries": []}
    client.put(URL, json=off, headers=headers)
    logs = client.get("/v2/auditlogs/acme/", headers=headers).get_json()["logs"]
    actions = [e["action"] for e in logs[:4]]
    assert actions == [
        "org.registry_access.registry_removed",
        "org.registry_access.disabled",
        "org.registry_access.registry_added",
        "org.registry_access.enabled",
    ]


def test_the_settings_survive_a_snapshot_and_load(
    client: FlaskClient, as_user: Headers, snapshot: Callable[[], Any]
) -> None:
    client.put(URL, json=BODY, headers=as_user("dave"))
    document = snapshot()
    assert client.post("/_fakehub/reset").status_code in (200, 204)
    assert client.post("/_fakehub/load", json=document).status_code == 200
    assert client.get(URL, headers=as_user("dave")).get_json() == BODY


def test_a_document_listing_a_registry_twice_is_refused(client: FlaskClient) -> None:
    doc = {
        "orgs": [
            {"name": "beta", "registry_access": {"custom_registries": [GHCR, GHCR]}},
        ]
    }
    response = client.post("/_fakehub/load", json=doc)
    assert response.status_code == 400
    assert "orgs[0].registry_access.custom_registries[1]" in response.get_data(as_text=True)
