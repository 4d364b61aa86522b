"""`read_page`: each of Docker Hub's paging styles read into the same `Page` fields."""

from __future__ import annotations

import pytest

from dockerhub_sdk._pagination import read_page, with_query

URL = "https://hub.example/v2/things/"


def test_the_count_style_carries_its_count_and_links() -> None:
    body = {"count": 3, "next": URL + "?page=2", "previous": None, "results": [1, 2]}
    raw = read_page("count", body, URL, 1)
    assert (raw.count, raw.next, raw.previous, raw.items, raw.page) == (
        3,
        URL + "?page=2",
        None,
        [1, 2],
        1,
    )


def test_the_total_style_reads_total_as_the_count() -> None:
    body = {"total": 12, "next": None, "previous": URL, "results": [1]}
    raw = read_page("total", body, URL + "?page=2", 2)
    assert (raw.count, raw.next, raw.previous, raw.page) == (12, None, URL, 2)


def test_a_count_style_page_without_count_is_malformed() -> None:
    with pytest.raises(ValueError, match="no non-negative integer 'count'"):
        read_page("count", {"total": 1, "next": None, "previous": None, "results": []}, URL, 1)


def test_extra_counts_are_read_and_must_be_integers() -> None:
    body = {"count": 2, "next": None, "previous": None, "active_count": 1, "results": []}
    assert read_page("count", body, URL, 1, ("active_count",)).extra == {"active_count": 1}
    with pytest.raises(ValueError, match="'active_count'"):
        read_page("count", {**body, "active_count": "1"}, URL, 1, ("active_count",))


def test_the_data_style_is_one_page_holding_everything() -> None:
    raw = read_page("data", {"data": ["a", "b"]}, URL, 1)
    assert (raw.count, raw.next, raw.previous, raw.items, raw.items_at) == (
        2,
        None,
        None,
        ["a", "b"],
        "$.data",
    )


def test_a_full_logs_page_links_to_the_next_one() -> None:
    raw = read_page("logs", {"logs": [1, 2]}, URL + "?page_size=2&page=3", 3)
    assert raw.count is None
    assert raw.next == URL + "?page_size=2&page=4"
    assert raw.previous == URL + "?page_size=2&page=2"


def test_a_short_or_empty_logs_page_is_the_last() -> None:
    assert read_page("logs", {"logs": [1]}, URL + "?page_size=2", 1).next is None
    assert read_page("logs", {"logs": []}, URL, 4).next is None


def test_a_logs_page_of_unknown_size_links_on_until_an_empty_page() -> None:
    raw = read_page("logs", {"logs": [1]}, URL, 1)
    assert (raw.next, raw.previous) == (URL + "?page=2", None)
    assert read_page("logs", {"logs": [1]}, URL + "?page=2", 2).previous == URL


def test_a_scim_page_links_by_start_index() -> None:
    body = {"totalResults": 5, "startIndex": 3, "itemsPerPage": 2, "Resources": [3, 4]}
    raw = read_page("scim", body, URL + "?startIndex=3&count=2", 2)
    assert (raw.count, raw.page, raw.items) == (5, 2, [3, 4])
    assert raw.next == URL + "?count=2&startIndex=5"
    assert raw.previous == URL + "?count=2&startIndex=1"


def test_the_last_scim_page_has_no_next() -> None:
    body = {"totalResults": 5, "startIndex": 5, "itemsPerPage": 1, "Resources": [5]}
    assert read_page("scim", body, URL + "?startIndex=5&count=2", 3).next is None


def test_an_empty_scim_list_may_leave_out_resources() -> None:
    raw = read_page("scim", {"totalResults": 0, "startIndex": 1, "itemsPerPage": 0}, URL, 1)
    assert (raw.count, raw.items, raw.next, raw.previous) == (0, [], None, None)


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ({"startIndex": 1, "Resources": []}, "no non-negative integer 'totalResults'"),
        ({"totalResults": 1, "startIndex": 0, "Resources": []}, "'startIndex' is not a positive"),
        ({"totalResults": 1, "itemsPerPage": -1, "Resources": []}, "'itemsPerPage'"),
        ({"totalResults": 1, "Resources": {}}, "no 'Resources' array"),
    ],
)
def test_a_malformed_scim_page_says_what_is_wrong(body: dict[str, object], problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        read_page("scim", body, URL, 1)


def test_a_page_that_is_not_an_object_is_malformed() -> None:
    with pytest.raises(ValueError, match="expected a page object"):
        read_page("logs", [1, 2], URL, 1)


def test_with_query_replaces_and_removes_parameters() -> None:
    assert with_query(URL + "?a=1&page=2", page=3) == URL + "?a=1&page=3"
    assert with_query(URL + "?a=1&page=2", page=None) == URL + "?a=1"
