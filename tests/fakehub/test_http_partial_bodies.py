"""Bodies with fields left out, as ``dockerhub-api`` sends them: where Docker's description
requires the field, the 400 naming it stays; where it does not, the Hub reads a PATCH."""

from __future__ import annotations

from collections.abc import Callable

from flask.testing import FlaskClient

from tests.replay import replay

Headers = Callable[[str], dict[str, str]]
IMMUTABLE = "/v2/namespaces/alice/repositories/public/immutabletags"


def _replayed(row_id: str) -> dict[str, object]:
    row = next(r for r in replay.load_fixtures() if r["id"] == row_id)
    return replay.replay_row(row, replay.load_structs(), set())


def test_dockerhub_apis_immutable_tags_update_succeeds() -> None:
    result = _replayed("dockerhub_api.update_immutable_tags")
    assert result["missing"] == "", result["problems"]


def test_an_immutable_tags_patch_without_rules_keeps_them(
    client: FlaskClient, as_user: Headers
) -> None:
    headers = as_user("alice")
    body = {"immutable_tags": True, "immutable_tags_rules": ["v.*"]}
    assert client.patch(IMMUTABLE, json=body, headers=headers).status_code == 200
    response = client.patch(IMMUTABLE, json={"immutable_tags": False}, headers=headers)
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["immutable_tags_settings"] == {"enabled": False, "rules": ["v.*"]}


def test_an_immutable_tags_patch_of_unknown_fields_only_changes_nothing(
    client: FlaskClient, as_user: Headers
) -> None:
    headers = as_user("alice")
    body = {"immutable_tags": True, "immutable_tags_rules": ["v.*"]}
    client.patch(IMMUTABLE, json=body, headers=headers)
    response = client.patch(IMMUTABLE, json={"enabled": False, "rules": ["x.*"]}, headers=headers)
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["immutable_tags_settings"] == {"enabled": True, "rules": ["v.*"]}


def test_a_verify_without_regex_stays_400_as_dockers_description_requires_it() -> None:
    result = _replayed("dockerhub_api.verify_immutable_tags")
    assert result["status"] == 400
    assert "regex" in str(result["missing"])


def test_a_group_put_without_name_stays_400_as_dockers_description_requires_it() -> None:
    result = _replayed("dockerhub_api.update_group")
    assert result["status"] == 400
    assert "name" in str(result["missing"])
