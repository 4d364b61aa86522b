"""RFC 6238 time-based one-time passwords (TOTP), as authenticator apps compute them.

HMAC-SHA1 over the number of 30-second steps since the epoch, dynamically truncated to six
digits (RFC 4226). The secret is base32, as in the ``otpauth://`` URIs of QR codes.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import struct
from typing import Final

__all__ = ["DIGITS", "STEP", "WINDOW", "InvalidSecret", "check_code", "decode_secret", "totp"]

STEP: Final = 30
"""Seconds per code."""
DIGITS: Final = 6
WINDOW: Final = 1
"""Codes of this many steps before and after the current one are accepted too (clock drift)."""


class InvalidSecret(ValueError):
    """The secret is not base32."""


def decode_secret(secret: str) -> bytes:
    """The key of a base32 secret (case, spaces and missing padding forgiven)."""
    cleaned = secret.replace(" ", "").upper()
    cleaned += "=" * (-len(cleaned) % 8)
    try:
        key = base64.b32decode(cleaned, casefold=True)
    except (binascii.Error, ValueError):
        raise InvalidSecret("expected a base32 secret (letters A-Z and digits 2-7)") from None
    if not key:
        raise InvalidSecret("must not be empty")
    return key


def totp(secret: str, unix_time: float, *, step: int = STEP, digits: int = DIGITS) -> str:
    """The code of ``secret`` at ``unix_time``."""
    counter = int(unix_time // step)
    digest = hmac.new(decode_secret(secret), struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    (value,) = struct.unpack(">I", digest[offset : offset + 4])
    return str((value & 0x7FFFFFFF) % 10**digits).zfill(digits)


def check_code(secret: str, code: str, unix_time: float, *, window: int = WINDOW) -> bool:
    """Whether ``code`` is the code of ``secret`` at ``unix_time`` (± ``window`` steps)."""
    if len(code) != DIGITS or not (code.isascii() and code.isdigit()):  # not "١٢٣٤٥٦"
        return False
    return any(
        hmac.compare_digest(totp(secret, unix_time + delta * STEP), code)
        for delta in range(-window, window + 1)
    )
