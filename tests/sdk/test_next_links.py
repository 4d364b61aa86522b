"""Following a page's ``next`` link never sends a request, nor the token, to another origin.

The link is parsed with urllib3's parser (the one the transport connects with) and only its
path and query are kept, on the client's own scheme, host and port (issue 10 #1).
"""

from __future__ import annotations

import contextlib
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from urllib3.util import parse_url

from dockerhub_sdk._base_client import BaseClient
from dockerhub_sdk._exceptions import APIResponseValidationError
from dockerhub_sdk._pagination import UnsafeLinkError, next_page_url
from dockerhub_sdk._transport import Request, Response

from .fakes import BASE_URL, CONVERTER, OPS, TOKEN, FakeClock, FakeTransport, json_response

TAGS = "/v2/repositories/alice/app/tags/"
LAST_PAGE = {"count": 1, "next": None, "previous": None, "results": []}


def _first_page(next_link: str) -> dict[str, object]:
    return {"count": 2, "next": next_link, "previous": None, "results": [{"name": "a"}]}


def _serve(transport: FakeTransport, next_link: str) -> None:
    """The first page (no query) links to ``next_link``; any other URL is a last page."""

    def answer(request: Request) -> Response:
        first = request.url == BASE_URL + TAGS
        return json_response(_first_page(next_link) if first else LAST_PAGE)

    transport.on("GET", TAGS, answer)
    transport.fallback = json_response(LAST_PAGE)


def _walk(client: BaseClient) -> list[Any]:
    return list(
        client._iter_pages(OPS["tags.list"], Any, path={"namespace": "alice", "repository": "app"})
    )


def _origin(url: str) -> tuple[str | None, str | None, int | None]:
    """Where urllib3 connects for ``url``."""
    parts = parse_url(url)
    port = parts.port or {"http": 80, "https": 443}.get(parts.scheme or "")
    return parts.scheme, parts.host, port


REFUSED = [
    pytest.param("https://evil.example\\@hub.example.test/v2/x/?page=2", id="backslash-at"),
    pytest.param("https://127.0.0.1:8443\\@hub.example.test/v2/x/?page=2", id="backslash-port"),
    pytest.param("https://user:pw@hub.example.test/v2/x/?page=2", id="userinfo"),
    pytest.param("https://user@hub.example.test/v2/x/?page=2", id="user-only"),
    pytest.param("https://hub.example.test@evil.example/v2/x/?page=2", id="at-sign"),
    pytest.param("https://evil.example/v2/x/?page=2", id="other-host"),
    pytest.param("//evil.example/v2/x/?page=2", id="scheme-relative-other-host"),
    pytest.param("http://hub.example.test/v2/x/?page=2", id="other-scheme"),
    pytest.param("https://hub.example.test:8443/v2/x/?page=2", id="other-port"),
    pytest.param("https://hub.example.test%40evil.example/v2/x/?page=2", id="percent-40-host"),
    pytest.param("https://evil.example%2Fhub.example.test/v2/x/?page=2", id="percent-2f-host"),
    pytest.param("https://hüb.example.test/v2/x/?page=2", id="idna-other-host"),
    pytest.param("https://[::1]/v2/x/?page=2", id="ipv6-other-host"),
    pytest.param("ftp://hub.example.test/v2/x/?page=2", id="ftp"),
]


@pytest.mark.parametrize("link", REFUSED)
def test_a_next_link_off_the_clients_origin_is_refused_and_nothing_is_sent(
    make_client: Any, transport: FakeTransport, link: str
) -> None:
    _serve(transport, link)
    client = make_client(token=TOKEN)
    with pytest.raises(APIResponseValidationError, match="refusing to follow the next page"):
        _walk(client)
    assert len(transport.requests) == 1


