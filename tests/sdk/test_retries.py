"""Retries: which calls are sent again, how long the client waits, and what it raises.

Every test injects the sleep (it records the waits and advances the fake wall clock) and, where
the waits are asserted exactly, an ``rng`` whose ``uniform(a, b)`` returns ``b``: the backoff
waits are then exactly ``min(retry_cap, retry_base * 2**n)`` — 0.5, 1, 2, 4, 8, 8...
"""

from __future__ import annotations

import email.utils
import random
import socket
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dockerhub_sdk._base_client import BaseClient
from dockerhub_sdk._exceptions import (
    APIConnectError,
    APIConnectionError,
    APIConnectTimeoutError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    DockerHubError,
    InternalServerError,
    InvalidInputError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
)
from dockerhub_sdk._retries import RetryOptions, backoff_wait
from dockerhub_sdk._transport import Request, Response
from tests.depth import depth

from .fakes import (
    BASE_URL,
    CONVERTER,
    OPS,
    TOKEN,
    WALL_START,
    FakeClock,
    FakeSleep,
    FakeTransport,
    Repo,
    TagItem,
    empty_response,
    json_response,
    repo_json,
    sequence,
)

REPO = "/v2/repositories/alice/app/"
REPO_ARGS = {"namespace": "alice", "repository": "app"}


class UpperRng(random.Random):
    """``uniform(a, b)`` is always ``b``: backoff waits become their ceilings."""

    def uniform(self, a: float, b: float) -> float:
        return b


# -- one call per HTTP method, against the fake operation table -----------------------------

Call = Callable[[BaseClient], object]

CALLS: dict[str, tuple[str, Call, Response]] = {
    "GET": (
        REPO,
        lambda c: c._request_model(OPS["repositories.get"], Repo, path=REPO_ARGS),
        json_response(repo_json()),
    ),
    "HEAD": (
        REPO,
        lambda c: c._request_none(OPS["repositories.exists"], path=REPO_ARGS),
        empty_response(200),
    ),
    "PUT": (
        REPO + "autobuild/tags/7/",
        lambda c: c._request_model(
            OPS["build_tags.update"],
            TagItem,
            path={**REPO_ARGS, "build_tag_id": 7},
            body={"name": "latest"},
        ),
        json_response({"name": "latest"}),
    ),
    "DELETE": (
        REPO + "tags/v1/",
        lambda c: c._request_none(OPS["tags.delete"], path={**REPO_ARGS, "tag": "v1"}),
        empty_response(204),
    ),
    "POST": (
        REPO + "stars/",
        lambda c: c._request_none(OPS["repositories.star"], path=REPO_ARGS),
        empty_response(204),
    ),
    "PATCH": (
        REPO,
        lambda c: c._request_model(
            OPS["repositories.update"], Repo, path=REPO_ARGS, body={"description": "x"}
        ),
        json_response(repo_json()),
    ),
}
IDEMPOTENT = ("GET", "HEAD", "PUT", "DELETE")
NOT_IDEMPOTENT = ("POST", "PATCH")


def error(status: int, headers: dict[str, str] | None = None) -> Response:
    return json_response({"detail": f"status {status}"}, status, headers)


def http_date(unix: float) -> str:
    return email.utils.formatdate(unix, usegmt=True)


def at(seconds_after_start: float) -> datetime:
    return datetime.fromtimestamp(WALL_START + seconds_after_start, tz=UTC)


@pytest.fixture
def run(
    make_client: Callable[..., BaseClient], transport: FakeTransport, sleeper: FakeSleep
) -> Callable[..., tuple[object, int, list[float]]]:
    """``run(method, *answers, **client_options)`` -> (result or exception, attempts, waits)."""

    def run_(method: str, *answers: Response | BaseException, **options: Any) -> Any:
        options.setdefault("rng", UpperRng())
        client = make_client(token=TOKEN, **options)
        path, call, _ = CALLS[method]
        transport.on(method, path, sequence(*answers))
        outcome: object
        try:
            outcome = call(client)
        except DockerHubError as exc:
            outcome = exc
        return outcome, len(transport.calls(method)), sleeper.waits

    return run_


def ok(method: str) -> Response:
    return CALLS[method][2]


