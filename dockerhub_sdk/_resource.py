"""The base class of the generated resource classes (``hub.tags``, ``hub.repositories``...)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dockerhub_sdk._base_client import BaseClient

__all__ = ["APIResource"]


class APIResource:
    """A group of operations; every method calls back into the client's request loop."""

    _client: BaseClient

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"
