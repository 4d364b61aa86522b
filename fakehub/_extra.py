"""What fakehub needs beyond the SDK, and a clear error when it is not installed."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Sequence
from typing import Final

__all__ = [
    "EXTRA_MODULES",
    "MissingExtraError",
    "main",
    "missing_extra",
    "require_fakehub_extra",
]

EXTRA_MODULES: Final = ("flask", "jwt", "waitress", "re2")
"""The modules of the ``fakehub`` extra's distributions (Flask, PyJWT, waitress, google-re2)."""
INSTALL: Final = "pip install 'dockerhub-sdk[fakehub]'"


class MissingExtraError(ModuleNotFoundError):
    """fakehub was used without the ``fakehub`` extra; the message says what to install."""


def missing_extra(what: str = "fakehub") -> MissingExtraError | None:
    """The error to raise when the extra's modules cannot be imported (``what`` needs them),
    else ``None``."""
    missing = [name for name in EXTRA_MODULES if not _importable(name)]
    if not missing:
        return None
    return MissingExtraError(
        f"{what} needs the 'fakehub' extra (missing: {', '.join(missing)}); "
        f"install it with: {INSTALL}",
        name=missing[0],
    )


def require_fakehub_extra(what: str = "fakehub") -> None:
    """Raise :func:`missing_extra`'s error, if any."""
    error = missing_extra(what)
    if error is not None:
        raise error


def _importable(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):  # a module set to None in sys.modules
        return False


def main(argv: Sequence[str] | None = None) -> int:
    """The ``fakehub`` command: :func:`fakehub.cli.main`, or a one-line error naming the extra
    to install (exit status 1) when Flask or PyJWT is missing."""
    error = missing_extra("the fakehub command")
    if error is not None:
        print(f"fakehub: {error}", file=sys.stderr)
        return 1
    from fakehub.cli import main as cli_main

    return cli_main(argv)
