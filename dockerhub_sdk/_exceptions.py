"""Every error the SDK raises derives from :class:`DockerHubError`.

```
DockerHubError
├── InvalidInputError (also a ValueError)    refused before any request
├── MissingCredentialsError                  the operation needs a login the client does not have
├── APIConnectionError                       no HTTP response (DNS, refused, reset, TLS...)
│   ├── APIConnectError                      could not connect: the request was never sent
│   │   └── APIConnectTimeoutError           (also an APITimeoutError)
│   └── APITimeoutError
├── APIResponseValidationError               a 2xx response that is not the documented JSON
└── APIStatusError                           a non-2xx response
    ├── BadRequestError          400
    ├── AuthenticationError      401
    ├── PermissionDeniedError    403
    ├── NotFoundError            404
    ├── ConflictError            409
    ├── RateLimitError           429
    └── InternalServerError      >= 500
```

No message ever contains the client's token or password: :func:`make_status_error` replaces
them with ``[REDACTED]`` should the server echo one back.

A 400's message names each offending field and why (``400 Bad Request for POST ...: Invalid
request body: name: expected a string; is_private: expected a boolean``), from Docker's
``errors`` mapping or a Django REST framework body of fields; ``errors`` holds them apart.

A status error for 408, 429, 500, 502, 503 or 504 carries ``retry_after`` (seconds) and
``retry_at`` (an aware UTC datetime) when the response's headers say when to try again
(``Retry-After``, ``X-Retry-After``, or ``X-RateLimit-Reset`` with no requests remaining).
"""

from __future__ import annotations

import http
import json
import time
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING

from dockerhub_sdk._constants import REDACTED
from dockerhub_sdk._ratelimit import retry_wait, utc

if TYPE_CHECKING:
    from dockerhub_sdk._generated.models import PullRateLimit

__all__ = [
    "RETRY_STATUSES",
    "APIConnectError",
    "APIConnectTimeoutError",
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "DockerHubError",
    "InternalServerError",
    "InvalidInputError",
    "MissingCredentialsError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "TwoFactorRequiredError",
    "field_errors",
    "make_status_error",
    "redact",
]

RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
"""The statuses worth another try (of an idempotent request): a timeout, a rate limit, a
server or gateway failure."""
_MAX_SUMMARY = 500
_MAX_DEPTH = 8
_NOT_FIELDS = frozenset({"detail", "message", "error", "errinfo", "schemas"})


class DockerHubError(Exception):
    """The base class of every error this SDK raises."""


class InvalidInputError(DockerHubError, ValueError):
    """An argument was refused before any request was sent.

    The message names the parameter, the value and the rule, e.g. ``repository 'MyApp' must be
    a repository name (lower-case ...)``; ``param``, ``value`` and ``rule`` hold them apart, and
    ``operation`` is the operation id (``"tags.list"``) when the refusal came from a call.
    Secrets (a token, a password) are refused without being quoted.
    """

    param: str | None
    value: object
    rule: str
    operation: str | None

    def __init__(
        self,
        message: str,
        *,
        param: str | None = None,
        value: object = None,
        rule: str = "",
        operation: str | None = None,
    ) -> None:
        super().__init__(message)
        self.param = param
        self.value = value
        self.rule = rule or message
        self.operation = operation


class MissingCredentialsError(DockerHubError):
    """The operation requires authentication and the client has no credentials.

    Raised before any request: pass ``token=`` or ``username=``/``password=`` to the client
    (or set ``DOCKER_HUB_LOGIN_TOKEN`` / ``DOCKER_HUB_USERNAME`` + ``DOCKER_HUB_PASSWORD``), or
    call ``login()`` / ``set_login_token()`` first. A *rejected* credential is a different
    error: the server answers 401 and :class:`AuthenticationError` is raised.
    """

    operation: str | None

    def __init__(self, message: str, *, operation: str | None = None) -> None:
        super().__init__(message)
        self.operation = operation


class APIConnectionError(DockerHubError):
    """The request got no HTTP response: name resolution, refused or reset connection, TLS.

    The SDK raises it ``from None`` (a traceback of a few lines, not the transport library's
    chain of exceptions); ``cause`` keeps the underlying exception (a urllib3 or ``OSError``
    one) for whoever needs it, ``None`` when there was none.
    """

    method: str
    url: str
    cause: BaseException | None

    def __init__(
        self, message: str, *, method: str, url: str, cause: BaseException | None = None
    ) -> None:
        super().__init__(message)
        self.method = method
        self.url = url
        self.cause = cause


class APITimeoutError(APIConnectionError):
    """Connecting or reading took longer than the client's ``timeout``."""


