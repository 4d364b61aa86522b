"""Credentials: login (and its second factor), access-token exchange and renewal, logout.

:class:`Credentials` is the part of :class:`~dockerhub_sdk._base_client.BaseClient` that
decides which token a request carries, openai-python style (a private module, no public name
of its own). What it keeps lives on a :class:`Session`, shared by a client and its
``with_options`` copies:

- ``token=`` a JWT: sent as is;
- ``username=`` and ``password=``: logged in lazily (``auth.login``, then ``auth.login_2fa``
  with an OTP when the account has two-factor authentication), before the first request that
  sends credentials;
- ``username=`` and a personal (``dckr_pat_``) or organization (``dckr_oat_``) access token:
  exchanged (``auth.token``) for a short-lived JWT before the first such request, again
  ``RENEW_MARGIN`` seconds before it expires, and once after a 401.

Logins go through the ordinary request loop (``_request_model``), so they are validated,
retried and redacted like any other call.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import threading
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from dockerhub_sdk._cache import ResponseCache
from dockerhub_sdk._constants import ACCESS_TOKEN_PREFIXES, RENEW_MARGIN
from dockerhub_sdk._exceptions import (
    APIResponseValidationError,
    AuthenticationError,
    InvalidInputError,
    MissingCredentialsError,
    TwoFactorRequiredError,
)
from dockerhub_sdk._operation import Operation, Param
from dockerhub_sdk._ratelimit import RateLimit
from dockerhub_sdk._retries import logger
from dockerhub_sdk._transport import Headers, RawResponse

__all__ = [
    "Credentials",
    "Session",
    "check_secret",
    "is_access_token",
    "jwt_claims",
    "new_session",
    "renewal_time",
    "response_type",
]

T = TypeVar("T")


def check_secret(name: str, value: object) -> str:
    if not isinstance(value, str) or not value:
        # The value itself is never shown: it is (meant to be) a secret.
        raise InvalidInputError(
            f"{name} must be a non-empty string", param=name, rule="must be a non-empty string"
        )
    return value


def is_access_token(secret: str) -> bool:
    """Whether ``secret`` is a personal or organization access token (a credential to exchange
    for a JWT), not a JWT."""
    return secret.startswith(ACCESS_TOKEN_PREFIXES)


def jwt_claims(token: str) -> dict[str, object]:
    """The payload of a JWT, read WITHOUT verifying its signature (only to learn when it
    expires); ``{}`` when it is not a readable JWT."""
    parts = token.split(".")
    if len(parts) != 3:
        return {}
    try:
        payload = json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
    except (ValueError, binascii.Error):
        return {}
    return payload if isinstance(payload, dict) else {}


def renewal_time(token: str, now: float, margin: float = RENEW_MARGIN) -> float | None:
    """When (wall-clock seconds) to renew the access token ``token``, received at ``now``.

    Its lifetime is ``exp - iat`` (measured from ``now``, so a skewed clock on either side
    does not matter), else ``exp - now``; it is renewed ``margin`` seconds before the end (at
    half its life when that is shorter). ``None`` when the token says no expiry: it is then
    renewed only after a 401.
    """
    claims = jwt_claims(token)
    exp, iat = claims.get("exp"), claims.get("iat")
    if isinstance(exp, bool) or not isinstance(exp, int | float):
        return None
    lifetime = float(exp) - now
    if not isinstance(iat, bool) and isinstance(iat, int | float) and exp > iat:
        lifetime = float(exp) - float(iat)
    lifetime = max(lifetime, 0.0)
    return now + lifetime - min(margin, lifetime / 2)


def _login_2fa_token(body: object) -> str | None:
    token = body.get("login_2fa_token") if isinstance(body, Mapping) else None
    return token if isinstance(token, str) and token else None


def response_type(op: Operation) -> type[Any]:
    if op.response is None:
        raise TypeError(f"operation {op.id} has no response model")
    return op.response


class Session:
    """What a client shares with its :meth:`~BaseClient.with_options` copies.

    Credentials (so that a login through either is seen by both), and what the latest
    response said: its :class:`RawResponse` and :class:`RateLimit`.
    """

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.token: str | None = None
        self.pending_login: tuple[str, str] | None = None
        self.login_password: str | None = None
        self.credential: tuple[str, str] | None = None
        """``(identifier, dckr_pat_/dckr_oat_ secret)``, exchanged for ``token`` as needed."""
        self.renew_at: float | None = None
        """When (wall clock) the token made from ``credential`` must be renewed."""
        self.transient: tuple[str, ...] = ()
        """Secrets of a login in progress (OTP code, login_2fa_token), for redaction."""
        self.known_username: str | None = None
        self.state_lock = threading.Lock()
        self.last_response: RawResponse | None = None
        self.last_parts: tuple[int, Headers, str, str] | None = None
        """The latest response's status, headers, method and URL, until ``last_response``
        is read (and made from them)."""
        self.rate_limit = RateLimit()
        self.rate_limit_headers: Mapping[str, str] | None = None
        """The latest server response's headers, until ``rate_limit`` is read from them."""

    def latest_response(self) -> RawResponse | None:
        """``last_response``: made from ``last_parts`` when read, not once per response."""
        with self.state_lock:
            if self.last_parts is not None:
                status, headers, method, url = self.last_parts
                self.last_response = RawResponse(
                    status_code=status, headers=headers, method=method, url=url
                )
                self.last_parts = None
            return self.last_response


