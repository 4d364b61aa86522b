"""Request bodies are read as Docker Hub (Django REST framework) reads them: keys the operation
does not know are ignored, at every depth; known keys keep every rule. ``strict_bodies`` (the
``--strict-bodies`` flag, the ``fakehub_strict_bodies`` marker) refuses them instead."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import urllib3
from flask import Flask
from flask.testing import FlaskClient
from hypothesis import given
from hypothesis import strategies as st

from dockerhub_sdk.wire import models, strict_converter
from fakehub import cli, serving
from fakehub.app import create_app, get_backend
from fakehub.clock import ManualClock
from fakehub.demo import DEMO_SCIM_TOKENS
from fakehub.http.validation import known_only
from fakehub.server import FakeHub

Headers = Callable[[str], dict[str, str]]
Snapshot = Callable[[], Any]

PUBLIC = "/v2/repositories/alice/public/"
SCIM_AUTH = {"Authorization": f"Bearer {DEMO_SCIM_TOKENS['acme']}"}
SCIM_USER = "urn:ietf:params:scim:schemas:core:2.0:User"


@pytest.fixture
def demo_app() -> Flask:
    return create_app(demo=True, clock=ManualClock())


def test_an_unknown_top_level_field_is_ignored(client: FlaskClient, as_user: Headers) -> None:
    body = {"namespace": "alice", "name": "x2", "colour": "red", "id": 0, "uuid": ""}
    response = client.post("/v2/repositories/", json=body, headers=as_user("alice"))
    assert response.status_code == 201, response.get_json()
    assert "colour" not in response.get_json()


def test_a_known_field_next_to_an_unknown_one_still_applies(
    client: FlaskClient, as_user: Headers
) -> None:
    headers = as_user("alice")
    body = {"description": "new words", "immutable_tags": True}
    response = client.patch(PUBLIC, json=body, headers=headers)
    assert response.status_code == 200, response.get_json()
    assert client.get(PUBLIC, headers=headers).get_json()["description"] == "new words"


def test_a_wrong_type_on_a_known_field_is_still_400_and_changes_nothing(
    client: FlaskClient, as_user: Headers, snapshot: Snapshot
) -> None:
    before = snapshot()
    body = {"namespace": "alice", "name": 5, "colour": "red"}
    response = client.post("/v2/repositories/", json=body, headers=as_user("alice"))
    assert response.status_code == 400
    assert response.get_json()["errors"] == {"name": ["expected a string, got an integer"]}
    assert snapshot() == before


def test_an_unknown_nested_field_is_ignored_and_renamed_siblings_kept(demo_app: Flask) -> None:
    body = {
        "schemas": [SCIM_USER],
        "userName": "dana@example.com",
        "name": {"givenName": "Dana", "familyName": "Doe", "formatted": "Dana Doe"},
    }
    response = demo_app.test_client().post("/v2/scim/2.0/Users", json=body, headers=SCIM_AUTH)
    assert response.status_code == 201, response.get_json()
    assert response.get_json()["name"] == {"givenName": "Dana", "familyName": "Doe"}


def test_with_strict_bodies_a_nested_unknown_field_is_400_naming_its_path(
    demo_app: Flask,
) -> None:
    get_backend(demo_app).strict_bodies = True
    body = {
        "schemas": [SCIM_USER],
        "userName": "dana@example.com",
        "name": {"givenName": "Dana", "nickname": "Dee"},
    }
    response = demo_app.test_client().post("/v2/scim/2.0/Users", json=body, headers=SCIM_AUTH)
    assert response.status_code == 400
    assert "name.nickname: unknown field" in response.get_json()["detail"]


def test_known_only_drops_unknown_keys_in_list_items() -> None:
    document = {
        "provider": "github",
        "build_tags": [{"name": "latest", "isNew": True}, {"source_name": "main", "id": 0}],
        "repoName": "public",
    }
    assert known_only(document, models.AutomatedBuildCreate) == {
        "provider": "github",
        "build_tags": [{"name": "latest"}, {"source_name": "main"}],
    }


def test_known_only_leaves_values_of_the_wrong_kind_for_the_converter() -> None:
    assert known_only({"build_tags": "latest"}, models.AutomatedBuildCreate) == {
        "build_tags": "latest"
    }
    assert known_only([1, 2], models.AutomatedBuildCreate) == [1, 2]


KNOWN_NAME_KEYS = (
    "givenName",
    "familyName",
    "formatted",
    "middleName",
    "honorificPrefix",
    "honorificSuffix",
)
KNOWN_USER_KEYS = (
    "schemas",
    "userName",
    "name",
    "active",
    "enabled",
    "emails",
    "displayName",
    "externalId",
    "id",
    "groups",
    "meta",
)
json_scalars = st.none() | st.booleans() | st.integers() | st.text(max_size=5)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=8,
)
extra_keys = st.dictionaries(
    st.text(max_size=8).filter(lambda key: key not in KNOWN_USER_KEYS),
    json_values,
    max_size=4,
)


@given(
    given_name=st.text(max_size=10),
    top=extra_keys,
    nested=st.dictionaries(
        st.text(max_size=8).filter(lambda key: key not in KNOWN_NAME_KEYS), json_values
    ),
)
def test_extra_keys_anywhere_structure_like_the_body_without_them(
    given_name: str, top: dict[str, Any], nested: dict[str, Any]
) -> None:
    clean = {"schemas": [SCIM_USER], "userName": "a@example.com", "name": {"givenName": given_name}}
    noisy = {**top, **clean, "name": {**nested, "givenName": given_name}}
    assert known_only(noisy, models.ScimUserUpdate) == clean
    assert strict_converter.structure(
        known_only(noisy, models.ScimUserUpdate), models.ScimUserUpdate
    ) == strict_converter.structure(clean, models.ScimUserUpdate)


def test_the_serve_command_has_a_strict_bodies_flag(monkeypatch: pytest.MonkeyPatch) -> None:
    served: list[Flask] = []

    def refuse(app: Flask, host: str, port: int, **options: object) -> None:
        served.append(app)
        raise OSError(98, "Address already in use")

    monkeypatch.setattr(serving, "make_server", refuse)
    assert cli.main(["serve", "--port", "0", "--strict-bodies"]) == 1
    assert cli.main(["serve", "--port", "0"]) == 1
    assert [get_backend(app).strict_bodies for app in served] == [True, False]


@pytest.mark.fakehub_strict_bodies
def test_the_strict_bodies_marker_makes_the_fixture_refuse_unknown_fields(
    fakehub: FakeHub,
) -> None:
    answer = _login_with_an_unknown_field(fakehub)
    assert answer.status == 400
    assert answer.json()["errors"] == {"x": ["unknown field"]}


def test_without_the_marker_the_fixture_ignores_unknown_fields(fakehub: FakeHub) -> None:
    assert _login_with_an_unknown_field(fakehub).status == 200


def _login_with_an_unknown_field(fakehub: FakeHub) -> urllib3.BaseHTTPResponse:
    fakehub.create_user("erin", "pw")
    return urllib3.PoolManager(retries=False).request(
        "POST",
        f"{fakehub.url}/v2/users/login/",
        json={"username": "erin", "password": "pw", "x": 1},
    )
