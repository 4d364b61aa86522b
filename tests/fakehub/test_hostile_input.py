"""Hostile input costs linear time and answers a Docker-shaped 4xx, never a 500.

User patterns run on RE2 and outside the state's lock (:mod:`fakehub.state.patterns`); JSON
nesting, integer sizes and text lengths are bounded.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from typing import Any, Final

import pytest
from flask.testing import FlaskClient

from fakehub.app import create_app
from fakehub.bounds import INT64_MAX, MAX_JSON_DEPTH
from fakehub.clock import ManualClock
from fakehub.demo import DEMO_SCIM_TOKENS
from fakehub.state import BuildTagSpec, State
from fakehub.state.patterns import MAX_PATTERN_LENGTH, MAX_SUBJECT_LENGTH, Pattern

Headers = Callable[[str], dict[str, str]]
Snapshot = Callable[[], Any]

FAST: Final = 0.5
"""Seconds within which a hostile request must be answered (Python's ``re`` takes minutes)."""
WAIT: Final = 10.0
"""How long a test waits for another thread before failing (never reached when it passes)."""

TRIGGER: Final = "/v2/repositories/alice/public/autobuild/trigger-build/"
BUILD_TAGS: Final = "/v2/repositories/alice/public/autobuild/tags/"
IMMUTABLE: Final = "/v2/namespaces/alice/repositories/public/immutabletags/"
VERIFY: Final = IMMUTABLE + "verify/"


def automated(state: State, *source_names: str) -> None:
    """``alice/public`` gets an automated build with a build tag per source name (Branch)."""
    state.create_autobuild(
        "alice",
        "alice",
        "public",
        provider="github",
        vcs_repo_name="alice/app",
        build_tags=[BuildTagSpec(name="t", source_name=s) for s in source_names],
    )


def answered_fast(send: Callable[[], Any]) -> Any:
    started = time.perf_counter()
    response = send()
    assert time.perf_counter() - started < FAST
    return response


def bad_request_naming(response: Any, field: str) -> str:
    """The 400's message for ``field`` (Docker's ``errors`` map)."""
    assert response.status_code == 400, response.get_json()
    body = response.get_json()
    assert field in body["errors"], body
    message = body["errors"][field][0]
    assert isinstance(message, str)
    return message


# --- user patterns: linear time -------------------------------------------------------------


def test_a_catastrophic_build_tag_regex_triggers_in_linear_time(
    client: FlaskClient, app_state: State, as_user: Headers
) -> None:
    automated(app_state, "/(a+)+$/")
    body = {"source_type": "Branch", "source_name": "a" * 25 + "!"}
    response = answered_fast(lambda: client.post(TRIGGER, json=body, headers=as_user("alice")))
    assert response.status_code == 200
    assert response.get_json() == []


def test_a_catastrophic_verify_regex_answers_in_linear_time(
    client: FlaskClient, app_state: State, as_user: Headers
) -> None:
    app_state.push_tag("alice", "public", "a" * 26)
    headers = as_user("alice")
    response = answered_fast(
        lambda: client.post(VERIFY, json={"regex": "(((.+)+)+)+!"}, headers=headers)
    )
    assert response.status_code == 200
    assert response.get_json() == {"tags": []}


def test_a_build_tag_regex_still_matches_by_search(
    client: FlaskClient, app_state: State, as_user: Headers
) -> None:
    automated(app_state, "/^release-[0-9]+$/")
    body = {"source_type": "Branch", "source_name": "release-12"}
    response = client.post(TRIGGER, json=body, headers=as_user("alice"))
    assert [b["source_name"] for b in response.get_json()] == ["release-12"]


# --- user patterns: RE2's syntax, bounds ----------------------------------------------------

REFUSED_BY_RE2 = [
    pytest.param(r"(v)\1", id="a backreference"),
    pytest.param(r"v(?=1)", id="a lookahead"),
    pytest.param(r"(?<!x)v", id="a lookbehind"),
    pytest.param(r"(?>v)1", id="an atomic group"),
    pytest.param(r"v++", id="a possessive quantifier"),
    pytest.param(r"v(", id="an unclosed group"),
]


@pytest.mark.parametrize("regex", REFUSED_BY_RE2)
def test_verify_refuses_what_re2_refuses_naming_the_field(
    client: FlaskClient, as_user: Headers, regex: str
) -> None:
    response = client.post(VERIFY, json={"regex": regex}, headers=as_user("alice"))
    message = bad_request_naming(response, "regex")
    assert "RE2" in message


@pytest.mark.parametrize("regex", REFUSED_BY_RE2)
def test_an_immutable_rule_re2_refuses_is_a_400_and_changes_nothing(
    client: FlaskClient, as_user: Headers, snapshot: Snapshot, regex: str
) -> None:
    before = snapshot()
    body = {"immutable_tags": True, "immutable_tags_rules": ["v.*", regex]}
    response = client.patch(IMMUTABLE, json=body, headers=as_user("alice"))
    assert "RE2" in bad_request_naming(response, "immutable_tags_rules[1]")
    assert snapshot() == before


def test_a_build_tag_regex_re2_refuses_is_a_400_and_changes_nothing(
    client: FlaskClient, app_state: State, as_user: Headers, snapshot: Snapshot
) -> None:
    automated(app_state, "master")
    before = snapshot()
    body = {"name": "x", "source_type": "Branch", "source_name": r"/(a)\1/"}
    response = client.post(BUILD_TAGS, json=body, headers=as_user("alice"))
    assert "RE2" in bad_request_naming(response, "source_name")
    assert snapshot() == before


def test_re2_syntax_python_lacks_is_accepted(
    client: FlaskClient, app_state: State, as_user: Headers
) -> None:
    app_state.push_tag("alice", "public", "v2")
    response = client.post(VERIFY, json={"regex": r"[[:alpha:]]\pN\z"}, headers=as_user("alice"))
    assert response.get_json() == {"tags": ["v1", "v2"]}


def test_a_pattern_over_the_length_limit_is_a_400(client: FlaskClient, as_user: Headers) -> None:
    regex = "v" * (MAX_PATTERN_LENGTH + 1)
    response = client.post(VERIFY, json={"regex": regex}, headers=as_user("alice"))
    assert str(MAX_PATTERN_LENGTH) in bad_request_naming(response, "regex")


def test_a_pattern_over_re2s_memory_budget_is_a_400(client: FlaskClient, as_user: Headers) -> None:
    regex = r"\pL{1000}"  # every Unicode letter, a thousand times: RE2 needs megabytes
    response = client.post(VERIFY, json={"regex": regex}, headers=as_user("alice"))
    assert "RE2" in bad_request_naming(response, "regex")


def test_a_trigger_name_over_the_length_limit_is_a_400(
    client: FlaskClient, app_state: State, as_user: Headers
) -> None:
    automated(app_state, "/a/")
    body = {"source_type": "Branch", "source_name": "a" * (MAX_SUBJECT_LENGTH + 1)}
    response = client.post(TRIGGER, json=body, headers=as_user("alice"))
    assert str(MAX_SUBJECT_LENGTH) in bad_request_naming(response, "source_name")


def test_loading_a_build_tag_re2_refuses_names_its_path(state: State) -> None:
    from fakehub.state import Invalid

    document = {
        "repositories": [
            {
                "namespace": "alice",
                "name": "built",
                "autobuild": {
                    "provider": "github",
                    "build_name": "alice/app",
                    "build_tags": [{"source_name": "/(?=x)/"}],
                },
            }
        ]
    }
    with pytest.raises(Invalid) as raised:
        state.load(document)
    assert raised.value.field == "repositories[0].autobuild.build_tags[0].source_name"


# --- user patterns never run under the state's lock -----------------------------------------


class BlockingMatcher:
    """A matcher that, once called, waits for :attr:`release` (then answers as RE2 would)."""

    def __init__(self) -> None:
        self.running = threading.Event()
        self.release = threading.Event()

    def __call__(self, pattern: Pattern, subject: str, whole: bool) -> bool:
        self.running.set()
        assert self.release.wait(WAIT), "the test never released the matcher"
        return pattern.fullmatch(subject) if whole else pattern.search(subject)


def in_thread(call: Callable[[], Any]) -> tuple[threading.Thread, list[Any]]:
    results: list[Any] = []
    thread = threading.Thread(target=lambda: results.append(call()), daemon=True)
    thread.start()
    return thread, results


def served_while_matching(app_state: State, client: FlaskClient, send: Callable[[], Any]) -> Any:
    """Start ``send`` (an operation that matches a pattern); while its matcher runs, another
    request must be served. Returns the matching request's response."""
    matcher = BlockingMatcher()
    app_state.matcher = matcher
    try:
        matching, matched = in_thread(send)
        assert matcher.running.wait(WAIT), "the operation never matched"
        other, answered = in_thread(lambda: client.get("/v2/repositories/alice/public/"))
        other.join(WAIT)
        assert answered and answered[0].status_code == 200, "another request waited on the lock"
    finally:
        matcher.release.set()
    matching.join(WAIT)
    return matched[0]


def test_another_request_is_served_while_a_trigger_matches(
    app: Any, app_state: State, as_user: Headers
) -> None:
    automated(app_state, "/^rel/")
    headers = as_user("alice")
    body = {"source_type": "Branch", "source_name": "release"}
    first, second = app.test_client(), app.test_client()
    response = served_while_matching(
        app_state, second, lambda: first.post(TRIGGER, json=body, headers=headers)
    )
    assert [b["source_name"] for b in response.get_json()] == ["release"]


def test_another_request_is_served_while_verify_matches(
    app: Any, app_state: State, as_user: Headers
) -> None:
    headers = as_user("alice")
    first, second = app.test_client(), app.test_client()
    response = served_while_matching(
        app_state, second, lambda: first.post(VERIFY, json={"regex": "v.*"}, headers=headers)
    )
    assert response.get_json() == {"tags": ["v1"]}


def test_a_build_tag_changed_while_a_trigger_matches_builds_nothing(
    app: Any, app_state: State, as_user: Headers
) -> None:
    automated(app_state, "/^rel/")
    (tag,) = app_state.get_autobuild("alice", "alice", "public").build_tags
    matcher = BlockingMatcher()
    app_state.matcher = matcher
    headers = as_user("alice")
    body = {"source_type": "Branch", "source_name": "release"}
    first = app.test_client()
    matching, matched = in_thread(lambda: first.post(TRIGGER, json=body, headers=headers))
    assert matcher.running.wait(WAIT)
    app_state.update_build_tag(
        "alice", "alice", "public", tag.id, BuildTagSpec(name="t", source_name="/^dev/")
    )
    matcher.release.set()
    matching.join(WAIT)
    assert matched[0].get_json() == []
    assert app_state.build_history("alice", "alice", "public") == []


# --- JSON nesting ---------------------------------------------------------------------------

DEEP: Final = b"[" * 100_000 + b"]" * 100_000
"""200 KB, under the body limit: Python's json recursed into it until RecursionError (a 500)."""


def json_refused(response: Any) -> str:
    """The message of a Docker-shaped 400 for a body that is not acceptable JSON."""
    assert response.status_code == 400, response.get_data(as_text=True)
    body = response.get_json()
    assert body["errors"]["non_field_errors"] == [body["detail"]]
    message = body["detail"]
    assert isinstance(message, str) and message.startswith("JSON parse error")
    return message


def test_a_deeply_nested_body_is_a_400_naming_the_depth_limit(
    client: FlaskClient, as_user: Headers, snapshot: Snapshot
) -> None:
    before = snapshot()
    headers = {**as_user("alice"), "Content-Type": "application/json"}
    response = client.patch("/v2/repositories/alice/public/", data=DEEP, headers=headers)
    assert str(MAX_JSON_DEPTH) in json_refused(response)
    assert snapshot() == before


def test_a_deeply_nested_control_api_body_is_a_400(client: FlaskClient, snapshot: Snapshot) -> None:
    before = snapshot()
    response = client.post("/_fakehub/load", data=DEEP, content_type="application/json")
    assert str(MAX_JSON_DEPTH) in json_refused(response)
    assert snapshot() == before


def test_a_body_nested_to_the_limit_is_read(client: FlaskClient, as_user: Headers) -> None:
    # the depth limit refuses only what is deeper: this one (the object and 63 arrays in it)
    # is read, then refused for the description's type
    nested = b"[" * (MAX_JSON_DEPTH - 1) + b"]" * (MAX_JSON_DEPTH - 1)
    body = b'{"description": ' + nested + b"}"
    headers = {**as_user("alice"), "Content-Type": "application/json"}
    response = client.patch("/v2/repositories/alice/public/", data=body, headers=headers)
    assert response.status_code == 400
    assert "description" in response.get_json()["errors"]


def test_brackets_inside_strings_do_not_count_as_nesting(
    client: FlaskClient, as_user: Headers
) -> None:
    description = '["{' * 30  # 90 characters: within the description's 100
    headers = as_user("alice")
    response = client.patch(
        "/v2/repositories/alice/public/", json={"description": description}, headers=headers
    )
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["description"] == description


# --- integers of any length -----------------------------------------------------------------

HUGE: Final = "1" + "0" * 5000
"""Beyond Python's int-string limit (4,300 digits): ``int()`` raised ValueError (a 500)."""


@pytest.mark.parametrize(("name", "low", "high"), [("page", 1, INT64_MAX), ("page_size", 1, 100)])
def test_a_huge_paging_parameter_is_a_400_naming_the_range(
    client: FlaskClient, as_user: Headers, name: str, low: int, high: int
) -> None:
    response = client.get(f"/v2/access-tokens/?{name}={HUGE}", headers=as_user("alice"))
    message = bad_request_naming(response, name)
    assert message == f"must be an integer from {low} to {high}"


def test_an_integer_one_past_64_bits_is_a_400(client: FlaskClient, as_user: Headers) -> None:
    response = client.get(f"/v2/access-tokens/?page={INT64_MAX + 1}", headers=as_user("alice"))
    bad_request_naming(response, "page")


@pytest.mark.parametrize("name", ["startIndex", "count"])
def test_a_huge_scim_paging_parameter_is_a_400(name: str) -> None:
    demo = create_app(demo=True, clock=ManualClock(), rng=random.Random(2))
    headers = {"Authorization": f"Bearer {DEMO_SCIM_TOKENS['acme']}"}
    response = demo.test_client().get(f"/v2/scim/2.0/Users/?{name}={HUGE}", headers=headers)
    assert response.status_code == 400, response.get_data(as_text=True)
    assert "must be an integer from 1 to" in response.get_json(force=True)["detail"]


def test_a_huge_integer_path_id_is_a_400_and_changes_nothing(
    client: FlaskClient, app_state: State, as_user: Headers, snapshot: Snapshot
) -> None:
    automated(app_state, "master")
    before = snapshot()
    response = client.delete(f"{BUILD_TAGS}{HUGE}/", headers=as_user("alice"))
    assert bad_request_naming(response, "build_tag_id") == f"must be at most {INT64_MAX}"
    assert snapshot() == before


def test_a_huge_integer_in_a_body_is_a_400(client: FlaskClient, snapshot: Snapshot) -> None:
    before = snapshot()
    body = '{"username": "erin", "password": "pw", "private_repo_limit": ' + HUGE + "}"
    response = client.post("/_fakehub/users", data=body, content_type="application/json")
    assert "64-bit" in json_refused(response)
    assert snapshot() == before


# --- two-factor codes -----------------------------------------------------------------------

TOTP_SECRET: Final = "JBSWY3DPEHPK3PXP"


@pytest.mark.parametrize(
    "code",
    [
        pytest.param("١٢٣٤٥٦", id="Arabic-Indic"),
        pytest.param("１２３４５６", id="full-width"),
        pytest.param("¹²³⁴⁵⁶", id="superscript"),
    ],
)
def test_a_2fa_code_in_non_ascii_digits_is_a_401(client: FlaskClient, code: str) -> None:
    user = {"username": "erin", "password": "erin-password-1", "totp_secret": TOTP_SECRET}
    assert client.post("/_fakehub/users", json=user).status_code == 201
    first = client.post(
        "/v2/users/login/", json={"username": "erin", "password": "erin-password-1"}
    )
    body = {"login_2fa_token": first.get_json()["login_2fa_token"], "code": code}
    response = client.post("/v2/users/2fa-login/", json=body)
    assert response.status_code == 401, response.get_data(as_text=True)
    assert response.get_json()["detail"] == "Incorrect authentication credentials."


# --- datetimes: RFC 3339 only ---------------------------------------------------------------

NOT_RFC_3339 = [
    pytest.param("2030-W01-2", id="a week date"),
    pytest.param("20300102T030405Z", id="the basic format"),
    pytest.param("2030-01-02", id="a bare date"),
    pytest.param("2030-01-02T03:04:05", id="no offset"),
    pytest.param("2030-01-02 03:04:05Z", id="a space for T"),
]


@pytest.mark.parametrize("when", NOT_RFC_3339)
def test_an_access_token_expiring_at_a_non_rfc_3339_time_is_a_400(
    client: FlaskClient, as_user: Headers, snapshot: Snapshot, when: str
) -> None:
    before = snapshot()
    body = {"token_label": "ci", "scopes": ["repo:read"], "expires_at": when}
    response = client.post("/v2/access-tokens/", json=body, headers=as_user("alice"))
    bad_request_naming(response, "expires_at")
    assert snapshot() == before


@pytest.mark.parametrize("when", NOT_RFC_3339)
def test_loading_a_non_rfc_3339_time_is_a_400(client: FlaskClient, when: str) -> None:
    user = {"username": "erin", "password": "pw", "date_joined": when}
    response = client.post("/_fakehub/load", json={"users": [user]})
    bad_request_naming(response, "users[0].date_joined")