def _outcome_class(outcome: object) -> type | None:
    return type(outcome) if isinstance(outcome, BaseException) else None


# -- statuses x methods ---------------------------------------------------------------------

RETRYABLE = (408, 429, 500, 502, 503, 504)
ERROR_CLASS = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    408: APIStatusError,
    409: ConflictError,
    429: RateLimitError,
    500: InternalServerError,
    501: InternalServerError,
    502: InternalServerError,
    503: InternalServerError,
    504: InternalServerError,
    505: InternalServerError,
}


@pytest.mark.parametrize("method", IDEMPOTENT)
@pytest.mark.parametrize("status", RETRYABLE)
def test_an_idempotent_call_is_retried_on_a_retryable_status_and_then_succeeds(
    run: Callable[..., Any], method: str, status: int
) -> None:
    outcome, attempts, waits = run(method, error(status), error(status), ok(method))
    assert _outcome_class(outcome) is None
    assert (attempts, waits) == (3, [0.5, 1.0])


@pytest.mark.parametrize("method", IDEMPOTENT)
@pytest.mark.parametrize("status", RETRYABLE)
def test_an_idempotent_call_raises_the_last_status_error_when_retries_run_out(
    run: Callable[..., Any], method: str, status: int
) -> None:
    outcome, attempts, waits = run(method, error(status))
    assert _outcome_class(outcome) is ERROR_CLASS[status]
    assert (attempts, waits) == (3, [0.5, 1.0])


@pytest.mark.parametrize("method", NOT_IDEMPOTENT)
@pytest.mark.parametrize("status", RETRYABLE)
def test_a_post_or_patch_is_never_replayed_after_a_response(
    run: Callable[..., Any], method: str, status: int
) -> None:
    outcome, attempts, waits = run(method, error(status, {"Retry-After": "1"}), ok(method))
    assert _outcome_class(outcome) is ERROR_CLASS[status]
    assert (attempts, waits) == (1, [])


@pytest.mark.parametrize("method", (*IDEMPOTENT, *NOT_IDEMPOTENT))
@pytest.mark.parametrize("status", (400, 401, 403, 404, 409, 501, 505))
def test_other_statuses_are_never_retried(
    run: Callable[..., Any], method: str, status: int
) -> None:
    outcome, attempts, waits = run(method, error(status), ok(method))
    assert _outcome_class(outcome) is ERROR_CLASS[status]
    assert (attempts, waits) == (1, [])


@pytest.mark.parametrize(
    ("options", "attempts", "waits"),
    [
        ({"max_retries": 0}, 1, []),
        ({"max_retries": 1}, 2, [0.5]),
        ({}, 3, [0.5, 1.0]),
        ({"max_retries": 6}, 7, [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]),
        ({"max_retries": 5, "retry_cap": 3}, 6, [0.5, 1.0, 2.0, 3.0, 3.0]),
        ({"max_retries": 3, "retry_base": 0.1}, 4, [0.1, 0.2, 0.4]),
        ({"max_retries": 2, "retry_base": 0}, 3, [0.0, 0.0]),
    ],
    ids=["none", "one", "default", "capped-at-8", "cap-3", "base-0.1", "base-0"],
)
def test_backoff_doubles_from_the_base_up_to_the_cap(
    run: Callable[..., Any], options: dict[str, Any], attempts: int, waits: list[float]
) -> None:
    outcome, sent, asked = run("GET", error(503), **options)
    assert isinstance(outcome, InternalServerError)
    assert (sent, asked) == (attempts, waits)


# -- connection errors ------------------------------------------------------------------------


def _connection(cls: type[APIConnectionError]) -> APIConnectionError:
    return cls("no response", method="X", url="u")


