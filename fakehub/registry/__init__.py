"""fakehub's registry: the OCI Distribution API (as Docker Hub's ``registry-1.docker.io``
serves it) and its token service (``auth.docker.io/token``), on a second origin.

The registry and the Hub API both live under ``/v2/`` (and a Hub namespace may be called
``repositories``), so the registry is a second WSGI application, :func:`create_registry_app`,
over the same :class:`~fakehub.backend.Backend` as the Hub API's: the same state (a push
shows in the Hub API's tags, a Hub tag deleted is gone from the registry), clock, token
secret and pull limits. :class:`fakehub.server.FakeHub` serves it on its own port
(``registry_url``); ``fakehub serve`` with ``--registry-port``; the token endpoint is
``{registry_url}/token``, the realm its challenges advertise::

    from fakehub.app import create_app
    from fakehub.backend import get_backend
    from fakehub.registry import create_registry_app

    hub = create_app(demo=True)
    registry = create_registry_app(get_backend(hub))
    answer = registry.test_client().get("/v2/")
    assert answer.status_code == 401  # then GET /token, and again with the bearer token

See :mod:`fakehub.registry.tokens` (the token service), :mod:`fakehub.registry.content`
(the endpoints), :mod:`fakehub.registry.errors` (OCI error bodies) and
:mod:`fakehub.pull_limits` (the pull rate limit). Request bodies are bounded by the
backend's ``registry_max_body_bytes`` (64 MiB by default; 413 beyond).
"""

from __future__ import annotations

from flask import Flask, Response
from werkzeug.exceptions import HTTPException

from fakehub.backend import Backend, attach_backend
from fakehub.registry.content import content
from fakehub.registry.errors import OCIError, oci_error_response, registry_error, werkzeug_error
from fakehub.registry.tokens import token_service
from fakehub.state import FakehubError, RegistryError

__all__ = ["create_registry_app"]


def _domain_error(exc: FakehubError) -> Response:
    if isinstance(exc, RegistryError):
        return oci_error_response(registry_error(exc))
    return oci_error_response(OCIError("DENIED", exc.message, status=403))


def _server_error(exc: Exception) -> Response:
    if isinstance(exc, HTTPException):
        return werkzeug_error(exc)
    return oci_error_response(OCIError("UNKNOWN", "internal error", status=500))


def create_registry_app(backend: Backend) -> Flask:
    """The registry and token service WSGI application over ``backend`` (the Hub API's:
    :func:`fakehub.backend.get_backend` of a :func:`fakehub.app.create_app`)."""
    app = Flask("fakehub.registry")
    attach_backend(app, backend)
    app.config["MAX_CONTENT_LENGTH"] = backend.registry_max_body_bytes
    app.url_map.strict_slashes = False
    app.url_map.merge_slashes = False
    app.register_blueprint(token_service)
    app.register_blueprint(content)
    app.register_error_handler(OCIError, oci_error_response)
    app.register_error_handler(FakehubError, _domain_error)
    app.register_error_handler(HTTPException, werkzeug_error)
    app.register_error_handler(Exception, _server_error)
    return app
