"""``rate_limit`` and ``last_response`` after every call, and ``with_options`` copies."""

from __future__ import annotations

import random
import threading
from collections.abc import Callable
from datetime import UTC, datetime

import attrs
import pytest

from dockerhub_sdk import DockerHub, RateLimit, RawResponse
from dockerhub_sdk._base_client import BaseClient
from dockerhub_sdk._exceptions import (
    APIConnectError,
    InternalServerError,
    InvalidInputError,
    NotFoundError,
)
from dockerhub_sdk._ratelimit import rate_limit_from, retry_wait
from dockerhub_sdk._transport import Response

from .fakes import (
    BASE_URL,
    OPS,
    TOKEN,
    WALL_START,
    FakeSleep,
    FakeTransport,
    Me,
    Repo,
    empty_response,
    json_response,
    repo_json,
    sequence,
)

REPO = "/v2/repositories/alice/app/"
REPO_URL = BASE_URL + REPO
RESET = 1_700_000_060


def limited(remaining: int, status: int = 200, **extra: str) -> Response:
    headers = {
        "X-RateLimit-Limit": "180",
        "X-RateLimit-Remaining": str(remaining),
        "X-RateLimit-Reset": str(RESET),
        **extra,
    }
    body = repo_json() if status == 200 else {"detail": "nope"}
    return json_response(body, status, headers)


def get_repo(client: BaseClient, repository: str = "app") -> Repo:
    return client._request_model(
        OPS["repositories.get"], Repo, path={"namespace": "alice", "repository": repository}
    )


# -- rate_limit -------------------------------------------------------------------------------


def test_before_any_call_nothing_is_known(client: BaseClient) -> None:
    assert client.rate_limit == RateLimit(limit=None, remaining=None, reset=None)
    assert client.last_response is None


def test_rate_limit_reads_the_headers_of_the_latest_response(
    client: BaseClient, transport: FakeTransport
) -> None:
    transport.on("GET", REPO, limited(179))
    get_repo(client)
    assert client.rate_limit == RateLimit(
        limit=180, remaining=179, reset=datetime.fromtimestamp(RESET, tz=UTC)
    )
    assert client.rate_limit.reset is not None and client.rate_limit.reset.tzinfo is UTC


def test_rate_limit_parts_are_none_when_the_latest_response_lacks_them(
    client: BaseClient, transport: FakeTransport
) -> None:
    transport.on("GET", REPO, limited(179))
    transport.on("GET", "/v2/repositories/alice/other/", json_response(repo_json(name="other")))
    get_repo(client)
    get_repo(client, "other")
    assert client.rate_limit == RateLimit()


def test_rate_limit_is_read_from_error_responses_too(
    client: BaseClient, transport: FakeTransport
) -> None:
    transport.on("GET", REPO, limited(0, status=404))
    with pytest.raises(NotFoundError):
        get_repo(client)
    assert client.rate_limit.remaining == 0


def test_rate_limit_follows_each_attempt_of_a_retried_call(
    client: BaseClient, transport: FakeTransport, sleeper: FakeSleep
) -> None:
    transport.on(
        "GET", REPO, sequence(limited(0, status=429, **{"Retry-After": "4"}), limited(179))
    )
    get_repo(client)
    assert sleeper.waits == [4.0]
    assert client.rate_limit.remaining == 179


def test_a_cache_hit_does_not_change_the_rate_limit(
    client: BaseClient, transport: FakeTransport
) -> None:
    transport.on("GET", REPO, limited(179))
    transport.on("GET", "/v2/repositories/alice/other/", limited(3))
    get_repo(client)
    get_repo(client, "other")
    get_repo(client)  # from the cache
    assert len(transport.requests) == 2
    assert client.rate_limit.remaining == 3


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({}, RateLimit()),
        ({"X-RateLimit-Limit": "180"}, RateLimit(limit=180)),
        ({"x-ratelimit-remaining": "0"}, RateLimit(remaining=0)),
        ({"X-RateLimit-Limit": "100;w=21600"}, RateLimit(limit=100)),
        ({"X-RateLimit-Limit": "many"}, RateLimit()),
        (
            {"X-RateLimit-Reset": "1700000060.5"},
            RateLimit(reset=datetime.fromtimestamp(RESET + 0.5, tz=UTC)),
        ),
        ({"X-RateLimit-Reset": "later"}, RateLimit()),
        ({"X-RateLimit-Reset": "1e300"}, RateLimit()),
    ],
)
def test_rate_limit_headers_are_parsed_leniently(
    headers: dict[str, str], expected: RateLimit
) -> None:
    assert rate_limit_from(headers) == expected


