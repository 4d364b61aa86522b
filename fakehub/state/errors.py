"""The domain errors of fakehub's state: what an operation refuses, and why.

Nothing here knows HTTP: :mod:`fakehub.http.errors` maps each class to a status code and a
body shaped like Docker Hub's. :mod:`fakehub.state` re-exports them all.
"""

from __future__ import annotations

__all__ = [
    "Conflict",
    "FakehubError",
    "Forbidden",
    "Invalid",
    "NotFound",
    "ScimMutability",
    "SecondFactorRequired",
    "Unauthorized",
]


class FakehubError(Exception):
    """A domain error; :mod:`fakehub.http.errors` maps each subclass to an HTTP status."""

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
