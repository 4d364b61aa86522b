"""Organization settings, organization access tokens (``dckr_oat_...``) and what a client
holding one may do: the SDK against fakehub, over a socket and in-process."""

from __future__ import annotations

import datetime
from collections.abc import Iterator

import pytest

from dockerhub_sdk import (
    AuthenticationError,
    BadRequestError,
    DockerHub,
    NotFoundError,
    PermissionDeniedError,
    WSGITransport,
)
from dockerhub_sdk._generated.models import (
    CustomRegistry,
    OrgAccessTokenResource,
    OrgAccessTokenResourceType,
    RestrictedImages,
    StandardRegistry,
)
from fakehub.app import create_app, get_backend
from fakehub.clock import ManualClock
from fakehub.demo import DEMO_ORG_ACCESS_TOKEN, DEMO_USERS
from fakehub.server import FakeHub
from tests.e2e.conftest import Hub

REPO = OrgAccessTokenResourceType.TYPE_REPO
ORG = OrgAccessTokenResourceType.TYPE_ORG


def _resource(
    path: str, *scopes: str, kind: OrgAccessTokenResourceType = REPO
) -> OrgAccessTokenResource:
    return OrgAccessTokenResource(type=kind, path=path, scopes=list(scopes))


def _oat(alice: DockerHub, *resources: OrgAccessTokenResource) -> str:
    return alice.org_access_tokens.create("acme", label="e2e", resources=list(resources)).token


def _oat_client(fake: Hub, secret: str) -> DockerHub:
    """A client holding an acme organization access token (closed with the fixture's)."""
    return fake.client(username="acme", token=secret, cache=False)


@pytest.fixture
def private_repo(alice: DockerHub) -> str:
    """A private repository of acme (the demo's acme/tools is public)."""
    alice.repositories.create(namespace="acme", name="internal", is_private=True)
    return "internal"


# --- organization settings -------------------------------------------------------------------


def test_org_settings_get_returns_the_demo_settings(alice: DockerHub) -> None:
    settings = alice.org_settings.get("acme")
    assert settings.restricted_images == RestrictedImages(
        enabled=True, allow_official_images=True, allow_verified_publishers=False
    )


def test_org_settings_are_readable_by_a_member(bob: DockerHub) -> None:
    assert bob.org_settings.get("acme").restricted_images.enabled


def test_org_settings_update_replaces_them_for_an_owner(alice: DockerHub) -> None:
    wanted = RestrictedImages(
        enabled=False, allow_official_images=False, allow_verified_publishers=True
    )
    assert alice.org_settings.update("acme", restricted_images=wanted).restricted_images == wanted
    assert alice.org_settings.get("acme").restricted_images == wanted


def test_registry_access_is_replaced_and_read_by_an_owner(alice: DockerHub) -> None:
    ghcr = CustomRegistry(address="ghcr.io", friendly_name="GitHub", allowed=True)
    hub = StandardRegistry(id="DockerHub", allowed=False)
    settings = alice.org_settings.update_registry_access(
        "acme", enabled=True, standard_registries=[hub], custom_registries=[ghcr]
    )
    assert (settings.enabled, settings.custom_registries) == (True, [ghcr])
    assert alice.org_settings.get_registry_access("acme") == settings


def test_registry_access_is_for_owners_only(bob: DockerHub) -> None:
    with pytest.raises(PermissionDeniedError):
        bob.org_settings.get_registry_access("acme")


def test_a_bad_custom_registry_address_is_a_bad_request_naming_it(alice: DockerHub) -> None:
    bad = CustomRegistry(address="not a host", friendly_name="x", allowed=True)
    with pytest.raises(BadRequestError, match=r"custom_registries\[0\]\.address"):
        alice.org_settings.update_registry_access("acme", enabled=True, custom_registries=[bad])
    assert alice.org_settings.get_registry_access("acme").custom_registries == []


def test_org_settings_update_by_a_member_is_forbidden(alice: DockerHub, bob: DockerHub) -> None:
    with pytest.raises(PermissionDeniedError):
        bob.org_settings.update(
            "acme",
            restricted_images=RestrictedImages(
                enabled=False, allow_official_images=True, allow_verified_publishers=True
            ),
        )
    assert alice.org_settings.get("acme").restricted_images.enabled


def test_org_settings_of_another_org_are_forbidden(fake: Hub) -> None:
    fake.create_user("dave", "dave-password-1")
    with pytest.raises(PermissionDeniedError):
        fake.client("dave").org_settings.get("acme")


def test_org_settings_of_an_unknown_org_are_not_found(alice: DockerHub) -> None:
    with pytest.raises(NotFoundError):
        alice.org_settings.get("no-such-org")


