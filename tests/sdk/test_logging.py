"""Logging under ``dockerhub_sdk``: what is logged, at which level, and never a secret."""

from __future__ import annotations

import logging
import random
from collections.abc import Callable

import pytest

from dockerhub_sdk import DockerHub
from dockerhub_sdk._base_client import BaseClient
from dockerhub_sdk._exceptions import APIConnectError, DockerHubError
from dockerhub_sdk._retries import redacted_headers
from dockerhub_sdk._transport import Request, Response

from .fakes import (
    BASE_URL,
    OPS,
    PASSWORD,
    TOKEN,
    FakeTransport,
    Me,
    Repo,
    json_response,
    repo_json,
    sequence,
)

REPO = "/v2/repositories/alice/app/"
REPO_URL = BASE_URL + REPO
LOGIN = "/v2/users/login/"


class Upper(random.Random):
    def uniform(self, a: float, b: float) -> float:
        return b


@pytest.fixture
def debug_log(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.DEBUG, logger="dockerhub_sdk")
    return caplog


def get_repo(client: BaseClient) -> Repo:
    return client._request_model(
        OPS["repositories.get"], Repo, path={"namespace": "alice", "repository": "app"}
    )


def lines(caplog: pytest.LogCaptureFixture, level: int | None = None) -> list[str]:
    return [
        r.getMessage()
        for r in caplog.records
        if r.name == "dockerhub_sdk" and (level is None or r.levelno == level)
    ]


# -- what is logged ---------------------------------------------------------------------------


def test_each_request_and_response_is_logged_at_debug(
    make_client: Callable[..., BaseClient],
    transport: FakeTransport,
    debug_log: pytest.LogCaptureFixture,
) -> None:
    client = make_client(token=TOKEN)
    transport.on("GET", REPO, json_response(repo_json()))
    get_repo(client)
    debug = lines(debug_log, logging.DEBUG)
    assert debug[0].startswith(f"Request GET {REPO_URL} (attempt 1 of 3), headers {{")
    assert "'Authorization': 'Bearer ***'" in debug[0]
    assert debug[1] == f"Response GET {REPO_URL}: 200 OK"
    assert len(debug) == 2


def test_each_retry_is_logged_at_info_with_the_wait_and_the_reason(
    make_client: Callable[..., BaseClient],
    transport: FakeTransport,
    debug_log: pytest.LogCaptureFixture,
) -> None:
    client = make_client(rng=Upper())
    transport.on(
        "GET",
        REPO,
        sequence(
            json_response({}, 503),
            json_response({}, 429, {"Retry-After": "3"}),
            json_response(repo_json()),
        ),
    )
    get_repo(client)
    assert lines(debug_log, logging.INFO) == [
        f"Retrying GET {REPO_URL} in 0.500 s (attempt 2 of 3): 503 Service Unavailable",
        f"Retrying GET {REPO_URL} in 3.000 s (attempt 3 of 3): "
        "429 Too Many Requests, the server asks to wait 3.000 s",
    ]
    requests = [m for m in lines(debug_log, logging.DEBUG) if m.startswith("Request")]
    assert [m.split(" (")[1].split(")")[0] for m in requests] == [
        "attempt 1 of 3",
        "attempt 2 of 3",
        "attempt 3 of 3",
    ]


def test_a_retried_connection_error_is_logged_with_its_reason(
    make_client: Callable[..., BaseClient],
    transport: FakeTransport,
    debug_log: pytest.LogCaptureFixture,
) -> None:
    client = make_client(rng=Upper())
    refused = APIConnectError("GET x failed: refused", method="GET", url=REPO_URL)
    transport.on("GET", REPO, sequence(refused, json_response(repo_json())))
    get_repo(client)
    assert lines(debug_log, logging.INFO) == [
        f"Retrying GET {REPO_URL} in 0.500 s (attempt 2 of 3): "
        "APIConnectError: GET x failed: refused"
    ]


def test_a_wait_over_max_retry_wait_is_a_warning(
    make_client: Callable[..., BaseClient],
    transport: FakeTransport,
    debug_log: pytest.LogCaptureFixture,
) -> None:
    client = make_client()
    transport.on("GET", REPO, json_response({}, 429, {"Retry-After": "3600"}))
    with pytest.raises(DockerHubError):
        get_repo(client)
    assert lines(debug_log, logging.WARNING) == [
        f"Not retrying GET {REPO_URL} (429 Too Many Requests): the server asks to wait "
        "3600.000 s, more than max_retry_wait (60.000 s)"
    ]


def test_a_post_that_is_not_replayed_says_why_at_debug(
    make_client: Callable[..., BaseClient],
    transport: FakeTransport,
    debug_log: pytest.LogCaptureFixture,
) -> None:
    client = make_client()

    def reset(request: Request) -> Response:
        raise ConnectionResetError("reset by peer")

    transport.on("POST", LOGIN, reset)
    with pytest.raises(DockerHubError):
        client.login("alice", PASSWORD)
    assert any(
        m.startswith(f"Not retrying POST {BASE_URL}{LOGIN}: the request may have reached")
        for m in lines(debug_log, logging.DEBUG)
    )


def test_the_logger_is_silent_unless_configured() -> None:
    handlers = logging.getLogger("dockerhub_sdk").handlers
    assert any(isinstance(h, logging.NullHandler) for h in handlers)


