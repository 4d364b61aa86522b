"""Accounts: signing up, logging in (passwords, two-factor, personal access tokens)."""

from __future__ import annotations

import datetime
import string
from collections.abc import Sequence
from typing import TypedDict, Unpack

from dockerhub_sdk.wire import USERNAME
from fakehub.state.core import StateCore, _aware, _check_format, _found, _locked, _set_given
from fakehub.state.credentials import _use_token, check_password, hash_token
from fakehub.state.entities.accounts import (
    PAT_PREFIX,
    PAT_SCOPES,
    UNLIMITED,
    VISIBILITIES,
    HubPlan,
    PersonalAccessToken,
    RegistrySettings,
    User,
    UserProfile,
)
from fakehub.state.entities.orgs import org_member_names
from fakehub.state.errors import (
    Conflict,
    Forbidden,
    Invalid,
    NotFound,
    SecondFactorRequired,
    Unauthorized,
)
from fakehub.totp import InvalidSecret, check_code, decode_secret


def _check_totp_secret(path: str, secret: str) -> str:
    try:
        decode_secret(secret)
    except InvalidSecret as exc:
        raise Invalid(path, str(exc)) from None
    return secret


class AccessTokenChanges(TypedDict, total=False):
    """What updating a personal access token may change (``None``: left as it is)."""

    token_label: str | None
    is_active: bool | None


class AccountsState(StateCore):
    """Users, logins and personal access tokens."""

    @_locked
    def create_user(self, username: str, password: str, **profile: Unpack[UserProfile]) -> User:
        """Create an account (what signing up on Docker Hub does)."""
        totp_secret = profile.get("totp_secret")
        if totp_secret is not None:
            _check_totp_secret("totp_secret", totp_secret)
        username = _check_format(USERNAME, "username", username)
        if not password:
            raise Invalid("password", "must not be empty")
        user = User(
            pk=0, id="", username=username, password_hash="", date_joined=self.now(), **profile
        )
        if user.default_repo_visibility not in VISIBILITIES:
            raise Invalid("default_repo_visibility", "must be public or private")
        if user.private_repo_limit < 0:
            raise Invalid("private_repo_limit", "must not be negative")
        if self._namespace_exists(username):
            raise Conflict(f"The username {username} is already taken.")
        user.pk, user.id = self._new_id(), self._hex_id()
        user.password_hash = self.hash_password(password)
        self._users[username] = user
        return user

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
        if user is not None:
            pat = _use_token(user.access_tokens.values(), secret, PAT_PREFIX, self.now)
            if pat is not None:
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
    def list_access_tokens(self, caller: str | None) -> Sequence[PersonalAccessToken]:
        user = self._users[self._require_user(caller)]
        return user.access_tokens.ordered()

    @_locked
    def get_access_token(self, caller: str | None, token_uuid: str) -> PersonalAccessToken:
        """One of the caller's tokens; another user's is :class:`NotFound` like a missing one."""
        user = self._users[self._require_user(caller)]
        return _found(user.access_tokens.get(token_uuid), "Not found.")

    @_locked
    def update_access_token(
        self, caller: str | None, token_uuid: str, **changes: Unpack[AccessTokenChanges]
    ) -> PersonalAccessToken:
        pat = self.get_access_token(caller, token_uuid)
        label = changes.get("token_label")
        if label is not None and not label.strip():
            raise Invalid("token_label", "must not be blank")
        _set_given(pat, **changes)
        return pat

    @_locked
    def delete_access_token(self, caller: str | None, token_uuid: str) -> None:
        self.get_access_token(caller, token_uuid)
        del self._users[self._require_user(caller)].access_tokens[token_uuid]

    @_locked
    def get_user(self, username: str) -> User:
        return _found(self._users.get(username), f"User {username} not found.")

    @_locked
    def find_user(self, username: str) -> User | None:
        return self._users.get(username)

    @_locked
    def current_user(self, caller: str | None) -> User:
        return self._users[self._require_user(caller)]

    @_locked
    def users(self) -> list[User]:
        return list(self._users.values())

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

    @_locked
    def hub_plan(self, caller: str | None, account_id: str) -> HubPlan:
        """The plan of the account whose ``id`` is ``account_id``, for that user or the
        organization's owners: a user is on the free plan, an organization on the team plan
        (a seat per member)."""
        user = self._require_user(caller)
        for account in self._users.values():
            if account.id == account_id:
                if account.username != user:
                    raise Forbidden("You do not have permission to perform this action.")
                return HubPlan(
                    name="free",
                    seats=1,
                    private_repos=account.private_repo_limit,
                    teams=0,
                    collaborators=UNLIMITED,
                    parallel_builds=1,
                )
        for org in self._orgs.values():
            if org.id == account_id:
                self._org_for(caller, org.name, owner=True)
                return HubPlan(
                    name="team",
                    seats=len(org_member_names(org)),
                    private_repos=UNLIMITED,
                    teams=UNLIMITED,
                    collaborators=UNLIMITED,
                    parallel_builds=3,
                    duration="monthly",
                )
        raise NotFound(f"No account with id {account_id}.")

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
