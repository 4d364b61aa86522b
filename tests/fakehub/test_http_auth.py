"""Logging in and out, and the two ``Authorization`` schemes, over HTTP."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from typing import Final

import jwt
import pytest
from flask.testing import FlaskClient

from dockerhub_sdk._generated.operations import OPERATIONS
from dockerhub_sdk._operation import Operation, Param
from fakehub.app import create_app
from fakehub.clock import ManualClock
from tests.fakehub.conftest import people_document


def test_login_returns_a_token(client: FlaskClient) -> None:
    response = client.post(
        "/v2/users/login/", json={"username": "alice", "password": "alice-password-1"}
    )
    assert response.status_code == 200
    assert list(response.get_json()) == ["token"]


def test_login_with_a_wrong_password_is_401(client: FlaskClient) -> None:
    response = client.post("/v2/users/login/", json={"username": "alice", "password": "nope"})
    assert response.status_code == 401
    assert list(response.get_json()) == ["detail"]


def test_login_of_an_unknown_user_is_401(client: FlaskClient) -> None:
    response = client.post("/v2/users/login/", json={"username": "zed", "password": "nope"})
    assert response.status_code == 401


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/v2/users/login/", {"username": "alice@example.com", "password": "alice-password-1"}),
        ("/v2/users/login/", {"username": "", "password": "nope"}),
        ("/v2/users/login/", {"password": "nope"}),
        ("/v2/auth/token/", {"identifier": "alice"}),
        ("/v2/users/2fa-login/", {"code": "123456"}),
    ],
    ids=["email-style-login", "empty-username", "no-username", "no-secret", "no-2fa-token"],
)
def test_a_credential_exchange_answers_a_malformed_body_with_the_401_of_wrong_credentials(
    client: FlaskClient, path: str, body: dict[str, str]
) -> None:
    response = client.post(path, json=body)
    assert response.status_code == 401
    assert response.get_json() == {"detail": "Incorrect authentication credentials."}


def test_a_malformed_body_elsewhere_is_still_a_400(client: FlaskClient) -> None:
    token = client.post(
        "/v2/users/login/", json={"username": "alice", "password": "alice-password-1"}
    ).get_json()["token"]
    response = client.post(
        "/v2/repositories/", json={"name": ""}, headers={"Authorization": f"Bearer {token}"}
    )
    assert response.status_code == 400


@pytest.mark.parametrize("scheme", ["Bearer", "JWT"])
def test_both_authorization_schemes_are_accepted(
    client: FlaskClient, token_of: Callable[[str], str], scheme: str
) -> None:
    response = client.get("/v2/user/", headers={"Authorization": f"{scheme} {token_of('alice')}"})
    assert response.status_code == 200
    assert response.get_json()["username"] == "alice"


def test_a_required_login_missing_is_401(client: FlaskClient) -> None:
    response = client.get("/v2/user/")
    assert response.status_code == 401
    assert response.get_json() == {"detail": "Authentication credentials were not provided."}


def test_an_expired_token_is_401(
    client: FlaskClient, token_of: Callable[[str], str], clock: ManualClock
) -> None:
    token = token_of("alice")
    clock.advance(hours=1, seconds=1)
    response = client.get("/v2/user/", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 401
    assert response.get_json() == {"detail": "Signature has expired."}


def test_a_token_is_valid_until_its_hour_is_up(
    client: FlaskClient, token_of: Callable[[str], str], clock: ManualClock
) -> None:
    token = token_of("alice")
    clock.advance(minutes=59)
    assert client.get("/v2/user/", headers={"Authorization": f"JWT {token}"}).status_code == 200


def test_a_garbage_token_is_401_even_where_login_is_optional(client: FlaskClient) -> None:
    response = client.get(
        "/v2/repositories/alice/public/", headers={"Authorization": "Bearer not.a.jwt"}
    )
    assert response.status_code == 401
    assert "detail" in response.get_json()


def _malformed(client: FlaskClient, token_of: Callable[[str], str], clock: ManualClock) -> str:
    return "not.a.jwt"


def _forged(client: FlaskClient, token_of: Callable[[str], str], clock: ManualClock) -> str:
    """A real token's claims signed with another secret."""
    claims = jwt.decode(token_of("alice"), options={"verify_signature": False})
    return jwt.encode(claims, "another-secret-of-at-least-32-bytes", algorithm="HS256")


def _expired(client: FlaskClient, token_of: Callable[[str], str], clock: ManualClock) -> str:
    token = token_of("alice")
    clock.advance(hours=1, seconds=1)
    return token


