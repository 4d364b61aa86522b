"""Stateful: hypothesis drives fakehub through the SDK and a plain-Python reference model side
by side, and after every step every view of the model must match what the SDK reads.

The cast: ``alice`` and ``bob`` (two users, each with one SDK client, logged in) and an
anonymous client. Seeded: ``alice/app`` (public, three tags, three stars from people outside
the model), ``alice/vault`` (private, two tags, ``bob`` collaborates) and ``bob/tool``
(public, two tags). Rules create (public or private, against a private-repository quota),
delete and re-describe repositories, star and unstar, add and remove collaborators, delete
tags, and read what the rules of visibility hide (another user's collaborators, a private
repository's tags).

The invariant, after every step and for each of the three clients: every repository name
the run has used is visible with the right fields (description, privacy, ``star_count``,
``has_starred``, ``can_edit``) or a ``NotFoundError``; both users' repository lists; both
users' starred lists (in order); the tags of every visible repository; the collaborators of
every repository the client owns.

**The SDK's cache is on**, as a demanding user would have it. Its guarantee is that a client
sees its own writes; a client's cache does not know what *another* client changed on the
server (that is the TTL's job). So when one client's write succeeds, the test empties the
caches of the *other* clients (``set_cache_options``), and never touches the writer's: any
stale answer the writer gets after its own write is a divergence.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from typing import Any, Final

import attrs
import hypothesis.strategies as st
import pytest
from hypothesis import HealthCheck, event, settings
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    initialize,
    invariant,
    multiple,
    precondition,
    rule,
)

from dockerhub_sdk import (
    BadRequestError,
    ConflictError,
    DockerHub,
    NotFoundError,
    PermissionDeniedError,
    WSGITransport,
)
from fakehub.app import create_app, get_backend
from fakehub.clock import ManualClock
from fakehub.state import hash_password

USERS: Final = ("alice", "bob")
READERS: Final[tuple[str | None, ...]] = (*USERS, None)
"""Who reads: the two users and an anonymous client (``None``)."""
PASSWORDS: Final = {"alice": "alice-password-1", "bob": "bob-password-1"}
PRIVATE_LIMITS: Final = {"alice": 1, "bob": 1}
NAMES: Final = ("app", "vault", "tool")
"""Repository names the rules create: few, so that creations collide and deleted names return."""
PAGE_SIZES: Final = st.sampled_from([1, 2, 100])
DESCRIPTIONS: Final = st.sampled_from(["", "An app", "Ünïcode ✓", "x" * 100])

RepoKey = tuple[str, str]


def _seed_document() -> dict[str, Any]:
    def tags(*names: str) -> list[dict[str, Any]]:
        # newest first, as fakehub lists them
        return [
            {"name": name, "full_size": 10 * (i + 1), "last_updated": f"2024-01-0{9 - i}T00:00:00Z"}
            for i, name in enumerate(names)
        ]

    return {
        "users": [
            {
                "username": user,
                # one PBKDF2 round: logins stay fast
                "password_hash": hash_password(PASSWORDS[user], salt=f"{user}salt", iterations=1),
                "private_repo_limit": PRIVATE_LIMITS[user],
            }
            for user in USERS
        ],
        "repositories": [
            {
                "namespace": "alice",
                "name": "app",
                "description": "Alice's app",
                "star_count": 3,
                "tags": tags("latest", "v2", "v1"),
            },
            {
                "namespace": "alice",
                "name": "vault",
                "is_private": True,
                "collaborators": ["bob"],
                "tags": tags("latest", "v1"),
            },
            {"namespace": "bob", "name": "tool", "tags": tags("latest", "1.0")},
        ],
    }


# --- the reference model -------------------------------------------------------------------


@attrs.define
class RepoModel:
    namespace: str
    name: str
    private: bool
    description: str = ""
    other_stars: int = 0
    stars: dict[str, int] = attrs.field(factory=dict)
    """Who starred it, and when (a sequence number: later stars come first in starred lists)."""
    collaborators: list[str] = attrs.field(factory=list)
    tags: list[str] = attrs.field(factory=list)
    """In the order fakehub lists them."""

    @property
    def key(self) -> RepoKey:
        return (self.namespace, self.name)

    @property
    def star_count(self) -> int:
        return self.other_stars + len(self.stars)

    def visible_to(self, reader: str | None) -> bool:
        return not self.private or reader == self.namespace or reader in self.collaborators

    def writable_by(self, user: str) -> bool:
        return user == self.namespace or user in self.collaborators


@attrs.define
class Model:
    repos: dict[RepoKey, RepoModel] = attrs.field(factory=dict)
    used: set[RepoKey] = attrs.field(factory=set)
    """Every repository name the run has known, existing or not (the invariant reads them all)."""
    clock: int = 0

    def add(self, repo: RepoModel) -> None:
        self.repos[repo.key] = repo
        self.used.add(repo.key)

    def visible(self, reader: str | None, key: RepoKey) -> RepoModel | None:
        repo = self.repos.get(key)
        return repo if repo is not None and repo.visible_to(reader) else None

    def private_count(self, user: str) -> int:
        return sum(1 for r in self.repos.values() if r.namespace == user and r.private)

    def repository_names(self, reader: str | None, namespace: str) -> list[str]:
        return sorted(
            r.name for r in self.repos.values() if r.namespace == namespace and r.visible_to(reader)
        )

    def starred(self, reader: str | None, user: str) -> list[tuple[str, int]]:
        found = [r for r in self.repos.values() if user in r.stars and r.visible_to(reader)]
        found.sort(key=lambda r: r.stars[user], reverse=True)
        return [(f"{r.namespace}/{r.name}", r.star_count) for r in found]


def _expect_error(what: str, error: type[Exception] | None, call: Callable[[], Any]) -> Any:
    """``call()``; it must raise ``error`` (or succeed when ``error`` is None). ``what`` names
    the rule in hypothesis' statistics (``--hypothesis-show-statistics``)."""
    event(f"{what}: {error.__name__ if error else 'ok'}")
    if error is None:
        return call()
    try:
        result = call()
    except error:
        return None
    raise AssertionError(f"expected {error.__name__}, got {result!r}")


