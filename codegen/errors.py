"""The one error codegen raises for a bad spec: it names the file and the line."""

from __future__ import annotations

__all__ = ["SpecError"]


class SpecError(Exception):
    """A mistake in the spec, located at ``path:line``."""

    def __init__(self, path: str, line: int, message: str) -> None:
        super().__init__(f"{path}:{line}: {message}")
        self.path = path
        self.line = line
        self.message = message