ACCEPTED = [
    pytest.param("https://hub.example.test/v2/x/?page=2", "/v2/x/?page=2", id="absolute"),
    pytest.param("HTTPS://HUB.Example.TEST/v2/x/?page=2", "/v2/x/?page=2", id="mixed-case"),
    pytest.param("https://hub.example.test:443/v2/x/?page=2", "/v2/x/?page=2", id="default-port"),
    pytest.param("//hub.example.test/v2/x/?page=2", "/v2/x/?page=2", id="scheme-relative"),
    pytest.param("/v2/x/?page=2", "/v2/x/?page=2", id="path-absolute"),
    pytest.param("?page=2", f"{TAGS}?page=2", id="query-only"),
    pytest.param("https://hub.example.test/v2/a%2Fb/?q=%40", "/v2/a%2Fb/?q=%40", id="percent"),
    pytest.param("https://hub.example.test/v2/x/?page=2#f", "/v2/x/?page=2", id="fragment"),
    pytest.param(
        "https://hub.example.test\\evil.example/x/?page=2",
        "/%5Cevil.example/x/?page=2",
        id="backslash-in-path",
    ),
]


@pytest.mark.parametrize(("link", "sent"), ACCEPTED)
def test_a_next_link_on_the_clients_origin_is_fetched_there_by_path_and_query(
    make_client: Any, transport: FakeTransport, link: str, sent: str
) -> None:
    _serve(transport, link)
    client = make_client(token=TOKEN)
    _walk(client)
    assert [r.url for r in transport.requests][1:] == [f"{BASE_URL}{sent}"]


def test_an_idna_next_link_matches_a_unicode_base_url() -> None:
    url = next_page_url(
        "https://bücher.example", "https://bücher.example/v2/", "https://BÜCHER.example/v2/?page=2"
    )
    assert url == "https://xn--bcher-kva.example/v2/?page=2"
    assert (
        next_page_url(
            "https://bücher.example",
            "https://bücher.example/v2/",
            "https://xn--bcher-kva.example/v2/",
        )
        == "https://xn--bcher-kva.example/v2/"
    )


def test_an_ipv6_next_link_matches_another_spelling_of_the_same_address() -> None:
    base = "http://[::1]:8080"
    url = next_page_url(base, f"{base}/v2/", "http://[0:0::1]:8080/v2/?page=2")
    assert url == "http://[::1]:8080/v2/?page=2"


def test_a_default_port_spelled_out_in_the_base_url_matches_a_link_without_it() -> None:
    url = next_page_url(
        "http://127.0.0.1:80", "http://127.0.0.1:80/v2/", "http://127.0.0.1/v2/?page=2"
    )
    assert _origin(url) == ("http", "127.0.0.1", 80)


def test_an_unparseable_next_link_is_refused() -> None:
    with pytest.raises(UnsafeLinkError):
        next_page_url(BASE_URL, f"{BASE_URL}/v2/", "https://hub.example.test:99999/v2/")


_PIECES = st.sampled_from(
    [
        "https:",
        "http:",
        "//",
        "/",
        "\\",
        "@",
        ":",
        "%40",
        "%2F",
        "%5C",
        "?",
        "#",
        "[",
        "]",
        "::1",
        "hub.example.test",
        "HUB.EXAMPLE.TEST",
        "evil.example",
        "hüb.example.test",
        "127.0.0.1",
        ":443",
        ":8443",
        "user",
        "v2",
        "page=2",
        ".",
        "..",
    ]
)
LINKS = st.one_of(st.text(max_size=60), st.lists(_PIECES, max_size=12).map("".join))


@given(link=LINKS)
def test_for_any_next_link_requests_go_only_to_the_clients_origin(link: str) -> None:
    transport = FakeTransport()
    _serve(transport, link)
    client = BaseClient(
        base_url=BASE_URL,
        token=TOKEN,
        transport=transport,
        clock=FakeClock(),
        converter=CONVERTER,
        operations=OPS,
    )
    with contextlib.suppress(APIResponseValidationError):
        _walk(client)
    own = _origin(BASE_URL)
    for request in transport.requests:
        assert _origin(request.url) == own, request.url
        assert request.headers.get("Authorization") == f"Bearer {TOKEN}"
