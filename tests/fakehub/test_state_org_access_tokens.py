"""Organization settings and organization access tokens in fakehub's state: rules, errors that
leave the state untouched, and the load/snapshot document."""

from __future__ import annotations

import datetime
import json
import random
from typing import Any

import pytest

from fakehub.clock import ManualClock
from fakehub.demo import DEMO_ORG_ACCESS_TOKEN, demo_document
from fakehub.state import (
    Forbidden,
    Invalid,
    NotFound,
    OrgAccessToken,
    OrgAccessTokenResource,
    RestrictedImages,
    State,
    Unauthorized,
)
from fakehub.state.entities.org_tokens import oat_scopes_for

PULL_ALL = OrgAccessTokenResource(type="TYPE_REPO", path="acme/*", scopes=("repo-pull",))


@pytest.fixture
def hub(clock: ManualClock) -> State:
    state = State(clock=clock, rng=random.Random(1), password_iterations=1)
    state.load(demo_document())
    state.create_repository("alice", namespace="acme", name="internal", is_private=True)
    return state


def _acme(snapshot: dict[str, Any]) -> dict[str, Any]:
    return next(o for o in snapshot["orgs"] if o["name"] == "acme")


# --- settings -----------------------------------------------------------------------------------


def test_new_organizations_do_not_restrict_images(hub: State) -> None:
    hub.create_org("globex", members=["bob"])
    assert hub.org_settings("bob", "globex") == RestrictedImages(
        enabled=False, allow_official_images=True, allow_verified_publishers=True
    )


def test_only_owners_change_settings(hub: State) -> None:
    wanted = RestrictedImages(enabled=False)
    with pytest.raises(Forbidden):
        hub.update_org_settings("bob", "acme", wanted)
    assert hub.org_settings("bob", "acme").enabled
    assert hub.update_org_settings("alice", "acme", wanted) == wanted


def test_settings_round_trip_through_the_document(hub: State, clock: ManualClock) -> None:
    hub.update_org_settings("alice", "acme", RestrictedImages(allow_official_images=False))
    snap = hub.snapshot()
    assert _acme(snap)["restricted_images"] == {
        "enabled": False,
        "allow_official_images": False,
        "allow_verified_publishers": True,
    }
    copy = State(clock=clock, rng=random.Random(2), password_iterations=1)
    copy.load(snap)
    assert copy.snapshot() == snap


# --- tokens -------------------------------------------------------------------------------------


def test_the_secret_is_stored_hashed(hub: State) -> None:
    _, secret = hub.create_org_access_token("alice", "acme", label="ci", resources=[PULL_ALL])
    text = json.dumps(hub.snapshot())
    assert secret.startswith("dckr_oat_") and secret not in text
    assert DEMO_ORG_ACCESS_TOKEN not in text


def test_tokens_round_trip_through_the_document(hub: State, clock: ManualClock) -> None:
    token, secret = hub.create_org_access_token(
        "alice",
        "acme",
        label="ci",
        description="builds",
        resources=[
            PULL_ALL,
            OrgAccessTokenResource(type="TYPE_ORG", path="acme", scopes=("member-read",)),
        ],
        expires_at=clock.now + datetime.timedelta(days=1),
    )
    hub.authenticate_org_token("acme", secret)
    snap = hub.snapshot()
    copy = State(clock=clock, rng=random.Random(2), password_iterations=1)
    copy.load(snap)
    assert copy.snapshot() == snap
    assert copy.authenticate_org_token("acme", secret)[1].id == token.id


def test_the_demo_token_authenticates_as_acme(hub: State) -> None:
    org, token = hub.authenticate_org_token("ACME", DEMO_ORG_ACCESS_TOKEN)
    assert (org.name, token.label, token.last_used_at) == ("acme", "ci-pull", hub.now())


@pytest.mark.parametrize(
    ("identifier", "secret"),
    [("acme", "dckr_oat_wrong"), ("alice", DEMO_ORG_ACCESS_TOKEN), ("nope", DEMO_ORG_ACCESS_TOKEN)],
)
def test_a_wrong_org_or_secret_is_unauthorized(hub: State, identifier: str, secret: str) -> None:
    with pytest.raises(Unauthorized):
        hub.authenticate_org_token(identifier, secret)


def test_an_inactive_or_expired_token_is_unauthorized(hub: State, clock: ManualClock) -> None:
    token, secret = hub.create_org_access_token(
        "alice",
        "acme",
        label="ci",
        resources=[PULL_ALL],
        expires_at=clock.now + datetime.timedelta(hours=1),
    )
    hub.update_org_access_token("alice", "acme", token.id, is_active=False)
    with pytest.raises(Unauthorized):
        hub.authenticate_org_token("acme", secret)
    hub.update_org_access_token("alice", "acme", token.id, is_active=True)
    assert hub.authenticate_org_token("acme", secret)
    clock.advance(hours=1)
    with pytest.raises(Unauthorized):
        hub.authenticate_org_token("acme", secret)
    assert hub.usable_org_access_token("acme", token.id) is None


