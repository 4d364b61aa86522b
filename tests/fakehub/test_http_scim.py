"""SCIM over HTTP: every failure under `/v2/scim/` is a SCIM error body served as
application/scim+json (RFC 7644 section 3.12), and the state is untouched by it.

PATCH (RFC 7644 section 3.5.2) and DELETE (section 3.6) of a user, with the bodies Okta and
Microsoft Entra send: deactivation does what Docker Hub does (the user leaves the organization
and its groups), DELETE also forgets the SCIM user, and every refusal is a SCIM 400 that leaves
the state untouched."""

from __future__ import annotations

import random
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from fakehub.app import create_app, get_backend
from fakehub.clock import ManualClock
from fakehub.demo import DEMO_SCIM_TOKENS
from fakehub.state import org_member_names

SCIM = "application/scim+json"
ERROR = "urn:ietf:params:scim:api:messages:2.0:Error"
USER = "urn:ietf:params:scim:schemas:core:2.0:User"
AUTH = {"Authorization": f"Bearer {DEMO_SCIM_TOKENS['acme']}"}
PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp"
BOB = "5c1a0000-0000-4000-a000-000000000b0b"
BOB_URL = f"/v2/scim/2.0/Users/{BOB}"


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


# --- PATCH and DELETE -------------------------------------------------------------------------


def _patch(client: FlaskClient, *operations: dict[str, Any]) -> Any:
    body = {"schemas": [PATCH_OP], "Operations": list(operations)}
    return client.patch(BOB_URL, json=body, headers=AUTH)


def _user(response: Any) -> dict[str, Any]:
    assert (response.status_code, response.mimetype) == (200, SCIM), response.get_data()
    user: dict[str, Any] = response.get_json(force=True)
    return user


def _in_acme(app: Flask, username: str) -> bool:
    return username in org_member_names(get_backend(app).state.get_org("acme"))


def _refused(app: Flask, client: FlaskClient, scim_type: str, *ops: dict[str, Any]) -> str:
    """The PATCH of ``ops`` is a SCIM 400 of ``scim_type``, and nothing changed."""
    before = get_backend(app).state.snapshot()
    detail = _scim_error(_patch(client, *ops), 400, scim_type)
    assert get_backend(app).state.snapshot() == before
    return detail


# -- deactivation ----------------------------------------------------------------------------


def test_oktas_patch_without_a_path_deactivates_the_user(app: Flask, client: FlaskClient) -> None:
    user = _user(_patch(client, {"op": "replace", "value": {"active": False}}))
    assert (user["active"], user["groups"]) == (False, [])
    assert not _in_acme(app, "bob")


def test_entras_capitalised_replace_of_active_deactivates(app: Flask, client: FlaskClient) -> None:
    assert (
        _user(_patch(client, {"op": "Replace", "path": "active", "value": False}))["active"]
        is False
    )
    assert not _in_acme(app, "bob")


@pytest.mark.parametrize(("text", "active"), [("False", False), ("false", False), ("TRUE", True)])
def test_entras_legacy_string_booleans_set_active(
    client: FlaskClient, text: str, active: bool
) -> None:
    _patch(client, {"op": "replace", "path": "active", "value": False})
    assert (
        _user(_patch(client, {"op": "Replace", "path": "active", "value": text}))["active"]
        is active
    )


def test_activating_again_makes_the_user_a_member_again(app: Flask, client: FlaskClient) -> None:
    _patch(client, {"op": "replace", "path": "active", "value": False})
    assert _user(_patch(client, {"op": "add", "path": "active", "value": True}))["active"] is True
    assert _in_acme(app, "bob")


def test_removing_active_deactivates_as_docker_reads_a_missing_active(client: FlaskClient) -> None:
    assert _user(_patch(client, {"op": "remove", "path": "active"}))["active"] is False


# -- names and the attributes kept or not -----------------------------------------------------


