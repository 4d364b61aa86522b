"""Login tokens: HS256 JWTs as Docker Hub issues them, checked against an injectable clock.

``POST /v2/users/login/`` issues a token whose ``sub`` is the username, ``exp`` one hour after
the (injected) clock's now, and ``jti`` a random id; ``POST /v2/logout/`` revokes that ``jti``.
Requests authenticate with ``Authorization: Bearer <jwt>`` (the documented scheme) or
``Authorization: JWT <jwt>`` (what older clients, the JavaScript library among them, send).

Tokens die with the account that they were issued for: each carries the account's
*incarnation* (``inc``: random, new whenever an account of that name comes into being — see
:attr:`fakehub.state.User.incarnation`), and :meth:`TokenIssuer.verify` refuses a token whose
account has another one now. A reset therefore ends every token issued before, even once an
account of the same name is created or loaded again.

A two-factor login's ``login_2fa_token`` is single-use and allows
:data:`LOGIN_2FA_ATTEMPTS` codes: :meth:`TokenIssuer.start_login_2fa` counts each attempt,
:meth:`~TokenIssuer.finish_login_2fa` spends the token on success. Nothing here knows about
Flask.
"""

from __future__ import annotations

import datetime
import secrets
import threading
import uuid
from collections.abc import Callable, Mapping, Sequence
from types import MappingProxyType
from typing import Final, TypeVar

import jwt
from attrs import frozen

from fakehub.state import Clock, utc_now

__all__ = [
    "LOGIN_2FA_ATTEMPTS",
    "SCHEMES",
    "Claims",
    "InvalidToken",
    "RegistryClaims",
    "SecondFactorAttempt",
    "TokenIssuer",
    "parse_authorization",
]

SCHEMES: Final = ("bearer", "jwt")
"""The ``Authorization`` schemes that carry a token, compared case-insensitively."""
ALGORITHM: Final = "HS256"
DEFAULT_TTL: Final = datetime.timedelta(hours=1)
ACCESS_TOKEN_TTL: Final = datetime.timedelta(minutes=10)
"""How long an access token of ``POST /v2/auth/token/`` lasts (Docker Hub: about 10 minutes)."""
LOGIN_2FA_TTL: Final = datetime.timedelta(minutes=5)
"""How long the ``login_2fa_token`` of a two-factor login's first step lasts."""
LOGIN_2FA_ATTEMPTS: Final = 5
"""How many codes one ``login_2fa_token`` may be tried with; after that it is dead (401)."""
REGISTRY_TOKEN_TTL: Final = datetime.timedelta(minutes=5)
"""How long a registry token of ``/token`` lasts (Docker's token service: 300 seconds)."""
REGISTRY_SERVICE: Final = "registry.docker.io"
VERIFIED_KEPT: Final = 1024
"""How many verified tokens' payloads an issuer keeps (:meth:`TokenIssuer.verify`)."""
_REGISTRY: Final = "registry"
_LOGIN_2FA: Final = "login_2fa"
_REFRESH: Final = "refresh"
_V = TypeVar("_V")

Incarnations = Callable[[str], str | None]
"""The current incarnation of the account (user or organization) of a name; ``None`` when no
account has that name."""


class InvalidToken(Exception):
    """The request carries a token that is malformed, forged, expired or revoked (a 401)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@frozen(kw_only=True)
class Claims:
    """What a verified token says."""

    username: str
    jti: str
    expires: datetime.datetime
    scopes: tuple[str, ...] | None = None
    """The scopes of the personal access token the token was made from; ``None`` for a token
    made from a password (which may do everything its user may)."""
    pat: str | None = None
    """The UUID of that personal access token."""
    oat: str | None = None
    """The id of the organization access token the token was made from; ``username`` is then
    the organization's name."""


@frozen(kw_only=True)
class SecondFactorAttempt:
    """One attempt at a two-factor login's second step (:meth:`TokenIssuer.start_login_2fa`)."""

    username: str
    jti: str