class APIConnectError(APIConnectionError):
    """No connection could be made (refused, unresolvable host, connect timeout).

    Proof that no byte of the request left the client, so even a POST may be sent again. A
    reset or a read timeout *after* connecting is a plain :class:`APIConnectionError` /
    :class:`APITimeoutError`: the server may have acted on the request.
    """


class APIConnectTimeoutError(APIConnectError, APITimeoutError):
    """Connecting took longer than the client's ``timeout`` (the request was never sent)."""


class APIResponseValidationError(DockerHubError):
    """A successful (2xx) response whose body is not JSON or does not match the model.

    ``content`` keeps the raw bytes for debugging; they are never part of the message.
    """

    status_code: int
    method: str
    url: str
    content: bytes

    def __init__(
        self, message: str, *, status_code: int, method: str, url: str, content: bytes = b""
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.method = method
        self.url = url
        self.content = content


class APIStatusError(DockerHubError):
    """Docker Hub answered with a status other than 2xx.

    ``detail`` and ``message`` come from Docker Hub's two error bodies, ``{"detail": ...}`` and
    ``{"message": ..., "errinfo": {...}}``; a SCIM error body (RFC 7644:
    ``{"schemas": [...Error], "status": "400", "scimType": "invalidFilter", "detail": ...}``)
    gives ``detail`` and ``scim_type``; ``body`` is the parsed JSON (``None`` when the body is
    empty or not JSON); ``headers`` are the response headers. ``retry_after`` (seconds) and
    ``retry_at`` (an aware UTC datetime) say when to try again, when the server said so (only
    for the statuses worth retrying: 408, 429, 500, 502, 503, 504); else both are ``None``.
    ``errors`` maps each offending field (``build_tags[0].name``) to its messages, from the
    body's ``errors`` mapping (fakehub, Docker Hub's newer endpoints) or a body made only of
    fields (Django REST framework's); the message names them too. Empty when there are none.
    """

    status_code: int
    detail: str | None
    message: str | None
    errinfo: object
    scim_type: str | None
    body: object
    method: str
    url: str
    headers: Mapping[str, str]
    retry_after: float | None
    retry_at: datetime | None
    errors: Mapping[str, list[str]]
    codes: tuple[str, ...] = ()
    """The registry's error codes (OCI's ``MANIFEST_UNKNOWN``, ``DENIED``...), in body order."""

    def __init__(
        self,
        text: str,
        *,
        status_code: int,
        method: str,
        url: str,
        headers: Mapping[str, str],
        body: object,
        detail: str | None = None,
        message: str | None = None,
        errinfo: object = None,
        scim_type: str | None = None,
        retry_after: float | None = None,
        retry_at: datetime | None = None,
        errors: Mapping[str, list[str]] | None = None,
    ) -> None:
        super().__init__(text)
        self.status_code = status_code
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.detail = detail
        self.message = message
        self.errinfo = errinfo
        self.scim_type = scim_type
        self.retry_after = retry_after
        self.retry_at = retry_at
        self.errors = dict(errors or {})


class BadRequestError(APIStatusError):
    """400: the server refused the arguments or the body."""


class AuthenticationError(APIStatusError):
    """401: wrong username/password, or a missing, expired or revoked token."""


class TwoFactorRequiredError(AuthenticationError):
    """401 from a login to an account with two-factor authentication, when no ``otp=`` was
    given: call ``login(username, password, otp=...)`` with the current TOTP code (or a
    callable that returns it). ``body`` leaves out Docker Hub's ``login_2fa_token``."""


class PermissionDeniedError(APIStatusError):
    """403: authenticated, but not allowed to do this."""


class NotFoundError(APIStatusError):
    """404: no such user, organization, repository, tag... (or it is private to someone else)."""


class ConflictError(APIStatusError):
    """409: it already exists."""


class RateLimitError(APIStatusError):
    """429: too many requests. ``retry_after`` / ``retry_at``: when to try again, if the server
    said (``Retry-After``, ``X-Retry-After``, or ``X-RateLimit-Reset`` with none remaining).
    From the registry (``TOOMANYREQUESTS``), ``pull_rate_limit`` holds the pull limit's
    numbers (``ratelimit-limit``, ``ratelimit-remaining``, ``docker-ratelimit-source``)."""

    pull_rate_limit: PullRateLimit | None = None


class InternalServerError(APIStatusError):
    """5xx: Docker Hub failed."""


_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    429: RateLimitError,
}


def _text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    return json.dumps(value, separators=(",", ":"), sort_keys=True, default=str)


