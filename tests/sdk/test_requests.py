"""What goes on the wire: URLs, query strings, headers, bodies."""

from __future__ import annotations

import re
from collections.abc import Callable

from hypothesis import given
from hypothesis import strategies as st

from dockerhub_sdk._base_client import BaseClient
from dockerhub_sdk._operation import format_template
from dockerhub_sdk._pagination import Page
from dockerhub_sdk._version import __version__

from .fakes import (
    BASE_URL,
    OPS,
    TOKEN,
    FakeTransport,
    Me,
    Repo,
    Summary,
    TagItem,
    body_of,
    empty_response,
    json_response,
    repo_json,
)


def _page(items: list[str]) -> dict[str, object]:
    return {
        "count": len(items),
        "next": None,
        "previous": None,
        "results": [{"name": n} for n in items],
    }


_TEXT = st.text(st.sampled_from("/{}-0"), max_size=6)
_NAMES = st.sampled_from(["namespace", "repository", "tag", "a_1"])


@given(st.lists(st.tuples(_TEXT, _NAMES), max_size=4), _TEXT)
def test_a_path_template_is_filled_as_its_placeholders_say(
    pieces: list[tuple[str, str]], tail: str
) -> None:
    """A template for ``format_map`` fills each ``{name}`` with its value, whatever braces the
    rest of the path holds, as substituting each placeholder would."""
    template = "".join(text + "{" + name + "}" for text, name in pieces) + tail
    values = {name: f"<{name}{{}}>" for name in ("namespace", "repository", "tag", "a_1")}
    filled = re.sub(r"\{([A-Za-z_][A-Za-z0-9_]*)\}", lambda m: values[m.group(1)], template)
    assert format_template(template).format_map(values) == filled


def test_path_segments_are_percent_encoded(client: BaseClient, transport: FakeTransport) -> None:
    transport.on(
        "GET",
        "/v2/repositories/alice/app/buildhistory/a%20b%2Fc%3Fd%23e%25f/",
        json_response({"username": "x"}),
    )
    client._request_model(
        OPS["builds.get"],
        Me,
        path={"namespace": "alice", "repository": "app", "build_code": "a b/c?d#e%f"},
    )
    assert transport.last.url == (
        f"{BASE_URL}/v2/repositories/alice/app/buildhistory/a%20b%2Fc%3Fd%23e%25f/"
    )


def test_non_ascii_path_segment_is_utf8_percent_encoded(
    client: BaseClient, transport: FakeTransport
) -> None:
    transport.on(
        "GET", "/v2/repositories/alice/app/buildhistory/%C3%A9/", json_response({"username": "x"})
    )
    client._request_model(
        OPS["builds.get"], Me, path={"namespace": "alice", "repository": "app", "build_code": "é"}
    )
    assert transport.last.url.endswith("/buildhistory/%C3%A9/")


def test_query_values_are_percent_encoded(client: BaseClient, transport: FakeTransport) -> None:
    transport.on("GET", "/v2/search/repositories/", json_response(_page([])))
    client._request_page(OPS["search.repositories"], TagItem, Page, query={"query": "a&b=c d/é"})
    assert transport.last.url == f"{BASE_URL}/v2/search/repositories/?query=a%26b%3Dc%20d%2F%C3%A9"


def test_query_parameters_given_as_none_are_left_out(
    client: BaseClient, transport: FakeTransport
) -> None:
    transport.on("GET", "/v2/repositories/alice/app/tags/", json_response(_page([])))
    client._request_page(
        OPS["tags.list"],
        TagItem,
        Page,
        path={"namespace": "alice", "repository": "app"},
        query={"page": None, "page_size": 25},
    )
    assert transport.last.url == f"{BASE_URL}/v2/repositories/alice/app/tags/?page_size=25"


def test_query_uses_the_wire_name_and_json_booleans(
    client: BaseClient, transport: FakeTransport
) -> None:
    transport.on("GET", "/v2/search/repositories/", json_response(_page([])))
    client._request_page(
        OPS["search.repositories"], TagItem, Page, query={"query": "x", "official": True}
    )
    assert transport.last.url.endswith("?query=x&is_official=true")


def test_every_request_accepts_json_and_names_the_sdk(
    client: BaseClient, transport: FakeTransport
) -> None:
    transport.on("GET", "/v2/repositories/alice/app/", json_response(repo_json()))
    client._request_model(
        OPS["repositories.get"], Repo, path={"namespace": "alice", "repository": "app"}
    )
    assert transport.last.headers["Accept"] == "application/json"
    assert transport.last.headers["User-Agent"] == f"dockerhub-sdk/{__version__}"


