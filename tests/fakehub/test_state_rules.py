"""Stars, cascading deletes and automated builds, on the state alone (no HTTP)."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

import pytest

from fakehub.clock import ManualClock
from fakehub.state import BuildTagSpec, Conflict, Invalid, NotFound, State
from tests.fakehub.conftest import people_document


def test_starring_counts_once_per_user(state: State) -> None:
    state.star("bob", "alice", "public")
    state.star("bob", "alice", "public")
    state.star("carol", "alice", "public")
    assert state.get_repository(None, "alice", "public").star_count == 2


def test_unstarring_lowers_the_count_and_empties_the_starred_list(state: State) -> None:
    state.star("bob", "alice", "public")
    state.unstar("bob", "alice", "public")
    assert state.get_repository(None, "alice", "public").star_count == 0
    assert state.starred_repositories(None, "bob") == []


def test_starred_list_is_newest_first(state: State, clock: ManualClock) -> None:
    state.create_repository("bob", namespace="bob", name="first")
    state.star("bob", "bob", "first")
    clock.advance(minutes=1)
    state.star("bob", "alice", "public")
    assert [r.full_name for r in state.starred_repositories("bob", "bob")] == [
        "alice/public",
        "bob/first",
    ]


def test_starred_private_repositories_are_hidden_from_strangers(state: State) -> None:
    state.star("bob", "alice", "private")
    assert [r.full_name for r in state.starred_repositories("bob", "bob")] == ["alice/private"]
    assert state.starred_repositories("carol", "bob") == []


def test_deleting_a_repository_removes_it_with_everything_it_holds(state: State) -> None:
    state.star("bob", "alice", "public")
    state.create_webhook("alice", "alice", "public", "ci")
    state.create_autobuild("alice", "alice", "public", provider="github", vcs_repo_name="a/b")
    state.trigger_build("alice", "alice", "public")
    state.add_comment("alice", "public", "bob", "nice")

    state.delete_repository("alice", "alice", "public")

    assert state.find_repository("alice", "public") is None
    assert state.starred_repositories("bob", "bob") == []
    with pytest.raises(NotFound):
        state.list_tags("alice", "alice", "public")
    # re-created under the same name, it starts empty
    fresh = state.create_repository("alice", namespace="alice", name="public")
    assert (fresh.star_count, fresh.tags, fresh.comments, fresh.webhooks, fresh.builds) == (
        0,
        {},
        [],
        {},
        [],
    )


def test_deleting_a_repository_removes_links_to_it(state: State) -> None:
    state.create_repository("bob", namespace="bob", name="follower")
    state.create_link("bob", "bob", "follower", "alice/public")
    state.delete_repository("alice", "alice", "public")
    assert state.list_links("bob", "bob", "follower") == []


def test_deleting_a_tag_removes_only_that_tag(state: State) -> None:
    state.delete_tag("alice", "alice", "public", "v1")
    assert [t.name for t in state.list_tags(None, "alice", "public")] == ["latest"]


def automated(state: State) -> None:
    state.create_autobuild(
        "alice",
        "alice",
        "public",
        provider="github",
        vcs_repo_name="alice/public",
        build_tags=[
            BuildTagSpec(name="latest", source_type="Branch", source_name="master"),
            BuildTagSpec(name="edge", source_type="Branch", source_name="master"),
            BuildTagSpec(name="{sourceref}", source_type="Tag", source_name="/^v[0-9]+$/"),
        ],
    )


def test_trigger_builds_every_build_tag_that_matches(state: State) -> None:
    automated(state)
    submitted = state.trigger_build("alice", "alice", "public", source_name="master")
    assert [b.evaluated_tag_name for b in submitted] == ["latest", "edge"]


def test_trigger_with_no_matching_build_tag_builds_nothing(state: State) -> None:
    automated(state)
    assert state.trigger_build("alice", "alice", "public", source_name="develop") == []
    assert state.build_history("alice", "alice", "public") == []


def test_trigger_matches_source_type_as_well_as_source_name(state: State) -> None:
    automated(state)
    assert (
        state.trigger_build("alice", "alice", "public", source_type="Tag", source_name="master")
        == []
    )


def test_trigger_matches_regex_source_names_and_fills_sourceref(state: State) -> None:
    automated(state)
    (build,) = state.trigger_build("alice", "alice", "public", source_type="Tag", source_name="v2")
    assert build.evaluated_tag_name == "v2"


def test_triggered_builds_appear_newest_first_with_lowercase_codes(
    state: State, clock: ManualClock
) -> None:
    automated(state)
    first = state.trigger_build("alice", "alice", "public", source_type="Tag", source_name="v1")
    clock.advance(seconds=5)
    second = state.trigger_build("alice", "alice", "public", source_type="Tag", source_name="v2")
    history = state.build_history("alice", "alice", "public")
    assert [b.build_code for b in history] == [second[0].build_code, first[0].build_code]
    assert all(code.isalnum() and code == code.lower() for code in (b.build_code for b in history))
    details = state.get_build("alice", "alice", "public", first[0].build_code)
    assert (details.status, details.dockertag_name) == (0, "v1")


def test_trigger_without_an_automated_build_is_not_found(state: State) -> None:
    with pytest.raises(NotFound):
        state.trigger_build("alice", "alice", "public")


def test_an_automated_build_can_be_created_only_once(state: State) -> None:
    automated(state)
    with pytest.raises(Conflict):
        automated(state)


def test_automated_build_creates_its_repository_when_missing(state: State) -> None:
    repo, autobuild = state.create_autobuild(
        "alice", "alice", "built", provider="bitbucket", vcs_repo_name="alice/built"
    )
    assert repo.is_automated
    assert autobuild.source_url == "https://bitbucket.org/alice/built.git"
    assert [t.name for t in autobuild.build_tags] == ["latest"]


def test_build_tags_can_be_replaced_and_deleted(state: State) -> None:
    automated(state)
    tag = state.create_build_tag("alice", "alice", "public", BuildTagSpec(name="dev"))
    state.update_build_tag(
        "alice", "alice", "public", tag.id, BuildTagSpec(name="dev", source_name="develop")
    )
    assert state.trigger_build("alice", "alice", "public", source_name="develop")
    state.delete_build_tag("alice", "alice", "public", tag.id)
    assert not state.trigger_build("alice", "alice", "public", source_name="develop")


def test_build_links_to_official_images_accept_a_bare_name(state: State) -> None:
    state.load(
        {"orgs": [{"name": "library"}], "repositories": [{"namespace": "library", "name": "nginx"}]}
    )
    link = state.create_link("alice", "alice", "public", "nginx")
    assert link.to_repo == "library/nginx"


def test_build_links_to_missing_repositories_are_invalid(state: State) -> None:
    with pytest.raises(Invalid) as error:
        state.create_link("alice", "alice", "public", "alice/nothing")
    assert error.value.field == "to_repo"


def test_hooks_need_an_http_url(state: State) -> None:
    webhook = state.create_webhook("alice", "alice", "public", "ci")
    with pytest.raises(Invalid):
        state.create_hook("alice", "alice", "public", webhook.id, "ftp://example.com")
    hook = state.create_hook("alice", "alice", "public", webhook.id, "https://example.com/x")
    assert state.list_webhooks("alice", "alice", "public")[0].hooks == [hook]


def test_ids_are_monotonic_across_kinds(state: State) -> None:
    first = state.create_repository("alice", namespace="alice", name="one")
    webhook = state.create_webhook("alice", "alice", "one", "ci")
    second = state.create_repository("alice", namespace="alice", name="two")
    assert first.id < webhook.id < second.id


def test_reset_empties_the_state(state: State) -> None:
    state.reset()
    assert state.snapshot()["users"] == [] and state.repositories() == []


@pytest.mark.parametrize(
    ("kind", "create", "message"),
    [
        (
            "link",
            lambda s: s.create_link("alice", "alice", "public", "alice/private"),
            "Build link",
        ),
        ("webhook", lambda s: s.create_webhook("alice", "alice", "public", "ci"), "Webhook"),
    ],
)
def test_deleting_a_missing_link_or_webhook_is_not_found_and_keeps_the_others(
    state: State, kind: str, create: Callable[[State], Any], message: str
) -> None:
    listed = getattr(state, f"list_{kind}s")
    delete = getattr(state, f"delete_{kind}")
    kept = create(state)
    with pytest.raises(NotFound, match=f"{message} {kept.id + 1} not found."):
        delete("alice", "alice", "public", kept.id + 1)
    assert listed("alice", "alice", "public") == [kept]
    delete("alice", "alice", "public", kept.id)
    assert listed("alice", "alice", "public") == []


@pytest.mark.parametrize(
    "profile",
    [{"default_repo_visibility": "secret"}, {"private_repo_limit": -1}],
    ids=["visibility", "limit"],
)
def test_a_refused_profile_leaves_the_state_as_it_was(
    state: State, clock: ManualClock, profile: dict[str, Any]
) -> None:
    twin = State(clock=clock, rng=random.Random(7), password_iterations=1)
    twin.load(people_document())
    with pytest.raises(Invalid, match=next(iter(profile))):
        state.create_user("erin", "erin-password-1", **profile)
    # no id, no random draw was spent: the next account is the one an untouched state makes
    assert state.create_user("erin", "erin-password-1") == twin.create_user(
        "erin", "erin-password-1"
    )
