"""The core of fakehub's state: the lock, ids, the clock, Docker Hub's visibility and
permission rules, and the audit hook (the errors it raises are :mod:`fakehub.state.errors`,
passwords and token secrets :mod:`fakehub.state.credentials`).

:class:`StateCore` holds the data every group of operations (:mod:`fakehub.state.accounts`,
:mod:`~fakehub.state.orgs`, :mod:`~fakehub.state.repositories`, ...) works on; each group is
a subclass of it, and :class:`fakehub.state.State` assembles them. Nothing here knows HTTP.
"""

from __future__ import annotations

import datetime
import functools
import random
import re
import string
import threading
from collections.abc import Callable, Mapping, Sequence
from typing import Concatenate, Final, ParamSpec, TypeVar

from dockerhub_sdk.wire import Format
from fakehub.audit import ACTIONS as AUDIT_ACTIONS
from fakehub.audit import sentence as audit_sentence
from fakehub.state.credentials import PASSWORD_ITERATIONS, hash_password
from fakehub.state.entities.accounts import User
from fakehub.state.entities.audit import AuditEvent
from fakehub.state.entities.index import AuditLog, ByNamespace
from fakehub.state.entities.orgs import Organization, org_member_names
from fakehub.state.entities.registry import Upload
from fakehub.state.entities.repositories import REPO_PERMISSIONS, Repository
from fakehub.state.errors import Forbidden, Invalid, NotFound, Unauthorized

__all__ = ["Clock", "StateCore", "utc_now"]

Clock = Callable[[], datetime.datetime]
"""Returns the current time, timezone-aware."""

_BUILD_CODE_ALPHABET: Final = string.ascii_lowercase + string.digits

_EMAIL: Final = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def utc_now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)


# --- lookups ------------------------------------------------------------------------------


_V = TypeVar("_V")


def _found(value: _V | None, message: str) -> _V:
    """``value`` (what a lookup by key found), or :class:`NotFound` with ``message``."""
    if value is None:
        raise NotFound(message)
    return value


def _set_given(entity: object, **values: object) -> list[str]:
    """Set each attribute of ``entity`` named in ``values`` whose value is given (not
    ``None``: that one is left as it is), as a partial update does; the names set, in order."""
    changed = [name for name, value in values.items() if value is not None]
    for name in changed:
        setattr(entity, name, values[name])
    return changed


# --- the shared core of the state --------------------------------------------------------


_P = ParamSpec("_P")

_R = TypeVar("_R")

_S = TypeVar("_S", bound="StateCore")


def _locked(method: Callable[Concatenate[_S, _P], _R]) -> Callable[Concatenate[_S, _P], _R]:
    @functools.wraps(method)
    def wrapper(self: _S, /, *args: _P.args, **kwargs: _P.kwargs) -> _R:
        with self.lock:
            return method(self, *args, **kwargs)

    return wrapper


def _check_format(fmt: Format, field_name: str, value: str) -> str:
    value = fmt.normalize(value)
    problem = fmt.violation(value)
    if problem is not None:
        raise Invalid(field_name, problem)
    return value


def _aware(value: datetime.datetime) -> datetime.datetime:
    if value.tzinfo is None:
        raise ValueError(f"the clock returned a naive datetime: {value!r}")
    return value.astimezone(datetime.UTC)


