"""The registry under hostile input: any ``Range``, ``Content-Range``, ``scope``, digest,
``Accept``, ``n`` or manifest body is answered or refused with a 4xx in the registry's
shape, never a 500, and a refused write stores nothing."""

from __future__ import annotations

from typing import Final

import pytest
from flask.testing import FlaskClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fakehub.backend import get_backend
from tests.depth import depth
from tests.fakehub.registry.conftest import Token, push
from tests.fakehub.registry.images import AMD64, digest

FIXTURES: Final = [HealthCheck.function_scoped_fixture]
"""The registry is shared by a test's examples: each only reads it, or is refused unchanged."""
RW: Final = "repository:alice/public:pull,push"
HEADER_TEXT: Final = st.text(
    st.characters(codec="latin-1", exclude_characters="\r\n\x00"), max_size=200
)


@pytest.fixture
def headers(registry: FlaskClient, auth: Token) -> dict[str, str]:
    headers = auth("alice", RW)
    push(registry, headers, "alice/public", AMD64, "latest")
    return headers


def refused_cleanly(answer: object) -> None:
    status = answer.status_code  # type: ignore[attr-defined]
    assert status < 500
    if status >= 400:
        assert answer.get_json()["errors"][0]["code"]  # type: ignore[attr-defined]


@settings(suppress_health_check=FIXTURES, max_examples=depth(60))
@given(value=HEADER_TEXT | st.from_regex(r"bytes=\d{0,25}-\d{0,25}", fullmatch=True))
def test_any_range_is_answered_or_refused_with_a_4xx(
    registry: FlaskClient, headers: dict[str, str], value: str
) -> None:
    answer = registry.get(
        f"/v2/alice/public/blobs/{digest(AMD64.config)}", headers={**headers, "Range": value}
    )
    refused_cleanly(answer)
    assert answer.status_code in (200, 206, 416)


@settings(suppress_health_check=FIXTURES, max_examples=depth(60))
@given(value=HEADER_TEXT)
def test_any_accept_is_answered_or_refused_with_a_4xx(
    registry: FlaskClient, headers: dict[str, str], value: str
) -> None:
    answer = registry.get("/v2/alice/public/manifests/latest", headers={**headers, "Accept": value})
    refused_cleanly(answer)


@settings(suppress_health_check=FIXTURES, max_examples=depth(60))
@given(scopes=st.lists(st.text(max_size=80), max_size=40))
def test_any_scope_is_granted_or_refused_with_a_4xx(
    registry: FlaskClient, scopes: list[str]
) -> None:
    answer = registry.get("/token", query_string=[("scope", s) for s in scopes])
    assert answer.status_code in (200, 400)


@settings(suppress_health_check=FIXTURES, max_examples=depth(60))
@given(
    value=st.text(max_size=150) | st.from_regex(r"sha(256|512):[0-9a-fA-F]{0,140}", fullmatch=True)
)
def test_any_digest_is_answered_or_refused_with_a_4xx(
    registry: FlaskClient, headers: dict[str, str], value: str
) -> None:
    value = value.replace("/", "").replace("?", "").replace("#", "") or "x"
    for path in (f"/v2/alice/public/blobs/{value}", f"/v2/alice/public/manifests/{value}"):
        refused_cleanly(registry.get(path, headers=headers))


@settings(suppress_health_check=FIXTURES, max_examples=depth(40))
@given(body=st.binary(max_size=300) | st.text(max_size=300).map(str.encode))
def test_any_manifest_body_is_stored_or_refused_and_stores_nothing_when_refused(
    registry: FlaskClient, headers: dict[str, str], body: bytes
) -> None:
    state = get_backend(registry.application).state
    before = state.registry_tags("alice", "public")
    answer = registry.put("/v2/alice/public/manifests/hostile", data=body, headers=headers)
    refused_cleanly(answer)
    if answer.status_code >= 400:
        assert state.registry_tags("alice", "public") == before


@settings(suppress_health_check=FIXTURES, max_examples=depth(40))
@given(n=st.text(max_size=30), last=st.text(max_size=30))
def test_any_tag_page_is_answered_or_refused_with_a_4xx(
    registry: FlaskClient, headers: dict[str, str], n: str, last: str
) -> None:
    answer = registry.get(
        "/v2/alice/public/tags/list", query_string={"n": n, "last": last}, headers=headers
    )
    refused_cleanly(answer)


@settings(suppress_health_check=FIXTURES, max_examples=depth(40))
@given(value=HEADER_TEXT)
def test_any_content_range_is_taken_or_refused_with_a_4xx(
    registry: FlaskClient, headers: dict[str, str], value: str
) -> None:
    location = registry.post("/v2/alice/public/blobs/uploads/", headers=headers).headers["Location"]
    answer = registry.patch(location, data=b"abc", headers={**headers, "Content-Range": value})
    refused_cleanly(answer)