@pytest.mark.parametrize(
    ("method", "failure", "attempts", "raised"),
    [
        # a read timeout or a reset after sending: the server may have acted on it
        ("GET", _connection(APITimeoutError), 2, None),
        ("GET", _connection(APIConnectionError), 2, None),
        ("PUT", _connection(APIConnectionError), 2, None),
        ("DELETE", _connection(APITimeoutError), 2, None),
        ("POST", _connection(APITimeoutError), 1, APITimeoutError),
        ("POST", _connection(APIConnectionError), 1, APIConnectionError),
        ("PATCH", _connection(APITimeoutError), 1, APITimeoutError),
        # the connection could not be made: the request never left, so a POST is safe
        ("POST", _connection(APIConnectError), 2, None),
        ("POST", _connection(APIConnectTimeoutError), 2, None),
        ("PATCH", _connection(APIConnectError), 2, None),
        ("GET", _connection(APIConnectError), 2, None),
        # a custom transport's OSError: a refused connection proves nothing was sent
        ("POST", ConnectionRefusedError("refused"), 2, None),
        ("POST", ConnectionResetError("reset"), 1, APIConnectionError),
        ("POST", TimeoutError("timed out"), 1, APITimeoutError),
        ("GET", TimeoutError("timed out"), 2, None),
    ],
)
def test_connection_failures_are_retried_only_when_safe(
    run: Callable[..., Any],
    method: str,
    failure: BaseException,
    attempts: int,
    raised: type[BaseException] | None,
) -> None:
    outcome, sent, waits = run(method, failure, ok(method))
    assert _outcome_class(outcome) is raised
    assert sent == attempts
    assert waits == [0.5] * (attempts - 1)


def test_a_connection_error_on_every_attempt_raises_the_last_one(
    run: Callable[..., Any],
) -> None:
    outcome, attempts, waits = run("POST", _connection(APIConnectError))
    assert isinstance(outcome, APIConnectError)
    assert (attempts, waits) == (3, [0.5, 1.0])


def test_an_os_error_of_a_custom_transport_is_mapped_with_method_and_url(
    run: Callable[..., Any],
) -> None:
    outcome, _, _ = run("POST", ConnectionRefusedError("refused"))
    assert isinstance(outcome, APIConnectError)
    assert (outcome.method, outcome.url) == ("POST", BASE_URL + REPO + "stars/")
    assert "ConnectionRefusedError: refused" in str(outcome)


def test_a_login_is_not_replayed_after_a_503(
    make_client: Callable[..., BaseClient], transport: FakeTransport, sleeper: FakeSleep
) -> None:
    client = make_client()
    transport.on("POST", "/v2/users/login/", sequence(error(503), json_response({"token": "t"})))
    with pytest.raises(InternalServerError):
        client.login("alice", "pw-123456")
    assert len(transport.requests) == 1 and sleeper.waits == []


def test_a_login_is_replayed_after_a_connect_failure(
    make_client: Callable[..., BaseClient], transport: FakeTransport, sleeper: FakeSleep
) -> None:
    client = make_client(rng=UpperRng())
    transport.on(
        "POST",
        "/v2/users/login/",
        sequence(_connection(APIConnectError), json_response({"token": "t"})),
    )
    assert client.login("alice", "pw-123456") == "t"
    assert len(transport.requests) == 2 and sleeper.waits == [0.5]


# -- waits the server asks for ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "waits"),
    [
        ({"Retry-After": "3"}, [3.0]),
        ({"Retry-After": "2.5"}, [2.5]),
        ({"Retry-After": "0"}, [0.0]),
        ({"Retry-After": "-4"}, [0.0]),
        ({"retry-after": "3"}, [3.0]),
        ({"Retry-After": http_date(WALL_START + 7)}, [7.0]),
        ({"Retry-After": http_date(WALL_START - 30)}, [0.0]),
        ({"Retry-After": "soon"}, [0.5]),  # unreadable: backoff
        ({"X-Retry-After": str(int(WALL_START + 12))}, [12.0]),
        ({"X-Retry-After": str(WALL_START - 5)}, [0.0]),
        ({"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": str(int(WALL_START + 20))}, [20.0]),
        ({"X-RateLimit-Remaining": "4", "X-RateLimit-Reset": str(int(WALL_START + 20))}, [0.5]),
        ({"X-RateLimit-Reset": str(int(WALL_START + 20))}, [0.5]),
        ({"Retry-After": "3", "X-Retry-After": str(WALL_START + 40)}, [3.0]),
        (
            {
                "X-Retry-After": str(WALL_START + 9),
                "X-RateLimit-Remaining": "0",
                "X-RateLimit-Reset": str(WALL_START + 20),
            },
            [9.0],
        ),
        ({"Retry-After": "60"}, [60.0]),  # exactly max_retry_wait is still waited
        ({}, [0.5]),
    ],
)
@pytest.mark.parametrize("status", (429, 503))
def test_the_wait_the_server_asks_for_replaces_the_backoff(
    run: Callable[..., Any], status: int, headers: dict[str, str], waits: list[float]
) -> None:
    outcome, attempts, asked = run("GET", error(status, headers), ok("GET"))
    assert _outcome_class(outcome) is None
    assert (attempts, asked) == (2, waits)


