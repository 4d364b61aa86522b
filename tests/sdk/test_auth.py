"""Credentials: what is refused without them, login (eager and lazy), logout, the current user."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dockerhub_sdk._base_client import BaseClient
from dockerhub_sdk._exceptions import (
    AuthenticationError,
    InvalidInputError,
    MissingCredentialsError,
)

from .fakes import (
    OPS,
    OTHER_TOKEN,
    PASSWORD,
    TOKEN,
    FakeTransport,
    Me,
    Repo,
    Settings,
    body_of,
    empty_response,
    json_response,
    repo_json,
)

LOGIN = "/v2/users/login/"
ME = "/v2/user/"


def _delete_tag(client: BaseClient) -> None:
    client._request_none(
        OPS["tags.delete"], path={"namespace": "alice", "repository": "app", "tag": "v1"}
    )


def _get_repo(client: BaseClient) -> Repo:
    return client._request_model(
        OPS["repositories.get"], Repo, path={"namespace": "alice", "repository": "app"}
    )


def _settings(client: BaseClient) -> Settings:
    return client._request_model(OPS["users.registry_settings"], Settings, path={"username": None})


def test_required_auth_without_credentials_is_refused_before_any_request(
    client: BaseClient, transport: FakeTransport
) -> None:
    with pytest.raises(MissingCredentialsError, match=r"tags\.delete requires authentication"):
        _delete_tag(client)
    assert transport.requests == []


def test_missing_credentials_error_names_the_operation(client: BaseClient) -> None:
    with pytest.raises(MissingCredentialsError) as info:
        _delete_tag(client)
    assert info.value.operation == "tags.delete"


def test_missing_credentials_is_not_an_http_status_error(client: BaseClient) -> None:
    with pytest.raises(MissingCredentialsError) as info:
        _delete_tag(client)
    assert not isinstance(info.value, AuthenticationError)


def test_optional_auth_without_credentials_is_sent_anonymously(
    client: BaseClient, transport: FakeTransport
) -> None:
    transport.on("GET", "/v2/repositories/alice/app/", json_response(repo_json()))
    _get_repo(client)
    assert "Authorization" not in transport.last.headers


def test_login_keeps_the_token_and_returns_it(client: BaseClient, transport: FakeTransport) -> None:
    transport.on("POST", LOGIN, json_response({"token": TOKEN}))
    transport.on("DELETE", "/v2/repositories/alice/app/tags/v1/", empty_response())
    assert client.login("alice", PASSWORD) == TOKEN
    _delete_tag(client)
    assert transport.last.headers["Authorization"] == f"Bearer {TOKEN}"


def test_login_posts_the_username_and_password_without_a_token(
    authed: BaseClient, transport: FakeTransport
) -> None:
    transport.on("POST", LOGIN, json_response({"token": OTHER_TOKEN}))
    authed.login("Alice", PASSWORD)
    request = transport.calls("POST", LOGIN)[0]
    assert body_of(request) == {"username": "alice", "password": PASSWORD}
    assert "Authorization" not in request.headers


def test_login_refuses_an_empty_password_before_any_request(
    client: BaseClient, transport: FakeTransport
) -> None:
    with pytest.raises(InvalidInputError, match="password must be a non-empty string"):
        client.login("alice", "")
    assert transport.requests == []


def test_rejected_login_raises_authentication_error(
    client: BaseClient, transport: FakeTransport
) -> None:
    transport.on(
        "POST", LOGIN, json_response({"detail": "Incorrect authentication credentials."}, 401)
    )
    with pytest.raises(AuthenticationError):
        client.login("alice", PASSWORD)
    assert not client.is_authenticated


def test_password_login_is_lazy(
    make_client: Callable[..., BaseClient], transport: FakeTransport
) -> None:
    make_client(username="alice", password=PASSWORD)
    assert transport.requests == []


def test_password_login_happens_before_the_first_request_that_sends_credentials(
    make_client: Callable[..., BaseClient], transport: FakeTransport
) -> None:
    client = make_client(username="alice", password=PASSWORD)
    transport.on("POST", LOGIN, json_response({"token": TOKEN}))
    transport.on("GET", "/v2/repositories/alice/app/", json_response(repo_json()))
    _get_repo(client)
    assert [r.method + " " + r.url.split(".test")[1] for r in transport.requests] == [
        f"POST {LOGIN}",
        "GET /v2/repositories/alice/app/",
    ]
    assert transport.last.headers["Authorization"] == f"Bearer {TOKEN}"


def test_password_login_happens_once(
    make_client: Callable[..., BaseClient], transport: FakeTransport
) -> None:
    client = make_client(username="alice", password=PASSWORD)
    transport.on("POST", LOGIN, json_response({"token": TOKEN}))
    transport.on("DELETE", "/v2/repositories/alice/app/tags/v1/", empty_response())
    _delete_tag(client)
    _delete_tag(client)
    assert len(transport.calls("POST", LOGIN)) == 1


def test_an_operation_without_auth_does_not_trigger_the_login(
    make_client: Callable[..., BaseClient], transport: FakeTransport
) -> None:
    client = make_client(username="alice", password=PASSWORD)
    transport.on("GET", "/v2/users/bob/", json_response({"username": "bob"}))
    client._request_model(OPS["users.get"], Me, path={"username": "bob"})
    assert transport.calls("POST", LOGIN) == []


def test_a_failed_lazy_login_raises_authentication_error_and_sends_nothing_else(
    make_client: Callable[..., BaseClient], transport: FakeTransport
) -> None:
    client = make_client(username="alice", password=PASSWORD)
    transport.on(
        "POST", LOGIN, json_response({"detail": "Incorrect authentication credentials."}, 401)
    )
    with pytest.raises(AuthenticationError):
        _delete_tag(client)
    assert len(transport.requests) == 1


def test_token_and_password_together_are_refused(make_client: Callable[..., BaseClient]) -> None:
    with pytest.raises(InvalidInputError, match="not both"):
        make_client(token=TOKEN, username="alice", password=PASSWORD)


def test_username_without_password_is_refused(make_client: Callable[..., BaseClient]) -> None:
    with pytest.raises(InvalidInputError, match="password= is required with username="):
        make_client(username="alice")


def test_empty_token_is_refused(make_client: Callable[..., BaseClient]) -> None:
    with pytest.raises(InvalidInputError, match="token must be a non-empty string"):
        make_client(token="")


def test_set_login_token_replaces_the_token(authed: BaseClient, transport: FakeTransport) -> None:
    transport.on("DELETE", "/v2/repositories/alice/app/tags/v1/", empty_response())
    authed.set_login_token(OTHER_TOKEN)
    _delete_tag(authed)
    assert transport.last.headers["Authorization"] == f"Bearer {OTHER_TOKEN}"


def test_logout_calls_the_endpoint_with_the_token_and_forgets_it(
    authed: BaseClient, transport: FakeTransport
) -> None:
    transport.on("POST", "/v2/logout/", empty_response())
    authed.logout()
    assert transport.last.headers["Authorization"] == f"Bearer {TOKEN}"
    assert not authed.is_authenticated
    with pytest.raises(MissingCredentialsError):
        _delete_tag(authed)


def test_logout_without_a_token_sends_nothing(client: BaseClient, transport: FakeTransport) -> None:
    client.logout()
    assert transport.requests == []


def test_logout_forgets_a_pending_password_login(
    make_client: Callable[..., BaseClient], transport: FakeTransport
) -> None:
    client = make_client(username="alice", password=PASSWORD)
    client.logout()
    with pytest.raises(MissingCredentialsError):
        _delete_tag(client)
    assert transport.requests == []


def test_logout_with_an_already_invalid_token_still_logs_out(
    authed: BaseClient, transport: FakeTransport
) -> None:
    transport.on("POST", "/v2/logout/", json_response({"detail": "Token expired."}, 401))
    authed.logout()
    assert not authed.is_authenticated


def test_current_user_is_remembered_from_login(
    client: BaseClient, transport: FakeTransport
) -> None:
    transport.on("POST", LOGIN, json_response({"token": TOKEN}))
    transport.on(
        "GET", "/v2/users/alice/registry-settings/", json_response({"private_repo_used": 1})
    )
    client.login("Alice", PASSWORD)
    _settings(client)
    assert transport.calls("GET", ME) == []
    assert transport.last.url.endswith("/v2/users/alice/registry-settings/")


def test_current_user_is_fetched_once_from_users_me_with_a_token(
    authed: BaseClient, transport: FakeTransport
) -> None:
    transport.on("GET", ME, json_response({"username": "alice"}))
    transport.on(
        "GET", "/v2/users/alice/registry-settings/", json_response({"private_repo_used": 1})
    )
    authed.set_cache_options(enabled=False)
    _settings(authed)
    _settings(authed)
    assert len(transport.calls("GET", ME)) == 1
    assert len(transport.calls("GET", "/v2/users/alice/registry-settings/")) == 2


def test_current_user_is_forgotten_when_the_token_changes(
    authed: BaseClient, transport: FakeTransport
) -> None:
    transport.on("GET", ME, json_response({"username": "alice"}))
    transport.on(
        "GET", "/v2/users/alice/registry-settings/", json_response({"private_repo_used": 1})
    )
    _settings(authed)
    authed.set_login_token(OTHER_TOKEN)
    transport.on("GET", ME, json_response({"username": "bob"}))
    transport.on("GET", "/v2/users/bob/registry-settings/", json_response({"private_repo_used": 2}))
    assert _settings(authed).private_repo_used == 2


def test_an_explicit_username_overrides_the_current_user_default(
    authed: BaseClient, transport: FakeTransport
) -> None:
    transport.on("GET", "/v2/users/bob/registry-settings/", json_response({"private_repo_used": 3}))
    authed._request_model(OPS["users.registry_settings"], Settings, path={"username": "Bob"})
    assert transport.calls("GET", ME) == []


def test_current_user_without_credentials_is_refused_before_any_request(
    client: BaseClient, transport: FakeTransport
) -> None:
    with pytest.raises(MissingCredentialsError, match="defaults to the logged-in user"):
        _settings(client)
    assert transport.requests == []


def test_two_clients_do_not_share_tokens(
    make_client: Callable[..., BaseClient], transport: FakeTransport
) -> None:
    first, second = make_client(token=TOKEN), make_client()
    transport.on("GET", "/v2/repositories/alice/app/", json_response(repo_json()))
    first.set_login_token(OTHER_TOKEN)
    _get_repo(second)
    assert "Authorization" not in transport.last.headers
