"""Property, through the SDK: for any page_size 1–100, the pages concatenated are the full list."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dockerhub_sdk import DockerHub, WSGITransport
from fakehub.app import create_app
from tests.depth import depth

TAGS = 237
APP = create_app(
    data={
        "users": [{"username": "pager", "password": "pager-password-1"}],
        "repositories": [
            {
                "namespace": "pager",
                "name": "many",
                "tags": [{"name": f"v{i}", "full_size": i} for i in range(TAGS)],
            }
        ],
    }
)
HUB = DockerHub(base_url="http://fakehub.test", transport=WSGITransport(APP), cache=False)
FULL = [t.name for t in HUB.tags.iter("pager", "many", page_size=100)]


def test_the_reference_list_holds_every_tag_once() -> None:
    assert sorted(FULL) == sorted(f"v{i}" for i in range(TAGS))


@settings(max_examples=depth(60), deadline=None)
@given(page_size=st.integers(min_value=1, max_value=100))
def test_pages_concatenate_to_the_full_list(page_size: int) -> None:
    names: list[str] = []
    page = HUB.tags.list("pager", "many", page_size=page_size)
    while True:
        assert page.count == TAGS
        assert len(page.results) == min(page_size, TAGS - len(names))
        names += [t.name for t in page.results]
        if page.next is None:
            break
        page = HUB.tags.list("pager", "many", page=page.page + 1, page_size=page_size)
    assert names == FULL


@settings(max_examples=depth(30), deadline=None)
@given(page_size=st.integers(min_value=1, max_value=100))
def test_the_lazy_iterator_yields_the_full_list(page_size: int) -> None:
    assert [t.name for t in HUB.tags.iter("pager", "many", page_size=page_size)] == FULL
