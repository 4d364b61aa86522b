"""The token and the password never show up in a repr or an error message."""

from __future__ import annotations

from collections.abc import Callable

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from dockerhub_sdk._base_client import BaseClient
from dockerhub_sdk._exceptions import (
    APIResponseValidationError,
    AuthenticationError,
    BadRequestError,
    DockerHubError,
    InvalidInputError,
    make_status_error,
)
from dockerhub_sdk._generated import models
from dockerhub_sdk._transport import Request

from .fakes import OPS, OTHER_TOKEN, PASSWORD, TOKEN, FakeTransport, Repo, json_response


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


# -- models: every field the spec marks `secret: true` is redacted in a repr ------------------


def _secret_fields() -> list[tuple[type, str]]:
    """Every (model, field) of the generated models whose metadata marks a credential."""
    found = []
    for name in models.__all__:
        cls = getattr(models, name)
        if attrs.has(cls):
            found += [(cls, a.name) for a in attrs.fields(cls) if a.metadata.get("secret")]
    return found


SECRET_FIELDS = _secret_fields()


def _bare(cls: type, values: dict[str, object]) -> object:
    """An instance of ``cls`` with ``values`` and ``None`` elsewhere, bypassing ``__init__``:
    only its repr is looked at."""
    instance = object.__new__(cls)
    for field in attrs.fields(cls):
        object.__setattr__(instance, field.name, values.get(field.name))
    return instance


def test_the_models_mark_the_credentials_the_issue_names() -> None:
    assert {(cls.__name__, name) for cls, name in SECRET_FIELDS} >= {
        ("LoginRequest", "password"),
        ("LoginResponse", "token"),
        ("Login2FARequest", "login_2fa_token"),
        ("Login2FARequest", "code"),
        ("AuthTokenRequest", "secret"),
        ("AuthTokenResponse", "access_token"),
        ("AccessToken", "token"),
        ("OrgAccessTokenCreated", "token"),
        ("BuildTrigger", "token"),
        ("BuildTrigger", "trigger_url"),
    }


@pytest.mark.parametrize(
    ("cls", "name"), SECRET_FIELDS, ids=[f"{c.__name__}.{n}" for c, n in SECRET_FIELDS]
)
@given(first=st.text(min_size=1), second=st.text(min_size=1))
def test_a_secret_fields_value_does_not_change_the_repr(
    cls: type, name: str, first: str, second: str
) -> None:
    assert repr(_bare(cls, {name: first})) == repr(_bare(cls, {name: second}))
    assert f"{name}='[REDACTED]'" in repr(_bare(cls, {name: first}))


@pytest.mark.parametrize(
    ("cls", "name"), SECRET_FIELDS, ids=[f"{c.__name__}.{n}" for c, n in SECRET_FIELDS]
)
def test_an_empty_secret_field_shows_as_empty(cls: type, name: str) -> None:
    assert f"{name}=''" in repr(_bare(cls, {name: ""}))


def test_other_fields_still_show_in_the_repr() -> None:
    text = repr(models.AuthTokenRequest(identifier="alice", secret=PASSWORD))
    assert text == "AuthTokenRequest(identifier='alice', secret='[REDACTED]')"


_NOW = "2024-05-01T12:00:00Z"
_PAT = "dckr_pat_LEAK-7a1b2c"
_OAT = "dckr_oat_LEAK-9d8e7f"


def test_the_answers_that_carry_a_credential_do_not_show_it(transport: FakeTransport) -> None:
    from dockerhub_sdk import DockerHub

    transport.on("POST", "/v2/users/login/", json_response({"token": TOKEN}))
    transport.on("POST", "/v2/auth/token/", json_response({"access_token": OTHER_TOKEN}))
    transport.on(
        "POST",
        "/v2/access-tokens/",
        json_response(
            {
                "uuid": "b3a4c0de-0000-4000-8000-000000000001",
                "client_id": "HUB",
                "creator_ip": "127.0.0.1",
                "creator_ua": "test",
                "created_at": _NOW,
                "last_used": None,
                "generated_by": "manual",
                "is_active": True,
                "token": _PAT,
                "token_label": "ci",
                "scopes": ["repo:read"],
            },
            201,
        ),
    )
    transport.on(
        "POST",
        "/v2/orgs/acme/access-tokens/",
        json_response(
            {
                "id": "b3a4c0de-0000-4000-8000-000000000002",
                "label": "ci",
                "description": "",
                "created_by": "alice",
                "is_active": True,
                "created_at": _NOW,
                "expires_at": None,
                "last_used_at": None,
                "token": _OAT,
                "resources": [{"type": "TYPE_ORG", "path": "acme", "scopes": ["member-read"]}],
            },
            201,
        ),
    )
    hub = DockerHub(base_url="https://hub.example.test", transport=transport)
    answers = [
        hub.auth.login(username="alice", password=PASSWORD),
        hub.auth.token(identifier="alice", secret=_PAT),
        hub.access_tokens.create(token_label="ci", scopes=["repo:read"]),
        hub.org_access_tokens.create(
            "acme",
            label="ci",
            resources=[
                models.OrgAccessTokenResource(
                    type=models.OrgAccessTokenResourceType.TYPE_ORG,
                    path="acme",
                    scopes=["member-read"],
                )
            ],
        ),
    ]
    assert [type(a).__name__ for a in answers] == [
        "LoginResponse",
        "AuthTokenResponse",
        "AccessToken",
        "OrgAccessTokenCreated",
    ]
    for answer in answers:
        for secret in (TOKEN, OTHER_TOKEN, _PAT, _OAT, PASSWORD):
            assert secret not in repr(answer) and secret not in str(answer)
        assert "'[REDACTED]'" in repr(answer)
