"""Who may pull and push through the registry: the Hub's permissions, PAT scopes, 2FA, and
the pull rate limit."""

from __future__ import annotations

import base64
import json

import pytest
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from fakehub.clock import ManualClock
from fakehub.direct_control import Controls
from fakehub.state import OrgAccessTokenResource, State
from tests.fakehub.registry.conftest import Token, basic, push, push_index
from tests.fakehub.registry.images import AMD64, ARM64

PRIVATE = "repository:alice/private:pull,push"


@pytest.fixture
def pushed(registry: FlaskClient, auth: Token) -> None:
    """``alice/private:latest`` and ``alice/public:latest`` hold AMD64."""
    headers = auth("alice", PRIVATE, "repository:alice/public:pull,push")
    push(registry, headers, "alice/private", AMD64, "latest")
    push(registry, headers, "alice/public", AMD64, "latest")


def pat(state: State, user: str, scope: str) -> str:
    return state.create_access_token(user, token_label="t", scopes=[scope])[1]


@pytest.mark.usefixtures("pushed")
def test_a_stranger_cannot_pull_a_private_repository(registry: FlaskClient, auth: Token) -> None:
    answer = registry.get("/v2/alice/private/manifests/latest", headers=auth("carol", PRIVATE))
    assert answer.status_code == 401
    assert answer.get_json()["errors"][0]["code"] == "UNAUTHORIZED"
    assert 'error="insufficient_scope"' in answer.headers["WWW-Authenticate"]
    assert 'scope="repository:alice/private:pull"' in answer.headers["WWW-Authenticate"]


@pytest.mark.usefixtures("pushed")
def test_a_private_repository_refused_looks_like_a_missing_one(
    registry: FlaskClient, auth: Token
) -> None:
    private = registry.get("/v2/alice/private/manifests/latest", headers=auth("carol", PRIVATE))
    missing = registry.get(
        "/v2/alice/nothing/manifests/latest", headers=auth("carol", "repository:alice/nothing:pull")
    )
    assert private.status_code == missing.status_code == 401
    assert private.get_json()["errors"][0]["code"] == missing.get_json()["errors"][0]["code"]


def test_a_stranger_cannot_push_to_a_private_repository(registry: FlaskClient, auth: Token) -> None:
    answer = registry.post("/v2/alice/private/blobs/uploads/", headers=auth("carol", PRIVATE))
    assert answer.status_code == 401


def test_a_stranger_cannot_push_to_a_public_repository(registry: FlaskClient, auth: Token) -> None:
    headers = auth("carol", "repository:alice/public:pull,push")
    answer = registry.post("/v2/alice/public/blobs/uploads/", headers=headers)
    assert answer.status_code == 403
    assert answer.get_json()["errors"][0]["code"] == "DENIED"


@pytest.mark.usefixtures("pushed")
def test_a_collaborator_pulls_a_private_repository(registry: FlaskClient, auth: Token) -> None:
    answer = registry.get("/v2/alice/private/manifests/latest", headers=auth("bob", PRIVATE))
    assert answer.status_code == 200


@pytest.mark.usefixtures("pushed")
def test_a_repo_read_pat_pulls_but_cannot_push(
    registry: FlaskClient, auth: Token, app_state: State
) -> None:
    headers = auth("alice", PRIVATE, secret=pat(app_state, "alice", "repo:read"))
    assert registry.get("/v2/alice/private/manifests/latest", headers=headers).status_code == 200
    assert registry.post("/v2/alice/private/blobs/uploads/", headers=headers).status_code == 403


@pytest.mark.usefixtures("pushed")
def test_a_public_read_pat_cannot_pull_a_private_repository(
    registry: FlaskClient, auth: Token, app_state: State
) -> None:
    headers = auth("alice", PRIVATE, secret=pat(app_state, "alice", "repo:public_read"))
    assert registry.get("/v2/alice/private/manifests/latest", headers=headers).status_code == 401


