"""Docker Hub's permission rules, checked on the state alone (no HTTP).

alice owns alice/public and alice/private; bob collaborates on alice/private; carol is a
stranger; dave owns the organization acme and its private acme/internal.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from fakehub.state import FakehubError, Forbidden, NotFound, State, Unauthorized

OK = None
Operation = Callable[[State, str | None, str], object]


def read(state: State, caller: str | None, repo: str) -> object:
    namespace, name = repo.split("/")
    return state.get_repository(caller, namespace, name)


def administer(state: State, caller: str | None, repo: str) -> object:
    namespace, name = repo.split("/")
    return state.update_repository(caller, namespace, name, description="changed")


def delete_tag(state: State, caller: str | None, repo: str) -> object:
    namespace, name = repo.split("/")
    return state.delete_tag(caller, namespace, name, "latest")


def star(state: State, caller: str | None, repo: str) -> object:
    namespace, name = repo.split("/")
    state.star(caller, namespace, name)
    return None


TABLE: list[tuple[str, str | None, str, type[FakehubError] | None]] = [
    # reading: public for all, private for owners and collaborators, 404 for everyone else
    ("read", None, "alice/public", OK),
    ("read", None, "alice/private", NotFound),
    ("read", "alice", "alice/private", OK),
    ("read", "bob", "alice/private", OK),
    ("read", "carol", "alice/public", OK),
    ("read", "carol", "alice/private", NotFound),
    ("read", "dave", "acme/internal", OK),
    ("read", "alice", "acme/internal", NotFound),
    # administering: owners only; 401 anonymous, 403 seen-but-not-owned, 404 unseen
    ("administer", None, "alice/public", Unauthorized),
    ("administer", None, "alice/private", Unauthorized),
    ("administer", "alice", "alice/public", OK),
    ("administer", "alice", "alice/private", OK),
    ("administer", "bob", "alice/public", Forbidden),
    ("administer", "bob", "alice/private", Forbidden),
    ("administer", "carol", "alice/public", Forbidden),
    ("administer", "carol", "alice/private", NotFound),
    ("administer", "dave", "acme/internal", OK),
    ("administer", "alice", "acme/internal", NotFound),
    # deleting a tag: write access, which collaborators have
    ("delete_tag", None, "alice/public", Unauthorized),
    ("delete_tag", "alice", "alice/public", OK),
    ("delete_tag", "bob", "alice/private", OK),
    ("delete_tag", "bob", "alice/public", Forbidden),
    ("delete_tag", "carol", "alice/public", Forbidden),
    ("delete_tag", "carol", "alice/private", NotFound),
    # starring: any logged-in user who can see the repository
    ("star", None, "alice/public", Unauthorized),
    ("star", "carol", "alice/public", OK),
    ("star", "bob", "alice/private", OK),
    ("star", "carol", "alice/private", NotFound),
]
OPERATIONS: dict[str, Operation] = {
    "read": read,
    "administer": administer,
    "delete_tag": delete_tag,
    "star": star,
}


@pytest.mark.parametrize(
    ("operation", "caller", "repo", "expected"),
    TABLE,
    ids=[f"{op}-{caller}-{repo}" for op, caller, repo, _ in TABLE],
)
def test_permission_table(
    state: State,
    operation: str,
    caller: str | None,
    repo: str,
    expected: type[FakehubError] | None,
) -> None:
    if expected is None:
        OPERATIONS[operation](state, caller, repo)
    else:
        with pytest.raises(expected):
            OPERATIONS[operation](state, caller, repo)


def test_a_hidden_private_repository_fails_like_a_missing_one(state: State) -> None:
    with pytest.raises(NotFound) as hidden:
        state.get_repository("carol", "alice", "private")
    with pytest.raises(NotFound) as missing:
        state.get_repository("carol", "alice", "nothing-here")
    assert hidden.value.message.replace("private", "X") == missing.value.message.replace(
        "nothing-here", "X"
    )


def test_strangers_do_not_see_private_repositories_in_listings(state: State) -> None:
    names = [r.name for r in state.list_repositories("carol", "alice")]
    assert names == ["public"]


def test_collaborators_see_private_repositories_in_listings(state: State) -> None:
    names = [r.name for r in state.list_repositories("bob", "alice")]
    assert names == ["private", "public"]


def test_creating_in_another_users_namespace_is_forbidden(state: State) -> None:
    with pytest.raises(Forbidden):
        state.create_repository("carol", namespace="alice", name="mine")


def test_organization_owners_create_repositories_under_it(state: State) -> None:
    repo = state.create_repository("dave", namespace="acme", name="newthing")
    assert state.is_owner("dave", repo)


def test_private_repositories_beyond_the_limit_are_refused(state: State) -> None:
    # alice has the default limit of one private repository, and has one
    from fakehub.state import Invalid

    with pytest.raises(Invalid) as error:
        state.create_repository("alice", namespace="alice", name="second", is_private=True)
    assert error.value.field == "is_private"


def test_group_members_are_added_by_organization_owners_only(state: State) -> None:
    with pytest.raises(Forbidden):
        state.add_group_member("carol", "acme", "developers", "carol")
    assert state.add_group_member("dave", "acme", "developers", "carol") == "carol"
    assert state.get_org("acme").groups["developers"].members == ["carol"]


def test_adding_an_unknown_user_to_a_group_is_not_found_naming_the_user(state: State) -> None:
    with pytest.raises(NotFound, match=r"^User nobody not found\.$"):
        state.add_group_member("dave", "acme", "developers", "nobody")
    assert state.get_org("acme").groups["developers"].members == []


def test_registry_settings_are_private_to_their_user(state: State) -> None:
    with pytest.raises(Forbidden):
        state.registry_settings("carol", "alice")
    settings = state.registry_settings("alice", "alice")
    assert (settings.private_repo_used, settings.private_repo_available) == (1, 0)
