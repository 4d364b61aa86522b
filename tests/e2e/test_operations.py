"""Each of the 37 HTTP calls of the JavaScript library, through the SDK against fakehub."""

from __future__ import annotations

import datetime

import pytest

from dockerhub_sdk import (
    AuthenticationError,
    DockerHub,
    MissingCredentialsError,
    NotFoundError,
    PermissionDeniedError,
    SourceType,
)
from tests.e2e.conftest import Hub

# -- auth ---------------------------------------------------------------------------------------


def test_login_keeps_a_token_that_authenticates_later_calls(fake: Hub) -> None:
    hub = fake.client()
    token = hub.login("alice", "alice-password-1")
    assert token.count(".") == 2  # a JWT
    assert hub.users.me().username == "alice"


def test_login_with_a_wrong_password_raises_authentication_error(anon: DockerHub) -> None:
    with pytest.raises(AuthenticationError) as info:
        anon.login("alice", "wrong")
    assert info.value.status_code == 401
    assert "wrong" not in str(info.value)


def test_logout_revokes_the_token_on_the_server(fake: Hub) -> None:
    hub = fake.client("alice")
    token = hub._token
    hub.logout()
    again = fake.client(token=token)
    with pytest.raises(AuthenticationError):
        again.users.me()


def test_auth_resource_login_keeps_the_token_like_hub_login(fake: Hub) -> None:
    hub = fake.client()
    response = hub.auth.login(username="bob", password="bob-password-1")
    assert hub.is_authenticated and response.token
    assert hub.users.me().username == "bob"


def test_auth_resource_logout_forgets_the_token(alice: DockerHub) -> None:
    alice.auth.logout()
    assert not alice.is_authenticated
    with pytest.raises(MissingCredentialsError):
        alice.users.me()


def test_set_login_token_reuses_a_token_from_another_client(fake: Hub, alice: DockerHub) -> None:
    other = fake.client()
    other.set_login_token(alice._token or "")
    assert other.users.me().username == "alice"


# -- users --------------------------------------------------------------------------------------


def test_users_get_returns_the_public_profile(anon: DockerHub) -> None:
    user = anon.users.get("alice")
    assert (user.username, user.full_name) == ("alice", "Alice Liddell")
    assert user.date_joined.tzinfo is not None


def test_users_me_returns_the_private_profile(alice: DockerHub) -> None:
    me = alice.users.me()
    assert me.username == "alice"
    assert me.gravatar_email == "alice@example.com"
    assert me.is_staff is False


def test_users_me_without_credentials_fails_before_any_request(anon: DockerHub) -> None:
    with pytest.raises(MissingCredentialsError):
        anon.users.me()


def test_registry_settings_default_to_the_logged_in_user(alice: DockerHub) -> None:
    settings = alice.users.registry_settings()
    assert settings.private_repo_limit == 5
    assert settings.private_repo_used >= 1


# -- repositories -------------------------------------------------------------------------------


@pytest.mark.parametrize("namespace", [None, "_", "library"])
def test_repositories_get_reads_official_images_by_library_alias(
    anon: DockerHub, namespace: str | None
) -> None:
    repo = anon.repositories.get(namespace, "nginx")
    assert (repo.namespace, repo.name, repo.user) == ("library", "nginx", "library")
    assert repo.star_count > 0 and repo.is_private is False


def test_repositories_list_hides_private_repositories_from_strangers(
    anon: DockerHub, alice: DockerHub
) -> None:
    public = {r.name for r in anon.repositories.list("alice")}
    mine = {r.name for r in alice.repositories.list("alice")}
    assert "secret-project" not in public
    assert mine == public | {"secret-project"}


def test_repositories_list_namespace_pages_through_official_images(anon: DockerHub) -> None:
    page = anon.repositories.list_namespace(None, ordering="name", page_size=2)
    assert len(page.results) == 2 and page.next is not None
    names = [r.name for r in anon.repositories.iter_list_namespace(None, ordering="name")]
    assert names == sorted(names) and "nginx" in names


def test_repositories_starred_pages_through_a_users_stars(alice: DockerHub) -> None:
    alice.repositories.star(None, "redis")
    alice.repositories.star(None, "alpine")
    page = alice.repositories.starred("alice", page_size=1)
    assert page.count >= 2 and len(page.results) == 1 and page.next is not None
    names = {f"{r.namespace}/{r.name}" for r in alice.repositories.iter_starred("alice")}
    assert {"library/redis", "library/alpine"} <= names