@pytest.mark.parametrize(
    ("resources", "field"),
    [
        ([], "resources"),
        ([OrgAccessTokenResource(type="TYPE_X", path="acme/*", scopes=("repo-pull",))], "type"),
        ([OrgAccessTokenResource(type="TYPE_REPO", path="acme/*", scopes=())], "scopes"),
        ([OrgAccessTokenResource(type="TYPE_REPO", path="acme", scopes=("repo-pull",))], "path"),
        (
            [OrgAccessTokenResource(type="TYPE_REPO", path="acme/Bad!", scopes=("repo-pull",))],
            "path",
        ),
        (
            [OrgAccessTokenResource(type="TYPE_REPO", path="acme/gone", scopes=("repo-pull",))],
            "path",
        ),
        ([OrgAccessTokenResource(type="TYPE_ORG", path="acme", scopes=("repo-pull",))], "scopes"),
    ],
)
def test_bad_resources_are_invalid_and_change_nothing(
    hub: State, resources: list[OrgAccessTokenResource], field: str
) -> None:
    before = hub.snapshot()
    with pytest.raises(Invalid) as error:
        hub.create_org_access_token("alice", "acme", label="ci", resources=resources)
    assert error.value.field.split(".")[-1] == field
    assert hub.snapshot() == before


def test_a_bad_update_changes_nothing(hub: State) -> None:
    token, _ = hub.create_org_access_token("alice", "acme", label="ci", resources=[PULL_ALL])
    before = hub.snapshot()
    with pytest.raises(Invalid):
        hub.update_org_access_token(
            "alice",
            "acme",
            token.id,
            label="renamed",
            resources=[OrgAccessTokenResource(type="TYPE_ORG", path="globex", scopes=("x",))],
        )
    assert hub.snapshot() == before


def test_only_users_who_own_the_org_manage_its_tokens(hub: State) -> None:
    with pytest.raises(Forbidden):
        hub.list_org_access_tokens("bob", "acme")
    with pytest.raises(Forbidden):  # the organization itself (an org token) neither
        hub.list_org_access_tokens("acme", "acme")
    with pytest.raises(NotFound):
        hub.list_org_access_tokens("alice", "nope")


def test_grants_follow_paths_globs_and_scopes() -> None:
    token_resources = [
        OrgAccessTokenResource(type="TYPE_REPO", path="acme/web-*", scopes=("repo-push",)),
        OrgAccessTokenResource(type="TYPE_REPO", path="*/*/public", scopes=("repo-pull",)),
        OrgAccessTokenResource(type="TYPE_ORG", path="acme", scopes=("member-read",)),
    ]
    token = OrgAccessToken(
        id="x",
        token_hash="0" * 64,
        label="t",
        resources=token_resources,
        created_by="alice",
        created_at=datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC),
    )
    assert token.grants_repo("acme", "web-api", is_private=True, write=True)
    assert not token.grants_repo("acme", "api", is_private=True, write=False)
    assert token.grants_repo("library", "nginx", is_private=False, write=False)
    assert not token.grants_repo("library", "nginx", is_private=False, write=True)
    assert token.grants_org("acme", write=False) and not token.grants_org("acme", write=True)
    assert not token.grants_org("globex", write=False)


BAD_TOKEN_DOCUMENTS: list[tuple[dict[str, Any], str]] = [
    ({"token": "dckr_pat_x", "created_by": "alice"}, "access_tokens[0].token"),
    ({"token_hash": "0" * 64, "created_by": "nobody"}, "access_tokens[0].created_by"),
    ({"token_hash": "xyz", "created_by": "alice"}, "access_tokens[0].token_hash"),
    (
        {
            "token_hash": "0" * 64,
            "created_by": "alice",
            "resources": [{"type": "TYPE_REPO", "path": "other/*", "scopes": ["repo-pull"]}],
        },
        "access_tokens[0].resources[0].path",
    ),
    (
        {
            "token_hash": "0" * 64,
            "created_by": "alice",
            "resources": [{"type": "TYPE_ORG", "path": "team", "scopes": ["repo-pull"]}],
        },
        "access_tokens[0].resources[0].scopes[0]",
    ),
    (
        {
            "token_hash": "0" * 64,
            "created_by": "alice",
            "resources": [
                {"type": "TYPE_REPO", "path": "*/*/public", "scopes": ["repo-pull", "repo-push"]}
            ],
        },
        "access_tokens[0].resources[0].scopes[1]",
    ),
]


@pytest.mark.parametrize(
    ("kind", "path", "scopes"),
    [
        ("TYPE_ORG", "acme", ("member-read", "member-edit")),
        ("TYPE_REPO", "acme/*", ("repo-pull", "scope-image-pull", "repo-push", "scope-image-push")),
        ("TYPE_REPO", "*/*/public", ("repo-pull", "scope-image-pull")),
    ],
)
def test_a_resource_allows_the_scopes_of_its_type_and_public_repos_only_pulls(
    kind: str, path: str, scopes: tuple[str, ...]
) -> None:
    assert oat_scopes_for(kind, path) == scopes


@pytest.mark.parametrize(
    ("token", "path"), BAD_TOKEN_DOCUMENTS, ids=[p for _, p in BAD_TOKEN_DOCUMENTS]
)
def test_a_bad_token_in_a_document_names_the_path(
    hub: State, token: dict[str, Any], path: str
) -> None:
    before = hub.snapshot()
    with pytest.raises(Invalid) as error:
        hub.load({"orgs": [{"name": "team", "members": ["alice"], "access_tokens": [token]}]})
    assert error.value.field == f"orgs[0].{path}"
    assert hub.snapshot() == before


def test_bad_settings_in_a_document_name_the_path(hub: State) -> None:
    with pytest.raises(Invalid) as error:
        hub.load({"orgs": [{"name": "team", "restricted_images": {"enabled": "yes"}}]})
    assert error.value.field == "orgs[0].restricted_images.enabled"
