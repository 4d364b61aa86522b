"""fakehub's domain state: Docker Hub's users, organizations and repositories, in memory.

Plain Python objects behind one :class:`threading.RLock`, like moto's ``models.py``. Nothing
here knows about HTTP or Flask: operations take the caller's username (``None`` when
anonymous), check Docker Hub's permission rules and raise the domain errors below, which the
HTTP layer (:mod:`fakehub.app`) maps to status codes.

Permission rules (as on Docker Hub):

* anyone, even anonymous, reads public repositories;
* a private repository is visible only to its owners (the namespace user, or the owners
  of the owning organization), its collaborators and the groups given access (below); to
  anyone else it does not exist
  (:class:`NotFound`, never :class:`Forbidden`, so its existence does not leak);
* collaborators have write access: they may delete tags;
* everything else that changes or administers a repository (descriptions, deletion,
  collaborators, webhooks, automated builds, links, triggers) needs an owner:
  :class:`Unauthorized` without a caller, :class:`NotFound` when the caller cannot see the
  repository, :class:`Forbidden` when the caller sees it but does not own it;
* starring needs a caller who can see the repository;
* in an organization's repositories, the members of a group given access
  (``team_permissions``) see it with ``read``, also push (as collaborators do) with
  ``write``, and administer it (as its owners do) with ``admin``.

An organization acting through one of its organization access tokens is a caller too (its
name): it owns the organization's repositories and administers the organization, and
:mod:`fakehub.app` limits each of its requests to the token's resources and scopes before the
state sees it. What only a user may do (a profile, stars, personal or organization access
tokens) refuses it with :class:`Forbidden`.

Ids are monotonic integers from one counter shared by every kind of object. ``snapshot()``
returns the whole state as a JSON-able document and ``load()`` accepts it back (and a
simpler hand-written form of it).
"""

from __future__ import annotations

import base64
import datetime
import fnmatch
import functools
import hashlib
import hmac
import random
import re
import string
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, Concatenate, Final, ParamSpec, TypeVar

from attrs import define, field, frozen

from dockerhub_sdk._converter_base import format_datetime, parse_datetime
from dockerhub_sdk._generated.formats import GROUP, NAMESPACE, ORG, REPOSITORY, TAG, USERNAME
from dockerhub_sdk._operation import Format
from fakehub.audit import ACTIONS as AUDIT_ACTIONS
from fakehub.totp import InvalidSecret, check_code, decode_secret

__all__ = [
    "AuditEvent",
    "AutomatedBuild",
    "Build",
    "BuildLink",
    "BuildTag",
    "BuildTagSpec",
    "BuildTrigger",
    "Clock",
    "Comment",
    "Conflict",
    "FakehubError",
    "Forbidden",
    "Group",
    "Hook",
    "Invalid",
    "Invite",
    "InviteOutcome",
    "NotFound",
    "OrgAccessToken",
    "OrgAccessTokenResource",
    "Organization",
    "PersonalAccessToken",
    "RegistrySettings",
    "Repository",
    "RestrictedImages",
    "SecondFactorRequired",
    "State",
    "Tag",
    "TriggerEvent",
    "TriggeredBuild",
    "Unauthorized",
    "User",
    "Webhook",
    "check_password",
    "hash_password",
    "utc_now",
]

Clock = Callable[[], datetime.datetime]
"""Returns the current time, timezone-aware."""

LIBRARY: Final = "library"
SNAPSHOT_VERSION: Final = 1
BUILD_METRIC_STEPS: Final = (
    "uploaded",
    "built",
    "created",
    "started",
    "cloned",
    "readme",
    "finished",
    "error",
    "claimed",
    "bundled",
    "dockerfile",
    "failure",
)
SOURCE_TYPES: Final = ("Branch", "Tag")
PROVIDERS: Final = {"github": "https://github.com", "bitbucket": "https://bitbucket.org"}
VISIBILITIES: Final = ("public", "private")
PAT_PREFIX: Final = "dckr_pat_"
"""How the secret of a personal access token starts."""
PAT_SCOPES: Final = ("repo:admin", "repo:write", "repo:read", "repo:public_read")
"""The scopes a personal access token may have."""
OAT_PREFIX: Final = "dckr_oat_"
"""How the secret of an organization access token starts."""
OAT_PULL_SCOPES: Final = ("repo-pull", "scope-image-pull")
"""Read a repository: ``repo-pull``, or ``scope-image-pull`` as Docker's official example
spells it (the two are the same scope)."""
OAT_PUSH_SCOPES: Final = ("repo-push", "scope-image-push")
"""Read and write a repository: ``repo-push`` (or ``scope-image-push``)."""
OAT_REPO_SCOPES: Final = (*OAT_PULL_SCOPES, *OAT_PUSH_SCOPES)
"""The scopes of an organization access token's ``TYPE_REPO`` resource."""
OAT_ORG_SCOPES: Final = ("member-read", "member-edit")
"""The scopes of an organization access token's ``TYPE_ORG`` resource."""
OAT_PUBLIC_REPOS: Final = "*/*/public"
"""The ``TYPE_REPO`` path that means every public repository (pull scopes only)."""
OAT_LABEL_MAX: Final = 100
OAT_DESCRIPTION_MAX: Final = 255
PASSWORD_ITERATIONS: Final = 10_000
"""PBKDF2 rounds. Deliberately low: fakehub guards test accounts, and tests create many."""

_BUILD_CODE_ALPHABET: Final = string.ascii_lowercase + string.digits
ORG_ROLES: Final = ("owner", "editor", "member")
REPO_PERMISSIONS: Final = {"read": 1, "write": 2, "admin": 3}
"""A group's (team's) permission on an organization's repository, by strength."""
MAX_INVITEES: Final = 1000
"""The most invitees one bulk invite takes (Docker Hub's limit)."""
_EMAIL: Final = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def utc_now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)


# --- errors -------------------------------------------------------------------------------


class FakehubError(Exception):
    """A domain error; :mod:`fakehub.app` maps each subclass to an HTTP status."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotFound(FakehubError):
    """The object does not exist, or the caller may not know that it does."""


class Unauthorized(FakehubError):
    """The operation needs a logged-in caller (or the credentials are wrong)."""


class Forbidden(FakehubError):
    """The caller is known and sees the object, but may not do this to it."""


class Conflict(FakehubError):
    """The object already exists."""


class SecondFactorRequired(Unauthorized):
    """The password was right, but the account has two-factor authentication: the login goes
    on at ``/v2/users/2fa-login/`` with ``login_2fa_token`` (set by the HTTP layer)."""

    def __init__(self, username: str) -> None:
        super().__init__("Require secondary authentication on MFA enabled account")
        self.username = username
        self.login_2fa_token = ""


class Invalid(FakehubError):
    """A value breaks a rule; ``field`` names it (a dotted path inside documents)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.reason = message


class ScimMutability(Invalid):
    """A SCIM attribute that cannot change (SCIM's ``mutability`` error)."""

    scim_type = "mutability"


# --- passwords ----------------------------------------------------------------------------


def hash_password(password: str, *, salt: str, iterations: int = PASSWORD_ITERATIONS) -> str:
    """Django's ``pbkdf2_sha256$<iterations>$<salt>$<base64 digest>`` form."""
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt.encode(), iterations)
    return f"pbkdf2_sha256${iterations}${salt}${base64.b64encode(digest).decode('ascii')}"


def check_password(password: str, encoded: str) -> bool:
    try:
        algorithm, iterations, salt, _ = encoded.split("$", 3)
        rounds = int(iterations)
    except ValueError:
        return False
    if algorithm != "pbkdf2_sha256" or rounds < 1:
        return False
    return hmac.compare_digest(hash_password(password, salt=salt, iterations=rounds), encoded)


def _valid_password_hash(encoded: str) -> bool:
    parts = encoded.split("$")
    return len(parts) == 4 and parts[0] == "pbkdf2_sha256" and parts[1].isdigit()


def hash_token(secret: str) -> str:
    """How a personal access token's secret is stored: SHA-256 (the secret is random)."""
    return hashlib.sha256(secret.encode()).hexdigest()


# --- entities -----------------------------------------------------------------------------


@define(kw_only=True)
class PersonalAccessToken:
    uuid: str
    token_hash: str
    """:func:`hash_token` of the secret; the secret itself is never stored."""
    token_label: str
    scopes: list[str]
    is_active: bool = True
    created_at: datetime.datetime
    last_used: datetime.datetime | None = None
    expires_at: datetime.datetime | None = None
    creator_ip: str = ""
    creator_ua: str = ""
    client_id: str = "HUB"
    generated_by: str = "manual"

    def usable(self, now: datetime.datetime) -> bool:
        return self.is_active and (self.expires_at is None or now < self.expires_at)


@define(kw_only=True)
class User:
    pk: int
    """Docker Hub's internal numeric id (tags name their creator by it)."""
    id: str
    """The public id: 32 hex digits."""
    username: str
    password_hash: str
    full_name: str = ""
    location: str = ""
    company: str = ""
    profile_url: str = ""
    gravatar_email: str = ""
    date_joined: datetime.datetime
    is_staff: bool = False
    is_admin: bool = False
    private_repo_limit: int = 1
    num_free_private_repos: int = 0
    default_repo_visibility: str = "public"
    totp_secret: str | None = None
    """Base32: the account has two-factor authentication (TOTP)."""
    access_tokens: dict[str, PersonalAccessToken] = field(factory=dict)

    @property
    def gravatar_url(self) -> str:
        email_hash = hashlib.md5(self.gravatar_email.strip().lower().encode()).hexdigest()
        return f"https://secure.gravatar.com/avatar/{email_hash}.jpg?s=80&r=g&d=mm"


@define(kw_only=True)
class Group:
    id: int
    name: str
    description: str = ""
    members: list[str] = field(factory=list)


@frozen(kw_only=True)
class RestrictedImages:
    """An organization's image access management settings (``PUT /v2/orgs/{name}/settings``)."""

    enabled: bool = False
    allow_official_images: bool = True
    allow_verified_publishers: bool = True


@frozen(kw_only=True)
class OrgAccessTokenResource:
    """What an organization access token may reach: ``TYPE_REPO`` with a repository path
    (``org/name``, a glob such as ``org/*``, or ``*/*/public``) or ``TYPE_ORG`` with the
    organization's name, and the scopes it has there."""

    type: str
    path: str
    scopes: tuple[str, ...]

    def covers_repo(self, namespace: str, name: str, *, is_private: bool) -> bool:
        if self.type != "TYPE_REPO":
            return False
        if self.path == OAT_PUBLIC_REPOS:
            return not is_private
        return fnmatch.fnmatchcase(f"{namespace}/{name}", self.path)


@define(kw_only=True)
class OrgAccessToken:
    id: str
    token_hash: str
    """:func:`hash_token` of the secret; the secret itself is never stored."""
    label: str
    description: str = ""
    resources: list[OrgAccessTokenResource] = field(factory=list)
    created_by: str
    is_active: bool = True
    created_at: datetime.datetime
    expires_at: datetime.datetime | None = None
    last_used_at: datetime.datetime | None = None

    def usable(self, now: datetime.datetime) -> bool:
        return self.is_active and (self.expires_at is None or now < self.expires_at)

    def grants_repo(self, namespace: str, name: str, *, is_private: bool, write: bool) -> bool:
        """Whether a resource covers ``namespace/name`` with a push scope (a write) or a pull
        or push scope (a read)."""
        needed = set(OAT_PUSH_SCOPES) if write else set(OAT_REPO_SCOPES)
        return any(
            r.covers_repo(namespace, name, is_private=is_private) and needed & set(r.scopes)
            for r in self.resources
        )

    def grants_org(self, org: str, *, write: bool) -> bool:
        """Whether a ``TYPE_ORG`` resource of ``org`` has ``member-edit`` (a write) or
        ``member-read``/``member-edit`` (a read)."""
        needed = {"member-edit"} if write else set(OAT_ORG_SCOPES)
        return any(
            r.type == "TYPE_ORG" and r.path == org and needed & set(r.scopes)
            for r in self.resources
        )


@define(kw_only=True)
class Invite:
    """A pending invitation to join an organization (accepted or cancelled ones are gone)."""

    id: str
    invitee: str
    """A registered user's username, or the (lower-cased) email address of someone else."""
    inviter: str
    role: str = "member"
    team: str = ""
    """The group the invitee joins; empty for none."""
    created_at: datetime.datetime
    sent_at: datetime.datetime
    """When it was last sent (created or resent)."""
    sent_count: int = 1


@frozen(kw_only=True)
class InviteOutcome:
    """What a bulk invite did for one invitee (``status`` as Docker Hub spells it)."""

    invitee: str
    status: str
    invite: Invite | None = None


@define(kw_only=True)
class Organization:
    pk: int
    id: str
    name: str
    full_name: str = ""
    location: str = ""
    company: str = ""
    date_joined: datetime.datetime
    members: list[str] = field(factory=list)
    """The owners: they administer the organization and every repository under it."""
    groups: dict[str, Group] = field(factory=dict)
    editors: list[str] = field(factory=list)
    """Members (not owners) with the editor role."""
    direct_members: list[str] = field(factory=list)
    """Members in no group who are not owners (an owner demoted to ``member``, for one)."""
    restricted_images: RestrictedImages = field(factory=RestrictedImages)
    access_tokens: dict[str, OrgAccessToken] = field(factory=dict)
    """Its organization access tokens, by id."""
    invites: dict[str, Invite] = field(factory=dict)
    """Pending invites, by id."""
    scim_token_hash: str | None = None
    """:func:`hash_token` of the organization's SCIM bearer token (its SSO connection's)."""
    scim_users: dict[str, ScimUser] = field(factory=dict)
    """The users SCIM provisioned, by SCIM id, in provisioning order."""


@define(kw_only=True)
class ScimUser:
    """A user an organization's identity provider provisioned through SCIM: the account
    ``username``, known to the IdP by ``email`` (its SCIM ``userName``). It is active while
    ``username`` is a member of the organization."""

    id: str
    username: str
    email: str
    given_name: str = ""
    family_name: str = ""
    created: datetime.datetime
    last_modified: datetime.datetime


@frozen(kw_only=True)
class ScimUserView:
    """A SCIM user as SCIM shows it: with whether it is active and the groups it is in."""

    user: ScimUser
    active: bool
    groups: tuple[str, ...]

    def values(self) -> dict[str, list[object]]:
        """Attribute values for filters and sorting (keys lower-cased, see fakehub.scim)."""
        u = self.user
        return {
            "id": [u.id],
            "username": [u.email],
            "displayname": [u.username],
            "name.givenname": [u.given_name],
            "name.familyname": [u.family_name],
            "active": [self.active],
            "emails.value": [u.email],
            "groups.value": list(self.groups),
            "meta.created": [u.created],
            "meta.lastmodified": [u.last_modified],
        }


SCIM_USER_SCHEMA: Final = "urn:ietf:params:scim:schemas:core:2.0:User"
SCIM_ACTOR: Final = "scim"
"""The actor of the audit events of SCIM provisioning (the identity provider, not a user)."""


def org_role(org: Organization, username: str) -> str:
    """``owner``, ``editor`` or ``member``: ``username``'s role in ``org`` (a member of it)."""
    if username in org.members:
        return "owner"
    return "editor" if username in org.editors else "member"


def org_member_names(org: Organization) -> list[str]:
    """Everyone in ``org``: its owners, editors, other members and its groups' members, once."""
    names = [*org.members, *org.editors, *org.direct_members]
    for group in org.groups.values():
        names.extend(group.members)
    return list(dict.fromkeys(names))


@frozen(kw_only=True)
class TagImage:
    """One platform's image of a tag (``GET /v2/namespaces/.../tags`` lists them)."""

    architecture: str
    os: str
    variant: str | None = None
    digest: str
    size: int
    status: str = "active"
    last_pulled: datetime.datetime | None = None
    last_pushed: datetime.datetime | None = None


IMAGE_STATUSES: Final = ("active", "inactive")


@define(kw_only=True)
class Tag:
    id: int
    name: str
    full_size: int | None = None
    creator: int
    last_updater: int
    last_updated: datetime.datetime | None
    image_id: str | None = None
    v2: bool = True
    images: list[TagImage] = field(factory=list)

    @property
    def last_pulled(self) -> datetime.datetime | None:
        """When any of its images was last pulled."""
        pulls = [i.last_pulled for i in self.images if i.last_pulled is not None]
        return max(pulls) if pulls else None


@define(kw_only=True)
class Comment:
    id: int
    user: str
    comment: str
    created_on: datetime.datetime
    updated_on: datetime.datetime