@pytest.mark.parametrize(
    ("headers", "wait"),
    [
        ({}, None),
        ({"Retry-After": "10"}, 10.0),
        ({"Retry-After": "Tue, 14 Nov 2023 22:13:50 GMT"}, 10.0),
        ({"Retry-After": "Tue, 14 Nov 2023 22:13:50 -0000"}, 10.0),
        ({"Retry-After": "inf"}, None),
        ({"X-Retry-After": "1700000045"}, 25.0),
        ({"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "1700000080"}, 60.0),
        ({"X-RateLimit-Remaining": "1", "X-RateLimit-Reset": "1700000080"}, None),
        ({"ratelimit-remaining": "0;w=21600"}, 21600.0),
        ({"RateLimit-Remaining": "0; w=3600"}, 3600.0),
        ({"ratelimit-remaining": "3;w=21600"}, None),
        ({"ratelimit-remaining": "0"}, None),
        ({"ratelimit-remaining": "0;w=12345678901"}, None),
    ],
)
def test_retry_wait_is_relative_to_the_given_wall_clock(
    headers: dict[str, str], wait: float | None
) -> None:
    assert retry_wait(headers, now=WALL_START + 20) == wait


# -- last_response ----------------------------------------------------------------------------


def test_last_response_has_status_headers_method_and_url(
    client: BaseClient, transport: FakeTransport
) -> None:
    transport.on("GET", REPO, limited(179))
    get_repo(client)
    last = client.last_response
    assert isinstance(last, RawResponse)
    assert (last.status_code, last.method, last.url) == (200, "GET", REPO_URL)
    assert last.headers["x-ratelimit-remaining"] == last.headers["X-RATELIMIT-REMAINING"] == "179"


def test_last_response_read_after_several_calls_is_the_latest(
    client: BaseClient, transport: FakeTransport
) -> None:
    transport.on("GET", REPO, limited(179))
    transport.on("GET", "/v2/repositories/alice/other/", limited(178))
    get_repo(client)
    get_repo(client, "other")  # neither read in between
    last = client.last_response
    assert last is not None and (last.url, last.headers["X-RateLimit-Remaining"]) == (
        f"{BASE_URL}/v2/repositories/alice/other/",
        "178",
    )
    assert client.last_response is last  # made once, when first read


def test_last_response_is_set_by_an_operation_that_failed(
    authed: BaseClient, transport: FakeTransport
) -> None:
    transport.on("POST", REPO + "stars/", json_response({"detail": "no"}, 403))
    with pytest.raises(Exception):  # noqa: B017 - any status error
        authed._request_none(
            OPS["repositories.star"], path={"namespace": "alice", "repository": "app"}
        )
    last = authed.last_response
    assert last is not None and (last.status_code, last.method) == (403, "POST")


def test_last_response_of_a_retried_call_is_its_last_attempt(
    client: BaseClient, transport: FakeTransport
) -> None:
    transport.on("GET", REPO, sequence(json_response({}, 503), json_response({}, 502)))
    with pytest.raises(InternalServerError):
        get_repo(client)
    assert client.last_response is not None and client.last_response.status_code == 502


def test_a_connection_error_leaves_last_response_unchanged(
    client: BaseClient, transport: FakeTransport
) -> None:
    transport.on("GET", REPO, limited(179))
    get_repo(client)
    before = client.last_response

    def refuse(request: object) -> Response:
        raise APIConnectError("refused", method="GET", url="u")

    transport.on("GET", "/v2/repositories/alice/other/", refuse)
    with pytest.raises(APIConnectError):
        get_repo(client, "other")
    assert client.last_response is before


def test_a_cache_hit_sets_last_response_to_the_cached_response(
    client: BaseClient, transport: FakeTransport
) -> None:
    transport.on("GET", REPO, limited(179))
    transport.on("GET", "/v2/repositories/alice/other/", json_response({}, 404))
    get_repo(client)
    with pytest.raises(NotFoundError):
        get_repo(client, "other")
    get_repo(client)  # from the cache
    last = client.last_response
    assert last is not None and (last.status_code, last.url) == (200, REPO_URL)
    assert last.headers["X-RateLimit-Remaining"] == "179"


def test_last_response_is_set_for_a_call_with_no_body(
    authed: BaseClient, transport: FakeTransport
) -> None:
    transport.on("DELETE", REPO + "tags/v1/", empty_response(204))
    authed._request_none(
        OPS["tags.delete"], path={"namespace": "alice", "repository": "app", "tag": "v1"}
    )
    assert authed.last_response is not None and authed.last_response.status_code == 204


def test_rate_limit_and_last_response_are_frozen(
    client: BaseClient, transport: FakeTransport
) -> None:
    transport.on("GET", REPO, limited(179))
    get_repo(client)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        client.rate_limit.remaining = 1000  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        client.last_response.status_code = 201  # type: ignore[misc, union-attr]


def test_last_response_repr_shows_no_credentials(
    authed: BaseClient, transport: FakeTransport
) -> None:
    transport.on("GET", REPO, json_response(repo_json(), headers={"Set-Cookie": "s=SECRET"}))
    get_repo(authed)
    assert "SECRET" not in repr(authed.last_response)
    assert TOKEN not in repr(authed.last_response)


def test_concurrent_calls_leave_a_consistent_latest_response(
    make_client: Callable[..., BaseClient], transport: FakeTransport
) -> None:
    client = make_client(cache=False)
    for n in range(8):
        transport.on("GET", f"/v2/repositories/alice/app{n}/", limited(n))
    errors: list[BaseException] = []

    def work(n: int) -> None:
        try:
            for _ in range(50):
                get_repo(client, f"app{n}")
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    last = client.last_response
    assert last is not None and last.url.startswith(f"{BASE_URL}/v2/repositories/alice/app")
    n = int(last.url.rstrip("/").rsplit("app", 1)[1])
    assert last.headers["X-RateLimit-Remaining"] == str(n)


# -- with_options -----------------------------------------------------------------------------


def test_with_options_changes_max_retries_for_the_copy_only(
    client: BaseClient, transport: FakeTransport
) -> None:
    transport.on("GET", REPO, json_response({}, 503))
    with pytest.raises(InternalServerError):
        get_repo(client.with_options(max_retries=0))
    assert len(transport.requests) == 1
    with pytest.raises(InternalServerError):
        get_repo(client)
    assert len(transport.requests) == 1 + 3
    assert client.max_retries == 2


def test_with_options_changes_the_timeout(client: BaseClient, transport: FakeTransport) -> None:
    transport.on("GET", REPO, json_response(repo_json()))
    get_repo(client.with_options(timeout=5))
    get_repo(client.with_options(timeout=None, max_retries=1), "app")  # cached: no request
    transport.on("GET", "/v2/repositories/alice/other/", json_response(repo_json()))
    get_repo(client, "other")
    assert transport.timeouts == [5.0, 30.0]
    assert client.with_options(timeout=None).timeout is None


def test_with_options_changes_max_retry_wait(
    client: BaseClient, transport: FakeTransport, sleeper: FakeSleep
) -> None:
    transport.on(
        "GET",
        REPO,
        sequence(json_response({}, 429, {"Retry-After": "120"}), json_response(repo_json())),
    )
    get_repo(client.with_options(max_retry_wait=600))
    assert sleeper.waits == [120.0]


def test_with_options_changes_the_backoff(
    make_client: Callable[..., BaseClient], transport: FakeTransport, sleeper: FakeSleep
) -> None:
    class Upper(random.Random):
        def uniform(self, a: float, b: float) -> float:
            return b

    client = make_client(rng=Upper())
    transport.on("GET", REPO, json_response({}, 500))
    with pytest.raises(InternalServerError):
        get_repo(client.with_options(retry_base=2, retry_cap=3, max_retries=3))
    assert sleeper.waits == [2.0, 3.0, 3.0]


def test_a_copy_shares_the_login_both_ways(client: BaseClient, transport: FakeTransport) -> None:
    transport.on("POST", "/v2/users/login/", json_response({"token": TOKEN}))
    transport.on("GET", "/v2/user/", json_response({"username": "alice"}))
    transport.on("POST", "/v2/logout/", empty_response(204))
    copy = client.with_options(max_retries=0)
    client.login("alice", "pw-123456")
    assert copy.is_authenticated
    copy._request_model(OPS["users.me"], Me)
    assert transport.last.headers["Authorization"] == f"Bearer {TOKEN}"
    copy.logout()
    assert not client.is_authenticated
    copy.set_login_token("another-token")
    assert client.is_authenticated


def test_a_copy_shares_the_cache_and_the_latest_response(
    client: BaseClient, transport: FakeTransport
) -> None:
    transport.on("GET", REPO, limited(179))
    get_repo(client)
    copy = client.with_options(timeout=1)
    get_repo(copy)
    assert len(transport.requests) == 1
    transport.on("GET", "/v2/repositories/alice/other/", limited(7))
    get_repo(copy, "other")
    assert client.rate_limit.remaining == 7
    assert client.last_response is copy.last_response


def test_closing_a_copy_leaves_the_shared_transport_open(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    client = BaseClient(base_url=BASE_URL)  # owns its Urllib3Transport
    closed: list[bool] = []
    monkeypatch.setattr(client._transport, "close", lambda: closed.append(True))
    with client.with_options(max_retries=0):
        pass
    assert closed == []
    client.close()
    assert closed == [True]


@pytest.mark.parametrize(
    "options",
    [{"max_retries": -1}, {"timeout": 0}, {"retry_base": -1}, {"max_retry_wait": "60"}],
)
def test_with_options_refuses_bad_values(client: BaseClient, options: dict[str, object]) -> None:
    with pytest.raises(InvalidInputError):
        client.with_options(**options)  # type: ignore[arg-type]


def test_docker_hub_with_options_binds_the_resources_to_the_copy() -> None:
    transport = FakeTransport()
    transport.on("GET", "/v2/users/alice/repositories/", json_response({}, 503))
    sleep = FakeSleep()
    hub = DockerHub(base_url=BASE_URL, transport=transport, sleep=sleep)
    copy = hub.with_options(max_retries=0)
    assert type(copy) is DockerHub
    assert copy.repositories._client is copy and hub.repositories._client is hub
    with pytest.raises(InternalServerError):
        copy.repositories.list("alice")
    assert len(transport.requests) == 1 and sleep.waits == []
    with pytest.raises(InternalServerError):
        hub.repositories.list("alice")
    assert len(transport.requests) == 4 and len(sleep.waits) == 2
    assert hub.last_response is not None and hub.last_response.status_code == 503


def test_docker_hub_exposes_rate_limit_and_last_response() -> None:
    transport = FakeTransport()
    transport.on(
        "GET",
        "/v2/users/alice/repositories/",
        json_response([], headers={"X-RateLimit-Limit": "180", "X-RateLimit-Remaining": "5"}),
    )
    with DockerHub(base_url=BASE_URL, transport=transport) as hub:
        assert hub.repositories.list("alice") == []
        assert hub.rate_limit == RateLimit(limit=180, remaining=5)
        assert hub.last_response == RawResponse(
            status_code=200,
            headers=transport.routes[("GET", "/v2/users/alice/repositories/")].headers,  # type: ignore[union-attr]
            method="GET",
            url=f"{BASE_URL}/v2/users/alice/repositories/",
        )
