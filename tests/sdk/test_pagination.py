"""Pages and the lazy iterator that walks them."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dockerhub_sdk._base_client import BaseClient
from dockerhub_sdk._exceptions import APIResponseValidationError, InvalidInputError
from dockerhub_sdk._pagination import Page
from dockerhub_sdk._transport import Request, Response

from .fakes import BASE_URL, CONVERTER, OPS, FakeClock, FakeTransport, TagItem, json_response

TAGS = "/v2/repositories/alice/app/tags/"
TAGS_URL = BASE_URL + TAGS


class PagedTags:
    """Serves ``count`` tags ``t0, t1...`` in pages, with absolute ``next`` links."""

    def __init__(self, count: int, *, origin: str = BASE_URL) -> None:
        self.count = count
        self.origin = origin

    def __call__(self, request: Request) -> Response:
        query = parse_qs(urlsplit(request.url).query)
        page = int(query.get("page", ["1"])[0])
        size = int(query.get("page_size", ["10"])[0])
        start = (page - 1) * size
        names = [f"t{i}" for i in range(start, min(start + size, self.count))]

        def link(number: int) -> str:
            return f"{self.origin}{TAGS}?page={number}&page_size={size}"

        return json_response(
            {
                "count": self.count,
                "next": link(page + 1) if start + size < self.count else None,
                "previous": link(page - 1) if page > 1 else None,
                "results": [{"name": n} for n in names],
            }
        )


def _list(client: BaseClient, **query: Any) -> Page[TagItem]:
    return client._request_page(
        OPS["tags.list"],
        TagItem,
        Page,
        path={"namespace": "alice", "repository": "app"},
        query=query,
    )


def _iter(client: BaseClient, page_size: int | None = None) -> Any:
    return client._iter_pages(
        OPS["tags.list"],
        TagItem,
        path={"namespace": "alice", "repository": "app"},
        query={"page_size": page_size},
    )


def test_a_page_carries_count_links_results_and_its_number(
    client: BaseClient, transport: FakeTransport
) -> None:
    transport.on("GET", TAGS, PagedTags(25))
    page = _list(client, page=2, page_size=10)
    assert (page.count, page.page) == (25, 2)
    assert page.next == f"{TAGS_URL}?page=3&page_size=10"
    assert page.previous == f"{TAGS_URL}?page=1&page_size=10"
    assert [t.name for t in page.results] == [f"t{i}" for i in range(10, 20)]


def test_a_page_without_a_page_argument_is_page_one(
    client: BaseClient, transport: FakeTransport
) -> None:
    transport.on("GET", TAGS, PagedTags(3))
    assert _list(client).page == 1


def test_a_page_iterates_over_and_counts_its_own_results(
    client: BaseClient, transport: FakeTransport
) -> None:
    transport.on("GET", TAGS, PagedTags(25))
    page = _list(client, page_size=10)
    assert len(page) == 10
    assert list(page) == page.results


def test_has_next_is_false_on_the_last_page(client: BaseClient, transport: FakeTransport) -> None:
    transport.on("GET", TAGS, PagedTags(25))
    assert _list(client, page=2, page_size=10).has_next
    assert not _list(client, page=3, page_size=10).has_next


def test_the_iterator_sends_nothing_until_iterated(
    client: BaseClient, transport: FakeTransport
) -> None:
    transport.on("GET", TAGS, PagedTags(25))
    _iter(client, page_size=10)
    assert transport.requests == []


def test_the_iterator_fetches_a_page_only_when_iteration_reaches_it(
    client: BaseClient, transport: FakeTransport
) -> None:
    transport.on("GET", TAGS, PagedTags(25))
    items = _iter(client, page_size=10)
    for _ in range(10):
        next(items)
    assert len(transport.requests) == 1
    next(items)
    assert len(transport.requests) == 2


def test_the_iterator_follows_next_until_it_is_null(
    client: BaseClient, transport: FakeTransport
) -> None:
    transport.on("GET", TAGS, PagedTags(25))
    assert [t.name for t in _iter(client, page_size=10)] == [f"t{i}" for i in range(25)]
    assert len(transport.requests) == 3


def test_the_iterator_validates_its_arguments_when_called(client: BaseClient) -> None:
    with pytest.raises(InvalidInputError):
        _iter(client, page_size=0)


def test_the_iterator_refuses_a_next_url_on_another_host(
    client: BaseClient, transport: FakeTransport
) -> None:
    transport.on("GET", TAGS, PagedTags(25, origin="https://evil.example"))
    items = _iter(client, page_size=10)
    with pytest.raises(APIResponseValidationError, match="refusing to follow"):
        list(items)
    assert all(urlsplit(r.url).hostname == "hub.example.test" for r in transport.requests)
    assert len(transport.requests) == 1


def test_the_iterator_refuses_a_next_url_with_another_scheme(
    client: BaseClient, transport: FakeTransport
) -> None:
    transport.on("GET", TAGS, PagedTags(25, origin="http://hub.example.test"))
    with pytest.raises(APIResponseValidationError, match="refusing to follow"):
        list(_iter(client, page_size=10))


def test_the_iterator_stops_on_a_next_url_it_already_fetched(
    client: BaseClient, transport: FakeTransport
) -> None:
    looping = {"count": 9, "next": TAGS_URL, "previous": None, "results": [{"name": "x"}]}
    transport.on("GET", TAGS, json_response(looping))
    with pytest.raises(APIResponseValidationError, match="already fetched"):
        list(_iter(client))
    assert len(transport.requests) == 1


def test_the_iterator_accepts_a_relative_next_url(
    client: BaseClient, transport: FakeTransport
) -> None:
    first = {"count": 2, "next": f"{TAGS}?page=2", "previous": None, "results": [{"name": "a"}]}
    second = {"count": 2, "next": None, "previous": None, "results": [{"name": "b"}]}
    transport.on("GET", TAGS, json_response(first))
    transport.on("GET", f"{TAGS}?page=2", json_response(second))
    assert [t.name for t in _iter(client)] == ["a", "b"]


@given(count=st.integers(min_value=0, max_value=60), size=st.integers(min_value=1, max_value=25))
def test_the_iterator_yields_every_item_once_in_order_with_one_request_per_page(
    count: int, size: int
) -> None:
    transport = FakeTransport()
    transport.on("GET", TAGS, PagedTags(count))
    client = BaseClient(
        base_url=BASE_URL,
        transport=transport,
        clock=FakeClock(),
        converter=CONVERTER,
        operations=OPS,
    )
    names = [t.name for t in _iter(client, page_size=size)]
    assert names == [f"t{i}" for i in range(count)]
    assert len(transport.requests) == max(1, -(-count // size))
