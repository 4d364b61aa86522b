"""Error responses: Docker Hub's ``{"detail": ...}`` shape, and RFC 7644's for SCIM.

Error bodies: ``{"detail": "..."}`` for 401, 403, 404, 405, 409 and 413; a 400 adds ``errors``,
mapping each offending field (a parameter name, or a body path such as
``build_tags[0].name``; ``non_field_errors`` for the body as a whole) to a list of messages::

    {"detail": "Invalid request body", "errors": {"name": ["expected a string, got an integer"]}}

SCIM operations (``application/scim+json``) shape every error, and every error under
``/v2/scim/``, as RFC 7644 does (:func:`scim_error_response`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, Final, NamedTuple

from flask import Response
from werkzeug.utils import get_content_type

from fakehub.http.current import current_request
from fakehub.http.rendering import dumps
from fakehub.state import (
    Conflict,
    FakehubError,
    Forbidden,
    Invalid,
    SecondFactorRequired,
    Unauthorized,
)
from fakehub.state import NotFound as StateNotFound

__all__ = [
    "SCIM_ERROR_SCHEMA",
    "SCIM_MEDIA_TYPE",
    "SCIM_PATH_PREFIX",
    "HTTPError",
    "Reply",
    "any_error_response",
    "bad_request",
    "domain_error",
    "empty_response",
    "error_response",
    "json_response",
    "reply_maker",
    "scim_error_response",
    "status_line",
    "unauthorized",
]


class HTTPError(Exception):
    """An error response: ``{"detail": ...}`` plus ``errors`` for a 400."""

    def __init__(
        self,
        status: int,
        detail: str,
        errors: Mapping[str, Sequence[str]] | None = None,
        *,
        headers: Mapping[str, str] | None = None,
        extra: Mapping[str, object] | None = None,
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.errors = {k: list(v) for k, v in (errors or {}).items()}
        self.headers = dict(headers or {})
        self.extra = dict(extra or {})
        self.scim_type: str | None = None
        """For SCIM operations: the RFC 7644 error keyword (``invalidFilter``...), if any."""

    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = {"detail": self.detail}
        if self.errors:
            body["errors"] = self.errors
        body.update(self.extra)
        return body


def bad_request(detail: str, errors: Mapping[str, Sequence[str]]) -> HTTPError:
    return HTTPError(400, detail, errors)


def unauthorized(detail: str, extra: Mapping[str, object] | None = None) -> HTTPError:
    return HTTPError(401, detail, headers={"WWW-Authenticate": 'JWT realm="api"'}, extra=extra)


def domain_error(exc: FakehubError) -> HTTPError:
    """The response for a domain error of :mod:`fakehub.state`."""
    if isinstance(exc, Invalid):
        error = bad_request(exc.message, {exc.field: [exc.reason]})
        error.scim_type = getattr(exc, "scim_type", None)
        return error
    if isinstance(exc, SecondFactorRequired):
        return unauthorized(exc.message, {"login_2fa_token": exc.login_2fa_token})
    if isinstance(exc, Unauthorized):
        return unauthorized(exc.message)
    if isinstance(exc, Forbidden):
        return HTTPError(403, exc.message)
    if isinstance(exc, StateNotFound):
        return HTTPError(404, exc.message)
    if isinstance(exc, Conflict):
        return HTTPError(409, exc.message)
    return HTTPError(400, exc.message)


def json_response(
    body: object,
    status: int = 200,
    headers: Mapping[str, str] | None = None,
    *,
    mimetype: str = "application/json",
) -> Response:
    """A JSON response (keys in the order given, as Docker Hub sends them)."""
    response = Response(dumps(body), status=status, mimetype=mimetype)
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


class Reply(NamedTuple):
    """A whole answer with a body, as a view may return it: to Flask, a ``(body, status,
    headers)`` tuple, which it makes into the ``Response`` that :func:`json_response` makes;
    to :mod:`fakehub.http.dispatch`, what it sends as it is."""

    body: bytes
    status: int
    headers: list[tuple[str, str]]


_STATUS_LINES: Final[dict[int, str]] = {}


def status_line(status: int) -> str:
    """The status line Werkzeug writes for ``status`` (``201 CREATED``)."""
    line = _STATUS_LINES.get(status)
    if line is None:
        line = _STATUS_LINES[status] = Response(status=status).status
    return line


def reply_maker(status: int, mimetype: str) -> Callable[[bytes], Reply]:
    """The :class:`Reply` of a body with ``status`` and ``mimetype``, with the headers of a
    ``Response(body, status=status, mimetype=mimetype)`` (its content type worked out once)."""
    content_type = get_content_type(mimetype, "utf-8")

    def reply(body: bytes) -> Reply:
        return Reply(
            body, status, [("Content-Type", content_type), ("Content-Length", str(len(body)))]
        )

    return reply


def empty_response(status: int) -> Response:
    """A response without a body (204): no Content-Type either."""
    response = Response(status=status)
    del response.headers["Content-Type"]
    return response


def error_response(error: HTTPError) -> Response:
    return json_response(error.body(), error.status, error.headers)


UNKNOWN_FIELD: Final = "unknown field"
"""The reason a 400 gives for a body field the operation does not have."""
SCIM_MEDIA_TYPE: Final = "application/scim+json"
SCIM_ERROR_SCHEMA: Final = "urn:ietf:params:scim:api:messages:2.0:Error"
_SCIM_TYPES: Final = {400: "invalidValue", 409: "uniqueness"}
"""The SCIM error keyword of a status, when the error does not name a more precise one."""


def scim_error_response(error: HTTPError) -> Response:
    """An error of a SCIM operation, as RFC 7644 section 3.12 shapes it:
    ``{"schemas": [...Error], "status": "404", "scimType": ..., "detail": ...}``, served as
    application/scim+json (``scimType`` for a 400 or a 409 only)."""
    body: dict[str, Any] = {"schemas": [SCIM_ERROR_SCHEMA], "status": str(error.status)}
    scim_type = error.scim_type or _SCIM_TYPES.get(error.status)
    if scim_type is not None:
        body["scimType"] = scim_type
    detail = error.detail
    if error.errors:  # a SCIM error has no field list: the first problem joins the detail
        name, messages = next(iter(error.errors.items()))
        if messages[0] not in detail:
            detail = f"{detail}: {name}: {messages[0]}"
    body["detail"] = detail
    headers = dict(error.headers)
    if error.status == 401:
        headers["WWW-Authenticate"] = 'Bearer realm="scim"'
    return json_response(body, error.status, headers, mimetype=SCIM_MEDIA_TYPE)


SCIM_PATH_PREFIX: Final = "/v2/scim/"
"""Errors under this prefix that no operation's view answers (a refused path, an unknown
path, a wrong method, a body too large) are SCIM-shaped too."""


def any_error_response(error: HTTPError) -> Response:
    """``error`` shaped as the request's API shapes errors: SCIM's under ``/v2/scim/``."""
    if current_request().path.startswith(SCIM_PATH_PREFIX):
        return scim_error_response(error)
    return error_response(error)
