"""Today's namespaced API (`/v2/namespaces/...`) through the SDK against fakehub: repositories
(`hub.namespace_repositories`) and tags with their images (`hub.namespace_tags`), including the
HEAD checks that return a bool."""

from __future__ import annotations

import pytest

from dockerhub_sdk import (
    BadRequestError,
    DockerHub,
    InvalidInputError,
    MissingCredentialsError,
    NotFoundError,
    PermissionDeniedError,
)

# -- repositories -------------------------------------------------------------------------------


def test_list_pages_a_namespace_repositories(anon: DockerHub) -> None:
    page = anon.namespace_repositories.list("library", page_size=2)
    assert page.count == len(list(anon.namespace_repositories.iter("library")))
    assert len(page.results) == 2
    assert page.next is not None
    assert all(r.namespace == "library" and r.status_description == "active" for r in page.results)


def test_list_orders_by_pull_count_descending(anon: DockerHub) -> None:
    repos = list(anon.namespace_repositories.iter(None, ordering="-pull_count"))
    pulls = [r.pull_count for r in repos]
    assert pulls == sorted(pulls, reverse=True)
    assert repos[0].name == "nginx"


def test_list_filters_by_partial_name(anon: DockerHub) -> None:
    names = [r.name for r in anon.namespace_repositories.iter("library", name="ngi")]
    assert names == ["nginx"]


def test_list_refuses_an_unknown_ordering_before_sending(anon: DockerHub) -> None:
    with pytest.raises(InvalidInputError):
        anon.namespace_repositories.list("library", ordering="stars")


def test_list_hides_private_repositories_from_strangers(anon: DockerHub, alice: DockerHub) -> None:
    assert "secret-project" in [r.name for r in alice.namespace_repositories.iter("alice")]
    assert "secret-project" not in [r.name for r in anon.namespace_repositories.iter("alice")]


def test_create_returns_the_official_repository_info(alice: DockerHub) -> None:
    info = alice.namespace_repositories.create(
        "alice", name="fresh", description="Fresh app", registry="docker.io"
    )
    assert (info.namespace, info.name, info.description) == ("alice", "fresh", "Fresh app")
    assert info.is_private is False  # the official default
    assert info.permissions.admin is True
    assert info.immutable_tags_settings.enabled is False
    assert alice.namespace_repositories.get("alice", "fresh") == info


def test_create_refuses_a_description_over_100_characters(alice: DockerHub) -> None:
    with pytest.raises(InvalidInputError):
        alice.namespace_repositories.create("alice", name="long", description="x" * 101)


def test_create_in_another_namespace_is_forbidden(bob: DockerHub) -> None:
    with pytest.raises(PermissionDeniedError):
        bob.namespace_repositories.create("alice", name="intruder")


def test_create_without_credentials_raises_before_sending(anon: DockerHub) -> None:
    with pytest.raises(MissingCredentialsError):
        anon.namespace_repositories.create("alice", name="nope")


def test_get_a_private_repository_as_a_stranger_is_not_found(
    anon: DockerHub, alice: DockerHub
) -> None:
    assert alice.namespace_repositories.get("alice", "secret-project").is_private is True
    with pytest.raises(NotFoundError):
        anon.namespace_repositories.get("alice", "secret-project")


def test_exists_is_true_false_and_hides_private_repositories(
    anon: DockerHub, alice: DockerHub
) -> None:
    assert anon.namespace_repositories.exists(None, "nginx") is True
    assert anon.namespace_repositories.exists("library", "no-such-image") is False
    assert alice.namespace_repositories.exists("alice", "secret-project") is True
    assert anon.namespace_repositories.exists("alice", "secret-project") is False


def test_immutable_tags_settings_are_kept_and_shown(alice: DockerHub) -> None:
    info = alice.namespace_repositories.update_immutable_tags(
        "alice", "webapp", immutable_tags=True, immutable_tags_rules=["v.*", ".*-release"]
    )
    assert info.immutable_tags_settings.enabled is True
    assert info.immutable_tags_settings.rules == ["v.*", ".*-release"]
    again = alice.namespace_repositories.get("alice", "webapp").immutable_tags_settings
    assert again == info.immutable_tags_settings