@pytest.mark.parametrize(
    ("headers", "shown"),
    [
        ({"Authorization": f"Bearer {TOKEN}"}, {"Authorization": "Bearer ***"}),
        ({"authorization": f"JWT {TOKEN}"}, {"authorization": "JWT ***"}),
        ({"Authorization": TOKEN}, {"Authorization": "***"}),
        ({"Proxy-Authorization": f"Basic {TOKEN}"}, {"Proxy-Authorization": "Basic ***"}),
        ({"Cookie": f"session={TOKEN}"}, {"Cookie": "***"}),
        ({"Accept": "application/json"}, {"Accept": "application/json"}),
    ],
)
def test_credentials_in_headers_are_redacted_for_logs(
    headers: dict[str, str], shown: dict[str, str]
) -> None:
    assert redacted_headers(headers) == shown


# -- secrets never reach a log record, an exception or a repr ---------------------------------


def _echo(status: int, secret: str) -> Response:
    return json_response({"detail": f"you sent {secret}", "message": secret}, status)


def _raise(exc: BaseException) -> Callable[[Request], Response]:
    def handler(request: Request) -> Response:
        raise exc

    return handler


def _login(client: BaseClient) -> object:
    return client.login("alice", PASSWORD)


def _get(client: BaseClient) -> object:
    return get_repo(client)


def _me(client: BaseClient) -> object:
    return client._request_model(OPS["users.me"], Me)


# (client options, route, handler, the call)
SCENARIOS: dict[str, tuple[dict[str, object], tuple[str, str], object, Callable[..., object]]] = {
    "authed GET succeeds": ({"token": TOKEN}, ("GET", REPO), json_response(repo_json()), _get),
    "authed GET fails after retries, body echoes the token": (
        {"token": TOKEN},
        ("GET", REPO),
        _echo(503, TOKEN),
        _get,
    ),
    "authed GET 429 over max_retry_wait": (
        {"token": TOKEN},
        ("GET", REPO),
        json_response({"detail": TOKEN}, 429, {"Retry-After": "3600"}),
        _get,
    ),
    "authed GET 401 echoing the token": ({"token": TOKEN}, ("GET", REPO), _echo(401, TOKEN), _get),
    "connection errors mentioning the token, retried": (
        {"token": TOKEN},
        ("GET", REPO),
        _raise(ConnectionResetError(f"reset while sending Bearer {TOKEN}")),
        _get,
    ),
    "failed login echoing the password": ({}, ("POST", LOGIN), _echo(400, PASSWORD), _login),
    "failed login 401": ({}, ("POST", LOGIN), _echo(401, PASSWORD), _login),
    "login 503 not replayed": ({}, ("POST", LOGIN), _echo(503, PASSWORD), _login),
    "login refused at connect time, replayed": (
        {},
        ("POST", LOGIN),
        _raise(ConnectionRefusedError(f"refused {PASSWORD}")),
        _login,
    ),
    "login answer echoing the password": (
        {},
        ("POST", LOGIN),
        json_response({"token": 42, "password": PASSWORD}),
        _login,
    ),
    "lazy login fails": (
        {"username": "alice", "password": PASSWORD},
        ("POST", LOGIN),
        _echo(401, PASSWORD),
        _me,
    ),
    "lazy login succeeds, then the call fails": (
        {"username": "alice", "password": PASSWORD},
        ("POST", LOGIN),
        json_response({"token": TOKEN}),
        _me,
    ),
}


@pytest.mark.parametrize("name", SCENARIOS)
def test_no_secret_reaches_a_log_record_an_exception_or_a_repr(
    name: str,
    make_client: Callable[..., BaseClient],
    transport: FakeTransport,
    debug_log: pytest.LogCaptureFixture,
) -> None:
    options, (method, path), handler, call = SCENARIOS[name]
    client = make_client(**options)
    transport.on(method, path, handler)  # type: ignore[arg-type]
    transport.on("GET", "/v2/user/", _echo(500, TOKEN))
    raised: BaseException | None = None
    try:
        call(client)
    except DockerHubError as exc:
        raised = exc
    assert debug_log.records, "the scenario logged nothing"
    seen: list[str] = []
    for record in debug_log.records:
        seen.append(record.getMessage())
        seen.append(repr(record.args))
        seen.append(str(record.msg))
    if raised is not None:
        chain: BaseException | None = raised
        while chain is not None:
            if isinstance(chain, DockerHubError):
                seen += [str(chain), repr(chain)]
            chain = chain.__cause__
    seen += [repr(client), repr(client.last_response), repr(client.rate_limit)]
    for text in seen:
        assert TOKEN not in text
        assert PASSWORD not in text


def test_the_docker_hub_repr_and_its_copies_show_no_secret() -> None:
    hub = DockerHub(base_url=BASE_URL, token=TOKEN, transport=FakeTransport())
    copy = hub.with_options(max_retries=0)
    for text in (repr(hub), repr(copy), repr(copy.tags)):
        assert TOKEN not in text
    pending = DockerHub(base_url=BASE_URL, username="alice", password=PASSWORD)
    assert PASSWORD not in repr(pending) and PASSWORD not in repr(pending.with_options())
