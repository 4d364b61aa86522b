"""Listed objects keep their rendered JSON between requests, and never show stale: a page is
the same bytes as rendering it afresh, after any write."""

from __future__ import annotations

import gc
import json
from typing import Any

import attrs
import pytest
from flask.testing import FlaskClient
from hypothesis import given, settings
from hypothesis import strategies as st

from fakehub.clock import ManualClock
from fakehub.handlers import repositories as repository_handlers
from fakehub.http import paging
from fakehub.http.rendering import JSONItems, RenderCache, dumps
from fakehub.state import State
from tests.depth import depth

TAGS = "/v2/repositories/alice/public/tags/"
NAMESPACE_TAGS = "/v2/namespaces/alice/repositories/public/tags/"

_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=depth(200), deadline=None)
@given(
    head=st.dictionaries(st.text(), _json, max_size=4),
    items=st.lists(_json, max_size=5),
    tail=st.dictionaries(st.text(), _json, max_size=2),
)
def test_a_body_with_rendered_items_is_the_bytes_json_dumps_writes(
    head: dict[str, Any], items: list[Any], tail: dict[str, Any]
) -> None:
    plain = {**head, "results": items, **{k: v for k, v in tail.items() if k not in head}}
    rendered = {
        k: JSONItems(json.dumps(i, ensure_ascii=False).encode() for i in v) if k == "results" else v
        for k, v in plain.items()
    }
    assert dumps(rendered) == json.dumps(plain, ensure_ascii=False).encode()


@attrs.define
class _Leaf:
    value: int


def test_a_render_cache_renders_again_only_when_the_key_changes() -> None:
    cache = RenderCache()
    built: list[str] = []
    thing = _Leaf(value=1)

    def build(leaf: _Leaf) -> dict[str, int]:
        built.append("x")
        return {"value": leaf.value}

    assert cache.render([thing], lambda _: 1, build) == [b'{"value": 1}']
    assert cache.render([thing], lambda _: 1, build) == [b'{"value": 1}']
    assert len(built) == 1
    thing.value = 2
    assert cache.render([thing], lambda _: 2, build) == [b'{"value": 2}']
    assert len(built) == 2


def test_a_render_cache_lets_go_of_an_object_that_is_gone() -> None:
    cache = RenderCache()
    thing = _Leaf(value=1)
    cache.render([thing], lambda _: 1, lambda leaf: {"value": leaf.value})
    assert len(cache) == 1
    del thing
    gc.collect()
    assert len(cache) == 0


def _counting_projections(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls = [0]
    original = repository_handlers.project

    def counting(*args: Any, **kwargs: Any) -> Any:
        calls[0] += 1
        return original(*args, **kwargs)

    monkeypatch.setattr(repository_handlers, "project", counting)
    return calls


@pytest.mark.parametrize("path", [TAGS, NAMESPACE_TAGS])
def test_listing_unchanged_tags_again_builds_no_model(
    client: FlaskClient, monkeypatch: pytest.MonkeyPatch, path: str
) -> None:
    first = client.get(path)
    calls = _counting_projections(monkeypatch)
    second = client.get(path)
    assert second.data == first.data
    assert calls[0] == 0


@pytest.mark.parametrize("path", [TAGS, NAMESPACE_TAGS])
def test_a_tag_pushed_again_is_listed_with_its_new_size_time_and_pusher(
    client: FlaskClient, app_state: State, clock: ManualClock, path: str
) -> None:
    client.get(path)  # rendered once, before the push
    clock.advance(minutes=5)
    app_state.push_tag("alice", "public", "v1", full_size=12345, pusher="bob")
    listed = {t["name"]: t for t in client.get(path).get_json()["results"]}
    assert listed["v1"]["full_size"] == 12345
    assert listed["v1"]["last_updater_username"] == "bob"
    assert listed["v1"]["last_updated"] == listed["v1"]["tag_last_pushed"]
    assert listed["v1"]["last_updated"].startswith(clock.now.strftime("%Y-%m-%dT%H:%M"))


def test_both_tag_listings_render_their_own_shape_of_the_same_tag(client: FlaskClient) -> None:
    legacy = client.get(TAGS).get_json()["results"][0]
    namespaced = client.get(NAMESPACE_TAGS).get_json()["results"][0]
    again = client.get(TAGS).get_json()["results"][0]
    assert again == legacy
    assert set(legacy) != set(namespaced)


def test_next_links_are_remembered_per_query_and_never_mixed_up(client: FlaskClient) -> None:
    first = client.get(TAGS, query_string={"page_size": 1}).get_json()["next"]
    again = client.get(TAGS, query_string={"page_size": 1}).get_json()["next"]
    other = client.get(TAGS, query_string={"page_size": 1, "name": "x"}).get_json()["next"]
    assert (
        first == again == "http://localhost/v2/repositories/alice/public/tags/?page=2&page_size=1"
    )
    assert other == "http://localhost/v2/repositories/alice/public/tags/?name=x&page=2&page_size=1"


def test_a_long_query_is_answered_but_not_remembered(
    client: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    remembered: dict[object, str] = {}
    monkeypatch.setattr(paging, "_PAGE_URLS", remembered)
    client.get(TAGS, query_string={"page_size": 1})
    assert len(remembered) == 1
    long_value = "v" * 2000
    body = client.get(TAGS, query_string={"page_size": 1, "filler": long_value}).get_json()
    assert body["next"].endswith(f"?filler={long_value}&page=2&page_size=1")
    assert len(remembered) == 1
