"""fakehub: an in-memory fake of the Docker Hub API, served by Flask.

::

    from fakehub import create_app, run_in_thread

    with run_in_thread(create_app(demo=True)) as hub:
        ...  # point a client at hub.url

The names below load lazily, so ``import fakehub`` (and its pytest plugin) works without Flask.
``fakehub.__version__`` is the distribution's version, ``dockerhub_sdk.__version__``.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dockerhub_sdk import __version__ as __version__
    from fakehub.app import create_app
    from fakehub.clock import ManualClock
    from fakehub.faults import ConnectionDropped
    from fakehub.server import FakeHub, run_in_thread

__all__ = ["ConnectionDropped", "FakeHub", "ManualClock", "create_app", "run_in_thread"]

_LAZY = {
    "ConnectionDropped": "fakehub.faults",
    "create_app": "fakehub.app",
    "FakeHub": "fakehub.server",
    "run_in_thread": "fakehub.server",
    "ManualClock": "fakehub.clock",
    "__version__": "dockerhub_sdk",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'fakehub' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
