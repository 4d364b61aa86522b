"""Process-wide defaults for the clients created while a block runs: the seam that
``fakehub.mock()`` uses to point every new ``DockerHub()`` at an in-process fake.

```python
from dockerhub_sdk import DockerHub, WSGITransport, client_defaults
from fakehub import create_app

with client_defaults(transport=WSGITransport(create_app(demo=True))):
    assert DockerHub().repositories.get(None, "nginx").name == "nginx"
```

Only what a constructor call leaves out is taken from here (an explicit ``transport=`` wins).
The defaults are process-wide, not per thread: a client created in any thread while the block
runs gets them, and keeps them after the block ends. Blocks nest (the innermost wins, key by
key); each removes exactly what it added, even when blocks of different threads end out of
order.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from typing import TypedDict, Unpack

from dockerhub_sdk._transport import Transport

__all__ = ["ClientDefaults", "client_defaults", "current_defaults"]


class ClientDefaults(TypedDict, total=False):
    """What :func:`client_defaults` may set: ``DockerHub``'s arguments of the same names."""

    transport: Transport
    registry_transport: Transport
    sleep: Callable[[float], None]
    wall_clock: Callable[[], float]


_ACCEPTED = frozenset(ClientDefaults.__annotations__)
_lock = threading.Lock()
_active: list[tuple[object, ClientDefaults]] = []


@contextlib.contextmanager
def client_defaults(**defaults: Unpack[ClientDefaults]) -> Iterator[None]:
    """While the block runs, every new client without its own ``transport`` /
    ``registry_transport`` / ``sleep`` / ``wall_clock`` uses these (see the module's
    documentation for threads and nesting)."""
    unknown = sorted(set(defaults) - _ACCEPTED)
    if unknown:
        raise TypeError(
            f"client_defaults() got unknown option(s) {', '.join(unknown)}; "
            f"accepted: {', '.join(sorted(_ACCEPTED))}"
        )
    key = object()
    with _lock:
        _active.append((key, ClientDefaults(**defaults)))
    try:
        yield
    finally:
        with _lock:
            _active[:] = [entry for entry in _active if entry[0] is not key]


def current_defaults() -> ClientDefaults:
    """The defaults in force now: every active block's, the innermost winning key by key."""
    merged = ClientDefaults()
    with _lock:
        for _, defaults in _active:
            merged.update(defaults)
    return merged
