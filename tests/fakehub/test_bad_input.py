"""Bad input gets a 4xx with a clear JSON body, and changes nothing.

Every case is sent as ``alice``, who owns what it targets: were it accepted, it would change
the state. ``GET /_fakehub/state`` is compared before and after.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from typing import Any

import pytest
import urllib3
from flask import Flask
from flask.testing import FlaskClient

from fakehub.app import DEFAULT_MAX_BODY_BYTES, create_app, get_backend
from fakehub.clock import ManualClock
from fakehub.server import run_in_thread
from tests.fakehub.conftest import people_document

Headers = Callable[[str], dict[str, str]]
Snapshot = Callable[[], Any]

JSON = "application/json"
TOO_BIG = json.dumps(
    {"namespace": "alice", "name": "big", "description": "x" * DEFAULT_MAX_BODY_BYTES}
).encode()

REPOS = "/v2/repositories/"
PUBLIC = "/v2/repositories/alice/public/"


def case(
    what: str, method: str, path: str, body: bytes | None, status: int, field: str | None
) -> Any:
    """One bad request: the status it gets, and the field its 400 names (``errors``)."""
    return pytest.param(method, path, body, status, field, id=what)


CASES = [
    case("truncated JSON", "POST", REPOS, b'{"namespace": "alice", "name": ', 400, None),
    case("not JSON at all", "PATCH", PUBLIC, b"description=x", 400, None),
    case("JSON that is not UTF-8", "POST", REPOS, b'\xff\xfe{"n', 400, None),
    case("a number for a string", "POST", REPOS, b'{"namespace": "alice", "name": 5}', 400, "name"),
    case(
        "a string for a boolean",
        "POST",
        REPOS,
        b'{"namespace": "alice", "name": "x1", "is_private": "yes"}',
        400,
        "is_private",
    ),
    case("null for a string", "PATCH", PUBLIC, b'{"description": null}', 400, "description"),
    case("an array for an object", "PATCH", PUBLIC, b"[]", 400, "non_field_errors"),
    case("a body over the limit", "POST", REPOS, TOO_BIG, 413, None),
    case("a '..' segment", "DELETE", f"{PUBLIC}tags/../", None, 400, "path"),
    case("a '..' namespace", "DELETE", "/v2/repositories/../alice/public/", None, 400, "path"),
    case("an encoded '..'", "DELETE", f"{PUBLIC}tags/%2E%2E/", None, 400, "path"),
    case("a '.' segment", "DELETE", "/v2/repositories/alice/./public/", None, 400, "path"),
    case("%2F joining two segments", "DELETE", f"{REPOS}alice%2Fpublic/", None, 400, "path"),
    case("%2f in a tag", "DELETE", f"{PUBLIC}tags/v1%2f/", None, 400, "path"),
    case("a NUL in a tag", "DELETE", f"{PUBLIC}tags/v1%00/", None, 400, "path"),
    case("a NUL in a namespace", "DELETE", f"{REPOS}ali%00ce/public/", None, 400, "path"),
    case("a newline in a name", "DELETE", f"{REPOS}alice/pub%0Alic/", None, 400, "path"),
    case("a non-UTF-8 escape", "DELETE", f"{PUBLIC}tags/v%FF1/", None, 400, "path"),
    case("a truncated UTF-8 escape", "DELETE", f"{REPOS}alice/%C3/", None, 400, "path"),
]


STRICT_CASES = [
    case(
        "an unknown field on create",
        "POST",
        REPOS,
        b'{"namespace": "alice", "name": "x2", "colour": "red"}',
        400,
        "colour",
    ),
    case(
        "an unknown field on update",
        "PATCH",
        PUBLIC,
        b'{"description": "d", "is_private": true}',
        400,
        "is_private",
    ),
    case(
        "an unknown field on a collaborator",
        "POST",
        f"{PUBLIC}collaborators/",
        b'{"user": "carol", "role": "admin"}',
        400,
        "role",
    ),
]


@pytest.mark.parametrize(("method", "path", "body", "status", "field"), CASES)
def test_bad_input_is_a_clear_4xx_and_changes_nothing(
    client: FlaskClient,
    as_user: Headers,
    snapshot: Snapshot,
    method: str,
    path: str,
    body: bytes | None,
    status: int,
    field: str | None,
) -> None:
    answer = _refused_and_nothing_changed(client, as_user, snapshot, method, path, body, status)
    if field is not None:
        assert field in answer["errors"], answer


def _refused_and_nothing_changed(
    client: FlaskClient,
    as_user: Headers,
    snapshot: Snapshot,
    method: str,
    path: str,
    body: bytes | None,
    status: int,
) -> Any:
    """alice's request answers ``status`` with a Docker-shaped JSON error, state untouched."""
    before = snapshot()
    response = client.open(
        path, method=method, data=body, content_type=JSON, headers=as_user("alice")
    )
    assert response.status_code == status
    assert response.content_type == JSON
    answer = response.get_json()
    assert isinstance(answer["detail"], str) and answer["detail"]
    assert snapshot() == before
    return answer