def test_an_http_date_is_measured_against_the_wall_clock_after_each_sleep(
    run: Callable[..., Any],
) -> None:
    # both answers name the same instant; the first sleep reaches it
    later = error(429, {"Retry-After": http_date(WALL_START + 10)})
    outcome, attempts, waits = run("GET", later, later, ok("GET"))
    assert _outcome_class(outcome) is None
    assert (attempts, waits) == (3, [10.0, 0.0])


def test_a_server_wait_replaces_only_its_own_attempts_backoff(run: Callable[..., Any]) -> None:
    outcome, attempts, waits = run("GET", error(429, {"Retry-After": "3"}), error(503), ok("GET"))
    assert _outcome_class(outcome) is None
    assert (attempts, waits) == (3, [3.0, 1.0])


@pytest.mark.parametrize(
    ("headers", "retry_after"),
    [
        ({"Retry-After": "61"}, 61.0),
        ({"Retry-After": http_date(WALL_START + 3600)}, 3600.0),
        ({"X-Retry-After": str(WALL_START + 90)}, 90.0),
        ({"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": str(WALL_START + 600)}, 600.0),
    ],
)
def test_a_wait_over_max_retry_wait_raises_rate_limit_error_at_once(
    run: Callable[..., Any], headers: dict[str, str], retry_after: float
) -> None:
    outcome, attempts, waits = run("GET", error(429, headers), ok("GET"))
    assert isinstance(outcome, RateLimitError)
    assert (attempts, waits) == (1, [])
    assert outcome.retry_after == retry_after
    assert outcome.retry_at == at(retry_after)
    assert outcome.retry_at is not None and outcome.retry_at.tzinfo is not None


def test_a_503_asking_for_too_long_a_wait_raises_its_own_status_error(
    run: Callable[..., Any],
) -> None:
    outcome, attempts, waits = run("DELETE", error(503, {"Retry-After": "120"}), ok("DELETE"))
    assert type(outcome) is InternalServerError
    assert outcome.status_code == 503
    assert (attempts, waits) == (1, [])
    assert (outcome.retry_after, outcome.retry_at) == (120.0, at(120))


@pytest.mark.parametrize(
    ("max_retry_wait", "attempts", "waits"),
    [(0, 1, []), (4.9, 1, []), (5, 2, [5.0]), (1000, 2, [5.0])],
)
def test_max_retry_wait_is_configurable(
    run: Callable[..., Any], max_retry_wait: float, attempts: int, waits: list[float]
) -> None:
    outcome, sent, asked = run(
        "GET", error(429, {"Retry-After": "5"}), ok("GET"), max_retry_wait=max_retry_wait
    )
    assert (sent, asked) == (attempts, waits)
    assert _outcome_class(outcome) is (RateLimitError if attempts == 1 else None)


def test_exhausted_retries_raise_the_last_error_with_retry_after_from_its_headers(
    run: Callable[..., Any],
) -> None:
    outcome, attempts, waits = run("GET", error(429, {"Retry-After": "5"}))
    assert isinstance(outcome, RateLimitError)
    assert (attempts, waits) == (3, [5.0, 5.0])
    # the clock moved 10 s while the client slept; retry_at is 5 s after the last answer
    assert (outcome.retry_after, outcome.retry_at) == (5.0, at(15))


def test_a_post_429_is_not_replayed_and_says_when_to_retry(run: Callable[..., Any]) -> None:
    outcome, attempts, waits = run("POST", error(429, {"Retry-After": "7"}), ok("POST"))
    assert isinstance(outcome, RateLimitError)
    assert (attempts, waits) == (1, [])
    assert (outcome.retry_after, outcome.retry_at) == (7.0, at(7))


