"""Request bodies: malformed or wrongly typed ones answer 400 naming the fields, and change nothing.

The 400 body is ``{"detail": "...", "errors": {"<field>": ["<message>", ...]}}``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from fakehub.app import get_backend

Headers = Callable[[str], dict[str, str]]

BAD_BODIES: list[tuple[str, str, Any, str]] = [
    ("POST", "/v2/repositories/", {"namespace": "alice", "name": 3}, "name"),
    ("POST", "/v2/repositories/", {"namespace": "alice"}, "name"),
    ("POST", "/v2/repositories/", {"namespace": "alice", "name": "Bad Name"}, "name"),
    ("POST", "/v2/repositories/", [], "non_field_errors"),
    ("PATCH", "/v2/repositories/alice/public/", {"description": None}, "description"),
    ("POST", "/v2/repositories/alice/public/webhooks/", {"name": ["ci"]}, "name"),
    (
        "POST",
        "/v2/repositories/alice/public/autobuild/",
        {
            "name": "public",
            "namespace": "alice",
            "dockerhub_repo_name": "alice/public",
            "provider": "gitlab",
            "vcs_repo_name": "alice/public",
        },
        "provider",
    ),
    (
        "POST",
        "/v2/repositories/alice/public/autobuild/",
        {
            "name": "public",
            "namespace": "alice",
            "dockerhub_repo_name": "alice/public",
            "provider": "github",
            "vcs_repo_name": "alice/public",
            "build_tags": [{"name": 1}],
        },
        "build_tags[0].name",
    ),
    (
        "POST",
        "/v2/repositories/alice/public/autobuild/",
        {
            "name": "public",
            "namespace": "alice",
            "dockerhub_repo_name": "alice/public",
            "provider": "github",
            "vcs_repo_name": "alice/public",
            "build_tags": "latest",
        },
        "build_tags",
    ),
    (
        "POST",
        "/v2/repositories/alice/public/autobuild/",
        {
            "name": "other",
            "namespace": "alice",
            "dockerhub_repo_name": "alice/public",
            "provider": "github",
            "vcs_repo_name": "alice/public",
        },
        "name",
    ),
    ("POST", "/v2/repositories/alice/public/links/", {"to_repo": "a/b/c"}, "to_repo"),
    (
        "POST",
        "/v2/repositories/alice/public/autobuild/trigger-build/",
        {"source_type": "Commit"},
        "source_type",
    ),
]


@pytest.mark.parametrize(
    ("method", "path", "body", "field"),
    BAD_BODIES,
    ids=[f"{m} {p} {f}" for m, p, _, f in BAD_BODIES],
)
def test_a_bad_body_is_400_naming_the_field_and_changes_nothing(
    client: FlaskClient,
    as_user: Headers,
    snapshot: Callable[[], Any],
    method: str,
    path: str,
    body: Any,
    field: str,
) -> None:
    headers = as_user("alice")
    before = snapshot()
    response = client.open(path, method=method, json=body, headers=headers)
    assert response.status_code == 400, response.get_json()
    payload = response.get_json()
    assert field in payload["errors"], payload
    assert isinstance(payload["detail"], str)
    assert snapshot() == before


def test_malformed_json_is_400(client: FlaskClient, as_user: Headers) -> None:
    response = client.post(
        "/v2/repositories/",
        data=b'{"namespace": "alice",',
        content_type="application/json",
        headers=as_user("alice"),
    )
    assert response.status_code == 400
    assert response.get_json()["detail"].startswith("JSON parse error")


def test_an_error_body_lists_every_bad_field(client: FlaskClient, as_user: Headers) -> None:
    response = client.post(
        "/v2/repositories/", json={"name": 1, "extra": True}, headers=as_user("alice")
    )
    assert response.get_json() == {
        "detail": "Invalid request body",
        "errors": {
            "namespace": ["this field is required"],
            "name": ["expected a string, got an integer"],
        },
    }


def test_a_strict_error_body_also_lists_unknown_fields(
    app: Flask, client: FlaskClient, as_user: Headers
) -> None:
    get_backend(app).strict_bodies = True
    response = client.post(
        "/v2/repositories/", json={"name": 1, "extra": True}, headers=as_user("alice")
    )
    assert response.get_json()["errors"] == {
        "namespace": ["this field is required"],
        "name": ["expected a string, got an integer"],
        "extra": ["unknown field"],
    }


def test_authentication_is_checked_before_the_body(client: FlaskClient) -> None:
    assert client.post("/v2/repositories/", json={"name": 1}).status_code == 401


def test_defaults_of_request_models_apply_to_omitted_fields(
    client: FlaskClient, as_user: Headers
) -> None:
    headers = as_user("alice")
    client.post(
        "/v2/repositories/alice/public/autobuild/",
        json={
            "name": "public",
            "namespace": "alice",
            "dockerhub_repo_name": "alice/public",
            "provider": "github",
            "vcs_repo_name": "alice/public",
        },
        headers=headers,
    )
    response = client.post(
        "/v2/repositories/alice/public/autobuild/trigger-build/", headers=headers
    )
    assert response.status_code == 200
    assert [b["evaluated_tag_name"] for b in response.get_json()] == ["latest"]


def test_a_link_to_a_bare_name_means_an_official_image(
    client: FlaskClient, as_user: Headers
) -> None:
    client.post("/_fakehub/load", json={"orgs": [{"name": "library"}]})
    client.post(
        "/_fakehub/load", json={"repositories": [{"namespace": "library", "name": "debian"}]}
    )
    response = client.post(
        "/v2/repositories/alice/public/links/",
        json={"to_repo": "_/debian"},
        headers=as_user("alice"),
    )
    assert response.status_code == 201
    assert response.get_json()["to_repo"] == "debian"


def test_an_empty_filter_with_a_format_filters_nothing(
    client: FlaskClient, as_user: Headers
) -> None:
    unfiltered = client.get("/v2/orgs/acme/groups/", headers=as_user("dave"))
    empty = client.get("/v2/orgs/acme/groups/?username=", headers=as_user("dave"))
    assert empty.status_code == 200
    assert empty.get_json() == unfiltered.get_json()


def test_a_user_filter_that_is_no_username_matches_no_one(
    client: FlaskClient, as_user: Headers
) -> None:
    response = client.get("/v2/orgs/acme/groups/?username=Not%20A%20Name", headers=as_user("dave"))
    assert response.status_code == 200
    assert response.get_json()["results"] == []


def test_a_filter_of_a_closed_set_is_still_a_400_naming_it(
    client: FlaskClient, as_user: Headers
) -> None:
    response = client.get("/v2/orgs/acme/members/?role=boss", headers=as_user("dave"))
    assert response.status_code == 400
    assert list(response.get_json()["errors"]) == ["role"]