@define(kw_only=True)
class Hook:
    id: int
    hook_url: str
    creator: str
    last_updater: str
    date_added: datetime.datetime
    last_updated: datetime.datetime
    active: bool = True


@define(kw_only=True)
class Webhook:
    id: int
    name: str
    active: bool = True
    expect_final_callback: bool = True
    creator: str
    last_updater: str
    last_updated: datetime.datetime
    hooks: list[Hook] = field(factory=list)


@frozen(kw_only=True)
class BuildTagSpec:
    """The settable fields of a build tag (what the create / update bodies carry)."""

    name: str = "latest"
    dockerfile_location: str = "/"
    source_type: str = "Branch"
    source_name: str = "master"


@define(kw_only=True)
class BuildTag:
    id: int
    name: str
    dockerfile_location: str
    source_type: str
    source_name: str

    def matches(self, source_type: str, source_name: str) -> bool:
        """Whether a push of ``source_type`` ``source_name`` builds this tag.

        A ``source_name`` written ``/regex/`` matches by regular expression, as on Docker Hub.
        """
        if source_type != self.source_type:
            return False
        pattern = self.source_name
        if len(pattern) > 2 and pattern.startswith("/") and pattern.endswith("/"):
            try:
                return re.search(pattern[1:-1], source_name) is not None
            except re.error:
                return False
        return pattern == source_name

    def evaluated_name(self, source_name: str) -> str:
        return self.name.replace("{sourceref}", source_name)


@define(kw_only=True)
class AutomatedBuild:
    provider: str
    build_name: str
    """The source repository, ``owner/name`` on the provider."""
    active: bool = True
    repo_type: str = "git"
    repo_id: str | int
    webhook_id: str | int
    deploykey: str | None = None
    hook_id: str | int | None = None
    build_tags: list[BuildTag] = field(factory=list)

    @property
    def repo_web_url(self) -> str:
        return f"{PROVIDERS.get(self.provider, 'https://github.com')}/{self.build_name}"

    @property
    def source_url(self) -> str:
        return f"{self.repo_web_url}.git"


@define(kw_only=True)
class Build:
    id: int
    build_code: str
    status: int = 0
    created_date: datetime.datetime
    last_updated: datetime.datetime
    dockertag_name: str
    cause: Any = None
    build_path: str = "/"
    source_branch: str = "master"
    source_url: str = ""
    dockerfile_contents: str = ""
    readme_contents: str = ""
    logs: str = ""
    error: str | None = None
    failure: str | None = None
    metrics: dict[str, datetime.datetime | None] = field(factory=dict)


@define(kw_only=True)
class BuildLink:
    id: int
    to_repo: str
    """``namespace/name`` of the repository followed (always with its namespace)."""


@define(kw_only=True)
class TriggerEvent:
    ip_address: str
    result: str = "triggered"
    result_desc: str = "Build Triggered"
    user_agent: str = ""
    request_body: Any = None
    created: datetime.datetime
    build_code: str


@define(kw_only=True)
class BuildTrigger:
    token: str
    active: bool = True
    history: list[TriggerEvent] = field(factory=list)


@define(kw_only=True)
class Repository:
    id: int
    namespace: str
    name: str
    description: str = ""
    full_description: str = ""
    is_private: bool = False
    status: int = 1
    pull_count: int = 0
    other_stars: int = 0
    """Stars from Docker Hub users that fakehub does not model (demo data's star counts)."""
    stars: dict[str, datetime.datetime] = field(factory=dict)
    """Who starred it, and when."""
    last_updated: datetime.datetime | None = None
    date_registered: datetime.datetime
    collaborators: list[str] = field(factory=list)
    tags: dict[str, Tag] = field(factory=dict)
    comments: list[Comment] = field(factory=list)
    webhooks: dict[int, Webhook] = field(factory=dict)
    autobuild: AutomatedBuild | None = None
    builds: list[Build] = field(factory=list)
    links: dict[int, BuildLink] = field(factory=dict)
    build_trigger: BuildTrigger | None = None
    immutable_tags: bool = False
    """Whether tags matching ``immutable_tags_rules`` can no longer be overwritten."""
    immutable_tags_rules: list[str] = field(factory=list)
    team_permissions: dict[int, str] = field(factory=dict)
    """Group id -> ``read``, ``write`` or ``admin`` (an organization's repositories only)."""

    @property
    def full_name(self) -> str:
        return f"{self.namespace}/{self.name}"

    @property
    def star_count(self) -> int:
        return self.other_stars + len(self.stars)

    @property
    def is_automated(self) -> bool:
        return self.autobuild is not None

    @property
    def trigger_url(self) -> str:
        token = self.build_trigger.token if self.build_trigger else ""
        return f"https://registry.hub.docker.com/u/{self.full_name}/trigger/{token}/"


@frozen(kw_only=True)
class RegistrySettings:
    private_repo_used: int
    num_free_private_repos: int
    private_repo_limit: int
    private_repo_available: int
    private_repo_percent_used: float
    default_repo_visibility: str


@frozen(kw_only=True)
class TriggeredBuild:
    """One build that ``trigger_build`` submitted."""

    source_type: str
    source_name: str
    evaluated_tag_name: str
    build_code: str


@frozen(kw_only=True)
class AuditEvent:
    """One audit-log event: a write made in ``account`` (an organization) by ``actor``."""

    account: str
    action: str
    """``"{category}.{name}"`` of :data:`fakehub.audit.CATALOGUE` (``repo.create``)."""
    name: str
    """What it is about: the repository (``acme/app``), the member's username for member
    events, otherwise the organization."""
    actor: str
    data: dict[str, str] = field(factory=dict)
    timestamp: datetime.datetime
    action_description: str


def display_repo_ref(full_name: str) -> str:
    """How Docker Hub names another repository: official images without ``library/``."""
    namespace, _, name = full_name.partition("/")
    return name if namespace == LIBRARY else full_name


# --- the state ----------------------------------------------------------------------------

_P = ParamSpec("_P")
_R = TypeVar("_R")


def _locked(method: Callable[Concatenate[State, _P], _R]) -> Callable[Concatenate[State, _P], _R]:
    @functools.wraps(method)
    def wrapper(self: State, /, *args: _P.args, **kwargs: _P.kwargs) -> _R:
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


