"""The registry's `WWW-Authenticate` challenge: read in one pass, hostile headers refused with
a clear `ValueError`, never another exception, never more than linear time."""

from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dockerhub_sdk._registry_auth import MAX_CHALLENGE_LENGTH, Challenge, parse_challenge

DOCKER_HUB = (
    'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",'
    'scope="repository:library/nginx:pull"'
)


def test_docker_hubs_challenge_gives_realm_service_and_scope() -> None:
    assert parse_challenge(DOCKER_HUB) == Challenge(
        realm="https://auth.docker.io/token",
        service="registry.docker.io",
        scope="repository:library/nginx:pull",
    )


def test_an_insufficient_scope_challenge_carries_its_error() -> None:
    header = DOCKER_HUB + ',error="insufficient_scope"'
    assert parse_challenge(header).error == "insufficient_scope"


def test_the_scheme_and_parameter_names_are_case_insensitive() -> None:
    found = parse_challenge('bearer Realm="https://a.test/t", SERVICE=reg')
    assert (found.realm, found.service) == ("https://a.test/t", "reg")


def test_a_quoted_value_keeps_commas_and_escaped_quotes() -> None:
    header = r'Bearer realm="https://a.test/t",scope="repository:a/b:pull,push \"x\""'
    assert parse_challenge(header).scope == 'repository:a/b:pull,push "x"'


def test_a_basic_challenge_before_the_bearer_one_is_skipped() -> None:
    header = 'Basic realm="registry", Bearer realm="https://a.test/token",service="s"'
    assert parse_challenge(header).realm == "https://a.test/token"


@pytest.mark.parametrize(
    ("header", "why"),
    [
        ("", "empty WWW-Authenticate header"),
        ('Basic realm="x"', "offers 'Basic', not Bearer"),
        ('Bearer service="s"', "has no realm"),
        ('Bearer realm="/token"', "is not an absolute http(s) URL"),
        ('Bearer realm="file:///etc/passwd"', "is not an absolute http(s) URL"),
        ('Bearer realm="https://a.test/t', "a quoted string is not closed"),
        ('Bearer realm="https://a.test/t",realm="https://b.test/t"', "'realm' is repeated"),
        ('Bearer realm="https://a.test/t" service="s"', "expected a comma"),
        ("Bearer realm=", "has no value"),
        ('Bearer realm="https://a.test/\r\nX-Evil: 1"', "a control character"),
        ("=x", "expected an authentication scheme"),
    ],
)
def test_a_malformed_challenge_is_a_value_error_naming_the_problem(header: str, why: str) -> None:
    with pytest.raises(ValueError, match="WWW-Authenticate") as info:
        parse_challenge(header)
    assert why in str(info.value)


def test_a_header_over_the_limit_is_refused_unread() -> None:
    header = 'Bearer realm="https://a.test/' + "a" * MAX_CHALLENGE_LENGTH + '"'
    with pytest.raises(ValueError, match=f"at most {MAX_CHALLENGE_LENGTH}"):
        parse_challenge(header)


@given(st.text(max_size=300))
def test_any_header_parses_or_is_a_value_error(header: str) -> None:
    try:
        parse_challenge(header)
    except ValueError as exc:
        assert "WWW-Authenticate" in str(exc)


_PRINTABLE = st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=60)


def _quote(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


@given(path=_PRINTABLE, service=_PRINTABLE, scope=_PRINTABLE)
def test_quoted_values_round_trip(path: str, service: str, scope: str) -> None:
    realm = "https://auth.test/" + path.replace("#", "").replace("?", "").replace("\\", "")
    header = f"Bearer realm={_quote(realm)},service={_quote(service)},scope={_quote(scope)}"
    found = parse_challenge(header)
    assert (found.realm, found.service, found.scope) == (realm, service, scope)


@pytest.mark.parametrize(
    "body",
    [
        "\\" * 4000,  # escapes all the way
        '"' * 4000,  # empty quoted strings back to back
        "a=b," * 1000,  # as many parameters as fit
        "a" * 4000,  # one long token
        ", " * 2000,  # separators only
        "x " * 2000,  # a challenge of schemes
    ],
)
def test_hostile_headers_at_the_limit_take_linear_time(body: str) -> None:
    header = ("Bearer realm=" + body)[:MAX_CHALLENGE_LENGTH]
    start = time.perf_counter()
    with pytest.raises(ValueError):
        parse_challenge(header)
    # one pass over 4 KiB: well under a millisecond; a quadratic parser would need seconds
    assert time.perf_counter() - start < 0.25
