"""Non-2xx responses, bodies that are not the documented JSON, transport failures."""

from __future__ import annotations

import email.utils
import time

import pytest

from dockerhub_sdk._base_client import BaseClient
from dockerhub_sdk._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    DockerHubError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    make_status_error,
)
from dockerhub_sdk._pagination import Page
from dockerhub_sdk._transport import Request, Response

from .fakes import BASE_URL, OPS, FakeTransport, Repo, Summary, TagItem, json_response

REPO_URL = f"{BASE_URL}/v2/repositories/alice/app/"


def _get_repo(client: BaseClient) -> Repo:
    return client._request_model(
        OPS["repositories.get"], Repo, path={"namespace": "alice", "repository": "app"}
    )


def _raw(status: int, content: bytes, content_type: str = "application/json") -> Response:
    return Response(status=status, headers={"Content-Type": content_type}, content=content)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (429, RateLimitError),
        (500, InternalServerError),
        (502, InternalServerError),
        (503, InternalServerError),
    ],
)
def test_a_status_maps_to_its_exception_class(
    client: BaseClient, transport: FakeTransport, status: int, cls: type[APIStatusError]
) -> None:
    transport.on("GET", "/v2/repositories/alice/app/", json_response({"detail": "no"}, status))
    with pytest.raises(cls) as info:
        _get_repo(client)
    assert info.value.status_code == status


@pytest.mark.parametrize("status", [302, 405, 418, 422])
def test_an_unmapped_status_raises_the_base_status_error(
    client: BaseClient, transport: FakeTransport, status: int
) -> None:
    transport.on("GET", "/v2/repositories/alice/app/", json_response({"detail": "no"}, status))
    with pytest.raises(APIStatusError) as info:
        _get_repo(client)
    assert type(info.value) is APIStatusError


def test_a_status_error_carries_detail_method_url_headers_and_body(
    client: BaseClient, transport: FakeTransport
) -> None:
    transport.on(
        "GET",
        "/v2/repositories/alice/app/",
        json_response({"detail": "Object not found"}, 404, headers={"X-Trace": "t1"}),
    )
    with pytest.raises(NotFoundError) as info:
        _get_repo(client)
    error = info.value
    assert (error.detail, error.message) == ("Object not found", None)
    assert (error.method, error.url) == ("GET", REPO_URL)
    assert error.headers["x-trace"] == "t1"
    assert error.body == {"detail": "Object not found"}
    assert str(error) == f"404 Not Found for GET {REPO_URL}: Object not found"


def test_a_status_error_reads_the_message_and_errinfo_form(
    client: BaseClient, transport: FakeTransport
) -> None:
    body = {"message": "repository name taken", "errinfo": {"namespace": "alice"}}
    transport.on("GET", "/v2/repositories/alice/app/", json_response(body, 409))
    with pytest.raises(ConflictError) as info:
        _get_repo(client)
    assert (info.value.detail, info.value.message) == (None, "repository name taken")
    assert info.value.errinfo == {"namespace": "alice"}
    assert str(info.value).endswith(": repository name taken")


def test_a_field_error_body_is_summarized_in_the_message(
    client: BaseClient, transport: FakeTransport
) -> None:
    transport.on("GET", "/v2/repositories/alice/app/", json_response({"name": ["Required."]}, 400))
    with pytest.raises(BadRequestError, match=r"400 Bad Request for GET \S+: name: Required\.$"):
        _get_repo(client)


def test_a_status_error_with_an_html_body_has_no_body(
    client: BaseClient, transport: FakeTransport
) -> None:
    transport.on(
        "GET", "/v2/repositories/alice/app/", _raw(502, b"<html>Bad gateway</html>", "text/html")
    )
    with pytest.raises(InternalServerError) as info:
        _get_repo(client)
    assert info.value.body is None and info.value.detail is None
    assert str(info.value) == f"502 Bad Gateway for GET {REPO_URL}"


def test_a_rate_limit_error_reads_retry_after_seconds(
    client: BaseClient, transport: FakeTransport
) -> None:
    transport.on(
        "GET",
        "/v2/repositories/alice/app/",
        json_response({"detail": "slow down"}, 429, headers={"Retry-After": "17"}),
    )
    with pytest.raises(RateLimitError) as info:
        _get_repo(client)
    assert info.value.retry_after == 17.0


def test_a_rate_limit_error_reads_retry_after_as_an_http_date() -> None:
    when = email.utils.formatdate(time.time() + 60, usegmt=True)
    error = make_status_error(
        status_code=429, method="GET", url=REPO_URL, headers={"Retry-After": when}, body=None
    )
    assert isinstance(error, RateLimitError)
    assert error.retry_after is not None and 55 <= error.retry_after <= 60


def test_a_rate_limit_error_without_retry_after_has_none() -> None:
    error = make_status_error(status_code=429, method="GET", url=REPO_URL, headers={}, body=None)
    assert isinstance(error, RateLimitError) and error.retry_after is None


def test_a_non_json_2xx_body_raises_response_validation_error(
    client: BaseClient, transport: FakeTransport
) -> None:
    transport.on(
        "GET", "/v2/repositories/alice/app/", _raw(200, b"<html>maintenance</html>", "text/html")
    )
    with pytest.raises(APIResponseValidationError, match=r"not JSON \(text/html\)") as info:
        _get_repo(client)
    assert info.value.content == b"<html>maintenance</html>"
    assert info.value.status_code == 200


def test_an_empty_2xx_body_raises_where_a_model_is_expected(
    client: BaseClient, transport: FakeTransport
) -> None:
    transport.on("GET", "/v2/repositories/alice/app/", _raw(200, b""))
    with pytest.raises(APIResponseValidationError, match="the body is empty"):
        _get_repo(client)


def test_a_json_body_that_does_not_match_the_model_names_the_field(
    client: BaseClient, transport: FakeTransport
) -> None:
    transport.on(
        "GET",
        "/v2/repositories/alice/app/",
        json_response({"namespace": "alice", "name": "app", "star_count": "many"}),
    )
    with pytest.raises(APIResponseValidationError, match=r"star_count"):
        _get_repo(client)


def test_a_list_operation_refuses_a_json_object(
    client: BaseClient, transport: FakeTransport
) -> None:
    transport.on("GET", "/v2/users/alice/repositories/", json_response({"results": []}))
    with pytest.raises(APIResponseValidationError, match="expected a JSON array"):
        client._request_list(OPS["repositories.list"], Summary, path={"namespace": "alice"})


def test_a_page_without_results_is_refused(client: BaseClient, transport: FakeTransport) -> None:
    transport.on("GET", "/v2/repositories/alice/app/tags/", json_response({"count": 0}))
    with pytest.raises(APIResponseValidationError, match="no 'results' array"):
        client._request_page(
            OPS["tags.list"], TagItem, Page, path={"namespace": "alice", "repository": "app"}
        )


def test_a_transport_os_error_becomes_a_connection_error(
    client: BaseClient, transport: FakeTransport
) -> None:
    def refuse(request: Request) -> Response:
        raise ConnectionRefusedError("refused")

    transport.on("GET", "/v2/repositories/alice/app/", refuse)
    with pytest.raises(APIConnectionError) as info:
        _get_repo(client)
    assert (info.value.method, info.value.url) == ("GET", REPO_URL)


def test_timeout_error_is_a_connection_error() -> None:
    assert issubclass(APITimeoutError, APIConnectionError)


def test_every_sdk_error_derives_from_docker_hub_error() -> None:
    for cls in (APIConnectionError, APIResponseValidationError, APIStatusError, RateLimitError):
        assert issubclass(cls, DockerHubError)