class State:
    """All of fakehub's data. Every public method takes :attr:`lock`, a re-entrant lock that
    callers may also hold to read several objects consistently."""

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
        self._repos: dict[tuple[str, str], Repository] = {}
        self._next_id = 1
        self._audit_events: list[AuditEvent] = []

    # -- infrastructure ----------------------------------------------------------------------

    def now(self) -> datetime.datetime:
        return _aware(self._clock())

    @_locked
    def reset(self) -> None:
        """Forget everything (the clock and the random source stay)."""
        self._users = {}
        self._orgs = {}
        self._repos = {}
        self._next_id = 1
        self._audit_events = []

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

    # -- lookups and permission rules -------------------------------------------------------

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
        user = self._require_caller(caller)
        repo = self._visible_repo(user, namespace, name)
        if not self.is_owner(user, repo):
            raise Forbidden("You do not have permission to perform this action.")
        return repo

    def _writable_repo(self, caller: str | None, namespace: str, name: str) -> Repository:
        user = self._require_caller(caller)
        repo = self._visible_repo(user, namespace, name)
        if not self.can_write(user, repo):
            raise Forbidden("You do not have permission to perform this action.")
        return repo

    # -- users and organizations -------------------------------------------------------------

    @_locked
    def create_user(
        self,
        username: str,
        password: str,
        *,
        full_name: str = "",
        location: str = "",
        company: str = "",
        profile_url: str = "",
        gravatar_email: str = "",
        is_staff: bool = False,
        is_admin: bool = False,
        private_repo_limit: int = 1,
        num_free_private_repos: int = 0,
        default_repo_visibility: str = "public",
        totp_secret: str | None = None,
    ) -> User:
        """Create an account (what signing up on Docker Hub does)."""
        if totp_secret is not None:
            _check_totp_secret("totp_secret", totp_secret)
        username = _check_format(USERNAME, "username", username)
        if not password:
            raise Invalid("password", "must not be empty")
        if default_repo_visibility not in VISIBILITIES:
            raise Invalid("default_repo_visibility", "must be public or private")
        if private_repo_limit < 0:
            raise Invalid("private_repo_limit", "must not be negative")
        if self._namespace_exists(username):
            raise Conflict(f"The username {username} is already taken.")
        user = User(
            pk=self._new_id(),
            id=self._hex_id(),
            username=username,
            password_hash=self.hash_password(password),
            full_name=full_name,
            location=location,
            company=company,
            profile_url=profile_url,
            gravatar_email=gravatar_email,
            date_joined=self.now(),
            is_staff=is_staff,
            is_admin=is_admin,
            private_repo_limit=private_repo_limit,
            num_free_private_repos=num_free_private_repos,
            default_repo_visibility=default_repo_visibility,
            totp_secret=totp_secret,
        )
        self._users[username] = user
        return user

    @_locked
    def create_org(
        self, name: str, *, members: Iterable[str] = (), full_name: str = ""
    ) -> Organization:
        name = _check_format(ORG, "name", name)
        _check_format(NAMESPACE, "name", name)
        if self._namespace_exists(name):
            raise Conflict(f"The name {name} is already taken.")
        owners = list(dict.fromkeys(members))
        for member in owners:
            if member not in self._users:
                raise Invalid("members", f"no such user: {member}")
        org = Organization(
            pk=self._new_id(),
            id=self._hex_id(),
            name=name,
            full_name=full_name,
            date_joined=self.now(),
            members=owners,
        )
        self._orgs[name] = org
        return org

    @_locked
    def create_group(self, org: str, name: str, *, members: Iterable[str] = ()) -> Group:
        organization = self._orgs.get(org)
        if organization is None:
            raise NotFound(f"Organization {org} not found.")
        name = _check_format(GROUP, "name", name)
        if name in organization.groups:
            raise Conflict(f"Group {org}/{name} already exists.")
        people = list(dict.fromkeys(members))
        for member in people:
            if member not in self._users:
                raise Invalid("members", f"no such user: {member}")
        group = Group(id=self._new_id(), name=name, members=people)
        organization.groups[name] = group
        return group

    @_locked
    def authenticate(self, username: str, password: str) -> User:
        user = self._users.get(username.lower())
        if user is None or not check_password(password, user.password_hash):
            raise Unauthorized("Incorrect authentication credentials.")
        return user

    @_locked
    def authenticate_secret(
        self, identifier: str, secret: str
    ) -> tuple[User, PersonalAccessToken | None]:
        """The user of a password or of an active, unexpired personal access token (whose
        ``last_used`` is then updated). Wrong credentials raise :class:`Unauthorized`."""
        user = self._users.get(identifier.lower())
        if user is not None and secret.startswith(PAT_PREFIX):
            digest = hash_token(secret)
            now = self.now()
            for pat in user.access_tokens.values():
                if hmac.compare_digest(pat.token_hash, digest) and pat.usable(now):
                    pat.last_used = now
                    return user, pat
        if user is None or not check_password(secret, user.password_hash):
            raise Unauthorized("Incorrect authentication credentials.")
        return user, None

    @_locked
    def login(self, username: str, password: str) -> tuple[User, PersonalAccessToken | None]:
        """``POST /v2/users/login/``: a password (:class:`SecondFactorRequired` when the
        account has two-factor authentication) or a personal access token (which skips it)."""
        user, pat = self.authenticate_secret(username, password)
        if pat is None and user.totp_secret is not None:
            raise SecondFactorRequired(user.username)
        return user, pat

    @_locked
    def check_second_factor(self, username: str, code: str) -> User:
        """The user, when ``code`` is the current TOTP code of their account (±30 s)."""
        user = self._users.get(username)
        if (
            user is None
            or user.totp_secret is None
            or not check_code(user.totp_secret, code, self.now().timestamp())
        ):
            raise Unauthorized("Incorrect authentication credentials.")
        return user

    @_locked
    def access_token_usable(self, username: str, token_uuid: str) -> bool:
        """Whether the personal access token still exists, is active and has not expired."""
        user = self._users.get(username)
        pat = user.access_tokens.get(token_uuid) if user is not None else None
        return pat is not None and pat.usable(self.now())

    @_locked
    def create_access_token(
        self,
        caller: str | None,
        *,
        token_label: str,
        scopes: Sequence[str],
        expires_at: datetime.datetime | None = None,
        creator_ip: str = "",
        creator_ua: str = "",
    ) -> tuple[PersonalAccessToken, str]:
        """A new personal access token of the caller and its secret (shown this once)."""
        user = self._users[self._require_user(caller)]
        if not token_label.strip():
            raise Invalid("token_label", "must not be blank")
        if not scopes:
            raise Invalid("scopes", "at least one scope is required")
        for scope in scopes:
            if scope not in PAT_SCOPES:
                raise Invalid("scopes", f"unknown scope {scope!r}: one of {', '.join(PAT_SCOPES)}")
        now = self.now()
        if expires_at is not None and _aware(expires_at) <= now:
            raise Invalid("expires_at", "must be in the future")
        secret = PAT_PREFIX + "".join(
            self._rng.choice(string.ascii_letters + string.digits + "-_") for _ in range(27)
        )
        pat = PersonalAccessToken(
            uuid=self._uuid(),
            token_hash=hash_token(secret),
            token_label=token_label,
            scopes=list(dict.fromkeys(scopes)),
            created_at=now,
            expires_at=None if expires_at is None else _aware(expires_at),
            creator_ip=creator_ip,
            creator_ua=creator_ua,
        )
        user.access_tokens[pat.uuid] = pat
        return pat, secret

    @_locked
    def list_access_tokens(self, caller: str | None) -> list[PersonalAccessToken]:
        user = self._users[self._require_user(caller)]
        return sorted(user.access_tokens.values(), key=lambda t: t.created_at, reverse=True)

    @_locked
    def get_access_token(self, caller: str | None, token_uuid: str) -> PersonalAccessToken:
        """One of the caller's tokens; another user's is :class:`NotFound` like a missing one."""
        user = self._users[self._require_user(caller)]
        pat = user.access_tokens.get(token_uuid)
        if pat is None:
            raise NotFound("Not found.")
        return pat

    @_locked
    def update_access_token(
        self,
        caller: str | None,
        token_uuid: str,
        *,
        token_label: str | None = None,
        is_active: bool | None = None,
    ) -> PersonalAccessToken:
        pat = self.get_access_token(caller, token_uuid)
        if token_label is not None and not token_label.strip():
            raise Invalid("token_label", "must not be blank")
        if token_label is not None:
            pat.token_label = token_label
        if is_active is not None:
            pat.is_active = is_active
        return pat

    @_locked
    def delete_access_token(self, caller: str | None, token_uuid: str) -> None:
        self.get_access_token(caller, token_uuid)
        del self._users[self._require_user(caller)].access_tokens[token_uuid]

    @_locked
    def hide_private(self, namespace: str, name: str) -> None:
        """:class:`NotFound`, exactly as for a repository the caller cannot see, when the
        repository is private (what a ``repo:public_read`` token gets)."""
        repo = self._repos.get((namespace, name))
        if repo is not None and repo.is_private:
            raise self._not_found(namespace, name)

    @_locked
    def get_user(self, username: str) -> User:
        user = self._users.get(username)
        if user is None:
            raise NotFound(f"User {username} not found.")
        return user

    @_locked
    def find_user(self, username: str) -> User | None:
        return self._users.get(username)

    @_locked
    def get_org(self, name: str) -> Organization:
        org = self._orgs.get(name)
        if org is None:
            raise NotFound(f"Organization {name} not found.")
        return org

    @_locked
    def user_orgs(self, caller: str | None) -> list[Organization]:
        """The organizations ``caller`` belongs to (as an owner or in a group), by name."""
        user = self._require_user(caller)
        return sorted(
            (o for o in self._orgs.values() if user in org_member_names(o)),
            key=lambda o: o.name,
        )

    def _org_for(self, caller: str | None, org: str, *, owner: bool) -> Organization:
        """``org``, if ``caller`` belongs to it (is one of its owners, when ``owner``)."""
        user = self._require_caller(caller)
        organization = self._orgs.get(org)
        if organization is None:
            raise NotFound(f"Organization {org} not found.")
        allowed = organization.members if owner else org_member_names(organization)
        if user not in allowed and user != organization.name:  # an org access token: its org
            raise Forbidden("You do not have permission to perform this action.")
        return organization

    def _org_member(self, organization: Organization, username: str) -> User:
        if username not in org_member_names(organization):
            raise NotFound(f"{username} is not a member of {organization.name}.")
        return self._users[username]

    @_locked
    def org_members(
        self, caller: str | None, org: str
    ) -> tuple[Organization, list[tuple[User, str, list[str]]]]:
        """``org``'s members with their role and groups, by username; members only."""
        organization = self._org_for(caller, org, owner=False)
        rows = [
            (
                self._users[name],
                org_role(organization, name),
                [g.name for g in organization.groups.values() if name in g.members],
            )
            for name in sorted(org_member_names(organization))
        ]
        return organization, rows

    @_locked
    def set_org_role(self, caller: str | None, org: str, username: str, role: str) -> None:
        organization = self._org_for(caller, org, owner=True)
        username = username.lower()
        self._org_member(organization, username)
        if role not in ("owner", "editor", "member"):
            raise Invalid("role", "expected owner, editor or member")
        if role != "owner" and organization.members == [username]:
            raise Invalid("role", f"{username} is the last owner of {org}.")
        previous = org_role(organization, username)
        for people in (organization.members, organization.editors, organization.direct_members):
            if username in people:
                people.remove(username)
        if role == "owner":
            organization.members.append(username)
        elif role == "editor":
            organization.editors.append(username)
        elif not any(username in g.members for g in organization.groups.values()):
            organization.direct_members.append(username)
        self.audit(
            org,
            "org.member.role.change",
            actor=caller,
            name=username,
            description=f"changed the role of {username} from {previous} to {role} in {org}",
            data={"role": role, "previous_role": previous},
        )

    @_locked
    def org_groups(self, caller: str | None, org: str) -> list[Group]:
        """``org``'s groups; members only."""
        return list(self._org_for(caller, org, owner=False).groups.values())

    def _group_of(self, organization: Organization, name: str) -> Group:
        group = organization.groups.get(name)
        if group is None:
            raise NotFound(f"Group {organization.name}/{name} not found.")
        return group

    @_locked
    def org_group(self, caller: str | None, org: str, name: str) -> Group:
        return self._group_of(self._org_for(caller, org, owner=False), name)

    @_locked
    def create_org_group(self, caller: str | None, org: str, name: str, description: str) -> Group:
        organization = self._org_for(caller, org, owner=True)
        name = _check_format(GROUP, "name", name)
        if name in organization.groups:
            raise Conflict(f"Group {org}/{name} already exists.")
        group = Group(id=self._new_id(), name=name, description=description)
        organization.groups[name] = group
        self.audit(
            org,
            "org.team.create",
            actor=caller,
            description=f"created the team {name} in {org}",
            data={"team": name},
        )
        return group

    @_locked
    def update_org_group(
        self, caller: str | None, org: str, name: str, *, new_name: str, description: str
    ) -> Group:
        organization = self._org_for(caller, org, owner=True)
        group = self._group_of(organization, name)
        new_name = _check_format(GROUP, "name", new_name)
        if new_name != name and new_name in organization.groups:
            raise Conflict(f"Group {org}/{new_name} already exists.")
        group.name, group.description = new_name, description
        organization.groups = {
            (new_name if key == name else key): g for key, g in organization.groups.items()
        }
        for invite in organization.invites.values():
            if invite.team == name:
                invite.team = new_name
        self.audit(
            org,
            "org.team.update",
            actor=caller,
            description=f"updated the team {new_name} in {org}",
            data={"team": new_name, "previous_name": name},
        )
        return group

    @_locked
    def delete_org_group(self, caller: str | None, org: str, name: str) -> None:
        organization = self._org_for(caller, org, owner=True)
        group = self._group_of(organization, name)
        del organization.groups[name]
        for username in group.members:  # they leave the team, not the organization
            if username not in org_member_names(organization):
                organization.direct_members.append(username)
        for repo in self._repos.values():
            if repo.namespace == organization.name:
                repo.team_permissions.pop(group.id, None)
        for invite in organization.invites.values():
            if invite.team == name:
                invite.team = ""
        self.audit(
            org,
            "org.team.delete",
            actor=caller,
            description=f"deleted the team {name} in {org}",
            data={"team": name},
        )

    @_locked
    def remove_org_member(self, caller: str | None, org: str, username: str) -> None:
        organization = self._org_for(caller, org, owner=True)
        username = username.lower()
        self._org_member(organization, username)
        if organization.members == [username]:
            raise Invalid("username", f"{username} is the last owner of {org}.")
        for people in (organization.members, organization.editors, organization.direct_members):
            if username in people:
                people.remove(username)
        for group in organization.groups.values():
            if username in group.members:
                group.members.remove(username)
        self.audit(
            org,
            "org.member.remove",
            actor=caller,
            name=username,
            description=f"removed {username} from {org}",
        )

    @_locked
    def current_user(self, caller: str | None) -> User:
        return self._users[self._require_user(caller)]

    @_locked
    def users(self) -> list[User]:
        return list(self._users.values())

    @_locked
    def orgs(self) -> list[Organization]:
        return list(self._orgs.values())

    @_locked
    def registry_settings(self, caller: str | None, username: str) -> RegistrySettings:
        user = self._users[self._require_user(caller)]
        if username != user.username:
            if username not in self._users:
                raise NotFound(f"User {username} not found.")
            raise Forbidden("You do not have permission to perform this action.")
        used = self._private_repo_count(user.username)
        limit = user.private_repo_limit
        return RegistrySettings(
            private_repo_used=used,
            num_free_private_repos=user.num_free_private_repos,
            private_repo_limit=limit,
            private_repo_available=max(limit - used, 0),
            private_repo_percent_used=round(100.0 * used / limit, 2) if limit else 0.0,
            default_repo_visibility=user.default_repo_visibility,
        )

    def _private_repo_count(self, namespace: str) -> int:
        return sum(1 for r in self._repos.values() if r.namespace == namespace and r.is_private)

    @_locked
    def add_group_member(self, caller: str | None, org: str, group: str, member: str) -> str:
        user = self._require_caller(caller)
        organization = self._orgs.get(org)
        if organization is None:
            raise NotFound(f"Organization {org} not found.")
        if user not in organization.members and user != organization.name:
            raise Forbidden("You do not have permission to perform this action.")
        team = organization.groups.get(group)
        if team is None:
            raise NotFound(f"Group {org}/{group} not found.")
        member = member.lower()
        if member not in self._users:
            raise Invalid("member", f"no such user: {member}")
        if member in team.members:  # already in it: nothing to do (Docker documents no 409)
            return member
        team.members.append(member)
        self.audit(
            org,
            "org.team.member.add",
            actor=user,
            name=member,
            description=f"added {member} to the team {group} in {org}",
            data={"team": group},
        )
        return member

    # -- organization settings and organization access tokens -------------------------------

    @_locked
    def org_settings(self, caller: str | None, org: str) -> RestrictedImages:
        """``org``'s image access settings; any member may read them."""
        return self._org_for(caller, org, owner=False).restricted_images

    @_locked
    def update_org_settings(
        self, caller: str | None, org: str, restricted_images: RestrictedImages
    ) -> RestrictedImages:
        """Replace ``org``'s image access settings; owners only."""
        organization = self._org_for(caller, org, owner=True)
        organization.restricted_images = restricted_images
        self.audit(
            organization.name,
            "org.settings.update",
            actor=caller,
            description=f"updated the settings of {organization.name}",
            data={
                "restricted_images.enabled": str(restricted_images.enabled).lower(),
                "restricted_images.allow_official_images": str(
                    restricted_images.allow_official_images
                ).lower(),
                "restricted_images.allow_verified_publishers": str(
                    restricted_images.allow_verified_publishers
                ).lower(),
            },
        )
        return restricted_images

    def _org_owner(self, caller: str | None, org: str) -> Organization:
        """``org``, when ``caller`` is a user who owns it (organization access tokens are
        managed by owners, never by a token)."""
        self._require_user(caller)
        return self._org_for(caller, org, owner=True)

    def _check_oat_resources(
        self, org: str, resources: Sequence[OrgAccessTokenResource]
    ) -> list[OrgAccessTokenResource]:
        if not resources:
            raise Invalid("resources", "at least one resource is required")
        checked: list[OrgAccessTokenResource] = []
        for index, resource in enumerate(resources):
            where = f"resources[{index}]"
            if resource.type == "TYPE_REPO":
                allowed: tuple[str, ...] = OAT_REPO_SCOPES
                self._check_oat_repo_path(org, f"{where}.path", resource.path)
                if resource.path == OAT_PUBLIC_REPOS:
                    allowed = OAT_PULL_SCOPES
            elif resource.type == "TYPE_ORG":
                allowed = OAT_ORG_SCOPES
                if resource.path != org:
                    raise Invalid(f"{where}.path", f"a TYPE_ORG resource's path must be {org}")
            else:
                raise Invalid(f"{where}.type", "expected TYPE_REPO or TYPE_ORG")
            if not resource.scopes:
                raise Invalid(f"{where}.scopes", "at least one scope is required")
            for scope in resource.scopes:
                if scope not in allowed:
                    raise Invalid(
                        f"{where}.scopes",
                        f"unknown scope {scope!r} for {resource.path}: one of {', '.join(allowed)}",
                    )
            checked.append(
                OrgAccessTokenResource(
                    type=resource.type,
                    path=resource.path,
                    scopes=tuple(dict.fromkeys(resource.scopes)),
                )
            )
        return checked

    def _check_oat_repo_path(self, org: str, where: str, path: str) -> None:
        """``*/*/public``, ``org/<existing repository>`` or ``org/<glob>`` (``*``, ``?``)."""
        if path == OAT_PUBLIC_REPOS:
            return
        namespace, _, name = path.partition("/")
        if namespace != org or not name:
            raise Invalid(
                where,
                f"expected {org}/<repository>, a glob such as {org}/* or {OAT_PUBLIC_REPOS}",
            )
        if any(c in name for c in "*?"):
            if not re.fullmatch(r"[a-z0-9._*?-]+", name):
                raise Invalid(where, "a glob of lower-case letters, digits, ., _, -, * and ?")
            return
        _check_format(REPOSITORY, where, name)
        if (namespace, name) not in self._repos:
            raise Invalid(where, f"no repository {path}: a TYPE_REPO path must exist")

    @staticmethod
    def _check_oat_text(label: str | None, description: str | None) -> None:
        if label is not None and (not label.strip() or len(label) > OAT_LABEL_MAX):
            raise Invalid("label", f"must be 1 to {OAT_LABEL_MAX} characters, not blank")
        if description is not None and len(description) > OAT_DESCRIPTION_MAX:
            raise Invalid("description", f"must be at most {OAT_DESCRIPTION_MAX} characters")

    @_locked
    def create_org_access_token(
        self,
        caller: str | None,
        org: str,
        *,
        label: str,
        description: str = "",
        resources: Sequence[OrgAccessTokenResource],
        expires_at: datetime.datetime | None = None,
    ) -> tuple[OrgAccessToken, str]:
        """A new organization access token of ``org`` and its secret (shown this once)."""
        organization = self._org_owner(caller, org)
        self._check_oat_text(label, description)
        checked = self._check_oat_resources(organization.name, resources)
        now = self.now()
        if expires_at is not None and _aware(expires_at) <= now:
            raise Invalid("expires_at", "must be in the future")
        secret = OAT_PREFIX + "".join(
            self._rng.choice(string.ascii_letters + string.digits) for _ in range(27)
        )
        token = OrgAccessToken(
            id=self._uuid(),
            token_hash=hash_token(secret),
            label=label,
            description=description,
            resources=checked,
            created_by=self._require_user(caller),
            created_at=now,
            expires_at=None if expires_at is None else _aware(expires_at),
        )
        organization.access_tokens[token.id] = token
        self.audit(
            organization.name,
            "org.access_token.create",
            actor=caller,
            description=f"created the access token {label} in {organization.name}",
            data={"access_token_id": token.id, "label": label},
        )
        return token, secret

    @_locked
    def list_org_access_tokens(self, caller: str | None, org: str) -> list[OrgAccessToken]:
        """``org``'s tokens, newest first; owners only."""
        organization = self._org_owner(caller, org)
        return sorted(organization.access_tokens.values(), key=lambda t: t.created_at, reverse=True)

    @_locked
    def get_org_access_token(self, caller: str | None, org: str, token_id: str) -> OrgAccessToken:
        token = self._org_owner(caller, org).access_tokens.get(token_id)
        if token is None:
            raise NotFound("Access token not found.")
        return token

    @_locked
    def update_org_access_token(
        self,
        caller: str | None,
        org: str,
        token_id: str,
        *,
        label: str | None = None,
        description: str | None = None,
        resources: Sequence[OrgAccessTokenResource] | None = None,
        is_active: bool | None = None,
    ) -> OrgAccessToken:
        """Change the given fields (all checked before any is changed)."""
        token = self.get_org_access_token(caller, org, token_id)
        self._check_oat_text(label, description)
        checked = None if resources is None else self._check_oat_resources(org, resources)
        if label is not None:
            token.label = label
        if description is not None:
            token.description = description
        if checked is not None:
            token.resources = checked
        if is_active is not None:
            token.is_active = is_active
        self.audit(
            org,
            "org.access_token.update",
            actor=caller,
            description=f"updated the access token {token.label} in {org}",
            data={"access_token_id": token.id, "label": token.label},
        )
        return token

    @_locked
    def delete_org_access_token(self, caller: str | None, org: str, token_id: str) -> None:
        token = self.get_org_access_token(caller, org, token_id)
        del self._orgs[org].access_tokens[token_id]
        self.audit(
            org,
            "org.access_token.delete",
            actor=caller,
            description=f"deleted the access token {token.label} in {org}",
            data={"access_token_id": token.id, "label": token.label},
        )

    @_locked
    def authenticate_org_token(
        self, identifier: str, secret: str
    ) -> tuple[Organization, OrgAccessToken]:
        """The organization and its active, unexpired token whose secret is ``secret`` (its
        ``last_used_at`` is then updated); anything else is :class:`Unauthorized`."""
        organization = self._orgs.get(identifier.lower())
        if organization is not None and secret.startswith(OAT_PREFIX):
            digest = hash_token(secret)
            now = self.now()
            for token in organization.access_tokens.values():
                if hmac.compare_digest(token.token_hash, digest) and token.usable(now):
                    token.last_used_at = now
                    return organization, token
        raise Unauthorized("Incorrect authentication credentials.")

    @_locked
    def usable_org_access_token(self, org: str, token_id: str) -> OrgAccessToken | None:
        """The organization access token, when it still exists, is active and unexpired."""
        organization = self._orgs.get(org)
        token = organization.access_tokens.get(token_id) if organization is not None else None
        return token if token is not None and token.usable(self.now()) else None

    @_locked
    def repo_is_private(self, namespace: str, name: str) -> bool | None:
        """Whether the repository is private; ``None`` when it does not exist."""
        repo = self._repos.get((namespace, name))
        return None if repo is None else repo.is_private

    # -- invites, group members and groups' access to repositories ------------------------

    @_locked
    def list_invites(self, caller: str | None, org: str) -> list[Invite]:
        """``org``'s pending invites, oldest first (then in the order sent); owners only."""
        organization = self._org_for(caller, org, owner=True)
        return sorted(organization.invites.values(), key=lambda i: i.created_at)

    def _invitee(self, text: str) -> str | None:
        """What an invite names: a registered user (given by username, or by their email
        address), or the email address of someone without an account; None when ``text`` is
        neither an email address nor a registered user."""
        text = text.strip()
        if "@" in text:
            if not _EMAIL.fullmatch(text):
                return None
            email = text.lower()
            for user in self._users.values():
                if user.gravatar_email.strip().lower() == email:
                    return user.username
            return email
        name = text.lower()
        return name if name in self._users else None

    @_locked
    def bulk_invite(
        self,
        caller: str | None,
        org: str,
        invitees: Sequence[str],
        *,
        team: str = "",
        role: str = "member",
        dry_run: bool = False,
    ) -> list[InviteOutcome]:
        """Invite each of ``invitees`` (usernames or email addresses) to ``org``; owners only.

        One outcome per invitee, in order: ``invited``, ``already_invited`` (with the pending
        invite, unchanged), ``existing_org_member`` or ``invalid_email_or_docker_id``. A
        ``dry_run`` gives the same outcomes and creates nothing."""
        inviter = self._require_caller(caller)
        if org.lower() not in self._orgs:  # named in the body: a bad request, not a bad URL
            raise Invalid("org", f"no such organization: {org}")
        organization = self._org_for(caller, org.lower(), owner=True)
        if role not in ORG_ROLES:
            raise Invalid("role", "expected owner, editor or member")
        if team and team not in organization.groups:
            raise Invalid("team", f"no group {team} in organization {organization.name}")
        if not invitees:
            raise Invalid("invitees", "at least one invitee is required")
        if len(invitees) > MAX_INVITEES:
            raise Invalid("invitees", f"at most {MAX_INVITEES} invitees at once")
        members = set(org_member_names(organization))
        pending: dict[str, Invite | None] = {i.invitee: i for i in organization.invites.values()}
        now = self.now()
        outcomes = []
        for given in invitees:
            target = self._invitee(given)
            if target is None:
                outcomes.append(InviteOutcome(invitee=given, status="invalid_email_or_docker_id"))
            elif target in members:
                outcomes.append(InviteOutcome(invitee=given, status="existing_org_member"))
            elif target in pending:
                outcomes.append(
                    InviteOutcome(invitee=given, status="already_invited", invite=pending[target])
                )
            elif dry_run:
                pending[target] = None
                outcomes.append(InviteOutcome(invitee=given, status="invited"))
            else:
                invite = Invite(
                    id=self._uuid(),
                    invitee=target,
                    inviter=inviter,
                    role=role,
                    team=team,
                    created_at=now,
                    sent_at=now,
                )
                organization.invites[invite.id] = invite
                pending[target] = invite
                outcomes.append(InviteOutcome(invitee=given, status="invited", invite=invite))
                self.audit(
                    organization.name,
                    "org.member.invite.send",
                    actor=inviter,
                    name=target,
                    description=f"invited {target} to {organization.name}",
                    data={"team": team, "role": role},
                )
        return outcomes

    def _invite(self, invite_id: str) -> tuple[Organization, Invite]:
        for organization in self._orgs.values():
            invite = organization.invites.get(invite_id)
            if invite is not None:
                return organization, invite
        raise NotFound(f"Invite {invite_id} not found.")

    def _owned_invite(self, caller: str | None, invite_id: str) -> tuple[Organization, Invite]:
        user = self._require_caller(caller)
        organization, invite = self._invite(invite_id)
        if user not in organization.members:
            raise Forbidden("You do not have permission to perform this action.")
        return organization, invite

    @_locked
    def resend_invite(self, caller: str | None, invite_id: str) -> Invite:
        organization, invite = self._owned_invite(caller, invite_id)
        invite.sent_at = self.now()
        invite.sent_count += 1
        self.audit(
            organization.name,
            "org.member.invite.resend",
            actor=caller,
            name=invite.invitee,
            description=f"invited {invite.invitee} to {organization.name} again",
            data={"team": invite.team, "role": invite.role},
        )
        return invite

    @_locked
    def cancel_invite(self, caller: str | None, invite_id: str) -> None:
        organization, invite = self._owned_invite(caller, invite_id)
        del organization.invites[invite_id]
        self.audit(
            organization.name,
            "org.member.invite.cancel",
            actor=caller,
            name=invite.invitee,
            description=f"canceled the invite of {invite.invitee} to {organization.name}",
            data={"team": invite.team, "role": invite.role},
        )

    @_locked
    def accept_invite(
        self, invite_id: str, username: str | None = None
    ) -> tuple[Organization, str]:
        """The invitee accepts (fakehub's control API; Docker Hub does it in its web UI): they
        join the organization with the invite's role, and its group. An email invite needs
        the ``username`` of the account accepting it; a user's invite, that user or none."""
        organization, invite = self._invite(invite_id)
        if "@" not in invite.invitee:
            if username is not None and username.lower() != invite.invitee:
                raise Invalid("username", f"the invite is for {invite.invitee}")
            member = invite.invitee
        else:
            if username is None:
                raise Invalid("username", "an email invite needs the username accepting it")
            member = username.lower()
        if member not in self._users:
            raise Invalid("username", f"no such user: {member}")
        del organization.invites[invite_id]
        if member not in org_member_names(organization):
            if invite.role == "owner":
                organization.members.append(member)
            elif invite.role == "editor":
                organization.editors.append(member)
            elif not (invite.team and invite.team in organization.groups):
                organization.direct_members.append(member)
        group = organization.groups.get(invite.team) if invite.team else None
        if group is not None and member not in group.members:
            group.members.append(member)
        self.audit(
            organization.name,
            "org.member.add",
            actor=member,
            name=member,
            description=f"{member} joined {organization.name} by accepting an invite",
            data={"team": invite.team, "role": invite.role},
        )
        return organization, member

    @_locked
    def patch_org_group(
        self,
        caller: str | None,
        org: str,
        name: str,
        *,
        new_name: str | None = None,
        description: str | None = None,
    ) -> Group:
        """Change only what is given of a group; owners only."""
        group = self._group_of(self._org_for(caller, org, owner=True), name)
        return self.update_org_group(
            caller,
            org,
            name,
            new_name=group.name if new_name is None else new_name,
            description=group.description if description is None else description,
        )

    @_locked
    def group_members(self, caller: str | None, org: str, name: str) -> tuple[bool, list[User]]:
        """Whether the caller owns ``org``, and the members of its group ``name``, by username;
        members of the organization only."""
        organization = self._org_for(caller, org, owner=False)
        group = self._group_of(organization, name)
        users = [self._users[u] for u in sorted(group.members) if u in self._users]
        return caller in organization.members, users

    @_locked
    def remove_group_member(self, caller: str | None, org: str, name: str, username: str) -> None:
        """Take ``username`` out of a group; they stay in the organization."""
        organization = self._org_for(caller, org, owner=True)
        group = self._group_of(organization, name)
        username = username.lower()
        if username not in group.members:
            raise NotFound(f"{username} is not a member of {organization.name}/{name}.")
        group.members.remove(username)
        if username not in org_member_names(organization):
            organization.direct_members.append(username)
        self.audit(
            organization.name,
            "org.team.member.remove",
            actor=caller,
            name=username,
            description=f"removed {username} from the team {name} in {organization.name}",
            data={"team": name},
        )

    @_locked
    def set_repository_group(
        self, caller: str | None, namespace: str, name: str, group_id: int, permission: str
    ) -> tuple[Group, str]:
        """Give a group of the organization owning the repository ``permission`` on it
        (replacing what it had); the repository's administrators only."""
        repo = self._admin_repo(caller, namespace, name)
        organization = self._orgs.get(repo.namespace)
        if organization is None:
            raise Invalid(
                "group_id",
                f"{repo.full_name} belongs to a user; groups get access to an organization's "
                "repositories only",
            )
        if permission not in REPO_PERMISSIONS:
            raise Invalid("permission", "expected read, write or admin")
        group = next((g for g in organization.groups.values() if g.id == group_id), None)
        if group is None:
            raise Invalid("group_id", f"no group with id {group_id} in {organization.name}")
        repo.team_permissions[group.id] = permission
        self._audit_repo(
            repo,
            "repo.team.permission.update",
            caller,
            f"gave the team {group.name} {permission} access to",
            {"team": group.name, "permission": permission},
        )
        return group, permission

    # -- repositories ------------------------------------------------------------------------

    @_locked
    def get_repository(self, caller: str | None, namespace: str, name: str) -> Repository:
        return self._visible_repo(caller, namespace, name)

    @_locked
    def find_repository(self, namespace: str, name: str) -> Repository | None:
        """A repository regardless of permissions (for tests and the control API)."""
        return self._repos.get((namespace, name))

    @_locked
    def repositories(self) -> list[Repository]:
        return list(self._repos.values())

    @_locked
    def list_repositories(self, caller: str | None, namespace: str) -> list[Repository]:
        if not self._namespace_exists(namespace):
            raise NotFound(f"Namespace {namespace} not found.")
        found = [
            r for r in self._repos.values() if r.namespace == namespace and self.can_see(caller, r)
        ]
        return sorted(found, key=lambda r: r.name)

    @_locked
    def starred_repositories(self, caller: str | None, username: str) -> list[Repository]:
        if username not in self._users:
            raise NotFound(f"User {username} not found.")
        found = [r for r in self._repos.values() if username in r.stars and self.can_see(caller, r)]
        return sorted(found, key=lambda r: (r.stars[username], r.id), reverse=True)

    @_locked
    def create_repository(
        self,
        caller: str | None,
        *,
        namespace: str,
        name: str,
        description: str | None = None,
        full_description: str | None = None,
        is_private: bool | None = None,
    ) -> Repository:
        user = self._require_caller(caller)
        namespace = _check_format(NAMESPACE, "namespace", namespace)
        name = _check_format(REPOSITORY, "name", name)
        if not self._namespace_exists(namespace):
            raise NotFound(f"Namespace {namespace} not found.")
        if user not in self._owners(namespace):
            raise Forbidden("You do not have permission to create repositories in this namespace.")
        if (namespace, name) in self._repos:
            raise Conflict("Repository with this Name and Namespace already exists.")
        owner = self._users.get(namespace)
        if is_private is None:
            is_private = owner is not None and owner.default_repo_visibility == "private"
        if is_private and owner is not None:
            used = self._private_repo_count(namespace)
            if used >= owner.private_repo_limit:
                raise Invalid(
                    "is_private",
                    f"private repository limit reached ({used} of {owner.private_repo_limit})",
                )
        repo = Repository(
            id=self._new_id(),
            namespace=namespace,
            name=name,
            description=description or "",
            full_description=full_description or "",
            is_private=is_private,
            status=0,
            date_registered=self.now(),
        )
        self._repos[(namespace, name)] = repo
        visibility = "private" if is_private else "public"
        self._audit_repo(
            repo,
            "repo.create",
            user,
            f"created the {visibility} repository",
            {"visibility": visibility},
        )
        return repo

    @_locked
    def update_repository(
        self,
        caller: str | None,
        namespace: str,
        name: str,
        *,
        description: str | None = None,
        full_description: str | None = None,
    ) -> Repository:
        repo = self._admin_repo(caller, namespace, name)
        changed = []
        if description is not None:
            repo.description = description
            changed.append("description")
        if full_description is not None:
            repo.full_description = full_description
            changed.append("full_description")
        self._audit_repo(
            repo, "repo.update", caller, "updated the repository", {"fields": ",".join(changed)}
        )
        return repo

    @_locked
    def delete_repository(self, caller: str | None, namespace: str, name: str) -> None:
        repo = self._admin_repo(caller, namespace, name)
        # Tags, stars (hence the starred lists), comments, webhooks, builds, links and the
        # trigger all live on the repository object and go with it; links from other
        # repositories to this one are removed too.
        del self._repos[(namespace, name)]
        for other in self._repos.values():
            for link_id in [i for i, link in other.links.items() if link.to_repo == repo.full_name]:
                del other.links[link_id]
        self._audit_repo(repo, "repo.delete", caller, "deleted the repository")

    @_locked
    def star(self, caller: str | None, namespace: str, name: str) -> None:
        user = self._require_user(caller)
        repo = self._visible_repo(user, namespace, name)
        repo.stars.setdefault(user, self.now())

    @_locked
    def unstar(self, caller: str | None, namespace: str, name: str) -> None:
        user = self._require_user(caller)
        repo = self._visible_repo(user, namespace, name)
        repo.stars.pop(user, None)

    # -- tags and comments -------------------------------------------------------------------

    @_locked
    def list_tags(self, caller: str | None, namespace: str, name: str) -> list[Tag]:
        repo = self._visible_repo(caller, namespace, name)
        epoch = datetime.datetime.min.replace(tzinfo=datetime.UTC)
        return sorted(
            repo.tags.values(),
            key=lambda t: (t.last_updated or epoch, -t.id),
            reverse=True,
        )

    @_locked
    def delete_tag(self, caller: str | None, namespace: str, name: str, tag: str) -> None:
        repo = self._writable_repo(caller, namespace, name)
        if tag not in repo.tags:
            raise NotFound(f"Tag {tag} not found in {repo.full_name}.")
        del repo.tags[tag]
        self._audit_repo(
            repo,
            "repo.tag.delete",
            caller,
            f"deleted the tag {tag} from the repository",
            {"tag": tag},
        )

    @_locked
    def push_tag(
        self,
        namespace: str,
        name: str,
        tag: str,
        *,
        full_size: int | None = None,
        pusher: str | None = None,
    ) -> Tag:
        """Record a push (no permission check: pushes go to the registry, not this API)."""
        repo = self._repos.get((namespace, name))
        if repo is None:
            raise self._not_found(namespace, name)
        tag = _check_format(TAG, "tag", tag)
        pk = self._pk_of(pusher or namespace)
        now = self.now()
        existing = repo.tags.get(tag)
        if existing is not None:
            existing.full_size = full_size
            existing.last_updater = pk
            existing.last_updated = now
            result = existing
        else:
            result = Tag(
                id=self._new_id(),
                name=tag,
                full_size=full_size,
                creator=pk,
                last_updater=pk,
                last_updated=now,
            )
            repo.tags[tag] = result
        repo.last_updated = now
        repo.status = 1
        self._audit_repo(
            repo,
            "repo.tag.push",
            pusher or namespace,
            f"pushed the tag {tag} to the repository",
            {"tag": tag},
        )
        return result

    @_locked
    def name_of(self, pk: int) -> str:
        """The username (or organization name) with this numeric id; ``""`` when none has it."""
        for user in self._users.values():
            if user.pk == pk:
                return user.username
        for org in self._orgs.values():
            if org.pk == pk:
                return org.name
        return ""

    def _pk_of(self, name: str) -> int:
        user = self._users.get(name)
        if user is not None:
            return user.pk
        org = self._orgs.get(name)
        return org.pk if org is not None else 0

    @_locked
    def list_comments(self, caller: str | None, namespace: str, name: str) -> list[Comment]:
        repo = self._visible_repo(caller, namespace, name)
        return sorted(repo.comments, key=lambda c: (c.created_on, c.id))

    @_locked
    def add_comment(self, namespace: str, name: str, user: str, text: str) -> Comment:
        """Post a comment (no API operation does this; for tests and demo data)."""
        repo = self._visible_repo(user, namespace, name)
        now = self.now()
        comment = Comment(
            id=self._new_id(), user=user, comment=text, created_on=now, updated_on=now
        )
        repo.comments.append(comment)
        return comment

    # -- immutable tags ----------------------------------------------------------------------

    @_locked
    def update_immutable_tags(
        self, caller: str | None, namespace: str, name: str, *, enabled: bool, rules: list[str]
    ) -> Repository:
        """Turn immutable tags on or off and replace the rules (regular expressions)."""
        repo = self._admin_repo(caller, namespace, name)
        checked = [_check_rule(f"immutable_tags_rules[{i}]", r) for i, r in enumerate(rules)]
        repo.immutable_tags = enabled
        repo.immutable_tags_rules = checked
        self._audit_repo(
            repo,
            "repo.immutable.tags.updated",
            caller,
            f"turned immutable tags {'on' if enabled else 'off'} for the repository",
            {"enabled": "true" if enabled else "false", "rules": ",".join(checked)},
        )
        return repo

    @_locked
    def verify_immutable_tags(
        self, caller: str | None, namespace: str, name: str, regex: str
    ) -> list[str]:
        """The names of the repository's tags that ``regex`` matches (in full), sorted."""
        repo = self._admin_repo(caller, namespace, name)
        pattern = re.compile(_check_rule("regex", regex))
        return sorted(t for t in repo.tags if pattern.fullmatch(t) is not None)

    # -- collaborators -----------------------------------------------------------------------

    @_locked
    def list_collaborators(self, caller: str | None, namespace: str, name: str) -> list[str]:
        return list(self._admin_repo(caller, namespace, name).collaborators)

    @_locked
    def add_collaborator(self, caller: str | None, namespace: str, name: str, user: str) -> str:
        repo = self._admin_repo(caller, namespace, name)
        user = user.lower()
        if user not in self._users:
            raise Invalid("user", f"no such user: {user}")
        if user in self._owners(repo.namespace):
            raise Invalid("user", f"{user} owns {repo.full_name}")
        if user in repo.collaborators:
            raise Conflict(f"{user} is already a collaborator on {repo.full_name}.")
        repo.collaborators.append(user)
        self._audit_repo(
            repo,
            "repo.collaborator.add",
            caller,
            f"added {user} as a collaborator on",
            {"user": user},
        )
        return user

    @_locked
    def remove_collaborator(self, caller: str | None, namespace: str, name: str, user: str) -> None:
        repo = self._admin_repo(caller, namespace, name)
        if user not in repo.collaborators:
            raise NotFound(f"{user} is not a collaborator on {repo.full_name}.")
        repo.collaborators.remove(user)
        self._audit_repo(
            repo,
            "repo.collaborator.remove",
            caller,
            f"removed the collaborator {user} from",
            {"user": user},
        )

    # -- automated builds --------------------------------------------------------------------

    def _autobuild_of(self, repo: Repository) -> AutomatedBuild:
        if repo.autobuild is None:
            raise NotFound(f"{repo.full_name} has no automated build.")
        return repo.autobuild

    @_locked
    def get_autobuild(self, caller: str | None, namespace: str, name: str) -> AutomatedBuild:
        return self._autobuild_of(self._admin_repo(caller, namespace, name))

    @_locked
    def create_autobuild(
        self,
        caller: str | None,
        namespace: str,
        name: str,
        *,
        provider: str,
        vcs_repo_name: str,
        active: bool = True,
        is_private: bool = False,
        description: str | None = None,
        build_tags: Sequence[BuildTagSpec] = (BuildTagSpec(),),
    ) -> tuple[Repository, AutomatedBuild]:
        """Set up an automated build, creating the repository when it does not exist yet."""
        user = self._require_caller(caller)
        if provider not in PROVIDERS:
            raise Invalid("provider", "must be github or bitbucket")
        if not re.fullmatch(r"[^/\s]+/[^/\s]+", vcs_repo_name):
            raise Invalid("vcs_repo_name", "must be owner/name")
        specs = [self._check_build_tag(f"build_tags[{i}]", s) for i, s in enumerate(build_tags)]
        repo = self._repos.get((namespace, name))
        if repo is not None and not self.can_see(user, repo):
            # Hidden from the caller: answer exactly as if it did not exist. (Only a
            # non-owner can be in this case, so creating it is refused: 403 in both.)
            repo = None
        if repo is None:
            repo = self.create_repository(
                user,
                namespace=namespace,
                name=name,
                description=description,
                is_private=is_private,
            )
        elif not self.is_owner(user, repo):
            raise Forbidden("You do not have permission to perform this action.")
        elif repo.autobuild is not None:
            raise Conflict(f"{repo.full_name} already has an automated build.")
        autobuild = AutomatedBuild(
            provider=provider,
            build_name=vcs_repo_name,
            active=active,
            repo_id=str(self._new_id()),
            webhook_id=str(self._new_id()),
            build_tags=[self._new_build_tag(spec) for spec in specs],
        )
        repo.autobuild = autobuild
        repo.build_trigger = BuildTrigger(token=self._uuid())
        self._audit_repo(
            repo,
            "repo.autobuild.create",
            user,
            f"set up an automated build from {provider} {vcs_repo_name} for",
            {"provider": provider, "source": vcs_repo_name},
        )
        return repo, autobuild

    def _check_build_tag(self, path: str, spec: BuildTagSpec) -> BuildTagSpec:
        if not spec.name:
            raise Invalid(f"{path}.name" if path else "name", "must not be empty")
        if not spec.source_name:
            raise Invalid(f"{path}.source_name" if path else "source_name", "must not be empty")
        if spec.source_type not in SOURCE_TYPES:
            raise Invalid(f"{path}.source_type" if path else "source_type", "must be Branch or Tag")
        if not spec.dockerfile_location:
            field_name = f"{path}.dockerfile_location" if path else "dockerfile_location"
            raise Invalid(field_name, "must not be empty")
        return spec

    def _new_build_tag(self, spec: BuildTagSpec) -> BuildTag:
        return BuildTag(
            id=self._new_id(),
            name=spec.name,
            dockerfile_location=spec.dockerfile_location,
            source_type=spec.source_type,
            source_name=spec.source_name,
        )

    @_locked
    def create_build_tag(
        self, caller: str | None, namespace: str, name: str, spec: BuildTagSpec
    ) -> BuildTag:
        repo = self._admin_repo(caller, namespace, name)
        autobuild = self._autobuild_of(repo)
        tag = self._new_build_tag(self._check_build_tag("", spec))
        autobuild.build_tags.append(tag)
        self._audit_repo(
            repo,
            "repo.build_tag.create",
            caller,
            f"added the build rule {tag.name} to",
            {"build_tag_id": str(tag.id), "build_tag": tag.name},
        )
        return tag

    def _build_tag(self, autobuild: AutomatedBuild, tag_id: int) -> BuildTag:
        for tag in autobuild.build_tags:
            if tag.id == tag_id:
                return tag
        raise NotFound(f"Build tag {tag_id} not found.")

    @_locked
    def update_build_tag(
        self, caller: str | None, namespace: str, name: str, tag_id: int, spec: BuildTagSpec
    ) -> BuildTag:
        repo = self._admin_repo(caller, namespace, name)
        autobuild = self._autobuild_of(repo)
        tag = self._build_tag(autobuild, tag_id)
        self._check_build_tag("", spec)
        tag.name = spec.name
        tag.dockerfile_location = spec.dockerfile_location
        tag.source_type = spec.source_type
        tag.source_name = spec.source_name
        self._audit_repo(
            repo,
            "repo.build_tag.update",
            caller,
            f"changed the build rule {tag.name} of",
            {"build_tag_id": str(tag.id), "build_tag": tag.name},
        )
        return tag

    @_locked
    def delete_build_tag(self, caller: str | None, namespace: str, name: str, tag_id: int) -> None:
        repo = self._admin_repo(caller, namespace, name)
        autobuild = self._autobuild_of(repo)
        tag = self._build_tag(autobuild, tag_id)
        autobuild.build_tags.remove(tag)
        self._audit_repo(
            repo,
            "repo.build_tag.delete",
            caller,
            f"removed the build rule {tag.name} from",
            {"build_tag_id": str(tag.id), "build_tag": tag.name},
        )

    @_locked
    def trigger_build(
        self,
        caller: str | None,
        namespace: str,
        name: str,
        *,
        source_type: str = "Branch",
        source_name: str = "master",
        dockerfile_location: str = "/",
    ) -> list[TriggeredBuild]:
        """Queue one build per build tag that follows ``source_type`` ``source_name``.

        ``dockerfile_location`` does not take part in matching (as on Docker Hub); each build
        uses its build tag's own location. No match: nothing happens, an empty list.
        """
        repo = self._admin_repo(caller, namespace, name)
        autobuild = self._autobuild_of(repo)
        del dockerfile_location
        submitted: list[TriggeredBuild] = []
        for tag in autobuild.build_tags:
            if not tag.matches(source_type, source_name):
                continue
            now = self.now()
            build = Build(
                id=self._new_id(),
                build_code=self._build_code(),
                status=0,
                created_date=now,
                last_updated=now,
                dockertag_name=tag.evaluated_name(source_name),
                build_path=tag.dockerfile_location,
                source_branch=source_name,
                source_url=autobuild.source_url,
                metrics={"created": now},
            )
            repo.builds.append(build)
            submitted.append(
                TriggeredBuild(
                    source_type=source_type,
                    source_name=source_name,
                    evaluated_tag_name=build.dockertag_name,
                    build_code=build.build_code,
                )
            )
        self._audit_repo(
            repo,
            "repo.build.trigger",
            caller,
            f"triggered {len(submitted)} build(s) of {source_type} {source_name} for",
            {
                "source_type": source_type,
                "source_name": source_name,
                "builds": ",".join(b.build_code for b in submitted),
            },
        )
        return submitted

    @_locked
    def build_history(self, caller: str | None, namespace: str, name: str) -> list[Build]:
        repo = self._admin_repo(caller, namespace, name)
        return sorted(repo.builds, key=lambda b: (b.created_date, b.id), reverse=True)

    @_locked
    def get_build(self, caller: str | None, namespace: str, name: str, build_code: str) -> Build:
        repo = self._admin_repo(caller, namespace, name)
        for build in repo.builds:
            if build.build_code == build_code:
                return build
        raise NotFound(f"Build {build_code} not found.")

    # -- build links and the build trigger --------------------------------------------------

    @_locked
    def list_links(self, caller: str | None, namespace: str, name: str) -> list[BuildLink]:
        repo = self._admin_repo(caller, namespace, name)
        return sorted(repo.links.values(), key=lambda link: link.id)

    @_locked
    def create_link(self, caller: str | None, namespace: str, name: str, to_repo: str) -> BuildLink:
        """Link to ``to_repo``: ``namespace/name``, or ``name`` / ``_/name`` for official images."""
        repo = self._admin_repo(caller, namespace, name)
        target_ns, _, target_name = to_repo.rpartition("/")
        if target_ns in ("", "_"):
            target_ns = LIBRARY
        target = self._repos.get((target_ns.lower(), target_name))
        if target is None or not self.can_see(caller, target):
            raise Invalid("to_repo", f"repository {target_ns}/{target_name} not found")
        if target is repo:
            raise Invalid("to_repo", "a repository cannot link to itself")
        if any(link.to_repo == target.full_name for link in repo.links.values()):
            raise Conflict(f"{repo.full_name} already links to {target.full_name}.")
        link = BuildLink(id=self._new_id(), to_repo=target.full_name)
        repo.links[link.id] = link
        self._audit_repo(
            repo,
            "repo.build_link.create",
            caller,
            f"linked {target.full_name} to",
            {"link_id": str(link.id), "to_repo": target.full_name},
        )
        return link

    @_locked
    def delete_link(self, caller: str | None, namespace: str, name: str, link_id: int) -> None:
        repo = self._admin_repo(caller, namespace, name)
        if link_id not in repo.links:
            raise NotFound(f"Build link {link_id} not found.")
        link = repo.links.pop(link_id)
        self._audit_repo(
            repo,
            "repo.build_link.delete",
            caller,
            f"unlinked {link.to_repo} from",
            {"link_id": str(link_id), "to_repo": link.to_repo},
        )

    @_locked
    def get_build_trigger(self, caller: str | None, namespace: str, name: str) -> BuildTrigger:
        repo = self._admin_repo(caller, namespace, name)
        if repo.build_trigger is None:
            raise NotFound(f"{repo.full_name} has no build trigger.")
        return repo.build_trigger

    @_locked
    def trigger_history(self, caller: str | None, namespace: str, name: str) -> list[TriggerEvent]:
        trigger = self.get_build_trigger(caller, namespace, name)
        return sorted(trigger.history, key=lambda e: e.created, reverse=True)

    # -- webhooks ----------------------------------------------------------------------------

    @_locked
    def list_webhooks(self, caller: str | None, namespace: str, name: str) -> list[Webhook]:
        repo = self._admin_repo(caller, namespace, name)
        return sorted(repo.webhooks.values(), key=lambda w: w.id)

    @_locked
    def create_webhook(
        self, caller: str | None, namespace: str, name: str, hook_name: str
    ) -> Webhook:
        caller = self._require_caller(caller)
        repo = self._admin_repo(caller, namespace, name)
        if not hook_name.strip():
            raise Invalid("name", "must not be empty")
        if any(w.name == hook_name for w in repo.webhooks.values()):
            raise Conflict(f"{repo.full_name} already has a webhook named {hook_name}.")
        webhook = Webhook(
            id=self._new_id(),
            name=hook_name,
            creator=caller,
            last_updater=caller,
            last_updated=self.now(),
        )
        repo.webhooks[webhook.id] = webhook
        self._audit_repo(
            repo,
            "repo.webhook.create",
            caller,
            f"created the webhook {hook_name} of",
            {"webhook_id": str(webhook.id), "webhook": hook_name},
        )
        return webhook

    @_locked
    def create_hook(
        self, caller: str | None, namespace: str, name: str, webhook_id: int, hook_url: str
    ) -> Hook:
        caller = self._require_caller(caller)
        repo = self._admin_repo(caller, namespace, name)
        webhook = repo.webhooks.get(webhook_id)
        if webhook is None:
            raise NotFound(f"Webhook {webhook_id} not found.")
        if re.fullmatch(r"https?://[^\s/]+(/\S*)?", hook_url) is None:
            raise Invalid("hook_url", "Enter a valid URL.")
        now = self.now()
        hook = Hook(
            id=self._new_id(),
            hook_url=hook_url,
            creator=caller,
            last_updater=caller,
            date_added=now,
            last_updated=now,
        )
        webhook.hooks.append(hook)
        webhook.last_updated = now
        webhook.last_updater = caller
        self._audit_repo(
            repo,
            "repo.webhook.hook.create",
            caller,
            f"added {hook_url} to the webhook {webhook.name} of",
            {"webhook_id": str(webhook_id), "hook_url": hook_url},
        )
        return hook

    @_locked
    def delete_webhook(
        self, caller: str | None, namespace: str, name: str, webhook_id: int
    ) -> None:
        repo = self._admin_repo(caller, namespace, name)
        if webhook_id not in repo.webhooks:
            raise NotFound(f"Webhook {webhook_id} not found.")
        webhook = repo.webhooks.pop(webhook_id)
        self._audit_repo(
            repo,
            "repo.webhook.delete",
            caller,
            f"deleted the webhook {webhook.name} of",
            {"webhook_id": str(webhook_id), "webhook": webhook.name},
        )

    # -- audit logs --------------------------------------------------------------------------

    def audit(
        self,
        account: str,
        action: str,
        *,
        actor: str | None,
        description: str,
        name: str | None = None,
        data: Mapping[str, str] | None = None,
    ) -> None:
        """Record that ``actor`` just made a write in ``account``, when it is an organization
        (Docker Hub audits organizations only: elsewhere this does nothing).

        Every write in an organization calls this once, as its last step, after every check
        has passed (so a failed write records nothing), with the lock held. ``action`` is a
        ``"{category}.{name}"`` of :data:`fakehub.audit.CATALOGUE`; ``name`` defaults to the
        organization (give the repository's full name for ``repo.*`` actions, the member's
        username for member events); ``description`` is the event's sentence
        (``created the team qa``); ``data`` its details, strings only.
        """
        if action not in AUDIT_ACTIONS:
            raise ValueError(f"{action!r} is not an action of fakehub.audit.CATALOGUE")
        if actor is None:
            raise ValueError(f"an audited write ({action}) needs the caller who made it")
        if account not in self._orgs:
            return
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
        description: str,
        data: Mapping[str, str] | None = None,
    ) -> None:
        """:meth:`audit` for a write to ``repo`` (``name`` is its full name)."""
        self.audit(
            repo.namespace,
            action,
            actor=caller,
            name=repo.full_name,
            description=f"{description} {repo.full_name}",
            data=data,
        )

    def _audit_reader(self, caller: str | None, account: str) -> None:
        """An organization's audit log is its owners'; a user's is their own."""
        user = self._require_caller(caller)
        organization = self._orgs.get(account)
        if organization is not None:
            if user not in organization.members:
                raise Forbidden("Only owners of the organization may read its audit logs.")
            return
        if account not in self._users:
            raise NotFound(f"Account {account} not found.")
        if account != user:
            raise Forbidden("You do not have permission to perform this action.")

    @_locked
    def audit_actions(self, caller: str | None, account: str) -> None:
        """Check that ``caller`` may read ``account``'s audit log (the catalogue of actions
        is :data:`fakehub.audit.CATALOGUE`, the same for every account)."""
        self._audit_reader(caller, account)

    @_locked
    def audit_logs(
        self,
        caller: str | None,
        account: str,
        *,
        action: str | None = None,
        name: str | None = None,
        actor: str | None = None,
        since: datetime.datetime | None = None,
        until: datetime.datetime | None = None,
    ) -> list[AuditEvent]:
        """``account``'s audit events, newest first (the later-recorded first at equal times),
        keeping those with exactly this ``action`` / ``name`` / ``actor`` and a timestamp
        within ``since`` .. ``until`` (both included)."""
        self._audit_reader(caller, account)
        found = [
            (index, event)
            for index, event in enumerate(self._audit_events)
            if event.account == account
            and (action is None or event.action == action)
            and (name is None or event.name == name)
            and (actor is None or event.actor == actor)
            and (since is None or event.timestamp >= since)
            and (until is None or event.timestamp <= until)
        ]
        found.sort(key=lambda pair: (pair[1].timestamp, pair[0]), reverse=True)
        return [event for _, event in found]

    @_locked
    def audit_events(self) -> list[AuditEvent]:
        """Every recorded event, oldest first (for tests and the control API)."""
        return list(self._audit_events)

    # -- SCIM 2.0 ------------------------------------------------------------------------------

    @_locked
    def scim_org(self, token: str | None) -> str:
        """The organization whose SCIM token ``token`` is; 401 for none or another secret (a
        login's token included: SCIM takes the organization's SCIM token only)."""
        if token is None:
            raise Unauthorized("Authentication credentials were not provided.")
        digest = hash_token(token)
        for org in self._orgs.values():
            if org.scim_token_hash is not None and hmac.compare_digest(org.scim_token_hash, digest):
                return org.name
        raise Unauthorized("Invalid SCIM token.")

    @_locked
    def set_scim_token(self, org: str, token: str) -> None:
        """Give ``org`` a SCIM token (what setting up SCIM on its SSO connection does)."""
        organization = self.get_org(org)
        _check_scim_token("scim_token", token)
        organization.scim_token_hash = hash_token(token)

    def _scim_view(self, organization: Organization, user: ScimUser) -> ScimUserView:
        return ScimUserView(
            user=user,
            active=user.username in org_member_names(organization),
            groups=tuple(
                g.name for g in organization.groups.values() if user.username in g.members
            ),
        )

    @_locked
    def scim_users(
        self,
        org: str,
        *,
        where: Callable[[dict[str, list[object]]], bool] | None = None,
        sort_by: str | None = None,
        descending: bool = False,
    ) -> list[ScimUserView]:
        """``org``'s SCIM users (in provisioning order, or by the lower-cased attribute
        ``sort_by``), those ``where`` accepts."""
        organization = self.get_org(org)
        views = [self._scim_view(organization, u) for u in organization.scim_users.values()]
        if where is not None:
            views = [v for v in views if where(v.values())]
        if sort_by is not None:

            def key(view: ScimUserView) -> tuple[bool, str]:
                found = view.values().get(sort_by) or [None]
                value = found[0]
                if isinstance(value, datetime.datetime):
                    return False, format_datetime(value)
                return value is None, str(value).lower() if value is not None else ""

            views.sort(key=key, reverse=descending)
        return views

    def _scim_user(self, organization: Organization, user_id: str) -> ScimUser:
        user = organization.scim_users.get(user_id)
        if user is None:
            raise NotFound(f"User {user_id} not found.")
        return user

    @_locked
    def scim_user(self, org: str, user_id: str) -> ScimUserView:
        organization = self.get_org(org)
        return self._scim_view(organization, self._scim_user(organization, user_id))

    def _scim_username(self, email: str) -> str:
        """A free username for a new account, made of the email's local part."""
        base = re.sub(r"[^a-z0-9]", "", email.split("@", 1)[0].lower())[:26]
        if len(base) < 2:
            base = f"user{base}"
        candidate, n = base, 1
        while self._namespace_exists(candidate):
            n += 1
            candidate = f"{base}{n}"
        return candidate

    @_locked
    def scim_create_user(
        self, org: str, email: str, *, given_name: str = "", family_name: str = ""
    ) -> ScimUserView:
        """Provision the person with ``email`` in ``org``: the account whose email
        (``gravatar_email``) it is, else a new account (no usable password) named after the
        email; they become a member of ``org``."""
        organization = self.get_org(org)
        if not _EMAIL.fullmatch(email):
            raise Invalid("userName", "must be an email address (name@example.com)")
        lowered = email.lower()
        if any(u.email.lower() == lowered for u in organization.scim_users.values()):
            raise Conflict(f"A user with userName {email} already exists in {org}.")
        account = next(
            (u for u in self._users.values() if u.gravatar_email.lower() == lowered), None
        )
        if account is not None and any(
            u.username == account.username for u in organization.scim_users.values()
        ):
            raise Conflict(f"{account.username} is already provisioned in {org}.")
        if account is None:
            account = self.create_user(
                self._scim_username(email),
                self._hex_id(),  # a random password nobody knows: the account signs in by SSO
                full_name=" ".join(p for p in (given_name, family_name) if p),
                gravatar_email=email,
            )
        now = self.now()
        user = ScimUser(
            id=self._uuid(),
            username=account.username,
            email=email,
            given_name=given_name,
            family_name=family_name,
            created=now,
            last_modified=now,
        )
        joined = account.username not in org_member_names(organization)
        if joined:
            organization.direct_members.append(account.username)
        organization.scim_users[user.id] = user
        if joined:
            self._audit_scim(organization, "org.member.add", account.username, "provisioned")
        return self._scim_view(organization, user)

    def _audit_scim(self, organization: Organization, action: str, name: str, did: str) -> None:
        """:meth:`audit` for a membership change the identity provider made through SCIM (the
        actor is :data:`SCIM_ACTOR`)."""
        self.audit(
            organization.name,
            action,
            actor=SCIM_ACTOR,
            name=name,
            description=f"the identity provider {did} {name} in {organization.name}",
            data={"source": "scim"},
        )

    @_locked
    def scim_update_user(
        self,
        org: str,
        user_id: str,
        *,
        active: bool,
        email: str | None = None,
        given_name: str | None = None,
        family_name: str | None = None,
    ) -> ScimUserView:
        """Replace a SCIM user's name parts (those given and not empty) and active state:
        deactivating removes the user from ``org`` and its groups, activating makes them a
        member again. The userName cannot change; the last owner cannot be deactivated."""
        organization = self.get_org(org)
        user = self._scim_user(organization, user_id)
        if email is not None and email.lower() != user.email.lower():
            raise ScimMutability("userName", f"cannot change (it is {user.email})")
        name = user.username
        member = name in org_member_names(organization)
        if not active and member and organization.members == [name]:
            raise Invalid("active", f"{name} is the last owner of {org} and cannot be deactivated")
        if given_name:
            user.given_name = given_name
        if family_name:
            user.family_name = family_name
        if active and not member:
            organization.direct_members.append(name)
            self._audit_scim(organization, "org.member.add", name, "reactivated")
        elif not active and member:
            for people in (
                organization.members,
                organization.editors,
                organization.direct_members,
            ):
                if name in people:
                    people.remove(name)
            for group in organization.groups.values():
                if name in group.members:
                    group.members.remove(name)
            self._audit_scim(organization, "org.member.remove", name, "deactivated")
        user.last_modified = self.now()
        return self._scim_view(organization, user)

    # -- snapshot and load -------------------------------------------------------------------

    @_locked
    def snapshot(self) -> dict[str, Any]:
        """The whole state as a JSON-able document that :meth:`load` accepts back."""
        return {
            "version": SNAPSHOT_VERSION,
            "next_id": self._next_id,
            "users": [_dump_user(u) for u in self._users.values()],
            "orgs": [_dump_org(o) for o in self._orgs.values()],
            "repositories": [
                {**_dump_repo(r), "team_permissions": self._dump_team_permissions(r)}
                for r in self._repos.values()
            ],
            "audit_logs": [_dump_audit_event(e) for e in self._audit_events],
        }

    def _dump_team_permissions(self, repo: Repository) -> list[dict[str, str]]:
        org = self._orgs.get(repo.namespace)
        groups = {g.id: g.name for g in org.groups.values()} if org is not None else {}
        return [
            {"group_name": groups[group_id], "permission": permission}
            for group_id, permission in repo.team_permissions.items()
            if group_id in groups
        ]

    @_locked
    def load(self, doc: object) -> dict[str, int]:
        """Add the users, organizations and repositories of ``doc`` to the state.

        ``doc`` is a :meth:`snapshot` or a hand-written document of the same shape where
        everything but names may be left out (ids are then assigned, ``password`` replaces
        ``password_hash``). The document is checked in full first: on any error,
        :class:`Invalid` names the path (``repositories[1].tags[0].full_size``) and the state
        is untouched. Returns how many objects of each kind were added.
        """
        loader = _Loader(self)
        loader.read(doc)
        loader.commit()
        return {
            "users": len(loader.users),
            "orgs": len(loader.orgs),
            "repositories": len(loader.repos),
            "audit_logs": len(loader.audit_events),
        }