def test_repositories_create_makes_a_repository_readable_at_once(alice: DockerHub) -> None:
    created = alice.repositories.create(
        namespace="alice", name="fresh", description="d", is_private=True
    )
    assert (created.namespace, created.name, created.is_private) == ("alice", "fresh", True)
    assert alice.repositories.get("alice", "fresh").description == "d"


def test_repositories_create_of_an_existing_name_is_a_bad_request(alice: DockerHub) -> None:
    from dockerhub_sdk import BadRequestError

    with pytest.raises(BadRequestError, match="already exists"):
        alice.repositories.create(namespace="alice", name="webapp")


def test_repositories_update_sets_only_the_given_description(alice: DockerHub) -> None:
    before = alice.repositories.get("alice", "webapp")
    after = alice.repositories.update("alice", "webapp", full_description="# New")
    assert after.full_description == "# New"
    assert after.description == before.description


def test_repositories_delete_removes_it_for_everyone(fake: Hub, alice: DockerHub) -> None:
    alice.repositories.delete("alice", "webapp")
    with pytest.raises(NotFoundError):
        fake.client().repositories.get("alice", "webapp")


def test_repositories_delete_by_another_user_is_forbidden(bob: DockerHub) -> None:
    with pytest.raises(PermissionDeniedError):
        bob.repositories.delete("alice", "webapp")


def test_star_and_unstar_change_the_star_count(alice: DockerHub) -> None:
    before = alice.repositories.get(None, "python").star_count
    alice.repositories.star(None, "python")
    assert alice.repositories.get(None, "python").star_count == before + 1
    alice.repositories.unstar(None, "python")
    assert alice.repositories.get(None, "python").star_count == before


# -- tags ---------------------------------------------------------------------------------------


def test_tags_list_pages_nginx_with_absolute_next_links(fake: Hub, anon: DockerHub) -> None:
    page = anon.tags.list(None, "nginx", page_size=50)
    assert page.count >= 150 and len(page.results) == 50 and page.page == 1
    assert page.previous is None
    assert page.next is not None and page.next.startswith("http")


def test_tags_iter_walks_every_page(anon: DockerHub) -> None:
    count = anon.tags.list(None, "nginx", page_size=1).count
    names = [t.name for t in anon.tags.iter(None, "nginx", page_size=100)]
    assert len(names) == len(set(names)) == count


def test_tags_get_reads_todays_legacy_tag_fields(anon: DockerHub) -> None:
    tag = anon.tags.get("alice", "webapp", "latest")
    assert [(i.architecture, i.variant) for i in tag.images] == [("amd64", None), ("arm64", "v8")]
    assert (tag.tag_status, tag.last_updater_username, tag.content_type) == (
        "active",
        "alice",
        "image",
    )
    assert isinstance(tag.tag_last_pulled, datetime.datetime) and tag.tag_last_pulled.tzinfo
    assert tag.tag_last_pushed == tag.last_updated
    assert tag == next(t for t in anon.tags.iter("alice", "webapp") if t.name == "latest")


def test_tags_delete_removes_the_tag(fake: Hub, alice: DockerHub) -> None:
    names = [t.name for t in alice.tags.iter("alice", "webapp")]
    alice.tags.delete("alice", "webapp", names[0])
    assert names[0] not in [t.name for t in fake.client().tags.iter("alice", "webapp")]


# -- comments, collaborators, groups ------------------------------------------------------------


def test_comments_list_returns_comments_of_an_official_image(anon: DockerHub) -> None:
    comments = list(anon.comments.iter(None, "nginx"))
    assert comments and all(c.comment for c in comments)
    assert all(isinstance(c.created_on, datetime.datetime) for c in comments)


def test_collaborators_list_shows_bob_on_the_private_repository(alice: DockerHub) -> None:
    assert [c.user for c in alice.collaborators.iter("alice", "secret-project")] == ["bob"]


def test_collaborators_add_grants_access_to_a_private_repository(
    fake: Hub, alice: DockerHub
) -> None:
    fake.create_user("dave", "dave-password-1")
    dave = fake.client("dave")
    with pytest.raises(NotFoundError):
        dave.repositories.get("alice", "secret-project")
    added = alice.collaborators.add("alice", "secret-project", user="dave")
    assert added.user == "dave"
    assert dave.repositories.get("alice", "secret-project").is_private is True


