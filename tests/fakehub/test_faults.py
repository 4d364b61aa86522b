"""Fault injection: ``POST /_fakehub/faults`` fails, delays or drops matching requests.

In-process (Flask's test client) with a recording ``sleep``, so latency costs nothing; the
connection drop is also checked on a real socket, where the client must see a lost connection.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import urllib3
from flask import Flask
from flask.testing import FlaskClient

from dockerhub_sdk import APIConnectionError, DockerHub, InternalServerError
from fakehub import ConnectionDropped
from fakehub.app import create_app
from fakehub.clock import ManualClock
from fakehub.faults import RATE_LIMIT_BODY, InvalidRule
from fakehub.server import FakeHub, run_in_thread
from tests.fakehub.conftest import people_document

Headers = Callable[[str], dict[str, str]]
Snapshot = Callable[[], Any]

PUBLIC = "/v2/repositories/alice/public/"


@pytest.fixture
def sleeps() -> list[float]:
    """What the application asked to sleep, in order (it never really sleeps)."""
    return []


@pytest.fixture
def app(clock: ManualClock, sleeps: list[float]) -> Flask:
    app = create_app(clock=clock, rng=random.Random(7), data=people_document(), sleep=sleeps.append)
    app.testing = True
    return app


def add_fault(client: FlaskClient, **rule: Any) -> dict[str, Any]:
    response = client.post("/_fakehub/faults", json=rule)
    assert response.status_code == 201, response.get_json()
    body = response.get_json()
    assert isinstance(body, dict)
    return body


def statuses(client: FlaskClient, path: str, n: int, method: str = "GET") -> list[int]:
    return [client.open(path, method=method).status_code for _ in range(n)]


# --- answering with a status ----------------------------------------------------------------


def test_a_status_rule_answers_the_next_request_then_expires(client: FlaskClient) -> None:
    rule = add_fault(client, status=503)
    assert rule["id"] >= 1 and rule["count"] == 1
    response = client.get(PUBLIC)
    assert response.status_code == 503
    assert response.get_json() == {"detail": "Service Unavailable"}
    assert response.headers["X-Fakehub-Fault"] == str(rule["id"])
    assert "X-RateLimit-Remaining" in response.headers
    assert client.get(PUBLIC).status_code == 200
    assert client.get("/_fakehub/faults").get_json() == []


def test_count_is_how_many_requests_fail_and_null_means_all(client: FlaskClient) -> None:
    add_fault(client, status=500, count=3)
    assert statuses(client, PUBLIC, 5) == [500, 500, 500, 200, 200]
    add_fault(client, status=502, count=None)
    assert statuses(client, PUBLIC, 5) == [502] * 5
    assert client.get("/_fakehub/faults").get_json()[0]["count"] is None


def test_method_and_path_narrow_what_a_rule_matches(client: FlaskClient, as_user: Headers) -> None:
    add_fault(client, status=500, method="delete", path=r"/tags/[^/]+/$", count=None)
    headers = as_user("alice")
    assert client.get(f"{PUBLIC}tags/").status_code == 200
    assert client.delete(f"{PUBLIC}stars/", headers=headers).status_code == 204
    assert client.delete(f"{PUBLIC}tags/v1/", headers=headers).status_code == 500


def test_every_kth_matching_request_fails(client: FlaskClient) -> None:
    add_fault(client, status=503, every=3, count=None, path="/repositories/")
    assert statuses(client, PUBLIC, 9) == [200, 200, 503] * 3
    assert client.get("/v2/users/alice/").status_code == 200  # not matched: not counted
    assert statuses(client, PUBLIC, 3) == [200, 200, 503]


def test_count_counts_the_requests_a_periodic_rule_affects(client: FlaskClient) -> None:
    add_fault(client, status=503, every=2, count=2)
    assert statuses(client, PUBLIC, 6) == [200, 503, 200, 503, 200, 200]


def test_a_seeded_probability_is_reproducible(clock: ManualClock) -> None:
    def pattern() -> list[int]:
        app = create_app(clock=clock, data=people_document())
        client = app.test_client()
        add_fault(client, status=500, probability=0.3, seed=42, count=None)
        return statuses(client, PUBLIC, 60)

    first = pattern()
    assert first == pattern()
    assert 5 <= first.count(500) <= 35
    assert set(first) == {200, 500}


def test_injected_headers_and_docker_hubs_429_body(client: FlaskClient) -> None:
    add_fault(client, status=429, headers={"Retry-After": "3"})
    response = client.get(PUBLIC)
    assert response.status_code == 429
    assert response.headers["Retry-After"] == "3"
    assert response.get_json() == RATE_LIMIT_BODY


def test_a_rule_may_give_its_own_body(client: FlaskClient) -> None:
    add_fault(client, status=400, body={"detail": "nope", "errors": {"x": ["y"]}})
    add_fault(client, status=502, body="<html>Bad gateway</html>")
    first = client.get(PUBLIC)
    assert first.get_json() == {"detail": "nope", "errors": {"x": ["y"]}}
    second = client.get(PUBLIC)
    assert second.status_code == 502
    assert second.content_type.startswith("text/plain")
    assert second.get_data() == b"<html>Bad gateway</html>"


def test_the_first_rule_that_answers_wins(client: FlaskClient) -> None:
    add_fault(client, status=500, path="/users/")
    add_fault(client, status=503)
    assert client.get("/v2/users/alice/").status_code == 500
    assert client.get("/v2/users/alice/").status_code == 503
    assert client.get("/v2/users/alice/").status_code == 200


# --- latency --------------------------------------------------------------------------------


def test_latency_alone_delays_then_serves_normally(
    client: FlaskClient, sleeps: list[float]
) -> None:
    add_fault(client, latency=0.25, count=2)
    assert statuses(client, PUBLIC, 3) == [200, 200, 200]
    assert sleeps == [0.25, 0.25]


def test_latency_with_a_status_delays_the_error(client: FlaskClient, sleeps: list[float]) -> None:
    add_fault(client, latency=1.5, status=504)
    assert client.get(PUBLIC).status_code == 504
    assert sleeps == [1.5]


def test_latencies_of_rules_add_up_until_one_answers(
    client: FlaskClient, sleeps: list[float]
) -> None:
    add_fault(client, latency=0.5)
    add_fault(client, latency=0.25, status=503)
    add_fault(client, latency=4)  # not reached: the request was answered
    assert client.get(PUBLIC).status_code == 503
    assert sleeps == [0.75]
    assert client.get(PUBLIC).status_code == 200
    assert sleeps == [0.75, 4.0]


# --- before or after the handler ------------------------------------------------------------


def test_a_fault_before_the_handler_leaves_the_state_untouched(
    client: FlaskClient, as_user: Headers, snapshot: Snapshot
) -> None:
    headers = as_user("alice")
    add_fault(client, status=500, method="POST")
    before = snapshot()
    response = client.post(
        "/v2/repositories/", json={"namespace": "alice", "name": "new"}, headers=headers
    )
    assert response.status_code == 500
    assert snapshot() == before


def test_a_fault_after_the_handler_commits_then_loses_the_answer(
    client: FlaskClient, as_user: Headers
) -> None:
    headers = as_user("alice")
    add_fault(client, status=502, method="POST", when="after")
    response = client.post(
        "/v2/repositories/", json={"namespace": "alice", "name": "new"}, headers=headers
    )
    assert response.status_code == 502
    assert client.get("/v2/repositories/alice/new/").status_code == 200
    again = client.post(
        "/v2/repositories/", json={"namespace": "alice", "name": "new"}, headers=headers
    )
    assert again.status_code == 400  # it exists: Docker's documented 400


def test_a_drop_raises_connection_dropped_in_process(
    client: FlaskClient, as_user: Headers, snapshot: Snapshot
) -> None:
    headers = as_user("alice")
    add_fault(client, drop=True, method="DELETE")
    before = snapshot()
    with pytest.raises(ConnectionDropped):
        client.delete(PUBLIC, headers=headers)
    assert isinstance(ConnectionDropped(), ConnectionError)
    assert snapshot() == before


def test_a_drop_after_the_handler_has_committed(client: FlaskClient, as_user: Headers) -> None:
    headers = as_user("alice")
    add_fault(client, drop=True, method="DELETE", when="after")
    with pytest.raises(ConnectionDropped):
        client.delete(PUBLIC, headers=headers)
    assert client.get(PUBLIC).status_code == 404


# --- managing rules -------------------------------------------------------------------------


def test_listing_shows_what_remains_and_delete_clears(client: FlaskClient) -> None:
    first = add_fault(client, status=500, count=3, path="/users/")
    second = add_fault(client, latency=0.1, count=None, method="PATCH")
    client.get("/v2/users/alice/")
    rules = client.get("/_fakehub/faults").get_json()
    assert [r["id"] for r in rules] == [first["id"], second["id"]]
    assert (rules[0]["count"], rules[0]["matched"], rules[0]["fired"]) == (2, 1, 1)
    assert rules[1]["method"] == "PATCH" and rules[1]["when"] == "before"
    assert client.delete(f"/_fakehub/faults/{first['id']}").status_code == 204
    assert client.delete(f"/_fakehub/faults/{first['id']}").status_code == 404
    assert [r["id"] for r in client.get("/_fakehub/faults").get_json()] == [second["id"]]
    response = client.delete("/_fakehub/faults")
    assert response.status_code == 204
    assert client.get("/_fakehub/faults").get_json() == []


def test_reset_clears_the_faults(client: FlaskClient) -> None:
    add_fault(client, status=500, count=None)
    assert client.post("/_fakehub/reset").status_code == 200
    assert client.get("/_fakehub/faults").get_json() == []
    assert client.get("/v2/users/nobody/").status_code == 404


def test_the_control_api_is_never_faulted(client: FlaskClient) -> None:
    add_fault(client, status=500, count=None)
    add_fault(client, drop=True, count=None)
    assert client.get("/_fakehub/state").status_code == 200
    assert client.get("/_fakehub/faults/").status_code == 200
    assert client.get("/v2/users/alice/").status_code == 500


@pytest.mark.parametrize(
    ("rule", "field"),
    [
        ({}, "non_field_errors"),
        ({"count": 2}, "non_field_errors"),
        ({"status": 200}, "status"),
        ({"status": 600}, "status"),
        ({"status": "500"}, "status"),
        ({"status": True}, "status"),
        ({"drop": "yes"}, "drop"),
        ({"status": 500, "drop": True}, "drop"),
        ({"latency": -1}, "latency"),
        ({"latency": "1"}, "latency"),
        ({"status": 500, "count": 0}, "count"),
        ({"status": 500, "count": 1.5}, "count"),
        ({"status": 500, "method": "GET /"}, "method"),
        ({"status": 500, "path": "("}, "path"),
        ({"status": 500, "path": 3}, "path"),
        ({"status": 500, "probability": 0}, "probability"),
        ({"status": 500, "probability": 1.5}, "probability"),
        ({"status": 500, "seed": "x"}, "seed"),
        ({"status": 500, "every": 0}, "every"),
        ({"status": 500, "headers": ["Retry-After"]}, "headers"),
        ({"status": 500, "headers": {"Retry-After": 3}}, "headers"),
        ({"status": 500, "headers": {"Bad Name": "x"}}, "headers"),
        ({"status": 500, "when": "during"}, "when"),
        ({"latency": 1, "body": {}}, "body"),
        ({"status": 500, "colour": "red"}, "colour"),
        ([], "non_field_errors"),
    ],
)
def test_an_invalid_rule_is_400_naming_the_field(
    client: FlaskClient, rule: Any, field: str
) -> None:
    response = client.post("/_fakehub/faults", json=rule)
    assert response.status_code == 400
    body = response.get_json()
    assert field in body["errors"]
    assert body["detail"].startswith("Invalid fault rule")
    assert client.get("/_fakehub/faults").get_json() == []


def test_a_malformed_body_is_400(client: FlaskClient) -> None:
    response = client.post("/_fakehub/faults", data=b"{", content_type="application/json")
    assert response.status_code == 400


# --- over a real socket ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def server() -> Iterator[FakeHub]:
    with run_in_thread() as hub:
        yield hub


def test_a_dropped_connection_is_a_connection_error_over_a_socket(server: FakeHub) -> None:
    server.reset()
    server.create_user("erin", "erin-pw")
    server.add_fault(drop=True, path="/users/erin/")
    pool = urllib3.PoolManager(retries=False)
    with pytest.raises(urllib3.exceptions.ProtocolError):
        pool.request("GET", f"{server.url}/v2/users/erin/", timeout=5)
    response = pool.request("GET", f"{server.url}/v2/users/erin/", timeout=5)
    assert response.status == 200  # the server goes on serving
    assert server.faults() == []


def test_the_sdk_sees_a_dropped_connection_as_an_api_connection_error(server: FakeHub) -> None:
    server.reset()
    server.create_user("erin", "erin-pw")
    server.add_fault(drop=True, method="POST", path="/login/")
    with DockerHub(base_url=server.url, cache=False) as hub:
        with pytest.raises(APIConnectionError):
            hub.login("erin", "erin-pw")  # a POST: never replayed after a lost answer
        hub.login("erin", "erin-pw")
        assert hub.users.me().username == "erin"


def test_the_fixture_helpers_add_list_and_clear_faults(fakehub: FakeHub, hub: DockerHub) -> None:
    # what a user's resilience test looks like (see the README)
    fakehub.create_user("cibot", "s3cret-password")
    hub.login("cibot", "s3cret-password")
    hub.repositories.create(namespace="cibot", name="app")
    rule = fakehub.add_fault(status=503, method="POST", path=r"/stars/$")
    assert fakehub.faults() == [{**rule, "matched": 0, "fired": 0}]
    with pytest.raises(InternalServerError):
        hub.repositories.star("cibot", "app")
    assert hub.repositories.get("cibot", "app").star_count == 0
    hub.repositories.star("cibot", "app")
    assert hub.repositories.get("cibot", "app").star_count == 1
    fakehub.add_fault(status=500, count=None)
    fakehub.clear_faults()
    assert fakehub.faults() == []
    with pytest.raises(InvalidRule) as excinfo:
        fakehub.add_fault(status=200)
    assert "status" in excinfo.value.errors


def test_the_fixture_starts_each_test_without_faults(fakehub: FakeHub) -> None:
    fakehub.add_fault(status=500, count=None)


def test_the_fixture_really_cleared_the_previous_tests_faults(fakehub: FakeHub) -> None:
    assert fakehub.faults() == []