def test_a_push_creates_a_repository_in_ones_namespace(
    registry: FlaskClient, client: FlaskClient, auth: Token
) -> None:
    push(registry, auth("alice", "repository:alice/fresh:pull,push"), "alice/fresh", ARM64, "v1")
    assert client.get("/v2/repositories/alice/fresh/").status_code == 200


def test_a_2fa_account_gets_no_token_with_its_password(
    registry: FlaskClient, app_state: State
) -> None:
    app_state.create_user("erin", "erin-password-1", totp_secret="JBSWY3DPEHPK3PXP")
    answer = registry.get("/token", headers=basic("erin", "erin-password-1"))
    assert answer.status_code == 401


def test_a_2fa_account_gets_a_token_with_a_pat(registry: FlaskClient, app_state: State) -> None:
    app_state.create_user("erin", "erin-password-1", totp_secret="JBSWY3DPEHPK3PXP")
    answer = registry.get("/token", headers=basic("erin", pat(app_state, "erin", "repo:read")))
    assert answer.status_code == 200


def test_a_registry_token_is_no_hub_api_login(
    registry: FlaskClient, client: FlaskClient, auth: Token
) -> None:
    assert client.get("/v2/user/", headers=auth("alice")).status_code == 401


# --- the pull rate limit ----------------------------------------------------------------


MANIFEST = "/v2/alice/public/manifests/latest"
PUBLIC = "repository:alice/public:pull"


@pytest.mark.usefixtures("pushed")
def test_the_101st_anonymous_pull_in_the_window_is_429(registry: FlaskClient, auth: Token) -> None:
    headers = auth(None, PUBLIC)
    for _ in range(100):
        assert registry.get(MANIFEST, headers=headers).status_code == 200
    answer = registry.get(MANIFEST, headers=headers)
    assert answer.status_code == 429
    assert answer.get_json()["errors"][0]["code"] == "TOOMANYREQUESTS"
    assert answer.headers["ratelimit-limit"] == "100;w=21600"
    assert answer.headers["ratelimit-remaining"] == "0;w=21600"
    assert answer.headers["docker-ratelimit-source"] == "127.0.0.1"


@pytest.mark.usefixtures("pushed")
def test_a_manifest_get_spends_one_pull_and_a_head_none(registry: FlaskClient, auth: Token) -> None:
    headers = auth(None, PUBLIC)
    assert registry.head(MANIFEST, headers=headers).headers["ratelimit-remaining"] == "100;w=21600"
    assert registry.get(MANIFEST, headers=headers).headers["ratelimit-remaining"] == "99;w=21600"
    assert registry.head(MANIFEST, headers=headers).headers["ratelimit-remaining"] == "99;w=21600"


@pytest.fixture
def multi(registry: FlaskClient, auth: Token) -> None:
    """``alice/public:multi``: an index of AMD64 and ARM64."""
    headers = auth("alice", "repository:alice/public:pull,push")
    assert push_index(registry, headers, "alice/public", "multi").status_code == 201


def _remaining(answer: TestResponse) -> str:
    return answer.headers["ratelimit-remaining"]


@pytest.mark.usefixtures("multi")
def test_a_multi_platform_pull_is_one_pull_of_two_manifest_gets(
    registry: FlaskClient, auth: Token, client: FlaskClient
) -> None:
    headers = auth(None, "repository:alice/public:pull")
    before = client.get("/v2/repositories/alice/public/").get_json()["pull_count"]
    assert _remaining(registry.get("/v2/alice/public/manifests/multi", headers=headers)) == (
        "99;w=21600"
    )
    platform = registry.get(f"/v2/alice/public/manifests/{ARM64.digest}", headers=headers)
    assert _remaining(platform) == "99;w=21600"
    after = client.get("/v2/repositories/alice/public/").get_json()["pull_count"]
    assert after == before + 1