def parse_authorization(header: str | None) -> str | None:
    """The token of an ``Authorization`` header; ``None`` when it carries none.

    A header with another scheme (``Basic ...``) is not ours to judge: the request is then
    anonymous, as with Django REST framework's authentication classes. A ``Bearer``/``JWT``
    header without exactly one credential raises :class:`InvalidToken`.
    """
    if not header:
        return None
    parts = header.split()
    if not parts or parts[0].lower() not in SCHEMES:
        return None
    if len(parts) == 1:
        raise InvalidToken("Invalid Authorization header. No credentials provided.")
    if len(parts) > 2:
        raise InvalidToken(
            "Invalid Authorization header. Credentials string should not contain spaces."
        )
    return parts[1]


def _forget_expired(
    entries: dict[str, _V], now: datetime.datetime, expiry: Callable[[_V], datetime.datetime]
) -> None:
    """Drop the expired entries at the front of ``entries`` (oldest first), up to the first
    live one. Entries are added about in expiry order, so each is dropped soon after it
    expires, once: constant time per call on average, where rebuilding the dict on every call
    costs time linear in the live entries (under the state's lock, in a request)."""
    while entries:
        oldest = next(iter(entries))
        if expiry(entries[oldest]) > now:
            return
        del entries[oldest]


class _Login2FA:
    """What the issuer remembers of a ``login_2fa_token`` that has been tried."""

    __slots__ = ("attempts", "expires", "spent")

    def __init__(self, expires: datetime.datetime) -> None:
        self.attempts = 0
        self.expires = expires
        self.spent = False


@frozen(kw_only=True)
class RegistryClaims:
    """What a verified registry token says: who (``None``: anonymous) may do what."""

    subject: str | None
    access: Mapping[str, tuple[str, ...]]
    """The actions granted by repository (``namespace/name``)."""

    def allows(self, repository: str, action: str) -> bool:
        return action in self.access.get(repository, ())


