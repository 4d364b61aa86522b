"""``client_defaults(...)``: what new clients take when their constructor leaves it out."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dockerhub_sdk import DockerHub, client_defaults
from dockerhub_sdk._defaults import current_defaults
from tests.sdk.fakes import FakeTransport, json_response

USER = {
    "id": "1",
    "username": "erin",
    "full_name": "",
    "location": "",
    "company": "",
    "profile_url": "",
    "date_joined": "2024-01-01T00:00:00Z",
    "gravatar_url": "",
}


def _answering() -> FakeTransport:
    transport = FakeTransport()
    transport.on("GET", "/v2/users/erin/", json_response(USER))
    return transport


def test_a_client_created_inside_the_block_sends_through_its_transport() -> None:
    transport = _answering()
    with client_defaults(transport=transport):
        DockerHub(base_url="https://hub.test").users.get("erin")
    assert [r.url for r in transport.requests] == ["https://hub.test/v2/users/erin/"]


def test_a_transport_passed_to_the_constructor_wins() -> None:
    default, own = _answering(), _answering()
    with client_defaults(transport=default):
        DockerHub(base_url="https://hub.test", transport=own).users.get("erin")
    assert (len(default.requests), len(own.requests)) == (0, 1)


def test_the_inner_block_wins_and_the_outer_one_returns() -> None:
    outer, inner = _answering(), _answering()
    with client_defaults(transport=outer):
        with client_defaults(transport=inner):
            DockerHub(base_url="https://hub.test").users.get("erin")
        DockerHub(base_url="https://hub.test").users.get("erin")
    assert (len(outer.requests), len(inner.requests)) == (1, 1)


def test_a_block_ending_out_of_order_removes_only_its_own_defaults() -> None:
    first, second = _answering(), _answering()
    a, b = client_defaults(transport=first), client_defaults(transport=second)
    a.__enter__()
    b.__enter__()
    a.__exit__(None, None, None)  # another thread's block ends first
    DockerHub(base_url="https://hub.test").users.get("erin")
    b.__exit__(None, None, None)
    assert (len(first.requests), len(second.requests)) == (0, 1)


def test_a_retry_wait_calls_the_default_sleep() -> None:
    transport = _answering()
    transport.on(
        "GET", "/v2/users/erin/", json_response({"detail": "busy"}, 503, {"Retry-After": "7"})
    )
    slept: list[float] = []
    with client_defaults(transport=transport, sleep=slept.append):
        hub = DockerHub(base_url="https://hub.test", max_retries=1)
    with pytest.raises(Exception, match="503"):
        hub.users.get("erin")
    assert slept == [7.0]


@given(st.lists(st.tuples(st.booleans(), st.integers(0, 5)), max_size=30))
def test_the_defaults_in_force_are_those_of_the_blocks_still_open(
    steps: list[tuple[bool, int]],
) -> None:
    """Blocks opened and closed in any order: the innermost open block's sleep is in force."""
    sleeps = [lambda seconds, n=n: None for n in range(6)]
    open_blocks: list[tuple[int, contextlib.AbstractContextManager[None]]] = []
    try:
        for opening, n in steps:
            if opening:
                block = client_defaults(sleep=sleeps[n])
                block.__enter__()
                open_blocks.append((n, block))
            elif open_blocks:
                _, block = open_blocks.pop(n % len(open_blocks))
                block.__exit__(None, None, None)
            expected = {"sleep": sleeps[open_blocks[-1][0]]} if open_blocks else {}
            assert current_defaults() == expected
    finally:
        for _, block in reversed(open_blocks):
            block.__exit__(None, None, None)
    assert current_defaults() == {}