@pytest.mark.usefixtures("multi")
def test_a_third_manifest_get_begins_another_pull(registry: FlaskClient, auth: Token) -> None:
    headers = auth(None, "repository:alice/public:pull")
    registry.get("/v2/alice/public/manifests/multi", headers=headers)
    registry.get(f"/v2/alice/public/manifests/{ARM64.digest}", headers=headers)
    third = registry.get(f"/v2/alice/public/manifests/{AMD64.digest}", headers=headers)
    assert _remaining(third) == "98;w=21600"


@pytest.mark.usefixtures("multi")
def test_a_manifest_the_last_index_does_not_list_is_another_pull(
    registry: FlaskClient, auth: Token
) -> None:
    headers = auth(None, "repository:alice/public:pull")
    registry.get(f"/v2/alice/public/manifests/{AMD64.digest}", headers=headers)
    second = registry.get(f"/v2/alice/public/manifests/{ARM64.digest}", headers=headers)
    assert _remaining(second) == "98;w=21600"


@pytest.mark.usefixtures("pushed")
def test_the_pull_limit_window_ends_on_the_backends_clock(
    registry: FlaskClient, auth: Token, clock: ManualClock, client: FlaskClient
) -> None:
    client.post("/_fakehub/pull-rate-limit", json={"limit": 1})
    headers = auth(None, PUBLIC)
    registry.get(MANIFEST, headers=headers)
    assert registry.get(MANIFEST, headers=headers).status_code == 429
    clock.advance(seconds=21600)
    assert registry.get(MANIFEST, headers=auth(None, PUBLIC)).status_code == 200


@pytest.mark.usefixtures("pushed")
def test_an_authenticated_pull_counts_against_the_account(
    registry: FlaskClient, auth: Token, app_state: State
) -> None:
    answer = registry.get(MANIFEST, headers=auth("bob", PUBLIC))
    assert answer.headers["ratelimit-limit"] == "200;w=21600"
    assert answer.headers["docker-ratelimit-source"] == app_state.account_id("bob")


def test_the_pull_limit_control_route_shows_and_changes_it(client: FlaskClient) -> None:
    assert client.get("/_fakehub/pull-rate-limit").get_json() == {
        "limit": 100,
        "authenticated_limit": 200,
        "window": 21600.0,
    }
    changed = client.post("/_fakehub/pull-rate-limit", json={"limit": None, "window": 60})
    assert changed.get_json() == {"limit": None, "authenticated_limit": 200, "window": 60.0}


def test_a_bad_pull_limit_is_400_naming_the_field(client: FlaskClient) -> None:
    answer = client.post("/_fakehub/pull-rate-limit", json={"limit": 0})
    assert answer.status_code == 400
    assert "limit" in answer.get_json()["errors"]


def test_a_reset_restores_the_pull_limit(client: FlaskClient) -> None:
    client.post("/_fakehub/pull-rate-limit", json={"limit": 5})
    client.post("/_fakehub/reset")
    assert client.get("/_fakehub/pull-rate-limit").get_json()["limit"] == 100


def test_an_org_access_token_pulls_what_its_resources_cover(
    registry: FlaskClient, app_state: State
) -> None:
    _, secret = app_state.create_org_access_token(
        "dave",
        "acme",
        label="ci",
        resources=[OrgAccessTokenResource(type="TYPE_REPO", path="acme/*", scopes=("repo-pull",))],
    )
    answer = registry.get(
        "/token",
        query_string={"scope": "repository:acme/internal:pull,push"},
        headers=basic("acme", secret),
    )
    payload = answer.get_json()["token"].split(".")[1]
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    assert claims["access"] == [
        {"type": "repository", "name": "acme/internal", "actions": ["pull"]}
    ]


@pytest.mark.usefixtures("pushed")
def test_set_pull_rate_limit_of_the_direct_controls_limits_pulls(
    registry: FlaskClient, auth: Token, app: Flask
) -> None:
    Controls(app).set_pull_rate_limit(limit=1)
    headers = auth(None, PUBLIC)
    assert registry.get(MANIFEST, headers=headers).headers["ratelimit-limit"] == "1;w=21600"
    assert registry.get(MANIFEST, headers=headers).status_code == 429
