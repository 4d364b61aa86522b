"""Tokens die with the state that issued them: a reset, a load and re-creating an account of
the same name end every login token, access token (from a personal or an organization access
token) and ``login_2fa_token`` issued before — over HTTP, and through the pytest plugin's
per-test reset. The cast is ``tests/fakehub/conftest.py``'s (``dave`` owns ``acme``).
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from typing import Any

import pytest
from flask.testing import FlaskClient

from fakehub.clock import ManualClock
from fakehub.totp import totp

pytest_plugins = ("pytester",)

SECRET = "JBSWY3DPEHPK3PXP"


def _me(client: FlaskClient, token: str) -> int:
    return client.get("/v2/user/", headers={"Authorization": f"Bearer {token}"}).status_code


def _create_dave(client: FlaskClient, **extra: str) -> None:
    body = {"username": "dave", "password": "dave-password-1", **extra}
    assert client.post("/_fakehub/users", json=body).status_code == 201


def test_a_login_token_is_refused_after_a_reset_and_the_account_made_again(
    client: FlaskClient, token_of: Callable[[str], str]
) -> None:
    token = token_of("dave")
    assert client.post("/_fakehub/reset").status_code == 200
    _create_dave(client)
    response = client.get("/v2/user/", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 401
    assert response.get_json() == {"detail": "Token has been revoked."}


def test_a_new_login_after_the_account_is_made_again_works(
    client: FlaskClient, token_of: Callable[[str], str]
) -> None:
    token_of("dave")
    client.post("/_fakehub/reset")
    _create_dave(client)
    assert _me(client, token_of("dave")) == 200


def test_a_login_token_is_refused_after_a_reset_and_a_load_of_the_same_snapshot(
    client: FlaskClient, token_of: Callable[[str], str], snapshot: Callable[[], Any]
) -> None:
    token = token_of("dave")
    before = snapshot()
    client.post("/_fakehub/reset")
    assert client.post("/_fakehub/load", json=before).status_code == 200
    assert _me(client, token) == 401


def test_loading_other_accounts_leaves_existing_tokens_valid(
    client: FlaskClient, token_of: Callable[[str], str]
) -> None:
    token = token_of("dave")
    document = {"users": [{"username": "erin", "password": "erin-password-1"}]}
    assert client.post("/_fakehub/load", json=document).status_code == 200
    assert _me(client, token) == 200


def test_an_access_token_made_from_a_pat_dies_with_its_account(
    client: FlaskClient, as_user: Callable[[str], dict[str, str]], snapshot: Callable[[], Any]
) -> None:
    body = {"token_label": "ci", "scopes": ["repo:read"]}
    created = client.post("/v2/access-tokens/", json=body, headers=as_user("dave")).get_json()
    exchange = {"identifier": "dave", "secret": created["token"]}
    access = client.post("/v2/auth/token/", json=exchange).get_json()["access_token"]
    before = snapshot()  # holds the PAT (its uuid and hash): the PAT itself comes back
    client.post("/_fakehub/reset")
    client.post("/_fakehub/load", json=before)
    assert _me(client, access) == 401
    assert client.post("/v2/auth/token/", json=exchange).status_code == 200


def test_an_access_token_made_from_an_org_access_token_dies_with_its_org(
    client: FlaskClient, as_user: Callable[[str], dict[str, str]], snapshot: Callable[[], Any]
) -> None:
    resource = {"type": "TYPE_REPO", "path": "acme/*", "scopes": ["repo-pull"]}
    created = client.post(
        "/v2/orgs/acme/access-tokens/",
        json={"label": "ci", "resources": [resource]},
        headers=as_user("dave"),
    )
    assert created.status_code == 201, created.get_json()
    exchange = {"identifier": "acme", "secret": created.get_json()["token"]}
    access = client.post("/v2/auth/token/", json=exchange).get_json()["access_token"]
    headers = {"Authorization": f"Bearer {access}"}
    assert client.get("/v2/repositories/acme/internal/", headers=headers).status_code == 200
    before = snapshot()  # holds the organization access token: it comes back
    client.post("/_fakehub/reset")
    client.post("/_fakehub/load", json=before)
    assert client.get("/v2/repositories/acme/internal/", headers=headers).status_code == 401
    assert client.post("/v2/auth/token/", json=exchange).status_code == 200


def test_a_login_2fa_token_dies_with_its_account(client: FlaskClient, clock: ManualClock) -> None:
    client.post("/_fakehub/reset")
    _create_dave(client, totp_secret=SECRET)
    first = client.post(
        "/v2/users/login/", json={"username": "dave", "password": "dave-password-1"}
    )
    login_2fa_token = first.get_json()["login_2fa_token"]
    client.post("/_fakehub/reset")
    _create_dave(client, totp_secret=SECRET)
    body = {"login_2fa_token": login_2fa_token, "code": totp(SECRET, clock.now.timestamp())}
    assert client.post("/v2/users/2fa-login/", json=body).status_code == 401


def test_snapshots_carry_no_incarnation(snapshot: Callable[[], Any]) -> None:
    state = snapshot()
    assert all("incarnation" not in user for user in state["users"])
    assert all("incarnation" not in org for org in state["orgs"])


def test_the_pytest_plugins_reset_ends_the_previous_tests_tokens(
    pytester: pytest.Pytester,
) -> None:
    pytester.makepyfile(
        textwrap.dedent(
            """
            import urllib.error
            import urllib.request

            TOKENS = []

            def status(fakehub, token):
                request = urllib.request.Request(
                    f"{fakehub.url}/v2/user/", headers={"Authorization": f"Bearer {token}"}
                )
                try:
                    with urllib.request.urlopen(request, timeout=10) as response:
                        return response.status
                except urllib.error.HTTPError as error:
                    return error.code

            def test_1_dave_logs_in(fakehub):
                fakehub.create_user("dave", "dave-password-1")
                TOKENS.append(fakehub.token("dave"))
                assert status(fakehub, TOKENS[0]) == 200

            def test_2_another_dave_does_not_inherit_the_token(fakehub):
                fakehub.create_user("dave", "dave-password-1")
                assert status(fakehub, TOKENS[0]) == 401
            """
        )
    )
    result = pytester.runpytest_inprocess("-p", "no:randomly", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=2)


def test_a_document_cannot_give_an_account_its_incarnation(client: FlaskClient) -> None:
    document = {"users": [{"username": "erin", "password": "erin-password-1", "incarnation": "x"}]}
    response = client.post("/_fakehub/load", json=document)
    assert response.status_code == 400
    assert client.get("/v2/users/erin/").status_code == 404