def test_collaborators_delete_revokes_access(fake: Hub, alice: DockerHub) -> None:
    alice.collaborators.delete("alice", "secret-project", "bob")
    with pytest.raises(NotFoundError):
        fake.client("bob").repositories.get("alice", "secret-project")


def test_groups_add_member_adds_a_user_to_an_org_group(alice: DockerHub) -> None:
    member = alice.groups.add_member("acme", "developers", member="alice")
    assert member.member == "alice"


# -- automated builds ---------------------------------------------------------------------------


def test_autobuilds_get_returns_settings_with_build_tags(alice: DockerHub) -> None:
    settings = alice.autobuilds.get("alice", "webapp")
    assert settings.docker_url == "alice/webapp"
    assert settings.build_tags


def test_autobuilds_create_defaults_to_a_latest_tag_on_master(alice: DockerHub) -> None:
    alice.repositories.create(namespace="alice", name="built")
    settings = alice.autobuilds.create(
        "alice", "built", provider="github", vcs_repo_name="alice/built"
    )
    assert [(t.name, t.source_type, t.source_name) for t in settings.build_tags] == [
        ("latest", SourceType.BRANCH, "master")
    ]
    assert alice.repositories.get("alice", "built").is_automated is True


def test_build_tags_create_update_and_delete(alice: DockerHub) -> None:
    tag = alice.build_tags.create("alice", "webapp", name="dev", source_name="develop")
    assert (tag.name, tag.source_name, tag.dockerfile_location) == ("dev", "develop", "/")
    updated = alice.build_tags.update("alice", "webapp", tag.id, name="dev", source_name="main")
    assert updated.source_name == "main"
    alice.build_tags.delete("alice", "webapp", tag.id)
    assert tag.id not in [t.id for t in alice.autobuilds.get("alice", "webapp").build_tags]


def test_builds_trigger_queues_a_build_that_shows_in_history(alice: DockerHub) -> None:
    settings = alice.autobuilds.get("alice", "webapp")
    target = next(t for t in settings.build_tags if t.name == "latest")
    triggered = alice.builds.trigger(
        "alice",
        "webapp",
        source_type=target.source_type,
        source_name=target.source_name,
        dockerfile_location=target.dockerfile_location,
    )
    assert triggered and triggered[0].build_code
    history = alice.builds.history("alice", "webapp")
    assert history.results[0].build_code == triggered[0].build_code
    details = alice.builds.get("alice", "webapp", triggered[0].build_code)
    assert details.build_results is not None


def test_builds_trigger_without_a_matching_tag_returns_an_empty_list(alice: DockerHub) -> None:
    assert alice.builds.trigger("alice", "webapp", source_name="no-such-branch") == []


def test_build_links_create_list_and_delete(alice: DockerHub) -> None:
    link = alice.build_links.create("alice", "webapp", to_repo="_/redis")
    # Docker Hub names official images without `library/` in links (the README's "debian").
    assert (link.from_repo, link.to_repo) == ("alice/webapp", "redis")
    assert link.id in [item.id for item in alice.build_links.iter("alice", "webapp")]
    alice.build_links.delete("alice", "webapp", link.id)
    assert link.id not in [item.id for item in alice.build_links.iter("alice", "webapp")]


def test_build_triggers_get_and_history(alice: DockerHub) -> None:
    trigger = alice.build_triggers.get("alice", "webapp")
    assert trigger.token and trigger.token in trigger.trigger_url
    history = alice.build_triggers.history("alice", "webapp")
    assert history.count == len(list(alice.build_triggers.iter_history("alice", "webapp")))


# -- webhooks -----------------------------------------------------------------------------------


def test_webhooks_create_add_hook_list_and_delete(alice: DockerHub) -> None:
    webhook = alice.webhooks.create("alice", "webapp", name="staging")
    assert webhook.hooks == [] and webhook.creator == "alice"
    hook = alice.webhooks.create_hook(
        "alice", "webapp", webhook.id, hook_url="https://example.com/staging"
    )
    assert hook.hook_url == "https://example.com/staging"
    listed = {w.id: w for w in alice.webhooks.iter("alice", "webapp")}
    assert [h.id for h in listed[webhook.id].hooks] == [hook.id]
    alice.webhooks.delete("alice", "webapp", webhook.id)
    assert webhook.id not in [w.id for w in alice.webhooks.iter("alice", "webapp")]


def test_webhooks_of_someone_elses_repository_are_forbidden(bob: DockerHub) -> None:
    with pytest.raises(PermissionDeniedError):
        bob.webhooks.list("alice", "webapp")
