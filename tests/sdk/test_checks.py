"""HEAD checks (`check: true` in the spec): a bool for 2xx / 404, an error for anything else."""

from __future__ import annotations

import pytest

from dockerhub_sdk import InternalServerError, PermissionDeniedError
from dockerhub_sdk._base_client import BaseClient

from .fakes import OPS, FakeTransport, empty_response

PATH = "/v2/repositories/library/nginx/"
ARGS = {"namespace": None, "repository": "nginx"}


def test_a_2xx_answer_is_true(client: BaseClient, transport: FakeTransport) -> None:
    transport.on("HEAD", PATH, empty_response(200))
    assert client._request_check(OPS["repositories.check"], path=ARGS) is True
    assert transport.last.method == "HEAD"
    assert transport.last.body is None


def test_a_404_answer_is_false(client: BaseClient, transport: FakeTransport) -> None:
    transport.on("HEAD", PATH, empty_response(404))
    assert client._request_check(OPS["repositories.check"], path=ARGS) is False


def test_a_403_answer_raises(client: BaseClient, transport: FakeTransport) -> None:
    transport.on("HEAD", PATH, empty_response(403))
    with pytest.raises(PermissionDeniedError):
        client._request_check(OPS["repositories.check"], path=ARGS)


def test_a_5xx_answer_is_retried_then_raises(client: BaseClient, transport: FakeTransport) -> None:
    transport.on("HEAD", PATH, empty_response(503))
    with pytest.raises(InternalServerError):
        client._request_check(OPS["repositories.check"], path=ARGS)
    assert len(transport.calls("HEAD", PATH)) == client.max_retries + 1


def test_a_check_is_never_cached(client: BaseClient, transport: FakeTransport) -> None:
    transport.on("HEAD", PATH, empty_response(200))
    client._request_check(OPS["repositories.check"], path=ARGS)
    client._request_check(OPS["repositories.check"], path=ARGS)
    assert len(transport.calls("HEAD", PATH)) == 2


def test_a_check_operation_refuses_the_other_request_kinds(client: BaseClient) -> None:
    with pytest.raises(TypeError):
        client._request_none(OPS["repositories.check"], path=ARGS)