class TokenIssuer:
    """Issues and verifies one application's tokens (its secret is random unless given).

    ``incarnations`` gives the current incarnation of an account by name: every token then
    carries its account's, and :meth:`verify` refuses one whose account has changed (``None``:
    tokens carry none and are not checked — for an issuer used without a state).
    """

    def __init__(
        self,
        *,
        secret: str | bytes | None = None,
        clock: Clock | None = None,
        ttl: datetime.timedelta = DEFAULT_TTL,
        incarnations: Incarnations | None = None,
    ) -> None:
        self._secret: str | bytes = secret if secret is not None else secrets.token_bytes(32)
        self._clock: Clock = clock or utc_now
        self.ttl = ttl
        self._incarnations = incarnations
        # never held while calling ``incarnations`` (which takes the state's lock): a request
        # holding the state's lock may wait for this one, never the other way round
        self._lock = threading.Lock()
        self._revoked: dict[str, datetime.datetime] = {}
        self._login_2fa: dict[str, _Login2FA] = {}
        self._verified: dict[str, Mapping[str, object]] = {}
        """Payloads of tokens whose signature was checked (only tokens signed with the secret
        enter; at most :data:`VERIFIED_KEPT`, then it starts again)."""

    def _now(self) -> datetime.datetime:
        return self._clock().astimezone(datetime.UTC)

    def _stamp(self, payload: dict[str, object], username: str) -> None:
        """Add the incarnation of ``username``'s account to ``payload`` (when there is one)."""
        incarnation = self._incarnations(username) if self._incarnations is not None else None
        if incarnation is not None:
            payload["inc"] = incarnation

    def _check_incarnation(self, username: str, payload: Mapping[str, object]) -> None:
        """Refuse a token whose account is gone or is another one of the same name."""
        if self._incarnations is None:
            return
        current = self._incarnations(username)
        if current is None:
            raise InvalidToken("User not found.")
        if payload.get("inc") != current:
            raise InvalidToken("Token has been revoked.")

    def issue(
        self,
        username: str,
        *,
        scopes: Sequence[str] | None = None,
        pat: str | None = None,
        oat: str | None = None,
        ttl: datetime.timedelta | None = None,
    ) -> str:
        """A token of ``username``; ``scopes`` and ``pat`` when it comes from a personal access
        token; ``oat`` the id of the organization access token when ``username`` is an
        organization acting through one; ``ttl`` (default: the issuer's) how long it lasts.
        It carries the current incarnation of ``username``'s account."""
        now = self._now()
        payload: dict[str, object] = {
            "sub": username,
            "username": username,
            "iat": int(now.timestamp()),
            "exp": int((now + (self.ttl if ttl is None else ttl)).timestamp()),
            "jti": uuid.uuid4().hex,
        }
        if scopes is not None:
            payload["scopes"] = list(scopes)
        if pat is not None:
            payload["pat"] = pat
        if oat is not None:
            payload["oat"] = oat
        self._stamp(payload, username)
        return jwt.encode(payload, self._secret, algorithm=ALGORITHM)

    def issue_login_2fa(self, username: str) -> str:
        """The short-lived token a two-factor login's first step answers with; it is no
        access token (``verify`` refuses it)."""
        return self._issue_for(username, _LOGIN_2FA, LOGIN_2FA_TTL)

    def issue_refresh(self, username: str) -> str:
        """The ``refresh_token`` a login asked for with ``?refresh_token=true``: it lasts as
        long as a login token, and is no access token (``verify`` refuses it)."""
        return self._issue_for(username, _REFRESH, self.ttl)

    def _issue_for(self, username: str, purpose: str, ttl: datetime.timedelta) -> str:
        """A token of ``username`` for ``purpose`` only: ``verify`` refuses it."""
        now = self._now()
        payload: dict[str, object] = {
            "sub": username,
            "purpose": purpose,
            "iat": int(now.timestamp()),
            "exp": int((now + ttl).timestamp()),
            "jti": uuid.uuid4().hex,
        }
        self._stamp(payload, username)
        return jwt.encode(payload, self._secret, algorithm=ALGORITHM)

    def issue_registry(
        self, subject: str | None, access: Mapping[str, Sequence[str]]
    ) -> tuple[str, datetime.datetime]:
        """A registry token (what ``/token`` answers) of ``subject`` (``None``: anonymous)
        granting ``access`` (actions by repository), and when it was issued. It is no login
        token: the Hub API refuses it, as the registry refuses login tokens."""
        now = self._now()
        payload: dict[str, object] = {
            "iss": "fakehub",
            "sub": subject or "",
            "aud": REGISTRY_SERVICE,
            "purpose": _REGISTRY,
            "iat": int(now.timestamp()),
            "exp": int((now + REGISTRY_TOKEN_TTL).timestamp()),
            "jti": uuid.uuid4().hex,
            "access": [
                {"type": "repository", "name": name, "actions": list(actions)}
                for name, actions in access.items()
            ],
        }
        if subject:
            self._stamp(payload, subject)
        return jwt.encode(payload, self._secret, algorithm=ALGORITHM), now

    def verify_registry(self, token: str) -> RegistryClaims:
        """The claims of a registry token; :class:`InvalidToken` when it is none, is forged,
        has expired, or its account is gone."""
        payload = self._decode(token)
        subject, exp, access = payload.get("sub"), payload.get("exp"), payload.get("access")
        if payload.get("purpose") != _REGISTRY or not isinstance(subject, str):
            raise InvalidToken("invalid token")
        if not isinstance(exp, int) or self._now().timestamp() >= exp:
            raise InvalidToken("token has expired")
        if subject:
            self._check_incarnation(subject, payload)
        granted: dict[str, tuple[str, ...]] = {}
        for entry in access if isinstance(access, list) else []:
            if isinstance(entry, dict) and isinstance(entry.get("name"), str):
                actions = entry.get("actions")
                if isinstance(actions, list):
                    granted[entry["name"]] = tuple(a for a in actions if isinstance(a, str))
        return RegistryClaims(subject=subject or None, access=granted)

    def start_login_2fa(self, token: str) -> SecondFactorAttempt:
        """Count an attempt at the second step with ``token``: a valid, unexpired
        ``login_2fa_token`` of the account as it is now, not yet spent, tried fewer than
        :data:`LOGIN_2FA_ATTEMPTS` times before. Raises :class:`InvalidToken` otherwise."""
        payload = self._decode(token)
        username, jti, exp = payload.get("sub"), payload.get("jti"), payload.get("exp")
        if (
            payload.get("purpose") != _LOGIN_2FA
            or not isinstance(username, str)
            or not isinstance(jti, str)
        ):
            raise InvalidToken("Invalid login_2fa_token.")
        now = self._now()
        if not isinstance(exp, int) or now.timestamp() >= exp:
            raise InvalidToken("The login_2fa_token has expired.")
        self._check_incarnation(username, payload)
        with self._lock:
            # expired tokens are refused anyway: forget their attempts
            _forget_expired(self._login_2fa, now, lambda tried: tried.expires)
            tried = self._login_2fa.setdefault(
                jti, _Login2FA(datetime.datetime.fromtimestamp(exp, datetime.UTC))
            )
            if tried.spent:
                raise InvalidToken("The login_2fa_token has already been used.")
            if tried.attempts >= LOGIN_2FA_ATTEMPTS:
                raise InvalidToken(
                    f"The login_2fa_token has been tried {LOGIN_2FA_ATTEMPTS} times: log in again."
                )
            tried.attempts += 1
        return SecondFactorAttempt(username=username, jti=jti)

    def finish_login_2fa(self, attempt: SecondFactorAttempt) -> None:
        """Spend the ``login_2fa_token`` of a successful ``attempt``: it is then refused. Of
        two attempts racing with the right code, the second raises :class:`InvalidToken`."""
        with self._lock:
            tried = self._login_2fa.get(attempt.jti)
            if tried is None or tried.spent:
                raise InvalidToken("The login_2fa_token has already been used.")
            tried.spent = True

    def _decode(self, token: str) -> Mapping[str, object]:
        """``token``'s payload, its signature checked (not its expiry, revocation or account:
        the callers check those on every use). A payload is a function of the token and the
        secret alone, so a verified token's is kept: a client sends the same token with every
        request, and each request reads it twice (the rate limiter, then the access check)."""
        kept = self._verified.get(token)
        if kept is not None:
            return kept
        try:
            # PyJWT would check exp/iat against the wall clock; fakehub's clock is
            # injectable, so expiry is checked by the callers instead.
            payload: dict[str, object] = jwt.decode(
                token,
                self._secret,
                algorithms=[ALGORITHM],
                # PyJWT would check exp/iat against the wall clock; fakehub's clock is
                # injectable, so callers check expiry against it instead.
                options={
                    "verify_exp": False,
                    "verify_iat": False,
                    "verify_nbf": False,
                    "verify_aud": False,  # registry tokens name their service; checked by purpose
                    "require": ["sub", "exp", "jti"],
                },
            )
        except jwt.InvalidTokenError:
            raise InvalidToken("Error decoding signature.") from None
        if len(self._verified) >= VERIFIED_KEPT:
            self._verified.clear()
        kept = self._verified[token] = MappingProxyType(payload)
        return kept

    def verify(self, token: str) -> Claims:
        payload = self._decode(token)
        username, jti, exp = payload.get("sub"), payload.get("jti"), payload.get("exp")
        if not isinstance(username, str) or not isinstance(jti, str):
            raise InvalidToken("Error decoding signature.")
        if "purpose" in payload:  # a login_2fa_token or refresh_token is no access token
            raise InvalidToken("Error decoding signature.")
        raw_scopes, pat = payload.get("scopes"), payload.get("pat")
        scopes: tuple[str, ...] | None = None
        if raw_scopes is not None:
            if not isinstance(raw_scopes, list) or not all(isinstance(x, str) for x in raw_scopes):
                raise InvalidToken("Error decoding signature.")
            scopes = tuple(raw_scopes)
        if pat is not None and not isinstance(pat, str):
            raise InvalidToken("Error decoding signature.")
        oat = payload.get("oat")
        if oat is not None and not isinstance(oat, str):
            raise InvalidToken("Error decoding signature.")
        if not isinstance(exp, int | float) or isinstance(exp, bool):
            raise InvalidToken("Error decoding signature.")
        expires = datetime.datetime.fromtimestamp(exp, datetime.UTC)
        if self._now() >= expires:
            raise InvalidToken("Signature has expired.")
        with self._lock:
            if jti in self._revoked:
                raise InvalidToken("Token has been revoked.")
        self._check_incarnation(username, payload)
        return Claims(username=username, jti=jti, expires=expires, scopes=scopes, pat=pat, oat=oat)

    def revoke(self, claims: Claims) -> None:
        """Make the token of ``claims`` unusable (logout)."""
        now = self._now()
        with self._lock:
            # expired tokens are refused anyway: forget their revocations
            _forget_expired(self._revoked, now, lambda expires: expires)
            self._revoked[claims.jti] = claims.expires
