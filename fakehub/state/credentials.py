"""Passwords and secrets: Django's password hashes, token hashes, and finding the token a
secret belongs to (compared in constant time). :mod:`fakehub.state` re-exports the public ones.
"""

from __future__ import annotations

import base64
import datetime
import hashlib
import hmac
from collections.abc import Callable, Iterable
from typing import Final, Protocol, TypeVar

__all__ = ["PASSWORD_ITERATIONS", "check_password", "hash_password", "hash_token"]

PASSWORD_ITERATIONS: Final = 10_000
"""PBKDF2 rounds. Deliberately low: fakehub guards test accounts, and tests create many."""


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


class _Token(Protocol):
    token_hash: str

    def usable(self, now: datetime.datetime) -> bool: ...

    def mark_used(self, now: datetime.datetime) -> None: ...


_T = TypeVar("_T", bound=_Token)


def _use_token(
    tokens: Iterable[_T], secret: str, prefix: str, clock: Callable[[], datetime.datetime]
) -> _T | None:
    """The active, unexpired one of ``tokens`` whose secret is ``secret`` (a secret starting
    with ``prefix``, compared by hash in constant time), now marked used; else ``None``."""
    if not secret.startswith(prefix):
        return None
    now = clock()
    digest = hash_token(secret)
    for token in tokens:
        if hmac.compare_digest(token.token_hash, digest) and token.usable(now):
            token.mark_used(now)
            return token
    return None
