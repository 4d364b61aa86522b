"""Checks every request passes before routing answers it, and the answers of routing's errors.

A path with a ``.`` or ``..`` segment, an encoded ``/`` (``%2F``), a control character or a
non-UTF-8 percent-escape answers 400 naming ``path``; an API request body over the backend's
``max_body_bytes`` answers 413; another method on a path without parameters answers 405 even
where a parameterized path matches. A request line over :data:`MAX_REQUEST_LINE` bytes answers
414 and more than :data:`MAX_HEADER_FIELDS` header fields 431 (the limits of Werkzeug's
development server, kept under any server). Routing's own errors (404, 405, 413) and unexpected
exceptions (500) answer in Docker Hub's shape (SCIM's under ``/v2/scim/``).
"""

from __future__ import annotations

import contextlib
import logging
import re
from collections.abc import Mapping
from typing import Any, Final
from urllib.parse import unquote_to_bytes, urlsplit

from flask import Response, current_app, request
from werkzeug.exceptions import (
    HTTPException,
    MethodNotAllowed,
    NotFound,
    RequestEntityTooLarge,
)

from fakehub.backend import Backend, get_backend
from fakehub.http.current import ApiRequest, current_request
from fakehub.http.errors import HTTPError, any_error_response, bad_request
from fakehub.middleware import is_control_path

__all__ = [
    "MAX_HEADER_FIELDS",
    "MAX_REQUEST_LINE",
    "check_request",
    "error_answer",
    "http_error",
    "path_problem",
    "refuse_request",
    "server_error",
]

log = logging.getLogger("fakehub")

_ENCODED_SLASH: Final = re.compile(r"%2f", re.IGNORECASE)
_CONTROL_CHARACTER: Final = re.compile(r"[\x00-\x1f\x7f]")
_PLAIN_PATH: Final = re.compile(r"[A-Za-z0-9/._~:@+-]*")
"""A path of unreserved characters only: no escape, no control character, nothing to decode."""

MAX_REQUEST_LINE: Final = 65536
"""The longest request line (method, target and version), in bytes."""

MAX_HEADER_FIELDS: Final = 100
"""The most header fields a request may have."""


def path_problem(environ: Mapping[str, Any]) -> str | None:
    """Why the request path cannot be a Docker Hub path, or ``None``.

    Refused: an encoded ``/`` (``%2F``: a slash inside a name, which Werkzeug would otherwise
    route as a separator), percent-escapes that are not UTF-8, control characters (NUL...) and
    ``.``/``..`` segments. Servers decode the path before the application sees it (Werkzeug's
    replacing undecodable bytes), so the raw request URI is checked too when the server gives
    it (``RAW_URI`` / ``REQUEST_URI``).
    """
    raw_uri = environ.get("RAW_URI") or environ.get("REQUEST_URI")
    path_info = environ.get("PATH_INFO", "")
    if (
        isinstance(path_info, str)
        and _PLAIN_PATH.fullmatch(path_info)
        and (raw_uri is None or raw_uri == path_info or raw_uri.startswith(path_info + "?"))
    ):
        # the common case, checked at the cost of one match: nothing escaped or encoded
        padded = path_info + "/"
        if "/./" in padded or "/../" in padded:
            return '"." and ".." segments are not allowed'
        return None
    paths: list[bytes] = []
    if isinstance(raw_uri, str):
        raw_path = raw_uri.split("?", 1)[0] if raw_uri.startswith("/") else urlsplit(raw_uri).path
        if _ENCODED_SLASH.search(raw_path):
            return 'an encoded "/" (%2F) inside a path segment is not allowed'
        paths.append(unquote_to_bytes(raw_path))
    # PEP 3333's latin-1 PATH_INFO (a server that did not follow it: the raw URI was checked)
    with contextlib.suppress(UnicodeEncodeError):
        paths.append(str(environ.get("PATH_INFO", "")).encode("latin-1"))
    for encoded in paths:
        try:
            path = encoded.decode("utf-8")
        except UnicodeDecodeError:
            return "percent-escapes must encode UTF-8 text"
        if _CONTROL_CHARACTER.search(path):
            return "control characters (such as NUL) are not allowed"
        if any(segment in (".", "..") for segment in path.split("/")):
            return '"." and ".." segments are not allowed'
    return None