# --- managing organization access tokens -----------------------------------------------------


def test_create_shows_the_secret_once(alice: DockerHub) -> None:
    created = alice.org_access_tokens.create(
        "acme",
        label="ci",
        description="pulls",
        resources=[_resource("acme/*", "repo-pull")],
    )
    assert created.token.startswith("dckr_oat_") and created.created_by == "alice"
    assert created.is_active and created.last_used_at is None and created.expires_at is None
    fetched = alice.org_access_tokens.get("acme", created.id)
    assert not hasattr(fetched, "token")
    assert (fetched.label, fetched.description) == ("ci", "pulls")
    assert fetched.resources == [_resource("acme/*", "repo-pull")]


def test_list_pages_the_orgs_tokens_newest_first(alice: DockerHub) -> None:
    for label in ("one", "two", "three"):
        alice.org_access_tokens.create(
            "acme", label=label, resources=[_resource("acme/*", "repo-pull")]
        )
    page = alice.org_access_tokens.list("acme", page_size=2)
    assert page.count == 4 and len(page.results) == 2 and page.next is not None
    labels = [t.label for t in alice.org_access_tokens.iter("acme")]
    assert sorted(labels) == ["ci-pull", "one", "three", "two"]


def test_update_changes_only_the_given_fields(alice: DockerHub) -> None:
    created = alice.org_access_tokens.create(
        "acme", label="ci", description="d", resources=[_resource("acme/*", "repo-pull")]
    )
    updated = alice.org_access_tokens.update(
        "acme", created.id, label="build", resources=[_resource("acme/tools", "repo-push")]
    )
    assert (updated.label, updated.description, updated.is_active) == ("build", "d", True)
    assert updated.resources == [_resource("acme/tools", "repo-push")]
    assert not alice.org_access_tokens.update("acme", created.id, is_active=False).is_active


def test_delete_removes_it(alice: DockerHub) -> None:
    created = alice.org_access_tokens.create(
        "acme", label="ci", resources=[_resource("acme/*", "repo-pull")]
    )
    alice.org_access_tokens.delete("acme", created.id)
    with pytest.raises(NotFoundError):
        alice.org_access_tokens.get("acme", created.id)


def test_a_member_who_is_not_an_owner_cannot_manage_them(bob: DockerHub) -> None:
    with pytest.raises(PermissionDeniedError):
        bob.org_access_tokens.list("acme")
    with pytest.raises(PermissionDeniedError):
        bob.org_access_tokens.create(
            "acme", label="x", resources=[_resource("acme/*", "repo-pull")]
        )


def test_an_unknown_token_id_is_not_found(alice: DockerHub) -> None:
    with pytest.raises(NotFoundError):
        alice.org_access_tokens.get("acme", "00000000-0000-4000-a000-000000000000")


@pytest.mark.parametrize(
    ("resource", "field"),
    [
        (_resource("alice/webapp", "repo-pull"), "resources[0].path"),
        (_resource("acme/missing", "repo-pull"), "resources[0].path"),
        (_resource("acme/*", "repo-admin"), "resources[0].scopes"),
        (_resource("*/*/public", "repo-push"), "resources[0].scopes"),
        (_resource("other", "member-read", kind=ORG), "resources[0].path"),
    ],
)
def test_bad_resources_are_refused_naming_the_field(
    alice: DockerHub, resource: OrgAccessTokenResource, field: str
) -> None:
    with pytest.raises(BadRequestError) as info:
        alice.org_access_tokens.create("acme", label="bad", resources=[resource])
    assert field in str(info.value)
    assert [t.label for t in alice.org_access_tokens.iter("acme")] == ["ci-pull"]


def test_an_expiry_in_the_past_is_refused(alice: DockerHub) -> None:
    past = datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC)
    with pytest.raises(BadRequestError, match="expires_at"):
        alice.org_access_tokens.create(
            "acme", label="old", resources=[_resource("acme/*", "repo-pull")], expires_at=past
        )


# --- using an organization access token ------------------------------------------------------


def test_the_demo_token_pulls_every_acme_repository(fake: Hub, private_repo: str) -> None:
    hub = _oat_client(fake, DEMO_ORG_ACCESS_TOKEN)
    assert hub.repositories.get("acme", private_repo).is_private
    assert hub.namespace_repositories.exists("acme", private_repo)


def test_a_pull_token_cannot_write(fake: Hub, alice: DockerHub, private_repo: str) -> None:
    hub = _oat_client(fake, _oat(alice, _resource("acme/*", "repo-pull")))
    with pytest.raises(PermissionDeniedError):
        hub.repositories.update("acme", private_repo, description="changed")
    assert alice.repositories.get("acme", private_repo).description == ""