def _revoked(client: FlaskClient, token_of: Callable[[str], str], clock: ManualClock) -> str:
    token = token_of("alice")
    headers = {"Authorization": f"Bearer {token}"}
    assert client.post("/v2/logout/", headers=headers).status_code == 204
    return token


BAD_TOKENS = {f.__name__.strip("_"): f for f in (_malformed, _forged, _expired, _revoked)}


@pytest.mark.parametrize("kind", BAD_TOKENS)
def test_a_bad_token_is_401_on_an_operation_that_reads_no_login(
    client: FlaskClient, token_of: Callable[[str], str], clock: ManualClock, kind: str
) -> None:
    token = BAD_TOKENS[kind](client, token_of, clock)
    response = client.get("/v2/users/bob/", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 401
    assert list(response.get_json()) == ["detail"]


def test_a_login_ignores_a_bad_token_it_is_sent_with(client: FlaskClient) -> None:
    response = client.post(
        "/v2/users/login/",
        json={"username": "alice", "password": "alice-password-1"},
        headers={"Authorization": "Bearer not.a.jwt"},
    )
    assert response.status_code == 200


def test_logout_revokes_the_token(client: FlaskClient, token_of: Callable[[str], str]) -> None:
    headers = {"Authorization": f"Bearer {token_of('alice')}"}
    assert client.post("/v2/logout/", headers=headers).status_code == 204
    assert client.get("/v2/user/", headers=headers).status_code == 401


def test_logout_leaves_other_tokens_valid(
    client: FlaskClient, token_of: Callable[[str], str]
) -> None:
    first, second = token_of("alice"), token_of("alice")
    client.post("/v2/logout/", headers={"Authorization": f"Bearer {first}"})
    assert client.get("/v2/user/", headers={"Authorization": f"JWT {second}"}).status_code == 200


def test_tokens_of_users_gone_after_a_reset_are_401(
    client: FlaskClient, token_of: Callable[[str], str]
) -> None:
    token = token_of("alice")
    client.post("/_fakehub/reset")
    response = client.get("/v2/user/", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 401


def test_current_user_has_the_private_profile_fields(
    client: FlaskClient, as_user: Callable[[str], dict[str, str]]
) -> None:
    body = client.get("/v2/user/", headers=as_user("alice")).get_json()
    assert {"gravatar_email", "is_staff", "is_admin"} <= body.keys()
    public = client.get("/v2/users/alice/").get_json()
    assert not {"gravatar_email", "is_staff", "is_admin"} & public.keys()


def _sample_path(op: Operation) -> str:
    """``op``'s path with a value of the right form in each parameter."""

    def sample(param: Param) -> str:
        if param.type is int:
            return "1"
        if param.format is not None and param.format.min_length == 36:  # the UUID forms
            return "00000000-0000-0000-0000-000000000000"
        if param.format is not None and param.format.min_length == 32:  # an account's id
            return "0" * 32
        return "alice"

    return op.path.format(**{p.wire: sample(p) for p in op.path_params})


HUB_OPERATIONS: Final = [op for op in OPERATIONS.values() if op.service == "hub"]
"""The Hub API's operations (the registry's read the registry's own tokens)."""
READS_A_LOGIN: Final = [
    op for op in HUB_OPERATIONS if op.auth != "scim" and not (op.auth == "none" and op.body)
]
"""Every operation but SCIM's (their own token) and the credential exchanges, which take
their credentials in the body (login, its two-factor step, the access-token exchange)."""


@pytest.fixture(scope="module")
def shared_client() -> Iterator[FlaskClient]:
    """One app for the requests that a 401 keeps from changing anything."""
    app = create_app(rng=random.Random(7), data=people_document())
    app.testing = True
    with app.test_client() as test_client:
        yield test_client


@pytest.mark.parametrize("op", READS_A_LOGIN, ids=lambda op: op.id)
def test_a_garbage_token_is_401_on_every_operation_that_reads_a_login(
    shared_client: FlaskClient, op: Operation
) -> None:
    response = shared_client.open(
        _sample_path(op), method=op.method, headers={"Authorization": "Bearer not.a.jwt"}
    )
    assert response.status_code == 401


def test_only_the_three_credential_exchanges_ignore_the_authorization_header() -> None:
    ignoring = sorted(op.id for op in HUB_OPERATIONS if op not in READS_A_LOGIN)
    scim = sorted(op.id for op in HUB_OPERATIONS if op.auth == "scim")
    assert sorted(set(ignoring) - set(scim)) == ["auth.login", "auth.login_2fa", "auth.token"]
