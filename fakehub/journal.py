"""The request journal: what reached the API, to assert on (like ``responses.calls``).

Each entry is ``{"method", "path", "query", "status", "caller", "fault"}``: ``query`` maps each
parameter to its last value (as Docker Hub reads it); ``status`` is the answer's (``None`` when
a fault rule dropped the connection); ``caller`` the account of a valid token (``None``:
anonymous); ``fault`` the id of the fault rule that answered or dropped it (``None``: the API
answered). Bodies and headers are never kept, and the values of query parameters that may
carry a secret (``token``, ``password``, ``secret``...) read ``"[redacted]"``.

The journal is a ring buffer of the latest :data:`DEFAULT_JOURNAL_SIZE` entries, each of
bounded size, so no traffic can make it grow without limit. Requests to the control API
(``/_fakehub/``) are not journaled.
"""

from __future__ import annotations

import collections
import threading
from typing import Any, Final
from urllib.parse import parse_qsl

__all__ = ["DEFAULT_JOURNAL_SIZE", "Journal"]

DEFAULT_JOURNAL_SIZE: Final = 1000
MAX_TEXT: Final = 1024
"""Longer paths, parameter names and values are cut to this many characters (with "...")."""
MAX_PARAMETERS: Final = 50
"""Query parameters beyond this many are not kept."""
MAX_QUERY: Final = 16 * 1024
"""Only the first 16 KiB of a query string are read."""
REDACTED: Final = "[redacted]"
_SECRET_WORDS: Final = ("token", "password", "secret", "key", "code", "auth")


def _cut(text: str) -> str:
    return text if len(text) <= MAX_TEXT else text[: MAX_TEXT - 3] + "..."


def _query(raw: str) -> dict[str, str]:
    query: dict[str, str] = {}
    # only the first parameters are read: the cost does not grow with the query's length
    head = raw[:MAX_QUERY].split("&", MAX_PARAMETERS * 4)
    pairs = parse_qsl("&".join(head[: MAX_PARAMETERS * 4]), keep_blank_values=True)
    for name, value in pairs:
        name = _cut(name)
        if name not in query and len(query) >= MAX_PARAMETERS:
            continue
        secret = any(word in name.lower() for word in _SECRET_WORDS)
        query[name] = REDACTED if secret else _cut(value)
    return query


class Journal:
    """The latest ``size`` requests (oldest first), safe to share between threads."""

    def __init__(self, size: int = DEFAULT_JOURNAL_SIZE) -> None:
        if size < 1:
            raise ValueError(f"the journal size must be >= 1, not {size}")
        self._entries: collections.deque[dict[str, Any]] = collections.deque(maxlen=size)
        self._lock = threading.Lock()

    @property
    def size(self) -> int:
        """How many entries it keeps at most."""
        assert self._entries.maxlen is not None
        return self._entries.maxlen

    def record(
        self,
        *,
        method: str,
        path: str,
        query: str,
        status: int | None,
        caller: str | None,
        fault: int | None,
    ) -> None:
        # the query is kept raw (its first MAX_QUERY characters: bounded) and read when the
        # journal is: recording stays cheap on every request
        entry = {
            "method": _cut(method),
            "path": _cut(path),
            "query": query[:MAX_QUERY],
            "status": status,
            "caller": caller,
            "fault": fault,
        }
        with self._lock:
            self._entries.append(entry)

    def entries(self) -> list[dict[str, Any]]:
        """Copies of the entries, oldest first."""
        with self._lock:
            kept = list(self._entries)
        return [{**entry, "query": _query(entry["query"])} for entry in kept]

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