def test_a_push_token_writes_its_repositories_only(
    fake: Hub, alice: DockerHub, private_repo: str
) -> None:
    hub = _oat_client(fake, _oat(alice, _resource("acme/tools", "repo-push")))
    hub.repositories.update("acme", "tools", description="from the org token")
    assert alice.repositories.get("acme", "tools").description == "from the org token"
    with pytest.raises(NotFoundError):  # not covered: read as anonymous, private is hidden
        hub.repositories.get("acme", private_repo)
    with pytest.raises(PermissionDeniedError):
        hub.repositories.update("acme", private_repo, description="no")


def test_no_token_deletes_repository_content(fake: Hub, alice: DockerHub) -> None:
    hub = _oat_client(fake, _oat(alice, _resource("acme/*", "repo-push")))
    with pytest.raises(PermissionDeniedError):
        hub.repositories.delete("acme", "tools")
    assert alice.repositories.get("acme", "tools").name == "tools"


def test_an_org_token_is_no_user(fake: Hub) -> None:
    hub = _oat_client(fake, DEMO_ORG_ACCESS_TOKEN)
    for call in (
        hub.users.me,
        hub.access_tokens.list,
        lambda: hub.org_access_tokens.list("acme"),
        lambda: hub.org_settings.get("acme"),
        lambda: hub.org_members.list("acme"),
    ):
        with pytest.raises(PermissionDeniedError):
            call()


def test_member_read_lists_members_but_member_edit_is_needed_to_change(
    fake: Hub, alice: DockerHub
) -> None:
    hub = _oat_client(fake, _oat(alice, _resource("acme", "member-read", kind=ORG)))
    assert {m.username for m in hub.org_members.iter("acme")} == {"alice", "bob"}
    assert {g.name for g in hub.org_groups.iter("acme")} == {"owners", "developers"}
    with pytest.raises(PermissionDeniedError):
        hub.org_groups.create("acme", name="ops")
    editor = _oat_client(fake, _oat(alice, _resource("acme", "member-edit", kind=ORG)))
    assert editor.org_groups.create("acme", name="ops").name == "ops"


def test_exchanging_the_token_records_its_last_use(fake: Hub, alice: DockerHub) -> None:
    created = alice.org_access_tokens.create(
        "acme", label="ci", resources=[_resource("acme/*", "repo-pull")]
    )
    assert fake.client().auth.token(identifier="acme", secret=created.token).access_token
    assert alice.org_access_tokens.get("acme", created.id).last_used_at is not None


def test_a_wrong_org_or_secret_is_refused(anon: DockerHub) -> None:
    for identifier, secret in (("alice", DEMO_ORG_ACCESS_TOKEN), ("acme", "dckr_oat_wrong")):
        with pytest.raises(AuthenticationError):
            anon.auth.token(identifier=identifier, secret=secret)


def test_a_deactivated_token_is_refused(fake: Hub, alice: DockerHub) -> None:
    created = alice.org_access_tokens.create(
        "acme", label="ci", resources=[_resource("acme/*", "repo-pull")]
    )
    hub = _oat_client(fake, created.token)
    hub.repositories.get("acme", "tools")
    alice.org_access_tokens.update("acme", created.id, is_active=False)
    with pytest.raises(AuthenticationError):  # the 401, the renewal refused too
        hub.repositories.get("acme", "tools")


def test_deleting_the_token_ends_its_access_tokens(fake: Hub, alice: DockerHub) -> None:
    created = alice.org_access_tokens.create(
        "acme", label="ci", resources=[_resource("acme/*", "repo-pull")]
    )
    hub = _oat_client(fake, created.token)
    hub.repositories.get("acme", "tools")
    alice.org_access_tokens.delete("acme", created.id)
    with pytest.raises(AuthenticationError):
        hub.repositories.get("acme", "tools")


def test_new_resources_apply_to_access_tokens_already_made(
    fake: Hub, alice: DockerHub, private_repo: str
) -> None:
    created = alice.org_access_tokens.create(
        "acme", label="ci", resources=[_resource("acme/tools", "repo-pull")]
    )
    hub = _oat_client(fake, created.token)
    with pytest.raises(NotFoundError):
        hub.repositories.get("acme", private_repo)
    alice.org_access_tokens.update("acme", created.id, resources=[_resource("acme/*", "repo-pull")])
    assert hub.repositories.get("acme", private_repo).is_private


# --- lazy exchange, renewal, expiry ------------------------------------------------------------