def test_entras_attribute_change_replaces_the_family_name(client: FlaskClient) -> None:
    user = _user(
        _patch(
            client,
            {"op": "Replace", "path": "displayName", "value": "Bob B."},
            {"op": "Replace", "path": "name.familyName", "value": "B."},
            {"op": "Add", "path": 'emails[type eq "work"].value', "value": "bob@example.com"},
        )
    )
    assert user["name"]["familyName"] == "B."
    assert user["displayName"] == "bob"  # Docker's displayName is the username: not kept


def test_a_name_object_without_a_path_sets_its_parts(client: FlaskClient) -> None:
    value = {"name": {"givenName": "Robert", "familyName": "Builder"}}
    user = _user(_patch(client, {"op": "replace", "value": value}))
    assert user["name"] == {"givenName": "Robert", "familyName": "Builder"}


def test_a_path_may_carry_the_core_schema_urn(client: FlaskClient) -> None:
    path = "urn:ietf:params:scim:schemas:core:2.0:User:name.givenName"
    assert (
        _user(_patch(client, {"op": "replace", "path": path, "value": "Rob"}))["name"]["givenName"]
        == "Rob"
    )


def test_removing_a_name_part_clears_it(client: FlaskClient) -> None:
    user = _user(_patch(client, {"op": "remove", "path": "name.givenName"}))
    assert "givenName" not in user["name"]


def test_unknown_keys_of_a_value_object_are_ignored(client: FlaskClient) -> None:
    value = {"nickName": "b", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {}}
    assert _user(_patch(client, {"op": "add", "value": value}))["active"] is True


def test_the_same_user_name_is_accepted(client: FlaskClient) -> None:
    assert _user(_patch(client, {"op": "replace", "path": "userName", "value": "BOB@example.com"}))


# -- refusals: SCIM 400s, nothing changed -----------------------------------------------------


def test_remove_without_a_path_is_no_target(app: Flask, client: FlaskClient) -> None:
    assert "remove needs a path" in _refused(app, client, "noTarget", {"op": "remove"})


@pytest.mark.parametrize(
    "path",
    [
        "nickName",
        "name.nickName",
        "active[value eq true]",
        'emails[type ne "work"]',
        "emails[",
        "a..b",
        "",
    ],
)
def test_a_path_outside_dockers_user_schema_is_invalid_path(
    app: Flask, client: FlaskClient, path: str
) -> None:
    detail = _refused(app, client, "invalidPath", {"op": "replace", "path": path, "value": "x"})
    assert "paths may name active, userName" in detail


@pytest.mark.parametrize(
    ("op", "why"),
    [
        ({"op": "replace", "path": "active", "value": "no"}, "active takes true or false"),
        ({"op": "replace", "path": "active", "value": 0}, "active takes true or false"),
        ({"op": "replace", "path": "name.givenName", "value": 7}, "a name part takes a string"),
        ({"op": "replace", "path": "name", "value": "Bob"}, "name takes an object"),
        ({"op": "replace", "path": "active"}, "replace needs a value"),
        ({"op": "add", "value": [{"active": False}]}, "value must be an object"),
        ({"op": "copy", "path": "active", "value": True}, "is not add, replace or remove"),
    ],
)
def test_a_wrong_value_or_op_is_invalid_value(
    app: Flask, client: FlaskClient, op: dict[str, Any], why: str
) -> None:
    assert why in _refused(app, client, "invalidValue", op)


def test_the_user_name_cannot_change(app: Flask, client: FlaskClient) -> None:
    op = {"op": "replace", "path": "userName", "value": "robert@example.com"}
    assert "cannot change" in _refused(app, client, "mutability", op)


def test_the_user_name_cannot_be_removed(app: Flask, client: FlaskClient) -> None:
    assert "cannot be removed" in _refused(
        app, client, "mutability", {"op": "remove", "path": "userName"}
    )


def test_a_refused_operation_undoes_the_ones_before_it(app: Flask, client: FlaskClient) -> None:
    _refused(
        app,
        client,
        "invalidPath",
        {"op": "replace", "path": "active", "value": False},
        {"op": "replace", "path": "name.givenName", "value": "Rob"},
        {"op": "replace", "path": "title", "value": "x"},
    )
    assert _in_acme(app, "bob")