@pytest.mark.parametrize(("method", "path", "body", "status", "field"), STRICT_CASES)
def test_with_strict_bodies_an_unknown_field_is_a_clear_400_and_changes_nothing(
    app: Flask,
    client: FlaskClient,
    as_user: Headers,
    snapshot: Snapshot,
    method: str,
    path: str,
    body: bytes | None,
    status: int,
    field: str | None,
) -> None:
    get_backend(app).strict_bodies = True
    answer = _refused_and_nothing_changed(client, as_user, snapshot, method, path, body, status)
    assert answer["errors"][field] == ["unknown field"], answer


def test_path_problems_are_explained(client: FlaskClient) -> None:
    details = {
        path: client.get(path).get_json()["detail"]
        for path in (
            "/v2/users/a%2Fb/",
            "/v2/users/a%00b/",
            "/v2/users/a%FFb/",
            "/v2/users/../",
        )
    }
    assert details == {
        "/v2/users/a%2Fb/": (
            'Invalid path: an encoded "/" (%2F) inside a path segment is not allowed.'
        ),
        "/v2/users/a%00b/": "Invalid path: control characters (such as NUL) are not allowed.",
        "/v2/users/a%FFb/": "Invalid path: percent-escapes must encode UTF-8 text.",
        "/v2/users/../": 'Invalid path: "." and ".." segments are not allowed.',
    }


def test_a_utf8_escape_in_a_path_is_not_a_path_problem(client: FlaskClient) -> None:
    response = client.get("/v2/users/%C3%A9mile/")
    assert response.status_code == 400  # a username breaking Docker's rule, not a bad path
    assert list(response.get_json()["errors"]) == ["username"]


def test_the_body_limit_is_configurable(clock: ManualClock) -> None:
    app = create_app(clock=clock, data=people_document(), max_body_bytes=64)
    client = app.test_client()
    small = client.post("/v2/users/login/", json={"username": "alice", "password": "x"})
    assert small.status_code == 401
    big = client.post("/v2/users/login/", json={"username": "alice", "password": "x" * 64})
    assert big.status_code == 413
    assert big.get_json() == {"detail": "Request body too large: the limit is 64 bytes."}


def test_the_control_api_accepts_documents_over_the_api_limit(clock: ManualClock) -> None:
    app = create_app(clock=clock, max_body_bytes=64)
    client = app.test_client()
    response = client.post("/_fakehub/load", json=people_document())
    assert response.status_code == 200


def test_a_chunked_body_over_the_limit_is_413() -> None:
    limited = create_app(data=people_document(), max_body_bytes=100)
    with run_in_thread(limited) as server:
        token = server.token("alice")
        pool = urllib3.PoolManager(retries=False)
        before = server.state()
        body = json.dumps({"namespace": "alice", "name": "chunky", "description": "x" * 500})
        response = pool.request(
            "POST",
            f"{server.url}/v2/repositories/",
            body=(part.encode() for part in (body[:200], body[200:])),
            chunked=True,
            headers={"Authorization": f"Bearer {token}", "Content-Type": JSON},
            timeout=5,
        )
        assert response.status == 413
        assert response.json()["detail"].startswith("Request body too large")
        declared = pool.request(
            "POST",
            f"{server.url}/v2/repositories/",
            body=body.encode(),
            headers={"Authorization": f"Bearer {token}", "Content-Type": JSON},
            timeout=5,
        )
        assert declared.status == 413
        assert server.state() == before


def test_an_encoded_slash_over_a_socket_is_400_too() -> None:
    with run_in_thread(create_app(data=people_document(), rng=random.Random(1))) as server:
        pool = urllib3.PoolManager(retries=False)
        response = pool.request("GET", f"{server.url}/v2/repositories/alice%2Fpublic/", timeout=5)
        assert response.status == 400
        assert response.json()["errors"] == {
            "path": ['an encoded "/" (%2F) inside a path segment is not allowed']
        }
