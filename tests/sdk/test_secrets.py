"""The token and the password never show up in a repr or an error message."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dockerhub_sdk._base_client import BaseClient
from dockerhub_sdk._exceptions import (
    APIResponseValidationError,
    AuthenticationError,
    BadRequestError,
    DockerHubError,
    InvalidInputError,
    make_status_error,
)
from dockerhub_sdk._transport import Request

from .fakes import OPS, PASSWORD, TOKEN, FakeTransport, Repo, json_response


def test_the_client_repr_shows_base_url_and_authentication_but_not_the_token(
    authed: BaseClient,
) -> None:
    text = repr(authed)
    assert text == "BaseClient(base_url='https://hub.example.test', authenticated=True)"
    assert TOKEN not in text


def test_the_client_repr_does_not_show_the_password(
    make_client: Callable[..., BaseClient],
) -> None:
    client = make_client(username="alice", password=PASSWORD)
    assert PASSWORD not in repr(client)
    assert "authenticated=False" in repr(client)


def test_a_request_repr_hides_the_authorization_header_and_the_body() -> None:
    request = Request(
        method="POST",
        url="https://hub.example.test/v2/users/login/",
        headers={"Authorization": f"Bearer {TOKEN}"},
        body=PASSWORD.encode(),
    )
    assert TOKEN not in repr(request)
    assert PASSWORD not in repr(request)


def test_a_status_error_redacts_a_token_the_server_echoes(
    authed: BaseClient, transport: FakeTransport
) -> None:
    transport.on(
        "GET",
        "/v2/repositories/alice/app/",
        json_response({"detail": f"token {TOKEN} is revoked"}, 401),
    )
    with pytest.raises(AuthenticationError) as info:
        authed._request_model(
            OPS["repositories.get"], Repo, path={"namespace": "alice", "repository": "app"}
        )
    assert TOKEN not in str(info.value)
    assert info.value.detail == "token [REDACTED] is revoked"


def test_a_failed_login_message_does_not_contain_the_password(
    client: BaseClient, transport: FakeTransport
) -> None:
    transport.on(
        "POST", "/v2/users/login/", json_response({"message": f"bad password {PASSWORD}"}, 400)
    )
    with pytest.raises(BadRequestError) as info:
        client.login("alice", PASSWORD)
    assert PASSWORD not in str(info.value)
    assert PASSWORD not in (info.value.message or "")


def test_a_failed_lazy_login_message_does_not_contain_the_password(
    make_client: Callable[..., BaseClient], transport: FakeTransport
) -> None:
    client = make_client(username="alice", password=PASSWORD)
    transport.on("POST", "/v2/users/login/", json_response({"detail": PASSWORD}, 401))
    with pytest.raises(DockerHubError) as info:
        client._request_model(
            OPS["repositories.get"], Repo, path={"namespace": "alice", "repository": "app"}
        )
    assert PASSWORD not in str(info.value)


def test_a_refused_token_is_not_shown(make_client: Callable[..., BaseClient]) -> None:
    with pytest.raises(InvalidInputError) as info:
        make_client(token=123)
    assert "123" not in str(info.value)


def test_make_status_error_redacts_every_secret_it_is_given() -> None:
    error = make_status_error(
        status_code=400,
        method="POST",
        url="https://hub.example.test/v2/users/login/",
        headers={},
        body={"detail": f"{TOKEN} / {PASSWORD}"},
        secrets=(TOKEN, PASSWORD),
    )
    assert str(error).endswith(": [REDACTED] / [REDACTED]")


def test_a_response_validation_error_does_not_quote_the_body(
    client: BaseClient, transport: FakeTransport
) -> None:
    transport.on("POST", "/v2/users/login/", json_response({"token": 42, "echo": PASSWORD}))
    with pytest.raises(APIResponseValidationError) as info:
        client.login("alice", PASSWORD)
    assert PASSWORD not in str(info.value)


def test_a_personal_access_token_and_a_2fa_code_never_show(transport: FakeTransport) -> None:
    from dockerhub_sdk import DockerHub

    pat, code, l2fa = "dckr_pat_LEAK-4f2e9b", "918273", "l2fa-LEAK-0c1d"
    transport.on("POST", "/v2/auth/token/", json_response({"detail": f"no {pat} here"}, 401))
    transport.on(
        "POST",
        "/v2/users/login/",
        json_response({"detail": "Require secondary authentication", "login_2fa_token": l2fa}, 401),
    )
    transport.on(
        "POST", "/v2/users/2fa-login/", json_response({"detail": f"{code} {l2fa} wrong"}, 401)
    )
    hub = DockerHub(
        base_url="https://hub.example.test", transport=transport, username="a1", token=pat
    )
    assert pat not in repr(hub)
    with pytest.raises(AuthenticationError) as info:
        hub.users.me()
    assert pat not in str(info.value) and pat not in str(info.value.detail)
    with pytest.raises(AuthenticationError) as info:
        hub.login("a1", PASSWORD, otp=code)
    for secret in (code, l2fa, PASSWORD):
        assert secret not in str(info.value) and secret not in str(info.value.detail)