# --- snapshot ---------------------------------------------------------------------------


def _dt(value: datetime.datetime | None) -> str | None:
    return None if value is None else format_datetime(value)


def _dump_user(user: User) -> dict[str, Any]:
    return {
        "username": user.username,
        "password_hash": user.password_hash,
        "pk": user.pk,
        "id": user.id,
        "full_name": user.full_name,
        "location": user.location,
        "company": user.company,
        "profile_url": user.profile_url,
        "gravatar_email": user.gravatar_email,
        "date_joined": _dt(user.date_joined),
        "is_staff": user.is_staff,
        "is_admin": user.is_admin,
        "private_repo_limit": user.private_repo_limit,
        "num_free_private_repos": user.num_free_private_repos,
        "default_repo_visibility": user.default_repo_visibility,
        "totp_secret": user.totp_secret,
        "access_tokens": [_dump_access_token(t) for t in user.access_tokens.values()],
    }


def _dump_access_token(pat: PersonalAccessToken) -> dict[str, Any]:
    return {
        "uuid": pat.uuid,
        "token_hash": pat.token_hash,
        "token_label": pat.token_label,
        "scopes": list(pat.scopes),
        "is_active": pat.is_active,
        "created_at": _dt(pat.created_at),
        "last_used": _dt(pat.last_used),
        "expires_at": _dt(pat.expires_at),
        "creator_ip": pat.creator_ip,
        "creator_ua": pat.creator_ua,
        "client_id": pat.client_id,
        "generated_by": pat.generated_by,
    }


