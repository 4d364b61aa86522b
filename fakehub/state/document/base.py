"""What every part of loading a document shares: ids, names, secrets, the state."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from dockerhub_sdk.wire import Format
from fakehub.state.core import StateCore, _check_format
from fakehub.state.credentials import hash_token
from fakehub.state.document.reader import _Obj
from fakehub.state.entities.accounts import User
from fakehub.state.entities.audit import AuditEvent
from fakehub.state.entities.builds import BuildLink
from fakehub.state.entities.orgs import Group, Organization
from fakehub.state.entities.repositories import Repository, Tag
from fakehub.state.errors import Invalid

SNAPSHOT_VERSION: Final = 1

_UUID: Final = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _prefixed(prefix: str) -> Callable[[str, str], str]:
    """A check that a secret starts with ``prefix`` (``dckr_pat_``)."""

    def check(path: str, secret: str) -> str:
        if not secret.startswith(prefix):
            raise Invalid(path, f"must start with {prefix}")
        return secret

    return check


class _LoaderBase:
    """Reads a whole document into new objects, checking it against the state, then commits."""

    def __init__(self, state: StateCore) -> None:
        self.state = state
        self.now = state.now()
        self.users: list[User] = []
        self.orgs: list[Organization] = []
        self.repos: list[Repository] = []
        self.next_id = 0
        self._ids: dict[int, str] = {}
        """Explicit ids seen in the document (and in the state), with where they are."""
        self._fixups: list[Callable[[int], None]] = []
        self._names: set[str] = set()
        self._user_names: set[str] = set()
        self._links: list[tuple[Repository, BuildLink, str]] = []
        self._team_permissions: list[tuple[Repository, Group, str]] = []
        self._invite_ids: set[str] = set()
        self._creators: list[tuple[Tag, str, bool, bool]] = []
        self.audit_events: list[AuditEvent] = []

    def _id(self, obj: _Obj, key: str, assign: Callable[[int], None]) -> int:
        value = obj.opt_integer(key)
        if value is None:
            self._fixups.append(assign)
            return 0
        if value < 1:
            raise Invalid(obj.at(key), "must be at least 1")
        if value in self._ids:
            raise Invalid(obj.at(key), f"id {value} is already used by {self._ids[value]}")
        self._ids[value] = obj.at(key)
        return value

    def _existing_ids(self) -> None:
        s = self.state
        for user in s._users.values():
            self._ids[user.pk] = f"user {user.username}"
        for org in s._orgs.values():
            self._ids[org.pk] = f"organization {org.name}"
            for group in org.groups.values():
                self._ids[group.id] = f"group {org.name}/{group.name}"
        for repo in s._repos.values():
            where = f"repository {repo.full_name}"
            ids = [repo.id]
            ids += [t.id for t in repo.tags.values()]
            ids += [c.id for c in repo.comments]
            ids += list(repo.webhooks) + [h.id for w in repo.webhooks.values() for h in w.hooks]
            ids += [b.id for b in repo.builds] + list(repo.links)
            if repo.autobuild is not None:
                ids += [t.id for t in repo.autobuild.build_tags]
            for value in ids:
                self._ids[value] = where

    def _account(self, obj: _Obj, key: str, *formats: Format) -> tuple[str, str]:
        """The name and the ``id`` of a new account (a user or an organization): the name is at
        ``key`` of ``obj``, in each of ``formats``, and must be free; the id is 32 lower-case
        hex digits, a new one when it is left out."""
        name = obj.text(key)
        for fmt in formats:
            name = _check_format(fmt, obj.at(key), name)
        if name in self._names:
            raise Invalid(obj.at(key), f"the name {name} is already taken")
        account_id = obj.text("id", None) if obj.present("id") else self.state._hex_id()
        if not re.fullmatch(r"[0-9a-f]{32}", account_id):
            raise Invalid(obj.at("id"), "expected 32 lower-case hex digits")
        return name, account_id

    def _known_user(self, name: str, path: str) -> str:
        if name not in self._user_names:
            raise Invalid(path, f"no such user: {name}")
        return name

    def _uuid(self, obj: _Obj, key: str) -> str:
        """``obj``'s lower-case UUID ``key``; a new one when it is left out."""
        value = obj.text(key) if obj.present(key) else self.state._uuid()
        if not _UUID.fullmatch(value):
            raise Invalid(obj.at(key), "expected a lower-case UUID")
        return value

    def _secret_hash(self, obj: _Obj, key: str, check: Callable[[str, str], str]) -> str:
        """The :func:`hash_token` of a secret given as ``key`` (``check(path, secret)`` refuses
        a malformed one), or as ``{key}_hash`` (a snapshot's): exactly one of the two."""
        hash_key = f"{key}_hash"
        if not obj.present(key):
            token_hash = obj.text(hash_key)
            if not re.fullmatch(r"[0-9a-f]{64}", token_hash):
                raise Invalid(obj.at(hash_key), "expected 64 lower-case hex digits")
            return token_hash
        if obj.present(hash_key):
            raise Invalid(obj.at(key), f"give {key} or {hash_key}, not both")
        return hash_token(check(obj.at(key), obj.text(key)))

    def _access_token_head(self, obj: _Obj, prefix: str, id_key: str) -> tuple[str, str]:
        """What every access token of a document starts with: the :func:`hash_token` of its
        ``token`` (a secret starting with ``prefix``, hashed here) or its ``token_hash`` (from a
        snapshot), and its UUID ``id_key``."""
        return self._secret_hash(obj, "token", _prefixed(prefix)), self._uuid(obj, id_key)

    def _owner_pk(self, namespace: str) -> int:
        """The namespace's numeric id; 0 when it is still unassigned (see ``commit``)."""
        for user in self.users:
            if user.username == namespace:
                return user.pk
        for org in self.orgs:
            if org.name == namespace:
                return org.pk
        return self.state._pk_of(namespace)
