"""``fakehub.mock()``: every ``DockerHub()`` created inside talks to an in-process fakehub.

::

    import fakehub
    from dockerhub_sdk import DockerHub

    with fakehub.mock(demo=True) as fh:
        fh.create_user("cibot", "s3cret-password")
        hub = DockerHub(username="cibot", password="s3cret-password")  # code under test
        hub.repositories.create(namespace="cibot", name="app")
        assert fh.requests()[-1]["path"] == "/v2/repositories/"

    @fakehub.mock
    def test_release():                  # a fresh, empty fake for each call
        ...

No socket is opened and nothing in urllib3 is patched: the block sets the SDK's documented
seam, :func:`dockerhub_sdk.client_defaults`, so a client created inside without its own
``transport`` gets a :class:`dockerhub_sdk.WSGITransport` calling the fake's application,
whatever its ``base_url`` (``DOCKER_HUB_BASE_URL`` or the real Docker Hub's: no request leaves
the process), and its ``hub.registry`` calls (the registry and its token service) another calling
the fake's registry application (:func:`fakehub.registry.create_registry_app`, over the same
state: a tag pushed there is in the Hub API's tag list). Its retry waits let the fake's clock
skip ahead instead of really sleeping.

Threads: the mock is process-wide, like moto's ``mock_aws``: a ``DockerHub()`` created in *any*
thread while the block runs talks to the fake (the application is thread-safe), and keeps
talking to it after the block ends; a client created before the block, or with its own
``transport=``, is untouched. Mocks nest: the innermost one wins.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable, Mapping
from typing import Any, Final, ParamSpec, TypeVar, overload

from flask import Flask

from dockerhub_sdk import Transport, WSGITransport, client_defaults
from fakehub.app import create_app
from fakehub.clock import OffsetClock
from fakehub.direct_control import Controls
from fakehub.registry import create_registry_app

__all__ = ["MockHub", "mock"]

P = ParamSpec("P")
R = TypeVar("R")

MOCK_URL: Final = "https://hub.docker.com"
"""The base URL of ``client_for``'s clients (any would do: nothing leaves the process)."""

MOCK_REGISTRY_URL: Final = "https://registry-1.docker.io"
"""The registry URL of ``client_for``'s clients (as :data:`MOCK_URL`: any would do)."""


class MockHub(Controls):
    """An in-process fakehub that clients created inside its ``with`` block talk to; the
    control methods are :class:`fakehub.direct_control.Controls`' (those of the pytest fixture).

    ``demo`` loads the demo data, ``data`` a document on top (``POST /_fakehub/load``'s);
    ``app`` is an application of your own (from :func:`fakehub.create_app`) instead.
    """

    url = MOCK_URL
    registry_url = MOCK_REGISTRY_URL

    def __init__(
        self,
        *,
        demo: bool = False,
        data: Mapping[str, Any] | None = None,
        app: Flask | None = None,
    ) -> None:
        if app is not None and (demo or data is not None):
            raise ValueError("fakehub.mock() takes app= or demo=/data=, not both")
        self._options: dict[str, Any] = {"demo": demo, "data": data, "app": app}
        super().__init__(
            app if app is not None else create_app(demo=demo, data=data, clock=OffsetClock())
        )
        self._wsgi = WSGITransport(self.app)
        self._registry_wsgi = WSGITransport(create_registry_app(self.backend))
        self._blocks: list[contextlib.ExitStack] = []

    def _transport(self) -> Transport:
        return self._wsgi

    def _registry_transport(self) -> Transport:
        return self._registry_wsgi

    def __enter__(self) -> MockHub:
        stack = contextlib.ExitStack()
        stack.enter_context(
            client_defaults(
                transport=self._wsgi,
                registry_transport=self._registry_wsgi,
                sleep=self.sleep,
                wall_clock=self.timestamp,
            )
        )
        self._blocks.append(stack)
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._blocks.pop().close()

    def __call__(self, func: Callable[P, R]) -> Callable[P, R]:
        """As a decorator: each call of ``func`` runs inside a fresh mock with these options."""

        @functools.wraps(func)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            with MockHub(**self._options):
                return func(*args, **kwargs)

        return wrapper


@overload
def mock(func: Callable[P, R], /) -> Callable[P, R]: ...
@overload
def mock(
    *, demo: bool = False, data: Mapping[str, Any] | None = None, app: Flask | None = None
) -> MockHub: ...
def mock(
    func: Callable[P, R] | None = None,
    /,
    *,
    demo: bool = False,
    data: Mapping[str, Any] | None = None,
    app: Flask | None = None,
) -> MockHub | Callable[P, R]:
    """A :class:`MockHub`: ``with fakehub.mock(demo=True) as fh: ...``, ``@fakehub.mock()`` or
    bare ``@fakehub.mock`` (see the module's documentation)."""
    if func is not None:
        return MockHub()(func)
    return MockHub(demo=demo, data=data, app=app)