def _check_totp_secret(path: str, secret: str) -> str:
    try:
        decode_secret(secret)
    except InvalidSecret as exc:
        raise Invalid(path, str(exc)) from None
    return secret


def _dump_org(org: Organization) -> dict[str, Any]:
    return {
        "name": org.name,
        "pk": org.pk,
        "id": org.id,
        "full_name": org.full_name,
        "location": org.location,
        "company": org.company,
        "date_joined": _dt(org.date_joined),
        "members": list(org.members),
        "editors": list(org.editors),
        "direct_members": list(org.direct_members),
        "groups": [
            {"id": g.id, "name": g.name, "description": g.description, "members": list(g.members)}
            for g in org.groups.values()
        ],
        "restricted_images": _dump_restricted_images(org.restricted_images),
        "access_tokens": [_dump_org_access_token(t) for t in org.access_tokens.values()],
        "invites": [_dump_invite(i) for i in org.invites.values()],
        "scim_token_hash": org.scim_token_hash,
        "scim_users": [
            {
                "id": u.id,
                "username": u.username,
                "email": u.email,
                "given_name": u.given_name,
                "family_name": u.family_name,
                "created": _dt(u.created),
                "last_modified": _dt(u.last_modified),
            }
            for u in org.scim_users.values()
        ],
    }