def test_an_immutable_tags_update_of_one_field_keeps_the_other(alice: DockerHub) -> None:
    update = alice.namespace_repositories.update_immutable_tags
    update("alice", "webapp", immutable_tags=True, immutable_tags_rules=["v.*"])
    assert update("alice", "webapp", immutable_tags=False).immutable_tags_settings.rules == ["v.*"]
    settings = update("alice", "webapp", immutable_tags_rules=["1.*"]).immutable_tags_settings
    assert (settings.enabled, settings.rules) == (False, ["1.*"])


def test_an_invalid_immutable_tags_rule_is_a_bad_request(alice: DockerHub) -> None:
    with pytest.raises(BadRequestError):
        alice.namespace_repositories.update_immutable_tags(
            "alice", "webapp", immutable_tags=True, immutable_tags_rules=["v("]
        )


def test_verify_lists_the_tags_a_rule_matches(alice: DockerHub) -> None:
    tags = [t.name for t in alice.namespace_tags.iter("alice", "webapp")]
    assert alice.namespace_repositories.verify_immutable_tags(
        "alice", "webapp", regex=tags[0]
    ).tags == [tags[0]]


def test_verify_takes_a_regular_expression_as_dockers_example_does(alice: DockerHub) -> None:
    verify = alice.namespace_repositories.verify_immutable_tags
    assert verify("alice", "webapp", regex=r"1\..*").tags == ["1.0.0", "1.1.0"]
    assert verify("alice", "webapp", regex="v.*").tags == []


def test_verify_refuses_a_regex_that_does_not_compile(alice: DockerHub) -> None:
    with pytest.raises(BadRequestError, match="regular expression"):
        alice.namespace_repositories.verify_immutable_tags("alice", "webapp", regex="v(")


def test_verify_refuses_a_control_character_before_any_request(alice: DockerHub) -> None:
    with pytest.raises(InvalidInputError, match="regular expression of 1 to 255"):
        alice.namespace_repositories.verify_immutable_tags("alice", "webapp", regex="v\n")


def test_immutable_tags_need_the_owner(bob: DockerHub) -> None:
    with pytest.raises(PermissionDeniedError):
        bob.namespace_repositories.verify_immutable_tags("alice", "webapp", regex="latest")


# -- tags ---------------------------------------------------------------------------------------


def test_tags_carry_their_platform_images(anon: DockerHub) -> None:
    page = anon.namespace_tags.list(None, "nginx", page_size=100)
    assert page.count > 150
    latest = next(t for t in anon.namespace_tags.iter("library", "nginx") if t.name == "latest")
    assert latest.v2 is True
    assert {(i.architecture, i.variant) for i in latest.images} >= {
        ("amd64", None),
        ("arm64", "v8"),
    }
    assert all(i.digest and i.digest.startswith("sha256:") for i in latest.images)
    assert latest.tag_status == "active"
    assert latest.tag_last_pushed == latest.last_updated
    assert latest.tag_last_pulled is not None


def test_tags_of_one_release_share_their_images(anon: DockerHub) -> None:
    latest = anon.namespace_tags.get(None, "nginx", "latest")
    mainline = anon.namespace_tags.get(None, "nginx", "mainline")
    assert latest.images == mainline.images
    assert latest.digest == mainline.digest


def test_get_a_missing_tag_raises_not_found(anon: DockerHub) -> None:
    with pytest.raises(NotFoundError):
        anon.namespace_tags.get(None, "nginx", "no-such-tag")


def test_tag_checks(anon: DockerHub, alice: DockerHub) -> None:
    assert anon.namespace_tags.exists(None, "nginx", "latest") is True
    assert anon.namespace_tags.exists(None, "nginx", "no-such-tag") is False
    assert anon.namespace_tags.exists_any(None, "nginx") is True
    assert anon.namespace_tags.exists_any("library", "no-such-image") is False
    alice.namespace_repositories.create("alice", name="empty")
    assert alice.namespace_tags.exists_any("alice", "empty") is False


def test_a_bad_page_size_is_refused(anon: DockerHub) -> None:
    with pytest.raises((InvalidInputError, BadRequestError)):
        anon.namespace_tags.list(None, "nginx", page_size=101)
