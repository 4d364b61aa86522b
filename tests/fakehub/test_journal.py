"""The request journal: ``GET``/``DELETE /_fakehub/requests`` and ``fh.requests()`` show
method, path, query, status, caller and injected fault of the latest API requests, without
bodies or secrets, in a bounded ring buffer."""

from __future__ import annotations

import contextlib
import json
import random
from collections.abc import Callable
from typing import Any

from flask import Flask
from flask.testing import FlaskClient
from hypothesis import given, settings
from hypothesis import strategies as st

from fakehub.app import create_app, get_backend
from fakehub.journal import MAX_PARAMETERS, MAX_QUERY, MAX_TEXT, REDACTED, Journal
from tests.depth import depth
from tests.fakehub.conftest import PASSWORDS, people_document, quick_people_document

Headers = Callable[[str], dict[str, str]]


def _journal(client: FlaskClient) -> list[dict[str, Any]]:
    response = client.get("/_fakehub/requests")
    assert response.status_code == 200
    entries: list[dict[str, Any]] = response.get_json()
    return entries


def test_an_anonymous_request_is_journaled_with_its_query_and_status(client: FlaskClient) -> None:
    client.get("/v2/users/alice/repositories/?page=1&page_size=1")

    assert _journal(client) == [
        {
            "method": "GET",
            "path": "/v2/users/alice/repositories/",
            "query": {"page": "1", "page_size": "1"},
            "status": 200,
            "caller": None,
            "fault": None,
        }
    ]


def test_the_caller_is_the_account_of_a_valid_token(client: FlaskClient, as_user: Headers) -> None:
    headers = as_user("bob")
    client.delete("/_fakehub/requests")
    client.get("/v2/repositories/alice/private/", headers=headers)
    client.get("/v2/repositories/alice/private/", headers={"Authorization": "Bearer forged"})

    assert [(e["caller"], e["status"]) for e in _journal(client)] == [("bob", 200), (None, 401)]


def test_an_injected_status_names_its_fault_rule(client: FlaskClient) -> None:
    rule = client.post("/_fakehub/faults", json={"status": 503, "count": 1}).get_json()
    client.get("/v2/repositories/alice/public/")
    client.get("/v2/repositories/alice/public/")

    assert [(e["status"], e["fault"]) for e in _journal(client)] == [
        (503, rule["id"]),
        (200, None),
    ]


def test_a_dropped_connection_has_no_status_and_names_its_fault_rule(app: Flask) -> None:
    rule = get_backend(app).faults.add({"drop": True, "count": 1})
    with app.test_client() as client:
        with contextlib.suppress(ConnectionError):
            client.get("/v2/repositories/alice/public/")

        assert [(e["status"], e["fault"]) for e in _journal(client)] == [(None, rule["id"])]


def test_requests_to_the_control_api_are_not_journaled(client: FlaskClient) -> None:
    client.post("/_fakehub/users", json={"username": "erin", "password": "erin-password-1"})
    client.get("/_fakehub/state")

    assert _journal(client) == []


def test_no_body_and_no_secret_reaches_the_journal(client: FlaskClient) -> None:
    client.post("/v2/users/login/", json={"username": "alice", "password": PASSWORDS["alice"]})
    client.get("/v2/users/alice/repositories/?token=s3cret-value&api_key=k3y&name=x")

    text = json.dumps(_journal(client))
    assert PASSWORDS["alice"] not in text and "s3cret-value" not in text and "k3y" not in text
    assert _journal(client)[1]["query"] == {"token": REDACTED, "api_key": REDACTED, "name": "x"}


def test_delete_empties_the_journal(client: FlaskClient) -> None:
    client.get("/v2/users/alice/repositories/")

    assert client.delete("/_fakehub/requests").status_code == 204
    assert _journal(client) == []


def test_a_reset_forgets_the_journal(client: FlaskClient) -> None:
    client.get("/v2/users/alice/repositories/")
    client.post("/_fakehub/reset")

    assert _journal(client) == []


def test_the_journal_keeps_only_the_latest_requests() -> None:
    app = create_app(data=people_document(), journal_size=3, rng=random.Random(1))
    with app.test_client() as client:
        for n in range(1, 6):
            client.get(f"/v2/users/alice/repositories/?n={n}")

        assert [e["query"]["n"] for e in _journal(client)] == ["3", "4", "5"]


@settings(max_examples=depth(50), deadline=None)
@given(query=st.text(max_size=5000), path=st.text(max_size=3000))
def test_any_query_or_path_makes_one_entry_of_bounded_size(query: str, path: str) -> None:
    journal = Journal(size=2)
    journal.record(method="GET", path=path, query=query, status=200, caller=None, fault=None)

    (entry,) = journal.entries()
    assert len(entry["path"]) <= MAX_TEXT and len(entry["query"]) <= MAX_PARAMETERS
    assert all(len(k) <= MAX_TEXT and len(v) <= MAX_TEXT for k, v in entry["query"].items())


@settings(max_examples=depth(30), deadline=None)
@given(query=st.text(alphabet="&=%;+ab0\x00é", max_size=400))
def test_a_hostile_query_never_makes_the_api_answer_500(query: str) -> None:
    app = create_app(data=quick_people_document(), rng=random.Random(1))
    with app.test_client() as client:
        status = client.get("/v2/users/alice/repositories/", query_string=query).status_code

        assert status < 500
        assert len(_journal(client)) == 1


def test_only_the_head_of_a_long_query_is_read() -> None:
    journal = Journal()
    query = "a=1&" + "x" * MAX_QUERY + "&b=2&" + "c=3&" * (MAX_PARAMETERS * 10)
    journal.record(method="GET", path="/", query=query, status=200, caller=None, fault=None)

    (entry,) = journal.entries()
    assert entry["query"]["a"] == "1" and "b" not in entry["query"] and "c" not in entry["query"]