def _dump_restricted_images(settings: RestrictedImages) -> dict[str, Any]:
    return {
        "enabled": settings.enabled,
        "allow_official_images": settings.allow_official_images,
        "allow_verified_publishers": settings.allow_verified_publishers,
    }


def _dump_org_access_token(token: OrgAccessToken) -> dict[str, Any]:
    return {
        "id": token.id,
        "token_hash": token.token_hash,
        "label": token.label,
        "description": token.description,
        "resources": [
            {"type": r.type, "path": r.path, "scopes": list(r.scopes)} for r in token.resources
        ],
        "created_by": token.created_by,
        "is_active": token.is_active,
        "created_at": _dt(token.created_at),
        "expires_at": _dt(token.expires_at),
        "last_used_at": _dt(token.last_used_at),
    }


def _dump_invite(invite: Invite) -> dict[str, Any]:
    return {
        "id": invite.id,
        "invitee": invite.invitee,
        "inviter": invite.inviter,
        "role": invite.role,
        "team": invite.team,
        "created_at": _dt(invite.created_at),
        "sent_at": _dt(invite.sent_at),
        "sent_count": invite.sent_count,
    }


def _dump_audit_event(event: AuditEvent) -> dict[str, Any]:
    return {
        "account": event.account,
        "action": event.action,
        "name": event.name,
        "actor": event.actor,
        "data": dict(event.data),
        "timestamp": _dt(event.timestamp),
        "action_description": event.action_description,
    }


_UUID: Final = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _prefixed(prefix: str) -> Callable[[str, str], str]:
    """A check that a secret starts with ``prefix`` (``dckr_pat_``)."""

    def check(path: str, secret: str) -> str:
        if not secret.startswith(prefix):
            raise Invalid(path, f"must start with {prefix}")
        return secret

    return check


def _check_scim_token(path: str, token: str) -> str:
    if not re.fullmatch(r"[\x21-\x7e]{16,}", token):
        raise Invalid(path, "must be at least 16 printable ASCII characters, without spaces")
    return token


def _dump_repo(repo: Repository) -> dict[str, Any]:
    autobuild = repo.autobuild
    trigger = repo.build_trigger
    return {
        "namespace": repo.namespace,
        "name": repo.name,
        "id": repo.id,
        "description": repo.description,
        "full_description": repo.full_description,
        "is_private": repo.is_private,
        "status": repo.status,
        "pull_count": repo.pull_count,
        "star_count": repo.star_count,
        "stars": [{"user": u, "date": _dt(d)} for u, d in repo.stars.items()],
        "last_updated": _dt(repo.last_updated),
        "date_registered": _dt(repo.date_registered),
        "collaborators": list(repo.collaborators),
        "immutable_tags": repo.immutable_tags,
        "immutable_tags_rules": list(repo.immutable_tags_rules),
        "tags": [
            {
                "name": t.name,
                "id": t.id,
                "full_size": t.full_size,
                "creator": t.creator,
                "last_updater": t.last_updater,
                "last_updated": _dt(t.last_updated),
                "image_id": t.image_id,
                "v2": t.v2,
                "images": [
                    {
                        "architecture": i.architecture,
                        "os": i.os,
                        "variant": i.variant,
                        "digest": i.digest,
                        "size": i.size,
                        "status": i.status,
                        "last_pulled": _dt(i.last_pulled),
                        "last_pushed": _dt(i.last_pushed),
                    }
                    for i in t.images
                ],
            }
            for t in repo.tags.values()
        ],
        "comments": [
            {
                "id": c.id,
                "user": c.user,
                "comment": c.comment,
                "created_on": _dt(c.created_on),
                "updated_on": _dt(c.updated_on),
            }
            for c in repo.comments
        ],
        "webhooks": [
            {
                "id": w.id,
                "name": w.name,
                "active": w.active,
                "expect_final_callback": w.expect_final_callback,
                "creator": w.creator,
                "last_updater": w.last_updater,
                "last_updated": _dt(w.last_updated),
                "hooks": [
                    {
                        "id": h.id,
                        "hook_url": h.hook_url,
                        "creator": h.creator,
                        "last_updater": h.last_updater,
                        "date_added": _dt(h.date_added),
                        "last_updated": _dt(h.last_updated),
                        "active": h.active,
                    }
                    for h in w.hooks
                ],
            }
            for w in repo.webhooks.values()
        ],
        "autobuild": None
        if autobuild is None
        else {
            "provider": autobuild.provider,
            "build_name": autobuild.build_name,
            "active": autobuild.active,
            "repo_type": autobuild.repo_type,
            "repo_id": autobuild.repo_id,
            "webhook_id": autobuild.webhook_id,
            "deploykey": autobuild.deploykey,
            "hook_id": autobuild.hook_id,
            "build_tags": [
                {
                    "id": t.id,
                    "name": t.name,
                    "dockerfile_location": t.dockerfile_location,
                    "source_type": t.source_type,
                    "source_name": t.source_name,
                }
                for t in autobuild.build_tags
            ],
        },
        "builds": [
            {
                "id": b.id,
                "build_code": b.build_code,
                "status": b.status,
                "created_date": _dt(b.created_date),
                "last_updated": _dt(b.last_updated),
                "dockertag_name": b.dockertag_name,
                "cause": b.cause,
                "build_path": b.build_path,
                "source_branch": b.source_branch,
                "source_url": b.source_url,
                "dockerfile_contents": b.dockerfile_contents,
                "readme_contents": b.readme_contents,
                "logs": b.logs,
                "error": b.error,
                "failure": b.failure,
                "metrics": {k: _dt(v) for k, v in b.metrics.items()},
            }
            for b in repo.builds
        ],
        "links": [{"id": link.id, "to_repo": link.to_repo} for link in repo.links.values()],
        "build_trigger": None
        if trigger is None
        else {
            "token": trigger.token,
            "active": trigger.active,
            "history": [
                {
                    "ip_address": e.ip_address,
                    "result": e.result,
                    "result_desc": e.result_desc,
                    "user_agent": e.user_agent,
                    "request_body": e.request_body,
                    "created": _dt(e.created),
                    "build_code": e.build_code,
                }
                for e in trigger.history
            ],
        },
    }


# --- load -------------------------------------------------------------------------------

_MISSING: Final = object()


def _check_rule(where: str, rule: str) -> str:
    """An immutable-tags rule: a regular expression of at most 255 characters."""
    if not rule or len(rule) > 255:
        raise Invalid(where, "must be 1 to 255 characters long")
    try:
        re.compile(rule)
    except re.error as exc:
        raise Invalid(where, f"is not a valid regular expression: {exc}") from None
    return rule


