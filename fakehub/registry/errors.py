"""The registry's error answers: ``{"errors": [{"code", "message", "detail"}]}`` with the OCI
Distribution codes and their statuses, and the ``WWW-Authenticate`` challenge of the token
service. Every registry answer carries ``Docker-Distribution-API-Version: registry/2.0``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from flask import Response, request
from werkzeug.exceptions import HTTPException

from fakehub.auth import REGISTRY_SERVICE
from fakehub.http.errors import json_response
from fakehub.state import RegistryError

__all__ = [
    "API_VERSION",
    "OCIError",
    "challenge",
    "oci_error_response",
    "registry_error",
    "werkzeug_error",
]

API_VERSION: Final = {"Docker-Distribution-API-Version": "registry/2.0"}

STATUSES: Final = {
    "BLOB_UNKNOWN": 404,
    "BLOB_UPLOAD_INVALID": 400,
    "BLOB_UPLOAD_UNKNOWN": 404,
    "DENIED": 403,
    "DIGEST_INVALID": 400,
    "MANIFEST_BLOB_UNKNOWN": 400,
    "MANIFEST_INVALID": 400,
    "MANIFEST_UNKNOWN": 404,
    "NAME_INVALID": 400,
    "NAME_UNKNOWN": 404,
    "PAGINATION_NUMBER_INVALID": 400,
    "RANGE_INVALID": 416,
    "SIZE_INVALID": 400,
    "TAG_INVALID": 400,
    "TOOMANYREQUESTS": 429,
    "UNAUTHORIZED": 401,
    "UNSUPPORTED": 400,
}
"""The status of each error code (OCI Distribution Spec, and Docker's ``TOOMANYREQUESTS``)."""


class OCIError(Exception):
    """A registry error answer: ``code`` (its status from :data:`STATUSES` unless given)."""

    def __init__(
        self,
        code: str,
        message: str,
        detail: object = None,
        *,
        status: int | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.detail = detail
        self.status = status or STATUSES.get(code, 400)
        self.headers = dict(headers or {})


def challenge(scope: str | None = None, *, insufficient: bool = False) -> dict[str, str]:
    """The ``WWW-Authenticate`` header pointing at this registry's token service."""
    value = f'Bearer realm="{request.host_url}token",service="{REGISTRY_SERVICE}"'
    if scope is not None:
        value += f',scope="{scope}"'
    if insufficient:
        value += ',error="insufficient_scope"'
    return {"WWW-Authenticate": value}


def registry_error(exc: RegistryError) -> OCIError:
    return OCIError(exc.code, exc.message, exc.detail)


def oci_error_response(error: OCIError) -> Response:
    body = {"errors": [{"code": error.code, "message": error.message, "detail": error.detail}]}
    response = json_response(body, error.status, {**API_VERSION, **error.headers})
    if request.method == "HEAD":
        response.set_data(b"")
    return response


_WERKZEUG_CODES: Final = {404: "NAME_UNKNOWN", 405: "UNSUPPORTED", 413: "SIZE_INVALID"}


def werkzeug_error(exc: HTTPException) -> Response:
    """Routing's and werkzeug's refusals (no such path, a wrong method, a body too large)
    in the registry's shape, with their own status."""
    status = exc.code or 400
    code = _WERKZEUG_CODES.get(status, "UNSUPPORTED")
    message = exc.description or exc.name
    if status == 413:
        message = "request body too large for this registry"
    return oci_error_response(OCIError(code, str(message), status=status))
