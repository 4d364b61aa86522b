"""Keeping a dev server's data across restarts (``fakehub serve --data FILE --save FILE``).

* :func:`save_state` writes a state document (``GET /_fakehub/state``'s form) with
  :func:`write_atomically`: to a temporary file in the same directory, flushed to disk, then
  renamed over the target. A crash at any point leaves either the old file or the new one,
  never a part of one; the temporary file is removed on failure.
* :func:`kept_secret` is the secret that signs login tokens, kept in a file beside the state
  (``FILE.secret``): made once, read back on every later start, so tokens issued before a
  restart are still valid after it.
* :func:`save_state` also keeps every account's incarnation (what its tokens carry, so that
  they end with the account: see :mod:`fakehub.auth`) in ``FILE.incarnations``, and
  :func:`kept_incarnations` reads them back: a restart from a saved state is the same
  accounts, whose tokens stay valid, not new accounts of the same names.

The files are created readable by their owner only (0600): the state holds password hashes
and TOTP secrets, the secret file forges any login token.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Final

__all__ = [
    "INCARNATIONS_SUFFIX",
    "SECRET_SUFFIX",
    "kept_incarnations",
    "kept_secret",
    "save_state",
    "secret_path",
    "write_atomically",
]

SECRET_SUFFIX: Final = ".secret"
INCARNATIONS_SUFFIX: Final = ".incarnations"


def write_atomically(path: str | os.PathLike[str], data: bytes) -> None:
    """Replace ``path`` with ``data`` in one step (mode 0600 when it is created).

    Raises :class:`OSError` (the target then unchanged, no temporary file left)."""
    target = Path(path)
    directory = target.parent
    fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _fsync_directory(directory)


def _fsync_directory(directory: Path) -> None:
    """Make the rename itself durable (POSIX; a no-op where directories cannot be opened)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def save_state(
    path: str | os.PathLike[str],
    document: dict[str, Any],
    incarnations: Mapping[str, str] | None = None,
) -> None:
    """Write a state document to ``path`` atomically (see :func:`write_atomically`), and the
    accounts' ``incarnations`` (when given) beside it, in ``FILE.incarnations``."""
    if incarnations is not None:
        write_atomically(
            _beside(path, INCARNATIONS_SUFFIX), json.dumps(dict(incarnations)).encode()
        )
    write_atomically(path, json.dumps(document, ensure_ascii=False).encode("utf-8"))


def kept_incarnations(state_path: str | os.PathLike[str]) -> dict[str, str]:
    """The incarnations kept beside ``state_path`` by :func:`save_state` (``{}`` when there
    are none). Raises :class:`ValueError` when the file is not a JSON object of strings."""
    path = _beside(state_path, INCARNATIONS_SUFFIX)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return {}
    try:
        kept = json.loads(raw)
    except ValueError:
        kept = None
    if not isinstance(kept, dict) or not all(
        isinstance(name, str) and isinstance(value, str) and value for name, value in kept.items()
    ):
        raise ValueError(f"{path}: not a JSON object of account names to incarnations")
    return kept


def _beside(state_path: str | os.PathLike[str], suffix: str) -> Path:
    state = Path(state_path)
    return state.with_name(state.name + suffix)


def secret_path(state_path: str | os.PathLike[str]) -> Path:
    """Where the token secret of a state file is kept: ``FILE.secret`` beside it."""
    return _beside(state_path, SECRET_SUFFIX)


def kept_secret(state_path: str | os.PathLike[str], *, create: bool) -> str | None:
    """The token secret kept beside ``state_path``; when there is none, a new random one
    written there (``create=True``) or ``None``.

    Raises :class:`ValueError` for an empty secret file, :class:`OSError` when it cannot be
    read or written."""
    path = secret_path(state_path)
    try:
        text = path.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        if not create:
            return None
        secret = secrets.token_urlsafe(32)
        write_atomically(path, f"{secret}\n".encode())
        return secret
    if not text:
        raise ValueError(f"{path}: the secret file is empty (delete it to make a new one)")
    return text
