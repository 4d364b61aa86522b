"""URLs and error bodies: trailing slashes, unknown paths, wrong methods, integer parameters."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from flask import Flask
from flask.testing import FlaskClient

from dockerhub_sdk.wire import OPERATIONS
from fakehub._generated.routes import ROUTES
from fakehub.http.view import werkzeug_rule


@pytest.mark.parametrize(
    "path", ["/v2/repositories/alice/public/", "/v2/repositories/alice/public"]
)
def test_paths_answer_with_and_without_trailing_slash(client: FlaskClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    assert response.get_json()["name"] == "public"


def test_paths_without_slash_are_not_redirected(client: FlaskClient) -> None:
    response = client.get("/v2/repositories/alice/public/tags")
    assert response.status_code == 200
    assert "Location" not in response.headers


def test_every_route_is_served_with_and_without_slash(app: Flask) -> None:
    rules = {(r.rule, m) for r in app.url_map.iter_rules() for m in r.methods or ()}
    for route in ROUTES:
        method = route.operation.method
        served = {rule for rule, m in rules if m == method}
        rule = werkzeug_rule(route)  # integer parameters as digits
        assert {rule, rule.rstrip("/")} <= served, route.handler


def test_every_operation_has_exactly_one_route() -> None:
    routed = [route.operation.id for route in ROUTES]
    # the registry and its token service are served by fakehub's registry app, not these routes
    hub = [op_id for op_id, op in OPERATIONS.items() if op.service == "hub"]
    assert sorted(routed) == sorted(hub), "ROUTES and the operation table differ"


def test_every_route_names_its_operations_endpoint() -> None:
    for route in ROUTES:
        op = route.operation
        assert route.handler == f"{op.resource}_{op.name}", route.operation.id


def test_unknown_v2_paths_answer_a_json_404(client: FlaskClient) -> None:
    response = client.get("/v2/no/such/thing/")
    assert response.status_code == 404
    assert response.content_type == "application/json"
    assert response.get_json() == {"detail": "Not found."}


def test_wrong_methods_answer_a_json_405(client: FlaskClient) -> None:
    response = client.put("/v2/users/alice/")
    assert response.status_code == 405
    assert response.get_json() == {"detail": 'Method "PUT" not allowed.'}
    assert "GET" in response.headers["Allow"]


@pytest.mark.parametrize("webhook_id", ["abc", "-1", "0", "1.5"])
def test_integer_path_parameters_that_are_not_positive_integers_answer_404(
    client: FlaskClient, as_user: Callable[[str], dict[str, str]], webhook_id: str
) -> None:
    response = client.delete(
        f"/v2/repositories/alice/public/webhooks/{webhook_id}/", headers=as_user("alice")
    )
    assert response.status_code == 404
    assert response.get_json() == {"detail": "Not found."}


def test_path_parameters_breaking_their_format_answer_400_naming_them(client: FlaskClient) -> None:
    response = client.get("/v2/repositories/alice/Not..Valid/")
    assert response.status_code == 400
    body = response.get_json()
    assert list(body["errors"]) == ["repository"]
    assert "repository" in body["detail"]


def test_namespaces_are_lower_cased(client: FlaskClient) -> None:
    assert client.get("/v2/repositories/ALICE/public/").status_code == 200


def test_underscore_means_library_where_the_spec_allows_it(client: FlaskClient) -> None:
    client.post("/_fakehub/load", json={"orgs": [{"name": "library"}]})
    client.post(
        "/_fakehub/load", json={"repositories": [{"namespace": "library", "name": "nginx"}]}
    )
    response = client.get("/v2/repositories/_/nginx/")
    assert response.status_code == 200
    assert response.get_json()["namespace"] == "library"


def test_every_response_with_a_body_is_json(client: FlaskClient) -> None:
    for path in ("/v2/repositories/alice/public/", "/v2/nothing", "/_fakehub/state"):
        assert client.get(path).content_type == "application/json"


def test_no_content_responses_have_no_body(
    client: FlaskClient, as_user: Callable[[str], dict[str, str]]
) -> None:
    response = client.post("/v2/repositories/alice/public/stars/", headers=as_user("bob"))
    assert response.status_code == 204
    assert response.data == b""


def test_the_openapi_document_is_served(client: FlaskClient) -> None:
    response = client.get("/openapi.json")
    assert response.status_code == 200
    assert response.get_json()["openapi"].startswith("3.1")
