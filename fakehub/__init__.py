"""fakehub: an in-memory fake of the Docker Hub API, served by Flask.

::

    from fakehub import create_app, run_in_thread

    with run_in_thread(create_app(demo=True)) as hub:
        ...  # point a client at hub.url

    with fakehub.mock(demo=True) as fh:    # in-process: every DockerHub() created inside
        ...                                # talks to it (see fakehub.mocking)

The names below load lazily, so ``import fakehub`` (and its pytest plugin) works without Flask;
using one without the ``fakehub`` extra raises an error naming the extra to install.
``fakehub.__version__`` is the distribution's version, ``dockerhub_sdk.__version__``.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dockerhub_sdk import __version__ as __version__
    from fakehub.app import create_app
    from fakehub.clock import ManualClock, OffsetClock
    from fakehub.direct_control import Controls
    from fakehub.faults import ConnectionDropped
    from fakehub.mocking import MockHub, mock
    from fakehub.server import FakeHub, run_in_thread

__all__ = [
    "ConnectionDropped",
    "Controls",
    "FakeHub",
    "ManualClock",
    "MockHub",
    "OffsetClock",
    "create_app",
    "mock",
    "run_in_thread",
]

_LAZY = {
    "ConnectionDropped": "fakehub.faults",
    "create_app": "fakehub.app",
    "FakeHub": "fakehub.server",
    "run_in_thread": "fakehub.server",
    "ManualClock": "fakehub.clock",
    "OffsetClock": "fakehub.clock",
    "Controls": "fakehub.direct_control",
    "MockHub": "fakehub.mocking",
    "mock": "fakehub.mocking",
    "__version__": "dockerhub_sdk",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'fakehub' has no attribute {name!r}")
    try:
        return getattr(importlib.import_module(module), name)
    except ModuleNotFoundError as exc:
        from fakehub._extra import EXTRA_MODULES, missing_extra

        error = missing_extra(f"fakehub.{name}") if exc.name in EXTRA_MODULES else None
        if error is not None:
            raise error from None
        raise
