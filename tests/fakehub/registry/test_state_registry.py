"""The registry's domain rules (no HTTP): pushes and pulls on the Hub's repositories and tags."""

from __future__ import annotations

import pytest

from fakehub.clock import ManualClock
from fakehub.state import RegistryError, State
from tests.fakehub.registry.images import AMD64, ARM64, INDEX, OCI_INDEX, Image, digest


def push_image(state: State, repo: str, each: Image, tag: str | None = None) -> None:
    namespace, _, name = repo.partition("/")
    for blob_digest, data in each.blobs.items():
        state.put_blob("alice", namespace, name, blob_digest, data)
    state.put_manifest("alice", namespace, name, tag or each.digest, each.manifest, each.media_type)


def push_index(state: State, repo: str, tag: str) -> None:
    push_image(state, repo, AMD64)
    push_image(state, repo, ARM64)
    namespace, _, name = repo.partition("/")
    state.put_manifest("alice", namespace, name, tag, INDEX, OCI_INDEX)


def test_a_pushed_index_sets_the_hub_tag_digest_platforms_and_sizes(state: State) -> None:
    push_index(state, "alice/public", "multi")
    tag = state.find_repository("alice", "public").tags["multi"]  # type: ignore[union-attr]
    assert tag.digest == digest(INDEX)
    assert [(i.architecture, i.variant, i.digest, i.size) for i in tag.images] == [
        ("amd64", None, AMD64.digest, AMD64.size),
        ("arm64", "v8", ARM64.digest, ARM64.size),
    ]
    assert tag.full_size == AMD64.size


def test_a_push_to_a_missing_repository_of_ones_namespace_creates_it(state: State) -> None:
    push_image(state, "alice/brand-new", AMD64, "v1")
    repo = state.find_repository("alice", "brand-new")
    assert repo is not None and repo.tags["v1"].digest == AMD64.digest


def test_a_wrong_digest_stores_nothing(state: State) -> None:
    with pytest.raises(RegistryError) as caught:
        state.put_blob("alice", "alice", "public", digest(b"other"), b"data")
    assert caught.value.code == "DIGEST_INVALID"
    assert state.registry_blob_count() == 0


def test_a_manifest_referencing_a_missing_blob_is_refused(state: State) -> None:
    with pytest.raises(RegistryError) as caught:
        state.put_manifest("alice", "alice", "public", "v9", AMD64.manifest, None)
    assert caught.value.code == "MANIFEST_BLOB_UNKNOWN"
    assert state.find_repository("alice", "public").tags["v1"].digest is None  # type: ignore[union-attr]


def test_a_manifest_get_counts_a_pull_and_a_head_does_not(state: State, clock: ManualClock) -> None:
    push_image(state, "alice/public", AMD64, "latest")
    repo = state.find_repository("alice", "public")
    assert repo is not None
    state.get_manifest("alice", "public", "latest", pull=False)
    assert repo.pull_count == 0 and repo.tags["latest"].last_pulled is None
    state.get_manifest("alice", "public", "latest", pull=True)
    assert repo.pull_count == 1 and repo.tags["latest"].last_pulled == clock()


def test_a_tag_deleted_in_the_hub_api_is_gone_from_the_registry(state: State) -> None:
    push_image(state, "alice/public", AMD64, "gone")
    state.delete_tag("alice", "alice", "public", "gone")
    with pytest.raises(RegistryError) as caught:
        state.get_manifest("alice", "public", "gone", pull=False)
    assert caught.value.code == "MANIFEST_UNKNOWN"


def test_deleting_a_manifest_by_digest_removes_every_tag_naming_it(state: State) -> None:
    push_image(state, "alice/public", AMD64, "a")
    push_image(state, "alice/public", AMD64, "b")
    state.delete_manifest("alice", "alice", "public", AMD64.digest)
    assert "a" not in state.find_repository("alice", "public").tags  # type: ignore[union-attr]
    assert state.registry_tags("alice", "public") == []


def test_a_snapshot_loads_back_with_the_same_manifest_bytes(state: State) -> None:
    push_index(state, "alice/public", "multi")
    copy = State(password_iterations=1)
    copy.load(state.snapshot())
    assert copy.get_manifest("alice", "public", "multi", pull=False).data == INDEX
    assert copy.get_blob("alice", "public", digest(AMD64.config)) == AMD64.config


def test_a_deleted_repository_drops_its_registry_content(state: State) -> None:
    push_image(state, "alice/public", AMD64, "latest")
    state.delete_repository("alice", "alice", "public")
    with pytest.raises(RegistryError) as caught:
        state.get_manifest("alice", "public", AMD64.digest, pull=False)
    assert caught.value.code == "NAME_UNKNOWN"


@pytest.mark.parametrize(
    ("caller", "scopes", "repo", "granted"),
    [
        ("carol", None, "alice/private", ()),
        ("bob", None, "alice/private", ("pull", "push")),
        ("alice", None, "alice/private", ("pull", "push", "delete")),
        ("alice", ("repo:read",), "alice/private", ("pull",)),
        ("alice", ("repo:public_read",), "alice/private", ()),
        ("alice", ("repo:public_read",), "alice/public", ("pull",)),
        (None, None, "alice/public", ("pull",)),
        ("alice", None, "alice/not-yet", ("pull", "push")),
        ("carol", None, "alice/not-yet", ()),
    ],
)
def test_granted_actions_follow_the_hub_permissions_and_pat_scopes(
    state: State,
    caller: str | None,
    scopes: tuple[str, ...] | None,
    repo: str,
    granted: tuple[str, ...],
) -> None:
    namespace, _, name = repo.partition("/")
    wanted = ("pull", "push", "delete")
    assert state.granted_actions(caller, namespace, name, wanted, pat_scopes=scopes) == granted
