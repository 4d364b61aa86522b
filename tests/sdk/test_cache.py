"""The GET cache: hits, identities, TTL, invalidation by writes, options."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dockerhub_sdk._base_client import BaseClient
from dockerhub_sdk._cache import ANONYMOUS, ResponseCache
from dockerhub_sdk._exceptions import InvalidInputError, NotFoundError
from dockerhub_sdk._pagination import Page
from dockerhub_sdk._transport import Response

from .fakes import (
    OPS,
    OTHER_TOKEN,
    TOKEN,
    FakeClock,
    FakeTransport,
    Me,
    Repo,
    Summary,
    empty_response,
    json_response,
    repo_json,
)

REPO = "/v2/repositories/alice/app/"


@pytest.fixture(autouse=True)
def _routes(transport: FakeTransport) -> None:
    transport.on("GET", REPO, json_response(repo_json()))
    transport.on("GET", "/v2/repositories/bob/tool/", json_response(repo_json("bob", "tool")))
    transport.on("PATCH", REPO, json_response(repo_json()))
    transport.on("DELETE", "/v2/repositories/alice/app/tags/v1/", empty_response())
    transport.on("POST", "/v2/repositories/", json_response(repo_json("alice", "new"), 201))
    transport.on("GET", "/v2/users/alice/repositories/", json_response([]))
    transport.on("GET", "/v2/user/", json_response({"username": "alice"}))
    transport.on("POST", "/v2/logout/", empty_response())


def _get(client: BaseClient, namespace: str = "alice", repository: str = "app") -> Repo:
    return client._request_model(
        OPS["repositories.get"], Repo, path={"namespace": namespace, "repository": repository}
    )


def _update(client: BaseClient) -> None:
    client._request_model(
        OPS["repositories.update"],
        Repo,
        path={"namespace": "alice", "repository": "app"},
        body={"description": "new"},
    )


def _gets(transport: FakeTransport, path: str = REPO) -> int:
    return len(transport.calls("GET", path))


def test_a_repeated_get_is_answered_from_the_cache(
    client: BaseClient, transport: FakeTransport
) -> None:
    _get(client)
    _get(client)
    assert _gets(transport) == 1


def test_a_cache_hit_equals_the_miss(client: BaseClient) -> None:
    miss = _get(client)
    hit = _get(client)
    assert hit == miss


def test_a_cache_hit_returns_a_fresh_object(client: BaseClient) -> None:
    assert _get(client) is not _get(client)


def test_the_cache_is_keyed_by_identity(
    make_client: Callable[..., BaseClient], transport: FakeTransport
) -> None:
    client = make_client()
    _get(client)
    client.set_login_token(TOKEN)
    _get(client)
    client.set_login_token(OTHER_TOKEN)
    _get(client)
    client.set_login_token(TOKEN)
    _get(client)
    assert _gets(transport) == 3


def test_the_cache_identity_is_not_the_token() -> None:
    cache = ResponseCache()
    identity = cache.identity_for(TOKEN)
    assert TOKEN not in identity and identity != ANONYMOUS
    assert identity == cache.identity_for(TOKEN) != cache.identity_for(OTHER_TOKEN)


def test_the_cache_key_includes_the_query_string(
    client: BaseClient, transport: FakeTransport
) -> None:
    transport.on(
        "GET",
        "/v2/repositories/alice/app/tags/",
        json_response({"count": 0, "next": None, "previous": None, "results": []}),
    )
    for page in (1, 2, 1):
        client._request_page(
            OPS["tags.list"],
            Summary,
            Page,
            path={"namespace": "alice", "repository": "app"},
            query={"page": page},
        )
    assert _gets(transport, "/v2/repositories/alice/app/tags/") == 2


def test_an_entry_is_fresh_until_the_ttl(
    client: BaseClient, transport: FakeTransport, clock: FakeClock
) -> None:
    _get(client)
    clock.advance(299.9)
    _get(client)
    assert _gets(transport) == 1


def test_an_entry_expires_at_the_ttl(
    client: BaseClient, transport: FakeTransport, clock: FakeClock
) -> None:
    _get(client)
    clock.advance(300)
    _get(client)
    assert _gets(transport) == 2


def test_the_ttl_is_configurable(
    make_client: Callable[..., BaseClient], transport: FakeTransport, clock: FakeClock
) -> None:
    client = make_client(cache_ttl=10)
    _get(client)
    clock.advance(10)
    _get(client)
    assert _gets(transport) == 2


def test_a_write_to_a_repository_invalidates_its_cached_reads(
    authed: BaseClient, transport: FakeTransport
) -> None:
    _get(authed)
    _update(authed)
    _get(authed)
    assert _gets(transport) == 2


def test_a_write_invalidates_other_identities_reads_of_that_repository(
    make_client: Callable[..., BaseClient], transport: FakeTransport
) -> None:
    client = make_client()
    _get(client)
    client.set_login_token(TOKEN)
    _update(client)
    client.logout()
    _get(client)
    assert _gets(transport) == 2


def test_a_failed_write_still_invalidates(authed: BaseClient, transport: FakeTransport) -> None:
    transport.on("PATCH", REPO, json_response({"detail": "boom"}, 500))
    _get(authed)
    with pytest.raises(Exception):  # noqa: B017 - any failure
        _update(authed)
    _get(authed)
    assert _gets(transport) == 2


def test_creating_a_repository_invalidates_its_namespace_listing(
    client: BaseClient, transport: FakeTransport
) -> None:
    client._request_list(OPS["repositories.list"], Summary, path={"namespace": "alice"})
    client.set_login_token(TOKEN)
    client._request_model(
        OPS["repositories.create"], Repo, body={"namespace": "alice", "name": "new"}
    )
    client.logout()
    client._request_list(OPS["repositories.list"], Summary, path={"namespace": "alice"})
    assert _gets(transport, "/v2/users/alice/repositories/") == 2


def test_a_write_keeps_other_identities_reads_of_other_repositories(
    client: BaseClient, transport: FakeTransport
) -> None:
    _get(client, "bob", "tool")
    client.set_login_token(TOKEN)
    _update(client)
    client.logout()
    _get(client, "bob", "tool")
    assert _gets(transport, "/v2/repositories/bob/tool/") == 1


def test_a_write_drops_every_cached_read_of_the_writer(
    authed: BaseClient, transport: FakeTransport
) -> None:
    authed._request_model(OPS["users.me"], Me)
    authed._request_none(
        OPS["tags.delete"], path={"namespace": "alice", "repository": "app", "tag": "v1"}
    )
    authed._request_model(OPS["users.me"], Me)
    assert _gets(transport, "/v2/user/") == 2


def test_error_responses_are_not_cached(client: BaseClient, transport: FakeTransport) -> None:
    transport.on("GET", REPO, json_response({"detail": "Not found."}, 404))
    for _ in range(2):
        with pytest.raises(NotFoundError):
            _get(client)
    assert _gets(transport) == 2


def test_set_cache_options_can_disable_the_cache(
    client: BaseClient, transport: FakeTransport
) -> None:
    client.set_cache_options(enabled=False)
    _get(client)
    _get(client)
    assert _gets(transport) == 2


def test_set_cache_options_empties_the_cache(client: BaseClient, transport: FakeTransport) -> None:
    _get(client)
    client.set_cache_options(enabled=True, ttl=300)
    _get(client)
    assert _gets(transport) == 2


def test_set_cache_options_sets_the_ttl(
    client: BaseClient, transport: FakeTransport, clock: FakeClock
) -> None:
    client.set_cache_options(ttl=5)
    _get(client)
    clock.advance(5)
    _get(client)
    assert _gets(transport) == 2


def test_set_cache_options_refuses_a_negative_ttl(client: BaseClient) -> None:
    with pytest.raises(InvalidInputError, match="ttl"):
        client.set_cache_options(ttl=-1)


def test_cache_false_turns_the_cache_off(
    make_client: Callable[..., BaseClient], transport: FakeTransport
) -> None:
    client = make_client(cache=False)
    _get(client)
    _get(client)
    assert _gets(transport) == 2


def test_logout_drops_the_identity_cached_reads(
    authed: BaseClient, transport: FakeTransport
) -> None:
    _get(authed)
    authed.logout()
    authed.set_login_token(TOKEN)
    _get(authed)
    assert _gets(transport) == 2


def test_the_cache_evicts_the_least_recently_used_entry() -> None:
    cache = ResponseCache(max_entries=2)
    ok = Response(status=200, headers={}, content=b"{}")
    for url in ("a", "b"):
        cache.put(ANONYMOUS, "GET", url, ok, scope=None, namespace=None)
    cache.get(ANONYMOUS, "GET", "a")
    cache.put(ANONYMOUS, "GET", "c", ok, scope=None, namespace=None)
    assert cache.get(ANONYMOUS, "GET", "b") is None
    assert cache.get(ANONYMOUS, "GET", "a") is ok
    assert len(cache) == 2


def test_a_write_whose_repository_is_unknown_clears_everything() -> None:
    cache = ResponseCache()
    ok = Response(status=200, headers={}, content=b"{}")
    cache.put(ANONYMOUS, "GET", "a", ok, scope="bob/tool", namespace=None)
    cache.invalidate(scope=None, identity=None, scope_known=False)
    assert len(cache) == 0