def test_a_status_error_without_wait_headers_has_no_retry_time(run: Callable[..., Any]) -> None:
    outcome, _, _ = run("GET", error(429))
    assert isinstance(outcome, RateLimitError)
    assert (outcome.retry_after, outcome.retry_at) == (None, None)


def test_a_401_is_not_retried_even_with_retry_after(run: Callable[..., Any]) -> None:
    outcome, attempts, waits = run("GET", error(401, {"Retry-After": "1"}), ok("GET"))
    assert isinstance(outcome, AuthenticationError)
    assert (attempts, waits, outcome.retry_after) == (1, [], None)


# -- jitter -----------------------------------------------------------------------------------


@settings(max_examples=depth(300))
@given(
    attempt=st.integers(min_value=0, max_value=2000),
    base=st.floats(min_value=0, max_value=100, allow_nan=False),
    cap=st.floats(min_value=0, max_value=1000, allow_nan=False),
    seed=st.integers(),
)
def test_every_backoff_wait_is_within_zero_and_its_ceiling(
    attempt: int, base: float, cap: float, seed: int
) -> None:
    wait = backoff_wait(attempt, base=base, cap=cap, rng=random.Random(seed))
    try:
        ceiling = min(cap, base * 2.0**attempt)
    except OverflowError:
        ceiling = cap
    assert 0.0 <= wait <= ceiling


@settings(max_examples=depth(50), deadline=None)
@given(
    retries=st.integers(min_value=0, max_value=12),
    base=st.floats(min_value=0.001, max_value=5, allow_nan=False),
    cap=st.floats(min_value=0, max_value=30, allow_nan=False),
    seed=st.integers(),
)
def test_the_client_s_backoff_waits_are_jittered_within_bounds(
    retries: int, base: float, cap: float, seed: int
) -> None:
    transport = FakeTransport()
    transport.on("GET", REPO, error(502))
    wall = FakeClock(WALL_START)
    sleep = FakeSleep(wall)
    client = BaseClient(
        base_url=BASE_URL,
        transport=transport,
        converter=CONVERTER,
        operations=OPS,
        max_retries=retries,
        retry_base=base,
        retry_cap=cap,
        sleep=sleep,
        wall_clock=wall,
        rng=random.Random(seed),
    )
    with pytest.raises(InternalServerError):
        CALLS["GET"][1](client)
    assert len(transport.requests) == retries + 1
    assert len(sleep.waits) == retries
    for n, wait in enumerate(sleep.waits):
        assert 0.0 <= wait <= min(cap, base * 2**n)


def test_the_jitter_is_drawn_from_the_injected_rng(run: Callable[..., Any]) -> None:
    _, _, waits = run("GET", error(500), rng=random.Random(42))
    expected = random.Random(42)
    assert waits == [expected.uniform(0, 0.5), expected.uniform(0, 1.0)]


# -- options ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("max_retries", -1),
        ("max_retries", True),
        ("max_retries", 1.5),
        ("retry_base", -0.1),
        ("retry_base", float("nan")),
        ("retry_cap", "8"),
        ("max_retry_wait", -1),
    ],
)
def test_bad_retry_options_are_refused(option: str, value: object) -> None:
    with pytest.raises(InvalidInputError) as info:
        RetryOptions(**{option: value})  # type: ignore[arg-type]
    assert info.value.param == option


def test_the_defaults() -> None:
    options = RetryOptions()
    assert (options.max_retries, options.retry_base, options.retry_cap) == (2, 0.5, 8.0)
    assert options.max_retry_wait == 60.0


# -- the cache --------------------------------------------------------------------------------


def test_a_retried_get_is_cached_and_a_failed_one_is_not(
    make_client: Callable[..., BaseClient], transport: FakeTransport
) -> None:
    client = make_client(rng=UpperRng())
    get = CALLS["GET"][1]
    transport.on("GET", REPO, sequence(error(503), ok("GET")))
    get(client)
    get(client)
    assert len(transport.requests) == 2  # the second call was a cache hit

    transport.on("GET", "/v2/repositories/alice/other/", sequence(error(500)))
    for _ in range(2):
        with pytest.raises(InternalServerError):
            client._request_model(
                OPS["repositories.get"], Repo, path={"namespace": "alice", "repository": "other"}
            )
    assert len(transport.requests) == 2 + 3 + 3  # nothing of the failures was cached