def _protocol_problem(environ: Mapping[str, Any]) -> HTTPError | None:
    target = environ.get("REQUEST_URI") or environ.get("RAW_URI")
    if not isinstance(target, str):
        query = str(environ.get("QUERY_STRING", ""))
        target = str(environ.get("PATH_INFO", "")) + (f"?{query}" if query else "")
    method, version = str(environ.get("REQUEST_METHOD", "")), str(environ.get("SERVER_PROTOCOL"))
    if len(method) + len(target) + len(version) + 2 > MAX_REQUEST_LINE:
        return HTTPError(414, f"Request line too long: the limit is {MAX_REQUEST_LINE} bytes.")
    if len(environ) <= MAX_HEADER_FIELDS:
        return None  # the header fields are some of the environ's keys: not too many
    fields = sum(1 for key in environ if key.startswith("HTTP_"))
    fields += ("CONTENT_TYPE" in environ) + ("CONTENT_LENGTH" in environ)
    if fields > MAX_HEADER_FIELDS:
        return HTTPError(
            431, f"Too many header fields: the limit is {MAX_HEADER_FIELDS}, got {fields}."
        )
    return None


def check_request() -> Response | None:
    """Before routing's answer (Flask's ``before_request``): :func:`refuse_request`."""
    return refuse_request(request, get_backend(current_app))


def refuse_request(current: ApiRequest, backend: Backend) -> Response | None:
    """Refuse request lines too long (414), too many header fields (431), unusable paths
    (400) and oversized bodies (413): the answer, raised or returned, or ``None``."""
    environ = current.environ
    error = _protocol_problem(environ)
    if error is not None:
        return any_error_response(error)
    problem = path_problem(environ)
    if problem is not None:
        return any_error_response(bad_request(f"Invalid path: {problem}.", {"path": [problem]}))
    path = current.path
    if is_control_path(path):
        return None  # the control API takes documents as large as a snapshot
    allowed = backend.static_paths.get(path.rstrip("/") + "/")
    if allowed is not None and current.method not in allowed:
        raise MethodNotAllowed(valid_methods=allowed)
    limit = backend.max_body_bytes
    if limit is None:
        return None
    content_length = current.content_length
    if content_length is not None:
        if content_length > limit:
            raise RequestEntityTooLarge()
    elif "wsgi.input_terminated" in environ and "HTTP_TRANSFER_ENCODING" in environ:
        # A body without Content-Length (chunked): Werkzeug stops reading at the maximum
        # without a word, so read one byte more to tell a body of exactly the limit from a
        # longer one. The views get the cached bytes. A request with neither header has no
        # body (RFC 9112, 6.3): nothing to read (waitress gives a chunked body its length).
        current.max_content_length = limit + 1
        if len(current.get_data(cache=True)) > limit:
            raise RequestEntityTooLarge()
    return None


def _too_large(backend: Backend) -> Response:
    limit = backend.max_body_bytes
    detail = "Request body too large"
    if limit is not None:
        detail += f": the limit is {limit} bytes"
    return any_error_response(HTTPError(413, f"{detail}."))


def http_error(exc: HTTPException, backend: Backend) -> Response:
    """The answer to one of routing's (or the checks') errors, in Docker Hub's shape."""
    if isinstance(exc, RequestEntityTooLarge):
        return _too_large(backend)
    if isinstance(exc, MethodNotAllowed):
        allowed = exc.valid_methods or []
        headers = {"Allow": ", ".join(allowed)} if allowed else {}
        return any_error_response(
            HTTPError(405, f'Method "{current_request().method}" not allowed.', headers=headers)
        )
    if isinstance(exc, NotFound):
        return any_error_response(HTTPError(404, "Not found."))
    return any_error_response(HTTPError(exc.code or 500, exc.description or exc.name))


def server_error(exc: Exception) -> Response:
    """The 500 of an unexpected exception (logged with its traceback)."""
    log.exception("fakehub: unhandled error", exc_info=exc)
    return any_error_response(HTTPError(500, f"Internal server error: {type(exc).__name__}"))


def error_answer(exc: Exception, backend: Backend) -> Response:
    """What an exception escaping the checks or a view answers: the error handler
    :func:`fakehub.app.create_app` registers with Flask, by the exception's class."""
    if isinstance(exc, HTTPError):
        return any_error_response(exc)
    if isinstance(exc, HTTPException):
        return http_error(exc, backend)
    return server_error(exc)