CLOCK: Final = ManualClock()
APP: Final = create_app(clock=CLOCK)
BACKEND: Final = get_backend(APP)


@contextlib.contextmanager
def _without_credentials_in_env() -> Iterator[None]:
    """A client built without arguments reads ``DOCKER_HUB_*``; this test's must not."""
    names = (
        "DOCKER_HUB_LOGIN_TOKEN",
        "DOCKER_HUB_USERNAME",
        "DOCKER_HUB_PASSWORD",
        "DOCKER_HUB_PAT",
        "DOCKER_HUB_TOKEN",
    )
    saved = {name: os.environ.pop(name) for name in names if name in os.environ}
    try:
        yield
    finally:
        os.environ.update(saved)


class FakehubAgainstModel(RuleBasedStateMachine):
    repos = Bundle("repos")

    def __init__(self) -> None:
        super().__init__()
        BACKEND.state.reset()
        BACKEND.state.load(_seed_document())
        with _without_credentials_in_env():
            self.clients: dict[str | None, DockerHub] = {
                reader: DockerHub(
                    base_url="http://fakehub.test", transport=WSGITransport(APP), cache=True
                )
                for reader in READERS
            }
        for user in USERS:
            self.clients[user].login(user, PASSWORDS[user])
        self.model = Model()

    def teardown(self) -> None:
        for client in self.clients.values():
            client.close()

    # -- helpers ----------------------------------------------------------------------------

    def _wrote(self, writer: str) -> None:
        """After ``writer``'s successful write: the other clients' caches are out of date."""
        for reader, client in self.clients.items():
            if reader != writer:
                client.set_cache_options(enabled=True)

    def _admin_error(self, user: str, key: RepoKey) -> type[Exception] | None:
        """What an owner-only operation on ``key`` raises for ``user`` (None: allowed)."""
        if self.model.visible(user, key) is None:
            return NotFoundError
        return None if key[0] == user else PermissionDeniedError

    # -- setup ------------------------------------------------------------------------------

    @initialize(target=repos)
    def seed(self) -> Any:
        for doc in _seed_document()["repositories"]:
            self.model.add(
                RepoModel(
                    namespace=doc["namespace"],
                    name=doc["name"],
                    private=doc.get("is_private", False),
                    description=doc.get("description", ""),
                    other_stars=doc.get("star_count", 0),
                    collaborators=list(doc.get("collaborators", [])),
                    tags=[t["name"] for t in doc["tags"]],
                )
            )
        return multiple(*sorted(self.model.repos))

    # -- writes -----------------------------------------------------------------------------

    @rule(
        target=repos,
        user=st.sampled_from(USERS),
        namespace=st.sampled_from(USERS),
        name=st.sampled_from(NAMES),
        private=st.none() | st.booleans(),
        description=DESCRIPTIONS,
    )
    def create_repository(
        self, user: str, namespace: str, name: str, private: bool | None, description: str
    ) -> RepoKey:
        key = (namespace, name)
        is_private = bool(private)
        error: type[Exception] | None = None
        if namespace != user:
            error = PermissionDeniedError
        elif key in self.model.repos or (  # a taken name: Docker's documented 400, not a 409
            is_private and self.model.private_count(user) >= PRIVATE_LIMITS[user]
        ):
            error = BadRequestError
        options: dict[str, Any] = {"description": description}
        if private is not None:
            options["is_private"] = private
        created = _expect_error(
            "create_repository",
            error,
            lambda: self.clients[user].repositories.create(
                namespace=namespace, name=name, **options
            ),
        )
        if error is None:
            assert (created.namespace, created.name) == key
            assert (created.is_private, created.description) == (is_private, description)
            assert (created.star_count, created.can_edit) == (0, True)
            self.model.add(
                RepoModel(
                    namespace=namespace, name=name, private=is_private, description=description
                )
            )
            self._wrote(user)
        return key

    @rule(user=st.sampled_from(USERS), key=repos)
    def delete_repository(self, user: str, key: RepoKey) -> None:
        error = self._admin_error(user, key)
        _expect_error(
            "delete_repository", error, lambda: self.clients[user].repositories.delete(*key)
        )
        if error is None:
            del self.model.repos[key]
            self._wrote(user)

    @rule(user=st.sampled_from(USERS), key=repos, description=DESCRIPTIONS)
    def update_description(self, user: str, key: RepoKey, description: str) -> None:
        error = self._admin_error(user, key)
        updated = _expect_error(
            "update_description",
            error,
            lambda: self.clients[user].repositories.update(*key, description=description),
        )
        if error is None:
            assert updated.description == description
            self.model.repos[key].description = description
            self._wrote(user)

    @rule(user=st.sampled_from(USERS), key=repos)
    def star(self, user: str, key: RepoKey) -> None:
        repo = self.model.visible(user, key)
        CLOCK.advance(seconds=1)  # starred lists are newest first
        _expect_error(
            "star",
            None if repo else NotFoundError,
            lambda: self.clients[user].repositories.star(*key),
        )
        if repo is not None:
            self.model.clock += 1
            repo.stars.setdefault(user, self.model.clock)  # starring twice changes nothing
            self._wrote(user)

    @rule(user=st.sampled_from(USERS), key=repos)
    def unstar(self, user: str, key: RepoKey) -> None:
        repo = self.model.visible(user, key)
        _expect_error(
            "unstar",
            None if repo else NotFoundError,
            lambda: self.clients[user].repositories.unstar(*key),
        )
        if repo is not None:
            repo.stars.pop(user, None)
            self._wrote(user)

    @rule(owner=st.sampled_from(USERS), key=repos, collaborator=st.sampled_from(USERS))
    def add_collaborator(self, owner: str, key: RepoKey, collaborator: str) -> None:
        error = self._admin_error(owner, key)
        if error is None:
            repo = self.model.repos[key]
            if collaborator == repo.namespace:
                error = BadRequestError  # owners cannot collaborate on their own repository
            elif collaborator in repo.collaborators:
                error = ConflictError
        added = _expect_error(
            "add_collaborator",
            error,
            lambda: self.clients[owner].collaborators.add(*key, user=collaborator),
        )
        if error is None:
            assert added.user == collaborator
            self.model.repos[key].collaborators.append(collaborator)
            self._wrote(owner)

    def _collaborations(self) -> list[tuple[RepoKey, str]]:
        return sorted((key, c) for key, r in self.model.repos.items() for c in r.collaborators)

    @precondition(lambda self: bool(self._collaborations()))
    @rule(data=st.data(), owner=st.sampled_from(USERS))
    def remove_collaborator(self, data: st.DataObject, owner: str) -> None:
        key, collaborator = data.draw(st.sampled_from(self._collaborations()))
        error = self._admin_error(owner, key)
        _expect_error(
            "remove_collaborator",
            error,
            lambda: self.clients[owner].collaborators.delete(*key, collaborator),
        )
        if error is None:
            self.model.repos[key].collaborators.remove(collaborator)
            self._wrote(owner)

    @rule(owner=st.sampled_from(USERS), key=repos, collaborator=st.sampled_from(USERS))
    def remove_someone_who_is_not_a_collaborator(
        self, owner: str, key: RepoKey, collaborator: str
    ) -> None:
        error = self._admin_error(owner, key)
        if error is None and collaborator in self.model.repos[key].collaborators:
            return  # that is remove_collaborator
        _expect_error(
            "remove_someone_who_is_not_a_collaborator",
            error or NotFoundError,
            lambda: self.clients[owner].collaborators.delete(*key, collaborator),
        )

    def _tags(self) -> list[tuple[RepoKey, str]]:
        return sorted((key, t) for key, r in self.model.repos.items() for t in r.tags)

    @precondition(lambda self: bool(self._tags()))
    @rule(data=st.data(), user=st.sampled_from(USERS))
    def delete_tag(self, data: st.DataObject, user: str) -> None:
        key, tag = data.draw(st.sampled_from(self._tags()))
        repo = self.model.repos[key]
        error: type[Exception] | None = None
        if not repo.visible_to(user):
            error = NotFoundError
        elif not repo.writable_by(user):
            error = PermissionDeniedError  # owners and collaborators may delete tags
        _expect_error("delete_tag", error, lambda: self.clients[user].tags.delete(*key, tag))
        if error is None:
            repo.tags.remove(tag)
            self._wrote(user)

    @rule(user=st.sampled_from(USERS), key=repos, tag=st.sampled_from(["latest", "nope"]))
    def delete_a_tag_that_may_be_gone(self, user: str, key: RepoKey, tag: str) -> None:
        repo = self.model.repos.get(key)
        error: type[Exception] | None = None
        if repo is None or not repo.visible_to(user):
            error = NotFoundError
        elif not repo.writable_by(user):
            error = PermissionDeniedError
        elif tag not in repo.tags:
            error = NotFoundError
        _expect_error(
            "delete_a_tag_that_may_be_gone",
            error,
            lambda: self.clients[user].tags.delete(*key, tag),
        )
        if error is None and repo is not None:
            repo.tags.remove(tag)
            self._wrote(user)

    # -- reads the invariant does not make: hidden lists, small pages ------------------------

    @rule(reader=st.sampled_from(READERS), key=repos, page_size=PAGE_SIZES)
    def read_tags_of_any_repository(self, reader: str | None, key: RepoKey, page_size: int) -> None:
        repo = self.model.visible(reader, key)
        client = self.clients[reader]
        names = _expect_error(
            "read_tags_of_any_repository",
            None if repo else NotFoundError,
            lambda: [t.name for t in client.tags.iter(*key, page_size=page_size)],
        )
        if repo is not None:
            assert names == repo.tags

    @rule(user=st.sampled_from(USERS), key=repos, page_size=PAGE_SIZES)
    def read_collaborators_of_any_repository(self, user: str, key: RepoKey, page_size: int) -> None:
        error = self._admin_error(user, key)
        client = self.clients[user]
        names = _expect_error(
            "read_collaborators_of_any_repository",
            error,
            lambda: [c.user for c in client.collaborators.iter(*key, page_size=page_size)],
        )
        if error is None:
            assert names == self.model.repos[key].collaborators

    @rule(reader=st.sampled_from(READERS), user=st.sampled_from(USERS), page_size=PAGE_SIZES)
    def read_starred_page_by_page(self, reader: str | None, user: str, page_size: int) -> None:
        client = self.clients[reader]
        starred = [
            (f"{r.namespace}/{r.name}", r.star_count)
            for r in client.repositories.iter_starred(user, page_size=page_size)
        ]
        assert starred == self.model.starred(reader, user)

    # -- the views, after every step --------------------------------------------------------

    @invariant()
    def every_view_agrees_with_the_model(self) -> None:
        model = self.model
        for reader, client in self.clients.items():
            for key in sorted(model.used):
                repo = model.visible(reader, key)
                if repo is None:
                    with pytest.raises(NotFoundError):
                        client.repositories.get(*key)
                    continue
                got = client.repositories.get(*key)
                assert (got.namespace, got.name) == key
                assert got.description == repo.description, (reader, key)
                assert got.is_private == repo.private, (reader, key)
                assert got.star_count == repo.star_count, (reader, key)
                assert got.has_starred == (reader in repo.stars), (reader, key)
                assert got.can_edit == (reader == repo.namespace), (reader, key)
                tags = [t.name for t in client.tags.iter(*key, page_size=100)]
                assert tags == repo.tags, (reader, key)
                if reader == repo.namespace:
                    collaborators = [c.user for c in client.collaborators.iter(*key)]
                    assert collaborators == repo.collaborators, key
            for user in USERS:
                names = [r.name for r in client.repositories.list(user)]
                assert names == model.repository_names(reader, user), (reader, user)
                starred = [
                    (f"{r.namespace}/{r.name}", r.star_count)
                    for r in client.repositories.iter_starred(user, page_size=100)
                ]
                assert starred == model.starred(reader, user), (reader, user)


# The ci profile (CI=true) keeps 40 runs of up to 40 steps. dev (the default) runs 10 of up to
# 50: 500 steps instead of 1,600, each still followed by the whole invariant. The state a rule
# can reach is small (3 names x 2 namespaces, 2 users, a quota of 1) and every run starts from
# the seed, so 10 derandomized runs of 50 steps still draw each rule dozens of times, on names
# created, deleted and re-created, with and without the quota reached.
_CI: Final = settings.get_current_profile_name() == "ci"
FakehubAgainstModel.TestCase.settings = settings(
    max_examples=40 if _CI else 10,
    stateful_step_count=40 if _CI else 50,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestFakehubAgainstModel = FakehubAgainstModel.TestCase