def test_a_write_that_failed_after_retries_still_invalidates(
    make_client: Callable[..., BaseClient], transport: FakeTransport
) -> None:
    client = make_client(token=TOKEN)
    transport.on("GET", REPO, ok("GET"))
    transport.on("DELETE", REPO + "tags/v1/", error(503))
    CALLS["GET"][1](client)
    with pytest.raises(InternalServerError):
        CALLS["DELETE"][1](client)
    CALLS["GET"][1](client)
    assert len(transport.calls("GET")) == 2
    assert len(transport.calls("DELETE")) == 3


def test_a_post_refused_at_connect_time_invalidates_once_it_succeeds(
    make_client: Callable[..., BaseClient], transport: FakeTransport
) -> None:
    client = make_client(token=TOKEN)
    transport.on("GET", REPO, ok("GET"))
    transport.on("POST", REPO + "stars/", sequence(_connection(APIConnectError), ok("POST")))
    CALLS["GET"][1](client)
    CALLS["POST"][1](client)
    CALLS["GET"][1](client)
    assert len(transport.calls("GET")) == 2
    assert len(transport.calls("POST")) == 2


def test_the_same_request_is_sent_on_every_attempt(
    make_client: Callable[..., BaseClient], transport: FakeTransport
) -> None:
    client = make_client(token=TOKEN)
    transport.on("PUT", REPO + "autobuild/tags/7/", sequence(error(502), ok("PUT")))
    CALLS["PUT"][1](client)
    first, second = transport.requests
    assert first == second
    assert isinstance(first, Request) and first.headers["Authorization"] == f"Bearer {TOKEN}"


# -- what Urllib3Transport can prove ----------------------------------------------------------


class _FailingPool:
    """Stands in for a urllib3.PoolManager whose urlopen raises ``error``."""

    def __init__(self, error: Exception) -> None:
        self.error = error

    def urlopen(self, *args: object, **kwargs: object) -> object:
        raise self.error

    def clear(self) -> None:
        pass


def _urllib3_errors() -> list[tuple[Exception, type[APIConnectionError]]]:
    from urllib3.connection import HTTPConnection
    from urllib3.exceptions import (
        ConnectTimeoutError,
        NameResolutionError,
        NewConnectionError,
        ProtocolError,
        ReadTimeoutError,
        SSLError,
    )

    conn = HTTPConnection("hub.example.test")
    return [
        (NewConnectionError(conn, "refused"), APIConnectError),
        (
            NameResolutionError("hub.example.test", conn, socket.gaierror("no such host")),
            APIConnectError,
        ),
        (ConnectTimeoutError(conn, "connect timed out"), APIConnectTimeoutError),
        (ReadTimeoutError(None, "/", "read timed out"), APITimeoutError),  # type: ignore[arg-type]
        (ProtocolError("Connection aborted.", ConnectionResetError()), APIConnectionError),
        (SSLError("handshake failed"), APIConnectionError),
    ]


@pytest.mark.parametrize(("raised", "expected"), _urllib3_errors())
def test_urllib3_transport_says_when_the_request_never_left(
    raised: Exception, expected: type[APIConnectionError]
) -> None:
    from dockerhub_sdk._transport import Urllib3Transport

    transport = Urllib3Transport(pool_manager=_FailingPool(raised))  # type: ignore[arg-type]
    with pytest.raises(APIConnectionError) as info:
        transport.send(Request(method="POST", url=BASE_URL + "/v2/x/"), timeout=1)
    assert type(info.value) is expected
    assert (info.value.method, info.value.url) == ("POST", BASE_URL + "/v2/x/")


def test_a_connect_timeout_is_both_a_connect_error_and_a_timeout() -> None:
    assert issubclass(APIConnectTimeoutError, APIConnectError)
    assert issubclass(APIConnectTimeoutError, APITimeoutError)
    assert not issubclass(APITimeoutError, APIConnectError)