class _Obj:
    """A JSON object of a loaded document, read field by field with path-naming errors."""

    def __init__(self, value: object, path: str, allowed: Iterable[str]) -> None:
        if not isinstance(value, dict):
            raise Invalid(path or "$", "expected an object")
        self.path = path
        self.value: dict[str, object] = value
        for key in value:
            if key not in allowed:
                raise Invalid(self.at(str(key)), "unknown field")

    def at(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def _get(self, key: str, default: object) -> object:
        if key in self.value:
            return self.value[key]
        if default is _MISSING:
            raise Invalid(self.at(key), "this field is required")
        return default

    def text(self, key: str, default: object = _MISSING, *, fmt: Format | None = None) -> str:
        value = self._get(key, default)
        if not isinstance(value, str):
            raise Invalid(self.at(key), "expected a string")
        if fmt is not None:
            value = _check_format(fmt, self.at(key), value)
        return value

    def opt_text(self, key: str) -> str | None:
        value = self._get(key, None)
        if value is not None and not isinstance(value, str):
            raise Invalid(self.at(key), "expected a string or null")
        return value

    def integer(self, key: str, default: object = _MISSING, *, minimum: int | None = None) -> int:
        value = self._get(key, default)
        if not isinstance(value, int) or isinstance(value, bool):
            raise Invalid(self.at(key), "expected an integer")
        if minimum is not None and value < minimum:
            raise Invalid(self.at(key), f"must be at least {minimum}")
        return value

    def opt_integer(self, key: str) -> int | None:
        value = self._get(key, None)
        if value is None:
            return None
        return self.integer(key)

    def str_or_int(self, key: str, default: object = _MISSING) -> str | int:
        value = self._get(key, default)
        if isinstance(value, bool) or not isinstance(value, str | int):
            raise Invalid(self.at(key), "expected a string or an integer")
        return value

    def flag(self, key: str, default: object = _MISSING) -> bool:
        value = self._get(key, default)
        if not isinstance(value, bool):
            raise Invalid(self.at(key), "expected a boolean")
        return value

    def when(self, key: str, default: object = _MISSING) -> datetime.datetime:
        value = self._get(key, default)
        if isinstance(value, datetime.datetime):
            return value
        try:
            return parse_datetime(value)
        except (TypeError, ValueError):
            raise Invalid(self.at(key), "expected an ISO 8601 datetime") from None

    def opt_when(self, key: str) -> datetime.datetime | None:
        if self._get(key, None) is None:
            return None
        return self.when(key)

    def choice(self, key: str, choices: Iterable[str], default: object = _MISSING) -> str:
        value = self.text(key, default)
        options = tuple(choices)
        if value not in options:
            raise Invalid(self.at(key), f"must be one of {', '.join(options)}")
        return value

    def items(self, key: str) -> Iterator[tuple[object, str]]:
        value = self._get(key, [])
        if not isinstance(value, list):
            raise Invalid(self.at(key), "expected an array")
        for index, item in enumerate(value):
            yield item, f"{self.at(key)}[{index}]"

    def names(self, key: str) -> list[tuple[str, str]]:
        result: list[tuple[str, str]] = []
        for item, path in self.items(key):
            if not isinstance(item, str):
                raise Invalid(path, "expected a string")
            result.append((item, path))
        return result

    def present(self, key: str) -> bool:
        return key in self.value and self.value[key] is not None


_USER_KEYS: Final = frozenset(
    {
        "username",
        "password",
        "password_hash",
        "pk",
        "id",
        "full_name",
        "location",
        "company",
        "profile_url",
        "gravatar_email",
        "date_joined",
        "is_staff",
        "is_admin",
        "private_repo_limit",
        "num_free_private_repos",
        "default_repo_visibility",
        "totp_secret",
        "access_tokens",
    }
)
_ACCESS_TOKEN_KEYS: Final = frozenset(
    {
        "uuid",
        "token",
        "token_hash",
        "token_label",
        "scopes",
        "is_active",
        "created_at",
        "last_used",
        "expires_at",
        "creator_ip",
        "creator_ua",
        "client_id",
        "generated_by",
    }
)
_ORG_KEYS: Final = frozenset(
    {
        "name",
        "pk",
        "id",
        "full_name",
        "location",
        "company",
        "date_joined",
        "members",
        "editors",
        "direct_members",
        "scim_token",
        "scim_token_hash",
        "scim_users",
        "groups",
        "restricted_images",
        "access_tokens",
        "invites",
    }
)
_ORG_ACCESS_TOKEN_KEYS: Final = frozenset(
    {
        "id",
        "token",
        "token_hash",
        "label",
        "description",
        "resources",
        "created_by",
        "is_active",
        "created_at",
        "expires_at",
        "last_used_at",
    }
)
_REPO_KEYS: Final = frozenset(
    {
        "namespace",
        "name",
        "id",
        "description",
        "full_description",
        "is_private",
        "status",
        "pull_count",
        "star_count",
        "stars",
        "last_updated",
        "date_registered",
        "collaborators",
        "tags",
        "comments",
        "webhooks",
        "autobuild",
        "builds",
        "links",
        "build_trigger",
        "is_automated",
        "immutable_tags",
        "immutable_tags_rules",
        "team_permissions",
    }
)


_AUDIT_EVENT_KEYS: Final = frozenset(
    {"account", "action", "name", "actor", "data", "timestamp", "action_description"}
)


class _Loader:
    """Reads a whole document into new objects, checking it against the state, then commits."""

    def __init__(self, state: State) -> None:
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

    # ids: explicit ones are kept (and must be unique); missing ones are assigned at commit

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

    def read(self, doc: object) -> None:
        root = _Obj(doc, "", {"version", "next_id", "users", "orgs", "repositories", "audit_logs"})
        if root.present("version") and root.integer("version") != SNAPSHOT_VERSION:
            raise Invalid("version", f"unsupported version (this fakehub reads {SNAPSHOT_VERSION})")
        self._existing_ids()
        self.next_id = root.integer("next_id", 1, minimum=1)
        self._names = set(self.state._users) | set(self.state._orgs)
        self._user_names = set(self.state._users)
        for item, path in root.items("users"):
            self.users.append(self._user(item, path))
        for item, path in root.items("orgs"):
            self.orgs.append(self._org(item, path))
        keys: set[tuple[str, str]] = set(self.state._repos)
        for item, path in root.items("repositories"):
            repo = self._repo(item, path)
            if (repo.namespace, repo.name) in keys:
                raise Invalid(path, f"repository {repo.full_name} already exists")
            keys.add((repo.namespace, repo.name))
            self.repos.append(repo)
        self._check_links(keys)
        for item, path in root.items("audit_logs"):
            self.audit_events.append(self._audit_event(item, path))

    def _check_links(self, keys: set[tuple[str, str]]) -> None:
        for _, link, path in self._links:
            namespace, _, name = link.to_repo.partition("/")
            if (namespace, name) not in keys:
                raise Invalid(path, f"repository {link.to_repo} not found")

    def _known_user(self, name: str, path: str) -> str:
        if name not in self._user_names:
            raise Invalid(path, f"no such user: {name}")
        return name

    def _user(self, item: object, path: str) -> User:
        obj = _Obj(item, path, _USER_KEYS)
        username = obj.text("username", fmt=USERNAME)
        if username in self._names:
            raise Invalid(obj.at("username"), f"the name {username} is already taken")
        if obj.present("password_hash"):
            if "password" in obj.value:
                raise Invalid(obj.at("password"), "give password or password_hash, not both")
            password_hash = obj.text("password_hash")
            if not _valid_password_hash(password_hash):
                raise Invalid(obj.at("password_hash"), "expected pbkdf2_sha256$<n>$<salt>$<hash>")
        else:
            password = obj.text("password")
            if not password:
                raise Invalid(obj.at("password"), "must not be empty")
            password_hash = self.state.hash_password(password)
        user_id = obj.text("id", None) if obj.present("id") else self.state._hex_id()
        if not re.fullmatch(r"[0-9a-f]{32}", user_id):
            raise Invalid(obj.at("id"), "expected 32 lower-case hex digits")
        user = User(
            pk=0,
            id=user_id,
            username=username,
            password_hash=password_hash,
            full_name=obj.text("full_name", ""),
            location=obj.text("location", ""),
            company=obj.text("company", ""),
            profile_url=obj.text("profile_url", ""),
            gravatar_email=obj.text("gravatar_email", ""),
            date_joined=obj.when("date_joined", self.now),
            is_staff=obj.flag("is_staff", False),
            is_admin=obj.flag("is_admin", False),
            private_repo_limit=obj.integer("private_repo_limit", 1, minimum=0),
            num_free_private_repos=obj.integer("num_free_private_repos", 0, minimum=0),
            default_repo_visibility=obj.choice("default_repo_visibility", VISIBILITIES, "public"),
        )
        totp_secret = obj.opt_text("totp_secret")
        if totp_secret is not None:
            user.totp_secret = _check_totp_secret(obj.at("totp_secret"), totp_secret)
        for token_item, token_path in obj.items("access_tokens"):
            pat = self._access_token(token_item, token_path)
            if pat.uuid in user.access_tokens:
                raise Invalid(f"{token_path}.uuid", f"token {pat.uuid} appears twice")
            user.access_tokens[pat.uuid] = pat
        user.pk = self._id(obj, "pk", lambda v: setattr(user, "pk", v))
        self._names.add(username)
        self._user_names.add(username)
        return user

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

    def _access_token(self, item: object, path: str) -> PersonalAccessToken:
        """A personal access token: its ``token`` (a ``dckr_pat_`` secret, hashed here) or
        its ``token_hash`` (from a snapshot)."""
        obj = _Obj(item, path, _ACCESS_TOKEN_KEYS)
        token_hash = self._secret_hash(obj, "token", _prefixed(PAT_PREFIX))
        token_uuid = self._uuid(obj, "uuid")
        scopes: list[str] = []
        for scope, scope_path in obj.names("scopes"):
            if scope not in PAT_SCOPES:
                raise Invalid(scope_path, f"unknown scope: one of {', '.join(PAT_SCOPES)}")
            scopes.append(scope)
        return PersonalAccessToken(
            uuid=token_uuid,
            token_hash=token_hash,
            token_label=obj.text("token_label", "token"),
            scopes=scopes or ["repo:admin"],
            is_active=obj.flag("is_active", True),
            created_at=obj.when("created_at", self.now),
            last_used=obj.opt_when("last_used"),
            expires_at=obj.opt_when("expires_at"),
            creator_ip=obj.text("creator_ip", ""),
            creator_ua=obj.text("creator_ua", ""),
            client_id=obj.text("client_id", "HUB"),
            generated_by=obj.text("generated_by", "manual"),
        )

    def _org(self, item: object, path: str) -> Organization:
        obj = _Obj(item, path, _ORG_KEYS)
        name = obj.text("name", fmt=ORG)
        _check_format(NAMESPACE, obj.at("name"), name)
        if name in self._names:
            raise Invalid(obj.at("name"), f"the name {name} is already taken")
        org_id = obj.text("id", None) if obj.present("id") else self.state._hex_id()
        if not re.fullmatch(r"[0-9a-f]{32}", org_id):
            raise Invalid(obj.at("id"), "expected 32 lower-case hex digits")
        org = Organization(
            pk=0,
            id=org_id,
            name=name,
            full_name=obj.text("full_name", ""),
            location=obj.text("location", ""),
            company=obj.text("company", ""),
            date_joined=obj.when("date_joined", self.now),
            members=list(dict.fromkeys(self._known_user(m, p) for m, p in obj.names("members"))),
            editors=list(dict.fromkeys(self._known_user(m, p) for m, p in obj.names("editors"))),
            direct_members=list(
                dict.fromkeys(self._known_user(m, p) for m, p in obj.names("direct_members"))
            ),
        )
        org.pk = self._id(obj, "pk", lambda v: setattr(org, "pk", v))
        for group_item, group_path in obj.items("groups"):
            g = _Obj(group_item, group_path, {"id", "name", "description", "members"})
            group_name = g.text("name", fmt=GROUP)
            if group_name in org.groups:
                raise Invalid(g.at("name"), f"duplicate group {group_name}")
            group = Group(
                id=0,
                name=group_name,
                description=g.text("description", ""),
                members=list(dict.fromkeys(self._known_user(m, p) for m, p in g.names("members"))),
            )
            group.id = self._id(g, "id", functools.partial(setattr, group, "id"))
            org.groups[group_name] = group
        if obj.present("restricted_images"):
            ri = _Obj(
                obj.value["restricted_images"],
                obj.at("restricted_images"),
                {"enabled", "allow_official_images", "allow_verified_publishers"},
            )
            org.restricted_images = RestrictedImages(
                enabled=ri.flag("enabled", False),
                allow_official_images=ri.flag("allow_official_images", True),
                allow_verified_publishers=ri.flag("allow_verified_publishers", True),
            )
        for token_item, token_path in obj.items("access_tokens"):
            token = self._org_access_token(token_item, token_path, name)
            if token.id in org.access_tokens:
                raise Invalid(f"{token_path}.id", f"duplicate access token {token.id}")
            org.access_tokens[token.id] = token
        for invite_item, invite_path in obj.items("invites"):
            invite = self._invite(invite_item, invite_path, org)
            org.invites[invite.id] = invite
        self._scim(obj, org)
        self._names.add(name)
        return org

    def _org_access_token(self, item: object, path: str, org: str) -> OrgAccessToken:
        """An organization access token: its ``token`` (a ``dckr_oat_`` secret, hashed here)
        or its ``token_hash`` (from a snapshot)."""
        obj = _Obj(item, path, _ORG_ACCESS_TOKEN_KEYS)
        token_hash = self._secret_hash(obj, "token", _prefixed(OAT_PREFIX))
        token_id = self._uuid(obj, "id")
        resources: list[OrgAccessTokenResource] = []
        for res_item, res_path in obj.items("resources"):
            r = _Obj(res_item, res_path, {"type", "path", "scopes"})
            kind = r.choice("type", ("TYPE_REPO", "TYPE_ORG"))
            res_where = r.at("path")
            res_target = r.text("path")
            allowed = OAT_REPO_SCOPES if kind == "TYPE_REPO" else OAT_ORG_SCOPES
            if res_target == OAT_PUBLIC_REPOS:
                allowed = OAT_PULL_SCOPES
            if kind == "TYPE_ORG" and res_target != org:
                raise Invalid(res_where, f"a TYPE_ORG resource's path must be {org}")
            if kind == "TYPE_REPO" and res_target != OAT_PUBLIC_REPOS:
                namespace, _, rest = res_target.partition("/")
                if namespace != org or not re.fullmatch(r"[a-z0-9._*?-]+", rest):
                    raise Invalid(res_where, f"expected {org}/<repository or glob>")
            scopes = r.names("scopes")
            if not scopes:
                raise Invalid(r.at("scopes"), "at least one scope is required")
            for scope, scope_path in scopes:
                if scope not in allowed:
                    raise Invalid(scope_path, f"unknown scope: one of {', '.join(allowed)}")
            resources.append(
                OrgAccessTokenResource(
                    type=kind,
                    path=res_target,
                    scopes=tuple(dict.fromkeys(x for x, _ in scopes)),
                )
            )
        return OrgAccessToken(
            id=token_id,
            token_hash=token_hash,
            label=obj.text("label", "token"),
            description=obj.text("description", ""),
            resources=resources,
            created_by=self._known_user(obj.text("created_by"), obj.at("created_by")),
            is_active=obj.flag("is_active", True),
            created_at=obj.when("created_at", self.now),
            expires_at=obj.opt_when("expires_at"),
            last_used_at=obj.opt_when("last_used_at"),
        )

    def _audit_event(self, item: object, path: str) -> AuditEvent:
        obj = _Obj(item, path, _AUDIT_EVENT_KEYS)
        account = obj.text("account", fmt=NAMESPACE)
        if account not in self._names:
            raise Invalid(obj.at("account"), f"no such user or organization: {account}")
        action = obj.text("action")
        if action not in AUDIT_ACTIONS:
            raise Invalid(
                obj.at("action"),
                f"{action!r} is not an audit action of fakehub "
                "(GET /v2/auditlogs/{account}/actions lists them)",
            )
        raw = obj._get("data", {})
        if not isinstance(raw, dict):
            raise Invalid(obj.at("data"), "expected an object of strings")
        details: dict[str, str] = {}
        for key, value in raw.items():
            if not isinstance(value, str):
                raise Invalid(f"{obj.at('data')}.{key}", "expected a string")
            details[str(key)] = value
        return AuditEvent(
            account=account,
            action=action,
            name=obj.text("name", account),
            actor=obj.text("actor"),
            data=details,
            timestamp=obj.when("timestamp", self.now),
            action_description=obj.text("action_description", ""),
        )

    def _invite(self, item: object, path: str, org: Organization) -> Invite:
        keys = {"id", "invitee", "inviter", "role", "team", "created_at", "sent_at", "sent_count"}
        i = _Obj(item, path, keys)
        invite_id = self._uuid(i, "id")
        if invite_id in self._invite_ids or any(
            invite_id in o.invites for o in self.state._orgs.values()
        ):
            raise Invalid(i.at("id"), f"invite {invite_id} already exists")
        self._invite_ids.add(invite_id)
        invitee = i.text("invitee").strip().lower()
        if "@" in invitee:
            if not _EMAIL.fullmatch(invitee):
                raise Invalid(i.at("invitee"), "expected a username or an email address")
        else:
            self._known_user(invitee, i.at("invitee"))
        if invitee in org_member_names(org):
            raise Invalid(i.at("invitee"), f"{invitee} is already a member of {org.name}")
        if any(other.invitee == invitee for other in org.invites.values()):
            raise Invalid(i.at("invitee"), f"{invitee} is invited twice")
        team = i.text("team", "")
        if team and team not in org.groups:
            raise Invalid(i.at("team"), f"no group {team} in organization {org.name}")
        created_at = i.when("created_at", self.now)
        return Invite(
            id=invite_id,
            invitee=invitee,
            inviter=self._known_user(i.text("inviter"), i.at("inviter")),
            role=i.choice("role", ORG_ROLES, "member"),
            team=team,
            created_at=created_at,
            sent_at=i.when("sent_at", created_at),
            sent_count=i.integer("sent_count", 1, minimum=1),
        )

    def _scim(self, obj: _Obj, org: Organization) -> None:
        """An organization's SCIM token (``scim_token``, hashed here, or ``scim_token_hash``
        from a snapshot) and SCIM users."""
        if obj.present("scim_token") or obj.present("scim_token_hash"):
            org.scim_token_hash = self._secret_hash(obj, "scim_token", _check_scim_token)
        for item, path in obj.items("scim_users"):
            u = _Obj(
                item,
                path,
                {
                    "id",
                    "username",
                    "email",
                    "given_name",
                    "family_name",
                    "created",
                    "last_modified",
                },
            )
            username = self._known_user(u.text("username"), u.at("username"))
            email = u.text("email")
            if not _EMAIL.fullmatch(email):
                raise Invalid(u.at("email"), "must be an email address (name@example.com)")
            user_id = self._uuid(u, "id")
            for other in org.scim_users.values():
                if other.id == user_id:
                    raise Invalid(u.at("id"), f"SCIM user {user_id} appears twice")
                if other.username == username:
                    raise Invalid(u.at("username"), f"{username} is provisioned twice")
                if other.email.lower() == email.lower():
                    raise Invalid(u.at("email"), f"userName {email} appears twice")
            created = u.when("created", self.now)
            org.scim_users[user_id] = ScimUser(
                id=user_id,
                username=username,
                email=email,
                given_name=u.text("given_name", ""),
                family_name=u.text("family_name", ""),
                created=created,
                last_modified=u.when("last_modified", created),
            )

    def _owner_pk(self, namespace: str) -> int:
        """The namespace's numeric id; 0 when it is still unassigned (see ``commit``)."""
        for user in self.users:
            if user.username == namespace:
                return user.pk
        for org in self.orgs:
            if org.name == namespace:
                return org.pk
        return self.state._pk_of(namespace)

    def _repo(self, item: object, path: str) -> Repository:
        obj = _Obj(item, path, _REPO_KEYS)
        namespace = obj.text("namespace", fmt=NAMESPACE)
        name = obj.text("name", fmt=REPOSITORY)
        if namespace not in self._names:
            raise Invalid(obj.at("namespace"), f"no such user or organization: {namespace}")
        repo = Repository(
            id=0,
            namespace=namespace,
            name=name,
            description=obj.text("description", ""),
            full_description=obj.text("full_description", ""),
            is_private=obj.flag("is_private", False),
            status=obj.integer("status", 1),
            pull_count=obj.integer("pull_count", 0, minimum=0),
            date_registered=obj.when("date_registered", self.now),
            immutable_tags=obj.flag("immutable_tags", False),
        )
        for rule, rule_path in obj.names("immutable_tags_rules"):
            repo.immutable_tags_rules.append(_check_rule(rule_path, rule))
        repo.id = self._id(obj, "id", functools.partial(setattr, repo, "id"))
        for star_item, star_path in obj.items("stars"):
            if isinstance(star_item, str):
                user, when = star_item, self.now
            else:
                s = _Obj(star_item, star_path, {"user", "date"})
                user, when = s.text("user"), s.when("date", self.now)
            if user in repo.stars:
                raise Invalid(star_path, f"{user} starred it twice")
            repo.stars[self._known_user(user, star_path)] = when
        star_count = obj.integer("star_count", len(repo.stars), minimum=0)
        if star_count < len(repo.stars):
            raise Invalid(obj.at("star_count"), "is less than the number of stars listed")
        repo.other_stars = star_count - len(repo.stars)
        for user, user_path in obj.names("collaborators"):
            if user in repo.collaborators:
                raise Invalid(user_path, f"duplicate collaborator {user}")
            repo.collaborators.append(self._known_user(user, user_path))
        owner_pk = self._owner_pk(namespace)
        for tag_item, tag_path in obj.items("tags"):
            tag = self._tag(tag_item, tag_path, owner_pk)
            if tag.name in repo.tags:
                raise Invalid(tag_path, f"duplicate tag {tag.name}")
            repo.tags[tag.name] = tag
            if isinstance(tag_item, dict) and owner_pk == 0:
                # the owner is new in this document: its pk is known only at commit
                self._creators.append(
                    (tag, namespace, "creator" not in tag_item, "last_updater" not in tag_item)
                )
        if obj.present("last_updated"):
            repo.last_updated = obj.when("last_updated")
        elif "last_updated" not in obj.value:
            dates = [t.last_updated for t in repo.tags.values() if t.last_updated is not None]
            repo.last_updated = max(dates) if dates else None
        for comment_item, comment_path in obj.items("comments"):
            c = _Obj(
                comment_item, comment_path, {"id", "user", "comment", "created_on", "updated_on"}
            )
            created = c.when("created_on", self.now)
            comment = Comment(
                id=0,
                user=c.text("user"),
                comment=c.text("comment"),
                created_on=created,
                updated_on=c.when("updated_on", created),
            )
            comment.id = self._id(c, "id", functools.partial(setattr, comment, "id"))
            repo.comments.append(comment)
        for webhook_item, webhook_path in obj.items("webhooks"):
            webhook = self._webhook(webhook_item, webhook_path, namespace)
            repo.webhooks[id(webhook)] = webhook
        if obj.present("autobuild"):
            repo.autobuild = self._autobuild(obj.value["autobuild"], obj.at("autobuild"))
        if "is_automated" in obj.value and obj.flag("is_automated") != repo.is_automated:
            raise Invalid(obj.at("is_automated"), "must match whether autobuild is given")
        for build_item, build_path in obj.items("builds"):
            repo.builds.append(self._build(build_item, build_path, repo))
        codes = [b.build_code for b in repo.builds]
        if len(set(codes)) != len(codes):
            raise Invalid(obj.at("builds"), "duplicate build_code")
        for link_item, link_path in obj.items("links"):
            lk = _Obj(link_item, link_path, {"id", "to_repo"})
            target = lk.text("to_repo")
            target_ns, _, target_name = target.rpartition("/")
            link = BuildLink(id=0, to_repo=f"{target_ns or LIBRARY}/{target_name}")
            link.id = self._id(lk, "id", functools.partial(setattr, link, "id"))
            if link.to_repo == f"{namespace}/{name}":
                raise Invalid(lk.at("to_repo"), "a repository cannot link to itself")
            repo.links[id(link)] = link
            self._links.append((repo, link, lk.at("to_repo")))
        if obj.present("build_trigger"):
            if repo.autobuild is None:
                raise Invalid(obj.at("build_trigger"), "needs an autobuild")
            repo.build_trigger = self._trigger(obj.value["build_trigger"], obj.at("build_trigger"))
        elif repo.autobuild is not None:
            repo.build_trigger = BuildTrigger(token=self.state._uuid())
        self._repo_team_permissions(obj, repo)
        return repo

    def _repo_team_permissions(self, obj: _Obj, repo: Repository) -> None:
        items = list(obj.items("team_permissions"))
        if not items:
            return
        org = next((o for o in self.orgs if o.name == repo.namespace), None)
        org = org or self.state._orgs.get(repo.namespace)
        if org is None:
            raise Invalid(obj.at("team_permissions"), f"{repo.namespace} is not an organization")
        seen: set[str] = set()
        for item, path in items:
            t = _Obj(item, path, {"group_name", "permission"})
            group_name = t.text("group_name")
            group = org.groups.get(group_name)
            if group is None:
                raise Invalid(t.at("group_name"), f"no group {group_name} in {org.name}")
            if group_name in seen:
                raise Invalid(t.at("group_name"), f"group {group_name} is listed twice")
            seen.add(group_name)
            permission = t.choice("permission", tuple(REPO_PERMISSIONS))
            self._team_permissions.append((repo, group, permission))

    def _tag(self, item: object, path: str, owner_pk: int) -> Tag:
        t = _Obj(
            item,
            path,
            {
                "name",
                "id",
                "full_size",
                "creator",
                "last_updater",
                "last_updated",
                "image_id",
                "v2",
                "images",
            },
        )
        creator = t.integer("creator", owner_pk, minimum=0) if "creator" in t.value else owner_pk
        tag = Tag(
            id=0,
            name=t.text("name", fmt=TAG),
            full_size=t.opt_integer("full_size"),
            creator=creator,
            last_updater=t.integer("last_updater", creator, minimum=0),
            last_updated=t.opt_when("last_updated") if "last_updated" in t.value else self.now,
            image_id=t.opt_text("image_id"),
            v2=t.flag("v2", True),
            images=[self._tag_image(image, where) for image, where in t.items("images")],
        )
        if tag.full_size is not None and tag.full_size < 0:
            raise Invalid(t.at("full_size"), "must not be negative")
        tag.id = self._id(t, "id", functools.partial(setattr, tag, "id"))
        return tag

    def _tag_image(self, item: object, path: str) -> TagImage:
        i = _Obj(
            item,
            path,
            {
                "architecture",
                "os",
                "variant",
                "digest",
                "size",
                "status",
                "last_pulled",
                "last_pushed",
            },
        )
        return TagImage(
            architecture=i.text("architecture"),
            os=i.text("os", "linux"),
            variant=i.opt_text("variant"),
            digest=i.text("digest"),
            size=i.integer("size", minimum=0),
            status=i.choice("status", IMAGE_STATUSES, "active"),
            last_pulled=i.opt_when("last_pulled"),
            last_pushed=i.opt_when("last_pushed"),
        )

    def _webhook(self, item: object, path: str, namespace: str) -> Webhook:
        w = _Obj(
            item,
            path,
            {
                "id",
                "name",
                "active",
                "expect_final_callback",
                "creator",
                "last_updater",
                "last_updated",
                "hooks",
            },
        )
        creator = w.text("creator", namespace)
        webhook = Webhook(
            id=0,
            name=w.text("name"),
            active=w.flag("active", True),
            expect_final_callback=w.flag("expect_final_callback", True),
            creator=creator,
            last_updater=w.text("last_updater", creator),
            last_updated=w.when("last_updated", self.now),
        )
        webhook.id = self._id(w, "id", functools.partial(setattr, webhook, "id"))
        for hook_item, hook_path in w.items("hooks"):
            h = _Obj(
                hook_item,
                hook_path,
                {
                    "id",
                    "hook_url",
                    "creator",
                    "last_updater",
                    "date_added",
                    "last_updated",
                    "active",
                },
            )
            added = h.when("date_added", self.now)
            hook_creator = h.text("creator", creator)
            hook = Hook(
                id=0,
                hook_url=h.text("hook_url"),
                creator=hook_creator,
                last_updater=h.text("last_updater", hook_creator),
                date_added=added,
                last_updated=h.when("last_updated", added),
                active=h.flag("active", True),
            )
            hook.id = self._id(h, "id", functools.partial(setattr, hook, "id"))
            webhook.hooks.append(hook)
        return webhook

    def _autobuild(self, item: object, path: str) -> AutomatedBuild:
        a = _Obj(
            item,
            path,
            {
                "provider",
                "build_name",
                "active",
                "repo_type",
                "repo_id",
                "webhook_id",
                "deploykey",
                "hook_id",
                "build_tags",
            },
        )
        hook_id = a._get("hook_id", None)
        autobuild = AutomatedBuild(
            provider=a.choice("provider", PROVIDERS),
            build_name=a.text("build_name"),
            active=a.flag("active", True),
            repo_type=a.text("repo_type", "git"),
            repo_id=a.str_or_int("repo_id", "0"),
            webhook_id=a.str_or_int("webhook_id", "0"),
            deploykey=a.opt_text("deploykey"),
            hook_id=None if hook_id is None else a.str_or_int("hook_id"),
        )
        for tag_item, tag_path in a.items("build_tags"):
            t = _Obj(
                tag_item,
                tag_path,
                {"id", "name", "dockerfile_location", "source_type", "source_name"},
            )
            tag = BuildTag(
                id=0,
                name=t.text("name", "latest"),
                dockerfile_location=t.text("dockerfile_location", "/"),
                source_type=t.choice("source_type", SOURCE_TYPES, "Branch"),
                source_name=t.text("source_name", "master"),
            )
            tag.id = self._id(t, "id", functools.partial(setattr, tag, "id"))
            autobuild.build_tags.append(tag)
        return autobuild

    def _build(self, item: object, path: str, repo: Repository) -> Build:
        b = _Obj(
            item,
            path,
            {
                "id",
                "build_code",
                "status",
                "created_date",
                "last_updated",
                "dockertag_name",
                "cause",
                "build_path",
                "source_branch",
                "source_url",
                "dockerfile_contents",
                "readme_contents",
                "logs",
                "error",
                "failure",
                "metrics",
            },
        )
        created = b.when("created_date", self.now)
        code = b.text("build_code")
        if re.fullmatch(r"[a-z0-9]+", code) is None:
            raise Invalid(b.at("build_code"), "expected lower-case letters and digits")
        metrics: dict[str, datetime.datetime | None] = {}
        if b.present("metrics"):
            m = _Obj(b.value["metrics"], b.at("metrics"), BUILD_METRIC_STEPS)
            metrics = {step: m.opt_when(step) for step in m.value}
        default_url = repo.autobuild.source_url if repo.autobuild is not None else ""
        build = Build(
            id=0,
            build_code=code,
            status=b.integer("status", 0),
            created_date=created,
            last_updated=b.when("last_updated", created),
            dockertag_name=b.text("dockertag_name", "latest"),
            cause=b._get("cause", None),
            build_path=b.text("build_path", "/"),
            source_branch=b.text("source_branch", "master"),
            source_url=b.text("source_url", default_url),
            dockerfile_contents=b.text("dockerfile_contents", ""),
            readme_contents=b.text("readme_contents", ""),
            logs=b.text("logs", ""),
            error=b.opt_text("error"),
            failure=b.opt_text("failure"),
            metrics=metrics,
        )
        build.id = self._id(b, "id", functools.partial(setattr, build, "id"))
        return build

    def _trigger(self, item: object, path: str) -> BuildTrigger:
        t = _Obj(item, path, {"token", "active", "history"})
        trigger = BuildTrigger(
            token=t.text("token") if t.present("token") else self.state._uuid(),
            active=t.flag("active", True),
        )
        for event_item, event_path in t.items("history"):
            e = _Obj(
                event_item,
                event_path,
                {
                    "ip_address",
                    "result",
                    "result_desc",
                    "user_agent",
                    "request_body",
                    "created",
                    "build_code",
                },
            )
            trigger.history.append(
                TriggerEvent(
                    ip_address=e.text("ip_address"),
                    result=e.text("result", "triggered"),
                    result_desc=e.text("result_desc", "Build Triggered"),
                    user_agent=e.text("user_agent", ""),
                    request_body=e._get("request_body", None),
                    created=e.when("created", self.now),
                    build_code=e.text("build_code"),
                )
            )
        return trigger

    def commit(self) -> None:
        s = self.state
        next_id = max([s._next_id, self.next_id, *(i + 1 for i in self._ids)])
        for assign in self._fixups:
            assign(next_id)
            next_id += 1
        s._next_id = next_id
        for tag, namespace, creator, last_updater in self._creators:
            pk = self._owner_pk(namespace)
            if creator:
                tag.creator = pk
            if last_updater:
                tag.last_updater = pk
        for user in self.users:
            s._users[user.username] = user
        for org in self.orgs:
            s._orgs[org.name] = org
        s._audit_events.extend(self.audit_events)
        for repo in self.repos:
            # webhooks and links were keyed provisionally; key them by their final ids
            repo.webhooks = {w.id: w for w in repo.webhooks.values()}
            repo.links = {link.id: link for link in repo.links.values()}
            s._repos[(repo.namespace, repo.name)] = repo
        for repo, group, permission in self._team_permissions:
            repo.team_permissions[group.id] = permission