@pytest.fixture(params=["socket", "in-process"])
def timed(request: pytest.FixtureRequest) -> Iterator[tuple[ManualClock, DockerHub, DockerHub]]:
    """A fakehub on a ManualClock, alice (logged in) and a client holding a new acme token
    that expires in one hour (its wall clock is the same ManualClock)."""
    clock = ManualClock()
    app = create_app(demo=True, clock=clock)
    server = FakeHub(app) if request.param == "socket" else None
    if server is not None:
        server.start()
    base = server.url if server is not None else "http://fakehub.test"
    transport = None if server is not None else WSGITransport(app)
    options: dict[str, object] = {"cache": False, "wall_clock": lambda: clock.now.timestamp()}
    admin = DockerHub(base_url=base, transport=transport, **options)  # type: ignore[arg-type]
    admin.login("alice", DEMO_USERS["alice"])
    secret = admin.org_access_tokens.create(
        "acme",
        label="ci",
        resources=[_resource("acme/*", "repo-pull")],
        expires_at=clock.now + datetime.timedelta(hours=1),
    ).token
    hub = DockerHub(base_url=base, transport=transport, username="acme", token=secret, **options)  # type: ignore[arg-type]
    try:
        yield clock, admin, hub
    finally:
        hub.close()
        admin.close()
        if server is not None:
            server.stop()


def test_the_exchange_is_lazy(timed: tuple[ManualClock, DockerHub, DockerHub]) -> None:
    _, admin, hub = timed
    assert hub._session.token is None  # the constructor never touches the network
    assert [t.last_used_at for t in admin.org_access_tokens.iter("acme") if t.label == "ci"] == [
        None
    ]
    hub.repositories.get("acme", "tools")
    assert hub._session.token is not None


def test_the_access_token_is_renewed_before_it_expires(
    timed: tuple[ManualClock, DockerHub, DockerHub],
) -> None:
    clock, _, hub = timed
    hub.repositories.get("acme", "tools")
    first = hub._session.token
    clock.advance(minutes=9, seconds=31)  # 29 s left: renewed before the request
    hub.repositories.get("acme", "tools")
    assert hub._session.token != first
    assert hub.last_response is not None and hub.last_response.status_code == 200


def test_an_expired_org_token_is_refused(timed: tuple[ManualClock, DockerHub, DockerHub]) -> None:
    clock, _, hub = timed
    hub.repositories.get("acme", "tools")
    clock.advance(hours=1)
    with pytest.raises(AuthenticationError):
        hub.repositories.get("acme", "tools")


def test_the_org_token_is_kept_in_the_state_document(fake: Hub, alice: DockerHub) -> None:
    created = alice.org_access_tokens.create(
        "acme", label="ci", resources=[_resource("acme/*", "repo-pull")]
    )
    state = get_backend(fake.app).state
    document = state.snapshot()
    state.reset()
    state.load(document)
    # alice's login died with the state that issued it: she logs in to the loaded one
    assert fake.client("alice").org_access_tokens.get("acme", created.id).label == "ci"
    assert fake.client().auth.token(identifier="acme", secret=created.token).access_token


def test_the_permissions_shown_follow_the_tokens_scopes(
    fake: Hub, alice: DockerHub, private_repo: str
) -> None:
    puller = _oat_client(fake, _oat(alice, _resource("acme/*", "repo-pull")))
    pusher = _oat_client(fake, _oat(alice, _resource("acme/*", "repo-push")))
    shown = puller.namespace_repositories.get("acme", private_repo).permissions
    assert (shown.read, shown.write, shown.admin) == (True, False, False)
    assert not puller.repositories.get("acme", private_repo).can_edit
    shown = pusher.namespace_repositories.get("acme", private_repo).permissions
    assert (shown.read, shown.write, shown.admin) == (True, True, False)
    assert pusher.repositories.get("acme", private_repo).can_edit


def test_the_official_examples_scope_spelling_works_the_same(
    fake: Hub, alice: DockerHub, private_repo: str
) -> None:
    created = alice.org_access_tokens.create(
        "acme", label="ci", resources=[_resource(f"acme/{private_repo}", "scope-image-pull")]
    )
    assert created.resources[0].scopes == ["scope-image-pull"]  # kept as given
    hub = _oat_client(fake, created.token)
    assert hub.repositories.get("acme", private_repo).is_private
    with pytest.raises(PermissionDeniedError):
        hub.repositories.update("acme", private_repo, description="changed")
    pusher = _oat_client(fake, _oat(alice, _resource("acme/*", "scope-image-push")))
    pusher.repositories.update("acme", private_repo, description="pushed")
    assert alice.repositories.get("acme", private_repo).description == "pushed"
