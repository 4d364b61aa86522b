"""The Flask application: the spec's routes wired to their views, the control API, and the
middleware.

Every :class:`~fakehub._route.Route` of the generated route table is served (with and without
its trailing slash, never redirecting) by a view made once, here, by
:func:`fakehub.http.view.make_view` (validation, access, the handler under the state's lock,
serialization). Before routing's answer, every request is checked
(:func:`fakehub.http.hygiene.check_request`: unusable paths answer 400, bodies over
``max_body_bytes`` 413). In front of Flask, :class:`fakehub.middleware.TrafficMiddleware`
applies the fault rules and the rate limit (see :mod:`fakehub.faults`). The application's
:class:`~fakehub.backend.Backend` (state, tokens, faults, limits) is what
:func:`get_backend` returns; the control API (:mod:`fakehub.control`) acts on it.

Error bodies are Docker Hub's (:mod:`fakehub.http.errors`): ``{"detail": "..."}``, plus
``errors`` naming each offending field for a 400; SCIM operations and paths under
``/v2/scim/`` answer RFC 7644's shape.
"""

from __future__ import annotations

import functools
import importlib.resources
from typing import Unpack

from flask import Flask, Response

from fakehub._generated.routes import ROUTES
from fakehub.backend import (
    DEFAULT_MAX_BODY_BYTES,
    Backend,
    BackendOptions,
    attach_backend,
    get_backend,
)
from fakehub.control import control
from fakehub.handlers import HANDLERS, missing_handlers
from fakehub.http.dispatch import Dispatcher, RouteTable
from fakehub.http.errors import HTTPError
from fakehub.http.hygiene import check_request, error_answer
from fakehub.http.paging import DEFAULT_PAGE_SIZE, paginate
from fakehub.http.rules import LazyBuildRule, RecordingMap
from fakehub.http.view import DigitsConverter, make_view, werkzeug_rule
from fakehub.middleware import TrafficMiddleware

__all__ = [
    "DEFAULT_MAX_BODY_BYTES",
    "DEFAULT_PAGE_SIZE",
    "Backend",
    "HTTPError",
    "MissingHandlerError",
    "create_app",
    "get_backend",
    "paginate",
]


class MissingHandlerError(RuntimeError):
    """The spec has an operation that no handler serves (or a handler serves no operation):
    add it to its group's ``HANDLERS`` in :mod:`fakehub.handlers`."""


def _openapi_document() -> bytes:
    resource = importlib.resources.files("fakehub._generated").joinpath("openapi.json")
    return resource.read_bytes()


def create_app(**options: Unpack[BackendOptions]) -> Flask:
    """A fakehub WSGI application over a new :class:`~fakehub.backend.Backend` with its own
    in-memory state; ``options`` are :meth:`Backend.create`'s: ``demo``, ``data``, ``clock``,
    ``rng``, ``secret``, ``token_ttl``, ``rate_limit``, ``rate_limit_window``, ``sleep``,
    ``max_body_bytes``, ``journal_size``, ``control_token`` and ``strict_bodies``.
    """
    problems = missing_handlers((route.operation.id for route in ROUTES), HANDLERS)
    if problems:
        raise MissingHandlerError("; ".join(problems))
    backend = Backend.create(**options)
    app = _Flask("fakehub")
    attach_backend(app, backend)
    app.url_map.merge_slashes = False
    app.url_map.strict_slashes = True
    app.url_map.converters["digits"] = DigitsConverter
    table = RouteTable(app.url_map.converters)
    # HEAD routes first: a GET rule also answers HEAD, and the first matching rule wins
    for route in sorted(ROUTES, key=lambda r: r.operation.method != "HEAD"):
        if not route.operation.path_params:
            backend.static_paths.setdefault(route.rule, []).append(route.operation.method)
        view = make_view(route, HANDLERS[route.operation.id], backend)
        rule = werkzeug_rule(route)
        for variant in (rule, rule.rstrip("/")):
            app.add_url_rule(
                variant,
                endpoint=route.handler,
                view_func=view,
                methods=[route.operation.method],
                provide_automatic_options=False,
            )
            table.add(variant, route.operation.method, view)

    app.register_blueprint(control)

    @app.get("/openapi.json", provide_automatic_options=False)
    def openapi() -> Response:
        return Response(_openapi_document(), mimetype="application/json")

    app.before_request(check_request)
    app.register_error_handler(Exception, functools.partial(error_answer, backend=backend))
    dispatcher = Dispatcher(app.wsgi_app, table, backend, app.request_class)
    app.wsgi_app = TrafficMiddleware(  # type: ignore[method-assign]
        dispatcher,
        answer=dispatcher.answer,
        faults=backend.faults,
        rate_limiter=backend.rate_limiter,
        tokens=backend.tokens,
        journal=backend.journal,
        sleep=lambda seconds: backend.sleep(seconds),  # get_backend(app).sleep may be swapped
    )
    assert isinstance(app.url_map, RecordingMap)
    app.url_map = app.url_map.shared()
    return app


class _Flask(Flask):
    """Flask, with URL rules bound once per process and URL builders compiled on first use:
    a new application costs a tenth (see :mod:`fakehub.http.rules`)."""

    url_map_class = RecordingMap
    url_rule_class = LazyBuildRule