def test_a_request_without_body_has_no_content_type(
    client: BaseClient, transport: FakeTransport
) -> None:
    transport.on("GET", "/v2/repositories/alice/app/", json_response(repo_json()))
    client._request_model(
        OPS["repositories.get"], Repo, path={"namespace": "alice", "repository": "app"}
    )
    assert transport.last.body is None
    assert "Content-Type" not in transport.last.headers


def test_a_json_body_is_sent_with_its_content_type(
    authed: BaseClient, transport: FakeTransport
) -> None:
    transport.on("POST", "/v2/repositories/", json_response(repo_json(), status=201))
    authed._request_model(
        OPS["repositories.create"],
        Repo,
        body={"namespace": "alice", "name": "app", "is_private": False},
    )
    assert transport.last.headers["Content-Type"] == "application/json"
    assert body_of(transport.last) == {"namespace": "alice", "name": "app", "is_private": False}


def test_the_token_is_sent_as_a_bearer_token_where_auth_is_optional(
    authed: BaseClient, transport: FakeTransport
) -> None:
    transport.on("GET", "/v2/repositories/alice/app/", json_response(repo_json()))
    authed._request_model(
        OPS["repositories.get"], Repo, path={"namespace": "alice", "repository": "app"}
    )
    assert transport.last.headers["Authorization"] == f"Bearer {TOKEN}"


def test_the_token_is_sent_where_auth_is_required(
    authed: BaseClient, transport: FakeTransport
) -> None:
    transport.on("DELETE", "/v2/repositories/alice/app/tags/v1/", empty_response())
    authed._request_none(
        OPS["tags.delete"], path={"namespace": "alice", "repository": "app", "tag": "v1"}
    )
    assert transport.last.headers["Authorization"] == f"Bearer {TOKEN}"


def test_no_token_is_sent_where_auth_is_none(authed: BaseClient, transport: FakeTransport) -> None:
    transport.on("GET", "/v2/users/bob/", json_response({"username": "bob"}))
    authed._request_model(OPS["users.get"], Me, path={"username": "bob"})
    assert "Authorization" not in transport.last.headers


def test_an_anonymous_client_sends_no_authorization(
    client: BaseClient, transport: FakeTransport
) -> None:
    transport.on("GET", "/v2/repositories/alice/app/", json_response(repo_json()))
    client._request_model(
        OPS["repositories.get"], Repo, path={"namespace": "alice", "repository": "app"}
    )
    assert "Authorization" not in transport.last.headers


def test_the_client_timeout_is_passed_to_the_transport(
    make_client: Callable[..., BaseClient], transport: FakeTransport
) -> None:
    client = make_client(timeout=2.5)
    transport.on("GET", "/v2/users/bob/", json_response({"username": "bob"}))
    client._request_model(OPS["users.get"], Me, path={"username": "bob"})
    assert transport.timeouts == [2.5]


def test_base_url_trailing_slash_is_ignored(
    make_client: Callable[..., BaseClient], transport: FakeTransport
) -> None:
    client = make_client(base_url=BASE_URL + "/")
    transport.on("GET", "/v2/users/bob/", json_response({"username": "bob"}))
    client._request_model(OPS["users.get"], Me, path={"username": "bob"})
    assert transport.last.url == f"{BASE_URL}/v2/users/bob/"


def test_an_empty_204_response_is_accepted(authed: BaseClient, transport: FakeTransport) -> None:
    transport.on("POST", "/v2/repositories/library/nginx/stars/", empty_response())
    authed._request_none(OPS["repositories.star"], path={"namespace": None, "repository": "nginx"})
    assert transport.last.url.endswith("/v2/repositories/library/nginx/stars/")


def test_a_list_response_is_structured_item_by_item(
    client: BaseClient, transport: FakeTransport
) -> None:
    transport.on(
        "GET",
        "/v2/users/alice/repositories/",
        json_response([{"namespace": "alice", "name": "a"}, {"namespace": "alice", "name": "b"}]),
    )
    summaries = client._request_list(OPS["repositories.list"], Summary, path={"namespace": "alice"})
    assert summaries == [Summary(namespace="alice", name="a"), Summary(namespace="alice", name="b")]