def new_session(*, token: str | None, username: str | None, password: str | None) -> Session:
    """A session holding the constructor's credentials (checked, never sent yet)."""
    session = Session()
    if token is not None:
        if password is not None:
            raise InvalidInputError(
                "pass either token= or username= and password=, not both",
                param="password",
                rule="token= and password= are mutually exclusive",
            )
        token = check_secret("token", token)
        if is_access_token(token):
            if username is None:
                raise InvalidInputError(
                    "username= is required with a personal access token (the "
                    "organization's name with an organization access token)",
                    param="username",
                    rule="an access token goes with username=",
                )
            session.credential = (username, token)
            if token.startswith("dckr_pat_"):
                session.known_username = username.lower()
        else:
            session.token = token
            if username is not None:
                session.known_username = username
    elif password is not None or username is not None:
        if username is None or password is None:
            missing = "password" if password is None else "username"
            raise InvalidInputError(
                f"{missing}= is required with "
                f"{'username' if missing == 'password' else 'password'}=",
                param=missing,
                rule="username= and password= go together",
            )
        session.pending_login = (username, check_secret("password", password))
    return session


class Credentials:
    """The credential half of the client (see the module docstring).

    A mixin: :class:`~dockerhub_sdk._base_client.BaseClient` provides the attributes and the
    request methods declared below, and sends every login through them.
    """

    _session: Session
    _scim_token: str | None
    _cache: ResponseCache
    _base_url: str
    _wall_clock: Callable[[], float]

    if TYPE_CHECKING:

        def _operation(self, op_id: str) -> Operation: ...

        def _request_model(
            self,
            op: Operation,
            cast_to: type[T],
            *,
            path: Mapping[str, object] = ...,
            query: Mapping[str, object] = ...,
            body: Mapping[str, object] | None = None,
        ) -> T: ...

        def _request_none(
            self,
            op: Operation,
            *,
            path: Mapping[str, object] = ...,
            query: Mapping[str, object] = ...,
            body: Mapping[str, object] | None = None,
        ) -> None: ...

    @property
    def is_authenticated(self) -> bool:
        """Whether the client holds a token (a pending username/password login is not one)."""
        return self._session.token is not None

    def login(
        self, username: str, password: str, *, otp: str | Callable[[], str] | None = None
    ) -> str:
        """Log in (``POST /v2/users/login/``), keep the token for later calls and return it.

        For an account with two-factor authentication, ``otp`` is the current TOTP code, or a
        callable returning it (called only when the server asks for it); the login then goes
        on at ``POST /v2/users/2fa-login/``. Without ``otp``, such an account raises
        :class:`TwoFactorRequiredError`. A login replaces any credentials the client held.
        """
        check_secret("password", password)
        op = self._operation("auth.login")
        with self._session.lock:
            self._session.login_password = password
            try:
                try:
                    self._request_model(
                        op, response_type(op), body={"username": username, "password": password}
                    )
                except AuthenticationError as exc:
                    login_2fa_token = _login_2fa_token(exc.body)
                    if login_2fa_token is None:
                        raise
                    self._session.transient = (login_2fa_token,)
                    self._second_factor(op, username, login_2fa_token, otp, exc)
            finally:
                self._session.login_password = None
                self._session.transient = ()
            assert self._session.token is not None  # kept by the operation's `session: login`
            return self._session.token

    def _second_factor(
        self,
        login_op: Operation,
        username: str,
        login_2fa_token: str,
        otp: str | Callable[[], str] | None,
        exc: AuthenticationError,
    ) -> None:
        if otp is None:
            body = exc.body
            if isinstance(body, Mapping):
                body = {k: v for k, v in body.items() if k != "login_2fa_token"}
            raise TwoFactorRequiredError(
                f"{exc.status_code} for {exc.method} {exc.url}: the account has two-factor "
                "authentication; pass otp= (the current TOTP code, or a callable returning "
                "it) to login()",
                status_code=exc.status_code,
                method=exc.method,
                url=exc.url,
                headers=exc.headers,
                body=body,
                detail=exc.detail,
                message=exc.message,
            ) from None
        code = otp() if callable(otp) else otp
        code = check_secret("otp", code)
        self._session.transient = (login_2fa_token, code)
        op = self._operation("auth.login_2fa")
        self._request_model(
            op, response_type(op), body={"login_2fa_token": login_2fa_token, "code": code}
        )
        self._session.known_username = self._login_username(login_op, username)

    def _keep_token(self, op: Operation, url: str, result: object, username: object) -> None:
        """After a ``session: login`` operation: its token becomes this client's."""
        token = getattr(result, "token", None)
        if not isinstance(token, str) or not token:
            raise APIResponseValidationError(
                f"{op.method} {url} returned no token",
                status_code=200,
                method=op.method,
                url=url,
            )
        with self._session.lock:
            self._session.token = token
            self._session.pending_login = None
            self._session.credential = None
            self._session.renew_at = None
            self._session.known_username = (
                self._login_username(op, username) if isinstance(username, str) else None
            )

    def _forget_token(self) -> None:
        """After a ``session: logout`` operation (even a failed one): forget the token."""
        with self._session.lock:
            token, self._session.token = self._session.token, None
            self._session.pending_login = None
            self._session.credential = None
            self._session.renew_at = None
            self._session.known_username = None
            if token is not None:
                self._cache.clear_identity(self._cache.identity_for(token))

    def set_login_token(self, token: str) -> None:
        """Use ``token`` (a JWT from an earlier login) for the following calls."""
        token = check_secret("token", token)
        if is_access_token(token):
            raise InvalidInputError(
                "set_login_token() takes a JWT; pass a personal access token as "
                "DockerHub(username=..., token=...)",
                param="token",
                rule="must be a JWT, not an access token",
            )
        with self._session.lock:
            self._session.token = token
            self._session.pending_login = None
            self._session.credential = None
            self._session.renew_at = None
            self._session.known_username = None

    def logout(self) -> None:
        """Log out (``POST /v2/logout/``) when a token is held, then forget every credential.

        The token is forgotten and this identity's cache entries dropped even when the request
        fails; a 401 (the token was already invalid) is not an error.
        """
        with self._session.lock:
            self._session.pending_login = None
            self._session.credential = None
            self._session.renew_at = None
            if self._session.token is None:
                self._session.known_username = None
                return
            with contextlib.suppress(AuthenticationError):  # the token was already invalid
                self._request_none(self._operation("auth.logout"))

    def _has_credentials(self) -> bool:
        session = self._session
        return (
            session.token is not None
            or session.pending_login is not None
            or session.credential is not None
        )

    def _secrets(self) -> tuple[str, ...]:
        session = self._session
        pending = session.pending_login[1] if session.pending_login is not None else None
        credential = session.credential[1] if session.credential is not None else None
        candidates = (session.token, pending, session.login_password, credential, self._scim_token)
        return tuple(s for s in (*candidates, *session.transient) if s)

    def _token_for(self, op: Operation) -> str | None:
        """The token to send with ``op``: logging in first when only a password is held;
        exchanging the access token (PAT) for a new JWT when none is held or it is due for
        renewal."""
        if op.auth == "none":
            return None
        if op.auth == "scim":
            return self._scim_token
        with self._session.lock:
            session = self._session
            if session.credential is not None:
                due = session.renew_at is not None and self._wall_clock() >= session.renew_at
                if session.token is None or due:
                    self._exchange()
            elif session.token is None and session.pending_login is not None:
                username, password = session.pending_login
                self.login(username, password)
            return session.token

    def _exchange(self) -> None:
        """Exchange the held access token for a JWT (``auth.token``) and keep it."""
        session = self._session
        assert session.credential is not None
        identifier, secret = session.credential
        op = self._operation("auth.token")
        result = self._request_model(
            op, response_type(op), body={"identifier": identifier, "secret": secret}
        )
        access_token = getattr(result, "access_token", None)
        if not isinstance(access_token, str) or not access_token:
            url = f"{self._base_url}{op.path}"
            raise APIResponseValidationError(
                f"{op.method} {url} returned no access_token",
                status_code=200,
                method=op.method,
                url=url,
            )
        old = session.token
        session.token = access_token
        session.renew_at = renewal_time(access_token, self._wall_clock())
        logger.debug("Access token renewed from the held access token")
        if old is not None:
            self._cache.clear_identity(self._cache.identity_for(old))

    def _renew_after_401(self, sent_token: str) -> str | None:
        """After a 401 to ``sent_token``: a new token to replay with, or ``None``."""
        with self._session.lock:
            session = self._session
            if session.credential is None:
                return None
            if session.token == sent_token:  # not renewed by another thread meanwhile
                self._exchange()
            return session.token if session.token != sent_token else None

    def _login_username(self, op: Operation, username: str) -> str:
        for spec in op.body_fields:
            if spec.name == "username" and spec.format is not None:
                return spec.format.normalize(username)
        return username

    def _current_username(self, op: Operation, param: Param) -> str:
        with self._session.lock:
            if self._session.known_username is not None:
                return self._session.known_username
            if not self._has_credentials():
                raise MissingCredentialsError(
                    f"{op.id}: {param.name} defaults to the logged-in user, and the client has "
                    f"no credentials: pass {param.name}= or log in",
                    operation=op.id,
                )
            me_op = self._operation("users.me")
            me = self._request_model(me_op, response_type(me_op))
            username = getattr(me, "username", None)
            if not isinstance(username, str) or not username:
                raise APIResponseValidationError(
                    f"{me_op.method} {self._base_url}{me_op.path} returned no username",
                    status_code=200,
                    method=me_op.method,
                    url=f"{self._base_url}{me_op.path}",
                )
            self._session.known_username = username
            return username
