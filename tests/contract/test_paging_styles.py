"""fakehub's pages and the SDK's reading of them agree, in every paging style.

For any list and page size, starting at the first page and following the links the SDK works
out (``read_page``) over the pages fakehub cuts (``paginate``) yields every item exactly once,
in order, and the count the SDK reports is the list's length (where the style carries one).
"""

from __future__ import annotations

from typing import get_args
from urllib.parse import parse_qs, urlsplit

from flask import Flask
from hypothesis import given
from hypothesis import strategies as st

from dockerhub_sdk._operation import PageStyle
from dockerhub_sdk._pagination import read_page
from fakehub.app import paginate

APP = Flask(__name__)
BASE = "http://hub.test/v2/things/"
STYLES: tuple[PageStyle, ...] = get_args(PageStyle)


def _serve(style: PageStyle, items: list[int], url: str) -> dict[str, object]:
    query = {k: int(v[-1]) for k, v in parse_qs(urlsplit(url).query).items()}
    if style == "scim":
        page, size = query.get("startIndex", 1), query.get("count", 10)
    else:
        page, size = query.get("page", 1), query.get("page_size", 10)
    with APP.test_request_context(url):
        return paginate(items, page=page, page_size=size, style=style)


@given(
    style=st.sampled_from(STYLES),
    length=st.integers(min_value=0, max_value=40),
    size=st.integers(min_value=1, max_value=12),
)
def test_following_the_links_yields_every_item_once_in_order(
    style: PageStyle, length: int, size: int
) -> None:
    items = list(range(length))
    key = "count" if style == "scim" else "page_size"
    url: str | None = f"{BASE}?{key}={size}"
    seen: list[object] = []
    number, fetched = 1, 0
    while url is not None:
        fetched += 1
        assert fetched <= length + 2, "the links never end"
        raw = read_page(style, _serve(style, items, url), url, number)
        assert raw.count in (None, length)
        seen.extend(raw.items)
        url, number = raw.next, number + 1
    assert seen == items
