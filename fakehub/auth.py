"""Login tokens: HS256 JWTs as Docker Hub issues them, checked against an injectable clock.

``POST /v2/users/login/`` issues a token whose ``sub`` is the username, ``exp`` one hour after
the (injected) clock's now, and ``jti`` a random id; ``POST /v2/logout/`` revokes that ``jti``.
Requests authenticate with ``Authorization: Bearer <jwt>`` (the documented scheme) or
``Authorization: JWT <jwt>`` (what older clients, the JavaScript library among them, send).
Nothing here knows about Flask.
"""

from __future__ import annotations

import datetime
import secrets
import threading
import uuid
from typing import Final

import jwt
from attrs import frozen

from fakehub.state import Clock, utc_now

__all__ = ["SCHEMES", "Claims", "InvalidToken", "TokenIssuer", "parse_authorization"]

SCHEMES: Final = ("bearer", "jwt")
"""The ``Authorization`` schemes that carry a token, compared case-insensitively."""
ALGORITHM: Final = "HS256"
DEFAULT_TTL: Final = datetime.timedelta(hours=1)


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


class TokenIssuer:
    """Issues and verifies one application's tokens (its secret is random unless given)."""

    def __init__(
        self,
        *,
        secret: str | bytes | None = None,
        clock: Clock | None = None,
        ttl: datetime.timedelta = DEFAULT_TTL,
    ) -> None:
        self._secret: str | bytes = secret if secret is not None else secrets.token_bytes(32)
        self._clock: Clock = clock or utc_now
        self.ttl = ttl
        self._lock = threading.Lock()
        self._revoked: dict[str, datetime.datetime] = {}

    def _now(self) -> datetime.datetime:
        return self._clock().astimezone(datetime.UTC)

    def issue(self, username: str) -> str:
        now = self._now()
        payload = {
            "sub": username,
            "username": username,
            "iat": int(now.timestamp()),
            "exp": int((now + self.ttl).timestamp()),
            "jti": uuid.uuid4().hex,
        }
        return jwt.encode(payload, self._secret, algorithm=ALGORITHM)

    def verify(self, token: str) -> Claims:
        try:
            payload = jwt.decode(
                token,
                self._secret,
                algorithms=[ALGORITHM],
                # PyJWT would check exp/iat against the wall clock; fakehub's clock is
                # injectable, so expiry is checked below instead.
                options={
                    "verify_exp": False,
                    "verify_iat": False,
                    "verify_nbf": False,
                    "require": ["sub", "exp", "jti"],
                },
            )
        except jwt.InvalidTokenError:
            raise InvalidToken("Error decoding signature.") from None
        username, jti, exp = payload.get("sub"), payload.get("jti"), payload.get("exp")
        if not isinstance(username, str) or not isinstance(jti, str):
            raise InvalidToken("Error decoding signature.")
        if not isinstance(exp, int | float) or isinstance(exp, bool):
            raise InvalidToken("Error decoding signature.")
        expires = datetime.datetime.fromtimestamp(exp, datetime.UTC)
        if self._now() >= expires:
            raise InvalidToken("Signature has expired.")
        with self._lock:
            if jti in self._revoked:
                raise InvalidToken("Token has been revoked.")
        return Claims(username=username, jti=jti, expires=expires)

    def revoke(self, claims: Claims) -> None:
        """Make the token of ``claims`` unusable (logout)."""
        now = self._now()
        with self._lock:
            # expired tokens are refused anyway: forget their revocations
            self._revoked = {j: e for j, e in self._revoked.items() if e > now}
            self._revoked[claims.jti] = claims.expires