def redact(text: str, secrets: Iterable[str]) -> str:
    """``text`` with every (non-empty) secret replaced by ``[REDACTED]``."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, REDACTED)
    return text


def _flatten(value: object, where: str, out: dict[str, list[str]], depth: int) -> None:
    """Collect the messages under ``value`` into ``out``, keyed by their path from the body."""
    if isinstance(value, str):
        out.setdefault(where or "non_field_errors", []).append(value)
    elif isinstance(value, Mapping) and depth < _MAX_DEPTH:
        for key, inner in value.items():
            _flatten(inner, f"{where}.{key}" if where else str(key), out, depth + 1)
    elif isinstance(value, list) and depth < _MAX_DEPTH:
        for index, inner in enumerate(value):
            if isinstance(inner, Mapping | list):
                _flatten(inner, f"{where}[{index}]", out, depth + 1)
            else:
                _flatten(inner, where, out, depth + 1)
    elif value is not None:
        out.setdefault(where or "non_field_errors", []).append(_text(value) or "")


def field_errors(body: object) -> dict[str, list[str]]:
    """Each offending field of an error body and its messages (``{}`` when none).

    Docker's ``{"detail": ..., "errors": {"name": ["expected a string"]}}`` gives its
    ``errors``; a Django REST framework body made only of fields (``{"name": ["This field is
    required."]}``: no ``detail``, ``message`` or ``error``) gives those. Nested fields are
    named by their path (``build_tags[0].name``).
    """
    if not isinstance(body, Mapping):
        return {}
    source: object = body.get("errors")
    if (
        source is None
        and not _NOT_FIELDS & set(body)
        and all(isinstance(value, list | Mapping | str) for value in body.values())
    ):
        source = body
    out: dict[str, list[str]] = {}
    if isinstance(source, Mapping):
        _flatten(source, "", out, 0)
    return out


def _describe(errors: Mapping[str, list[str]]) -> str:
    """``name: expected a string; tags[0]: too long, not unique``, cut to a readable length."""
    text = "; ".join(f"{name}: {', '.join(messages)}" for name, messages in errors.items())
    return text if len(text) <= _MAX_SUMMARY else text[:_MAX_SUMMARY] + "..."


def make_status_error(
    *,
    status_code: int,
    method: str,
    url: str,
    headers: Mapping[str, str],
    body: object,
    secrets: Iterable[str] = (),
    now: float | None = None,
    summary: str | None = None,
    cls: type[APIStatusError] | None = None,
) -> APIStatusError:
    """The exception for a non-2xx response: the class is chosen by ``status_code``.

    ``body`` is the parsed JSON body (``None`` when it was empty or not JSON). ``secrets`` are
    strings (the token, the password) replaced by ``[REDACTED]`` wherever they would appear in
    the message, ``detail`` or ``message``. ``now`` (unix seconds, default ``time.time()``) is
    what ``Retry-After`` dates and unix times are measured from. ``summary`` replaces what
    the message says after the status (a registry error's codes), ``cls`` the class the status
    would choose (a registry code's).
    """
    secrets = tuple(secrets)
    detail = message = None
    errinfo: object = None
    scim_type: str | None = None
    if isinstance(body, Mapping):
        detail = _text(body.get("detail"))
        message = _text(body.get("message"))
        errinfo = body.get("errinfo")
        scim_type = _text(body.get("scimType"))
    if detail is not None:
        detail = redact(detail, secrets)
    if message is not None:
        message = redact(message, secrets)

    try:
        reason = http.HTTPStatus(status_code).phrase
    except ValueError:
        reason = "Error"
    errors = {
        redact(name, secrets): [redact(m, secrets) for m in messages]
        for name, messages in field_errors(body).items()
    }
    given_summary = summary
    summary = detail or message
    if given_summary is not None:
        summary = given_summary
    elif errors:
        summary = f"{summary}: {_describe(errors)}" if summary else _describe(errors)
    if summary is None and body is not None and given_summary is None:
        summary = redact(_text(body) or "", secrets)
        if len(summary) > _MAX_SUMMARY:
            summary = summary[:_MAX_SUMMARY] + "..."
    text = f"{status_code} {reason} for {method} {url}"
    if summary:
        text = f"{text}: {summary}"
    text = redact(text, secrets)

    retry_after: float | None = None
    retry_at: datetime | None = None
    if status_code in RETRY_STATUSES:
        wall = time.time() if now is None else now
        retry_after = retry_wait(headers, now=wall)
        if retry_after is not None:
            retry_at = utc(wall + retry_after)

    cls = cls or _STATUS_CLASSES.get(status_code)
    if cls is None:
        cls = InternalServerError if status_code >= 500 else APIStatusError
    return cls(
        text,
        status_code=status_code,
        method=method,
        url=url,
        headers=headers,
        body=body,
        detail=detail,
        message=message,
        errinfo=errinfo,
        scim_type=scim_type,
        retry_after=retry_after,
        retry_at=retry_at,
        errors=errors,
    )