class StateCore:
    """What every group of operations shares: the lock, the clock, the random source, the
    id counter, the users, organizations and repositories, Docker Hub's visibility and
    permission rules, and the audit hook. Every public method takes :attr:`lock`, a
    re-entrant lock that callers may also hold to read several objects consistently."""

    def __init__(
        self,
        *,
        clock: Clock | None = None,
        rng: random.Random | None = None,
        password_iterations: int = PASSWORD_ITERATIONS,
    ) -> None:
        self.lock = threading.RLock()
        self._clock: Clock = clock or utc_now
        self._rng = rng if rng is not None else random.SystemRandom()
        self._password_iterations = password_iterations
        self._users: dict[str, User] = {}
        self._orgs: dict[str, Organization] = {}
        self._repos: ByNamespace[Repository] = ByNamespace()
        self._next_id = 1
        self._audit_events: AuditLog[AuditEvent] = AuditLog()
        self._blobs: dict[str, bytes] = {}
        """The registry's blobs by digest, shared by every repository (content-addressed)."""
        self._uploads: dict[str, Upload] = {}
        """The registry's open upload sessions by id."""

    def now(self) -> datetime.datetime:
        return _aware(self._clock())

    @_locked
    def reset(self) -> None:
        """Forget everything (the clock and the random source stay)."""
        self._users = {}
        self._orgs = {}
        self._repos = ByNamespace()
        self._next_id = 1
        self._audit_events = AuditLog()
        self._blobs = {}
        self._uploads = {}

    def _new_id(self) -> int:
        value = self._next_id
        self._next_id += 1
        return value

    def _hex_id(self) -> str:
        return f"{self._rng.getrandbits(128):032x}"

    def _salt(self) -> str:
        return "".join(self._rng.choice(string.ascii_letters + string.digits) for _ in range(16))

    def _build_code(self) -> str:
        return "b" + "".join(self._rng.choice(_BUILD_CODE_ALPHABET) for _ in range(21))

    def _uuid(self) -> str:
        raw = f"{self._rng.getrandbits(128):032x}"
        return f"{raw[:8]}-{raw[8:12]}-4{raw[13:16]}-a{raw[17:20]}-{raw[20:]}"

    def hash_password(self, password: str) -> str:
        return hash_password(password, salt=self._salt(), iterations=self._password_iterations)

    @_locked
    def incarnation_of(self, name: str) -> str | None:
        """The incarnation of the user or organization ``name`` (``None``: no such account):
        what the tokens issued for it carry, so that they end with it."""
        account = self._users.get(name) or self._orgs.get(name)
        return account.incarnation if account is not None else None

    @_locked
    def incarnations(self) -> dict[str, str]:
        """Every account's incarnation by name: what ``fakehub serve --save`` keeps beside the
        state, so that a restart from it keeps the tokens issued before."""
        users = {name: user.incarnation for name, user in self._users.items()}
        return users | {name: org.incarnation for name, org in self._orgs.items()}

    @_locked
    def restore_incarnations(self, kept: Mapping[str, str]) -> None:
        """Give each account named in ``kept`` that incarnation again (a restarted server's
        accounts, loaded from its saved state); names of no account are passed over."""
        for name, incarnation in kept.items():
            account = self._users.get(name) or self._orgs.get(name)
            if account is not None and isinstance(incarnation, str) and incarnation:
                account.incarnation = incarnation

    def _namespace_exists(self, namespace: str) -> bool:
        return namespace in self._users or namespace in self._orgs

    def _owners(self, namespace: str) -> Sequence[str]:
        if namespace in self._users:
            return (namespace,)
        org = self._orgs.get(namespace)
        # an organization access token acts as its organization (``caller`` is the org's name)
        return (*org.members, org.name) if org is not None else ()

    def is_owner(self, caller: str | None, repo: Repository) -> bool:
        """Whether ``caller`` administers ``repo`` (``can_edit`` on the wire): the namespace's
        owners, and members of a group with ``admin`` on it."""
        if caller is None:
            return False
        return caller in self._owners(repo.namespace) or self._team_level(caller, repo) >= 3

    def can_see(self, caller: str | None, repo: Repository) -> bool:
        if not repo.is_private:
            return True
        if caller is None:
            return False
        return (
            self.is_owner(caller, repo)
            or caller in repo.collaborators
            or self._team_level(caller, repo) >= 1
        )

    def can_write(self, caller: str | None, repo: Repository) -> bool:
        """Push access: owners, collaborators, and members of a group with ``write`` or more."""
        return caller is not None and (
            self.is_owner(caller, repo)
            or caller in repo.collaborators
            or self._team_level(caller, repo) >= 2
        )

    def _team_level(self, caller: str, repo: Repository) -> int:
        """The strongest permission (:data:`REPO_PERMISSIONS`) ``caller``'s groups have on
        ``repo``; 0 for none."""
        if not repo.team_permissions:
            return 0
        org = self._orgs.get(repo.namespace)
        if org is None:
            return 0
        return max(
            (
                REPO_PERMISSIONS[repo.team_permissions[g.id]]
                for g in org.groups.values()
                if caller in g.members and g.id in repo.team_permissions
            ),
            default=0,
        )

    def has_starred(self, caller: str | None, repo: Repository) -> bool:
        return caller is not None and caller in repo.stars

    def _not_found(self, namespace: str, name: str) -> NotFound:
        return NotFound(f"Repository {namespace}/{name} not found.")

    def _visible_repo(self, caller: str | None, namespace: str, name: str) -> Repository:
        repo = self._repos.get((namespace, name))
        if repo is None or not self.can_see(caller, repo):
            raise self._not_found(namespace, name)
        return repo

    def _require_caller(self, caller: str | None) -> str:
        """The caller: a user, or an organization acting through one of its organization
        access tokens (whose operations fakehub's HTTP layer limits to the token's scopes)."""
        if caller is None:
            raise Unauthorized("Authentication credentials were not provided.")
        if caller not in self._users and caller not in self._orgs:
            raise Unauthorized("User not found.")
        return caller

    def _require_user(self, caller: str | None) -> str:
        """The calling user; an organization (an organization access token) is refused."""
        caller = self._require_caller(caller)
        if caller not in self._users:
            raise Forbidden("Organization access tokens cannot perform this action.")
        return caller

    def _admin_repo(self, caller: str | None, namespace: str, name: str) -> Repository:
        return self._permitted_repo(caller, namespace, name, self.is_owner)

    def _writable_repo(self, caller: str | None, namespace: str, name: str) -> Repository:
        return self._permitted_repo(caller, namespace, name, self.can_write)

    def _permitted_repo(
        self,
        caller: str | None,
        namespace: str,
        name: str,
        permitted: Callable[[str, Repository], bool],
    ) -> Repository:
        """The repository ``caller`` can see, if ``permitted(caller, repo)``; else 403."""
        user = self._require_caller(caller)
        repo = self._visible_repo(user, namespace, name)
        if not permitted(user, repo):
            raise Forbidden("You do not have permission to perform this action.")
        return repo

    def _organization(self, org: str) -> Organization:
        """The organization named ``org``, or :class:`NotFound`."""
        return _found(self._orgs.get(org), f"Organization {org} not found.")

    def _org_for(self, caller: str | None, org: str, *, owner: bool) -> Organization:
        """``org``, if ``caller`` belongs to it (is one of its owners, when ``owner``)."""
        user = self._require_caller(caller)
        organization = self._organization(org)
        allowed = organization.members if owner else org_member_names(organization)
        if user not in allowed and user != organization.name:  # an org access token: its org
            raise Forbidden("You do not have permission to perform this action.")
        return organization

    def _private_repo_count(self, namespace: str) -> int:
        return sum(1 for r in self._repos.values() if r.namespace == namespace and r.is_private)

    def _pk_of(self, name: str) -> int:
        user = self._users.get(name)
        if user is not None:
            return user.pk
        org = self._orgs.get(name)
        return org.pk if org is not None else 0

    def audit(
        self,
        account: str,
        action: str,
        *,
        actor: str | None,
        name: str | None = None,
        data: Mapping[str, str] | None = None,
        description: str | None = None,
    ) -> None:
        """Record that ``actor`` just made a write in ``account``, when it is an organization
        (Docker Hub audits organizations only: elsewhere this does nothing).

        Every write in an organization calls this once, as its last step, after every check
        has passed (so a failed write records nothing), with the lock held. ``action`` is a
        ``"{category}.{name}"`` of :data:`fakehub.audit.CATALOGUE`; ``name`` defaults to the
        organization (give the repository's full name for ``repo.*`` actions, the member's
        username for member events); ``data`` its details, strings only; ``description`` the
        event's sentence (``created the team qa``), by default the action's sentence of
        :data:`fakehub.audit.SENTENCES` filled in with the account, the name and the data.
        """
        if action not in AUDIT_ACTIONS:
            raise ValueError(f"{action!r} is not an action of fakehub.audit.CATALOGUE")
        if actor is None:
            raise ValueError(f"an audited write ({action}) needs the caller who made it")
        if account not in self._orgs:
            return
        if description is None:
            description = audit_sentence(action, account, name, data)
        self._audit_events.append(
            AuditEvent(
                account=account,
                action=action,
                name=account if name is None else name,
                actor=actor,
                data=dict(data or {}),
                timestamp=self.now(),
                action_description=description,
            )
        )

    def _audit_repo(
        self,
        repo: Repository,
        action: str,
        caller: str | None,
        data: Mapping[str, str] | None = None,
        *,
        description: str | None = None,
    ) -> None:
        """:meth:`audit` for a write to ``repo`` (``name`` is its full name; a ``description``
        given is followed by it)."""
        self.audit(
            repo.namespace,
            action,
            actor=caller,
            name=repo.full_name,
            data=data,
            description=None if description is None else f"{description} {repo.full_name}",
        )