def test_no_operations_is_invalid_value(app: Flask, client: FlaskClient) -> None:
    assert "at least one operation" in _refused(app, client, "invalidValue")


def test_a_patch_without_the_patch_op_schema_is_refused(app: Flask, client: FlaskClient) -> None:
    body = {
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
        "Operations": [{"op": "remove", "path": "active"}],
    }
    response = client.patch(BOB_URL, json=body, headers=AUTH)
    assert response.status_code == 400
    assert PATCH_OP in response.get_json(force=True)["detail"]
    assert _in_acme(app, "bob")


def test_a_patch_of_an_unknown_id_is_a_scim_404(client: FlaskClient) -> None:
    body = {"schemas": [PATCH_OP], "Operations": [{"op": "remove", "path": "active"}]}
    response = client.patch("/v2/scim/2.0/Users/nope", json=body, headers=AUTH)
    assert (response.status_code, response.mimetype) == (404, SCIM)
    assert response.get_json(force=True)["schemas"] == [ERROR]


# -- DELETE ---------------------------------------------------------------------------------


def test_delete_answers_204_and_the_user_leaves_the_organization(
    app: Flask, client: FlaskClient
) -> None:
    response = client.delete(BOB_URL, headers=AUTH)
    assert (response.status_code, response.data) == (204, b"")
    assert not _in_acme(app, "bob")
    assert all(
        "bob" not in g.members for g in get_backend(app).state.get_org("acme").groups.values()
    )


def test_a_deleted_user_is_gone_from_scim(client: FlaskClient) -> None:
    client.delete(BOB_URL, headers=AUTH)
    assert client.get(BOB_URL, headers=AUTH).status_code == 404
    listed = client.get("/v2/scim/2.0/Users", headers=AUTH).get_json(force=True)
    assert BOB not in [u["id"] for u in listed["Resources"]]


def test_delete_keeps_the_docker_account_and_provisioning_links_it_again(
    app: Flask, client: FlaskClient
) -> None:
    client.delete(BOB_URL, headers=AUTH)
    body = {
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
        "userName": "bob@example.com",
    }
    created = client.post("/v2/scim/2.0/Users", json=body, headers=AUTH).get_json(force=True)
    assert (created["displayName"], created["active"]) == ("bob", True)
    assert created["id"] != BOB


def test_delete_of_an_unknown_id_is_a_scim_404(client: FlaskClient) -> None:
    response = client.delete("/v2/scim/2.0/Users/nope", headers=AUTH)
    assert (response.status_code, response.mimetype) == (404, SCIM)
    assert response.get_json(force=True) == {
        "schemas": [ERROR],
        "status": "404",
        "detail": "User nope not found.",
    }


def test_delete_is_audited_as_the_identity_providers_removal(
    app: Flask, client: FlaskClient
) -> None:
    client.delete(BOB_URL, headers=AUTH)
    event = get_backend(app).state.audit_events()[-1]
    assert (event.action, event.actor, event.name) == ("org.member.remove", "scim", "bob")


def test_attributes_may_name_external_id_which_docker_does_not_keep(client: FlaskClient) -> None:
    response = client.get(
        "/v2/scim/2.0/Users", query_string={"attributes": "externalId"}, headers=AUTH
    )
    assert [set(u) for u in _user(response)["Resources"]] == [{"schemas", "id"}]


def test_the_last_owner_cannot_be_deleted(app: Flask, client: FlaskClient) -> None:
    body = {
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
        "userName": "alice@example.com",
    }
    owner = client.post("/v2/scim/2.0/Users", json=body, headers=AUTH).get_json(force=True)
    before = get_backend(app).state.snapshot()
    response = client.delete(f"/v2/scim/2.0/Users/{owner['id']}", headers=AUTH)
    assert "last owner" in _scim_error(response, 400, "invalidValue")
    assert get_backend(app).state.snapshot() == before
