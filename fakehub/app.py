"""The Flask application: generic routing and validation driven by the spec's operations.

Every :class:`~fakehub._route.Route` of the generated route table is served (with and without
its trailing slash, never redirecting). For each request the view:

1. resolves the URL; an integer path parameter that is not a (positive) integer answers 404,
   like Django's URL resolver;
2. authenticates: ``Authorization: Bearer <jwt>`` or ``JWT <jwt>``; a bad, expired or revoked
   token answers 401 (even where a login is optional); an operation that requires a login
   answers 401 without one;
3. validates path parameters against their formats, query parameters (``page`` >= 1,
   1 <= ``page_size`` <= 100) and the JSON body (structured with the strict converter:
   malformed JSON, wrong types, missing or unknown fields, broken formats answer 400);
4. calls the handler of :mod:`fakehub.handlers` under the state's lock;
5. serializes with the generated converter, still under the lock (so a page is one consistent
   view even while other threads write): a model, a list, or a Docker Hub page
   ``{count, next, previous, results}`` with absolute ``next``/``previous`` URLs.

Before routing's answer, every request is checked (``_check_request``): a path with a ``.`` or
``..`` segment, an encoded ``/`` (``%2F``), a control character or a non-UTF-8 percent-escape
answers 400 naming ``path``; an API request body over ``max_body_bytes`` (1 MiB by default)
answers 413. In front of Flask, :class:`fakehub.middleware.TrafficMiddleware` applies the fault
rules and the rate limit (see :mod:`fakehub.faults`).

Error bodies: ``{"detail": "..."}`` for 401, 403, 404, 405, 409 and 413; a 400 adds ``errors``,
mapping each offending field (a parameter name, or a body path such as
``build_tags[0].name``; ``non_field_errors`` for the body as a whole) to a list of messages::

    {"detail": "Invalid request body", "errors": {"name": ["expected a string, got an integer"]}}

SCIM operations (``auth: scim``, ``application/scim+json``) authenticate with the bearer SCIM
token of an organization instead of a login, answer with their media type, and shape every
error, and every error under ``/v2/scim/``, as RFC 7644 does (:func:`scim_error_response`).
"""

from __future__ import annotations

import contextlib
import datetime
import importlib.resources
import json
import logging
import math
import random
import re
import time
import typing
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Final
from urllib.parse import unquote_to_bytes, urlencode, urlsplit

import attrs
from attrs import define, field
from cattrs.errors import (
    AttributeValidationNote,
    ForbiddenExtraKeysError,
    IterableValidationNote,
)
from flask import Flask, Response, current_app, request
from werkzeug.exceptions import (
    HTTPException,
    MethodNotAllowed,
    NotFound,
    RequestEntityTooLarge,
)
from werkzeug.routing import BaseConverter

from dockerhub_sdk._generated.converter import converter, strict_converter
from dockerhub_sdk._operation import Operation, PageStyle, Param
from fakehub import handlers
from fakehub._generated.routes import ROUTES
from fakehub._route import Route
from fakehub.auth import Claims, InvalidToken, TokenIssuer, parse_authorization
from fakehub.faults import DEFAULT_WINDOW, Faults, RateLimiter
from fakehub.middleware import TrafficMiddleware, is_control_path
from fakehub.state import (
    Clock,
    Conflict,
    FakehubError,
    Forbidden,
    Invalid,
    SecondFactorRequired,
    State,
    Unauthorized,
    utc_now,
)
from fakehub.state import NotFound as StateNotFound

__all__ = [
    "DEFAULT_MAX_BODY_BYTES",
    "DEFAULT_PAGE_SIZE",
    "Backend",
    "HTTPError",
    "create_app",
    "get_backend",
]

log = logging.getLogger("fakehub")

DEFAULT_PAGE_SIZE: Final = 10
"""Docker Hub's page size when a request gives none."""
DEFAULT_MAX_BODY_BYTES: Final = 1024 * 1024
"""The largest request body the API accepts (1 MiB); larger ones answer 413."""
LIBRARY: Final = "library"
_EXTENSION: Final = "fakehub"
_INT_PATH: Final = re.compile(r"[0-9]+")
_INT_QUERY: Final = re.compile(r"[+-]?[0-9]+")


@define(kw_only=True)
class Backend:
    """What one fakehub application holds: its state, its token issuer, its fault rules and
    rate limiter, and how it sleeps (for injected latency)."""

    state: State
    tokens: TokenIssuer
    demo: bool = False
    faults: Faults = field(factory=Faults)
    rate_limiter: RateLimiter = field(
        factory=lambda: RateLimiter(clock=lambda: utc_now().timestamp())
    )
    sleep: Callable[[float], object] = time.sleep
    """What injected latency calls; may be replaced on a running application."""
    max_body_bytes: int | None = DEFAULT_MAX_BODY_BYTES
    static_paths: dict[str, list[str]] = field(factory=dict)
    """The methods of each path without parameters (``/v2/users/login/``): another method
    there answers 405, even where a parameterized path (``/v2/users/<username>/``) matches."""

    def reset_traffic(self) -> None:
        """Remove every fault rule, forget the rate-limit counters and restore the rate limit
        the application was created with (what ``POST /_fakehub/reset`` does besides the
        state)."""
        self.faults.clear()
        self.rate_limiter.reset()


def get_backend(app: Flask) -> Backend:
    """The :class:`Backend` of an application made by :func:`create_app`."""
    backend = app.extensions.get(_EXTENSION)
    if not isinstance(backend, Backend):
        raise LookupError("not a fakehub application (made by fakehub.app.create_app)")
    return backend


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


def _unauthorized(detail: str, extra: Mapping[str, object] | None = None) -> HTTPError:
    return HTTPError(401, detail, headers={"WWW-Authenticate": 'JWT realm="api"'}, extra=extra)


def domain_error(exc: FakehubError) -> HTTPError:
    """The response for a domain error of :mod:`fakehub.state`."""
    if isinstance(exc, Invalid):
        error = bad_request(exc.message, {exc.field: [exc.reason]})
        error.scim_type = getattr(exc, "scim_type", None)
        return error
    if isinstance(exc, SecondFactorRequired):
        return _unauthorized(exc.message, {"login_2fa_token": exc.login_2fa_token})
    if isinstance(exc, Unauthorized):
        return _unauthorized(exc.message)
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
    response = Response(json.dumps(body, ensure_ascii=False), status=status, mimetype=mimetype)
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


def empty_response(status: int) -> Response:
    """A response without a body (204): no Content-Type either."""
    response = Response(status=status)
    del response.headers["Content-Type"]
    return response


def error_response(error: HTTPError) -> Response:
    return json_response(error.body(), error.status, error.headers)


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


def _any_error_response(error: HTTPError) -> Response:
    """``error`` shaped as the request's API shapes errors: SCIM's under ``/v2/scim/``."""
    if request.path.startswith(SCIM_PATH_PREFIX):
        return scim_error_response(error)
    return error_response(error)


def _scim_org(backend: Backend) -> str:
    """The organization a SCIM operation's bearer token belongs to (its SCIM token only)."""
    try:
        token = parse_authorization(request.headers.get("Authorization"))
        return backend.state.scim_org(token)
    except InvalidToken as exc:
        raise _unauthorized(exc.message) from None
    except FakehubError as exc:
        raise domain_error(exc) from None


# --- request validation --------------------------------------------------------------------


def _path_values(op: Operation, raw: Mapping[str, str]) -> dict[str, object]:
    """Typed path parameters. Integer ones that do not parse answer 404 (Django's ``\\d+``)."""
    values: dict[str, object] = {}
    errors: dict[str, list[str]] = {}
    for param in op.path_params:
        text = raw[param.wire]
        if param.type is int:
            number = int(text) if _INT_PATH.fullmatch(text) else None
            if number is None or (param.minimum is not None and number < param.minimum):
                raise HTTPError(404, "Not found.")
            values[param.name] = number
            continue
        if param.library_default and text == "_":
            text = LIBRARY
        if param.format is not None:
            text = param.format.normalize(text)
            problem = param.format.violation(text)
            if problem is not None:
                errors.setdefault(param.wire, []).append(problem)
        values[param.name] = text
    if errors:
        raise bad_request(_describe("Invalid path parameter", errors), errors)
    return values


def _query_value(param: Param, text: str) -> tuple[object, str | None]:
    if param.type is int:
        if not _INT_QUERY.fullmatch(text):
            return None, "must be an integer"
        number = int(text)
        if param.minimum is not None and number < param.minimum:
            return None, f"must be at least {param.minimum}"
        if param.maximum is not None and number > param.maximum:
            return None, f"must be at most {param.maximum}"
        return number, None
    if param.type is bool:
        lowered = text.lower()
        if lowered in ("true", "1"):
            return True, None
        if lowered in ("false", "0"):
            return False, None
        return None, "must be true or false"
    if param.format is not None:
        text = param.format.normalize(text)
        problem = param.format.violation(text)
        if problem is not None:
            return None, problem
    return text, None


def _query_values(op: Operation, args: Mapping[str, str]) -> dict[str, object]:
    values: dict[str, object] = {}
    errors: dict[str, list[str]] = {}
    for param in op.query_params:
        text = args.get(param.wire)
        if text is None:
            if param.required:
                errors.setdefault(param.wire, []).append("this parameter is required")
            continue
        value, problem = _query_value(param, text)
        if problem is not None:
            errors.setdefault(param.wire, []).append(problem)
        else:
            values[param.name] = value
    if errors:
        raise bad_request(_describe("Invalid query parameter", errors), errors)
    return values


def _describe(what: str, errors: Mapping[str, Sequence[str]]) -> str:
    name, messages = next(iter(errors.items()))
    return f"{what} {name}: {messages[0]}"


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _shape_errors(value: object, tp: object, path: str, errors: dict[str, list[str]]) -> None:
    """Arrays and objects where the model wants them (cattrs would iterate a string as a list)."""
    origin = typing.get_origin(tp)
    if origin is typing.Union or isinstance(tp, type(int | str)):
        members = [a for a in typing.get_args(tp) if a is not type(None)]
        if value is not None and len(members) >= 1:
            for member in members:
                if typing.get_origin(member) is list or attrs.has(member):
                    _shape_errors(value, member, path, errors)
        return
    if origin is list:
        if not isinstance(value, list):
            errors.setdefault(path or "non_field_errors", []).append("expected an array")
            return
        (item_type,) = typing.get_args(tp)
        for index, item in enumerate(value):
            _shape_errors(item, item_type, f"{path}[{index}]", errors)
        return
    if isinstance(tp, type) and attrs.has(tp):
        if not isinstance(value, dict):
            errors.setdefault(path or "non_field_errors", []).append("expected an object")
            return
        hints = typing.get_type_hints(tp)
        for fld in attrs.fields(tp):
            if fld.name in value:
                _shape_errors(value[fld.name], hints[fld.name], _join(path, fld.name), errors)


def _cattrs_errors(exc: BaseException, path: str, errors: dict[str, list[str]]) -> None:
    def add(where: str, message: str) -> None:
        errors.setdefault(where or "non_field_errors", []).append(message)

    if isinstance(exc, ForbiddenExtraKeysError):
        for key in sorted(exc.extra_fields):
            add(_join(path, key), "unknown field")
        return
    if isinstance(exc, BaseExceptionGroup):
        for sub in exc.exceptions:
            sub_path = path
            for note in getattr(sub, "__notes__", ()):
                if isinstance(note, AttributeValidationNote):
                    sub_path = _join(path, note.name)
                elif isinstance(note, IterableValidationNote):
                    sub_path = f"{path}[{note.index}]"
            _cattrs_errors(sub, sub_path, errors)
        return
    if isinstance(exc, KeyError):
        add(path, "this field is required")
    elif isinstance(exc, AttributeError):
        add(path, "expected an object")
    else:
        add(path, str(exc))


def _invalid_body(errors: Mapping[str, Sequence[str]]) -> HTTPError:
    error = bad_request("Invalid request body", errors)
    error.scim_type = "invalidSyntax"
    return error


def _body_value(op: Operation, path_values: Mapping[str, object]) -> object:
    """The request body structured into ``op.body``, with formats and templates checked."""
    assert op.body is not None
    raw = request.get_data(cache=True)
    if not raw.strip():
        document: object = {}
    else:
        try:
            document = json.loads(raw)
        except (ValueError, UnicodeDecodeError) as exc:
            error = bad_request(
                f"JSON parse error - {exc}", {"non_field_errors": [f"JSON parse error - {exc}"]}
            )
            error.scim_type = "invalidSyntax"
            raise error from None
    errors: dict[str, list[str]] = {}
    _shape_errors(document, op.body, "", errors)
    if errors:
        raise _invalid_body(errors)
    try:
        body: Any = strict_converter.structure(document, op.body)
    except Exception as exc:
        _cattrs_errors(exc, "", errors)
        raise _invalid_body(errors) from None
    changes: dict[str, object] = {}
    for fld in op.body_fields:
        value = getattr(body, fld.name)
        if isinstance(value, str) and fld.format is not None:
            value = fld.format.normalize(value)
            problem = fld.format.violation(value)
            if problem is not None:
                errors.setdefault(fld.wire, []).append(problem)
                continue
        if isinstance(value, str) and fld.library_prefix:
            namespace, _, name = value.rpartition("/")
            value = f"{LIBRARY if namespace in ('', '_') else namespace}/{name}"
        if fld.template is not None:
            expected = _fill_template(fld.template, path_values)
            if value != expected:
                errors.setdefault(fld.wire, []).append(f"must match the URL ({expected!r})")
                continue
        changes[fld.name] = value
    if errors:
        raise bad_request("Invalid request body", errors)
    return attrs.evolve(body, **changes)


def _fill_template(template: str, values: Mapping[str, object]) -> object:
    whole = re.fullmatch(r"\{(\w+)\}", template)
    if whole is not None:
        return values[whole.group(1)]
    return template.format_map(values)


# --- pagination ----------------------------------------------------------------------------


def _page_url(page: int, key: str = "page") -> str:
    """This request's absolute URL with ``key`` replaced (removed for 1), as DRF does."""
    query = {k: v for k, v in request.args.items(multi=False)}
    if page == 1:
        query.pop(key, None)
    else:
        query[key] = str(page)
    encoded = urlencode(sorted(query.items()))
    return f"{request.base_url}?{encoded}" if encoded else request.base_url


SCIM_LIST_RESPONSE: Final = "urn:ietf:params:scim:api:messages:2.0:ListResponse"


def paginate(
    items: Sequence[object],
    *,
    page: int,
    page_size: int,
    style: PageStyle = "count",
    extra: Mapping[str, int] | None = None,
) -> dict[str, Any]:
    """One page of ``items`` in the operation's paging style (``page`` is SCIM's ``startIndex``
    and ``page_size`` its ``count`` for the ``scim`` style).

    ``count``/``total``: a page past the end answers 404 ``Invalid page.``; ``logs``: an empty
    page; ``scim``: an empty ``Resources``; ``data``: everything, in one page.
    """

    def dump(chunk: Sequence[object]) -> list[object]:
        return [converter.unstructure(item) for item in chunk]

    if style == "data":
        return {"data": dump(items)}
    if style == "scim":
        chunk = items[page - 1 : page - 1 + page_size]
        return {
            "schemas": [SCIM_LIST_RESPONSE],
            "totalResults": len(items),
            "startIndex": page,
            "itemsPerPage": len(chunk),
            "Resources": dump(chunk),
        }
    start = (page - 1) * page_size
    if style == "logs":
        return {"logs": dump(items[start : start + page_size])}
    count = len(items)
    pages = max(1, math.ceil(count / page_size))
    if page > pages:
        raise HTTPError(404, "Invalid page.")
    return {
        style: count,
        "next": _page_url(page + 1) if page < pages else None,
        "previous": _page_url(page - 1) if page > 1 else None,
        **(extra or {}),
        "results": dump(items[start : start + page_size]),
    }


def _paging(op: Operation, query_values: dict[str, object]) -> tuple[int, int]:
    """Remove the implicit paging parameters from ``query_values``: ``(page, page_size)``, or
    SCIM's ``(startIndex, count)``."""
    if op.page_style == "scim":
        start = query_values.pop("start_index", 1)
        count = query_values.pop("count", DEFAULT_PAGE_SIZE)
        return int(typing.cast(int, start)), int(typing.cast(int, count))
    page = query_values.pop("page", 1)
    page_size = query_values.pop("page_size", DEFAULT_PAGE_SIZE)
    return int(typing.cast(int, page)), int(typing.cast(int, page_size))


# --- the view -----------------------------------------------------------------------------


def _authenticate(backend: Backend, op: Operation) -> Claims | None:
    if op.auth == "none":
        return None
    try:
        token = parse_authorization(request.headers.get("Authorization"))
        claims = backend.tokens.verify(token) if token is not None else None
    except InvalidToken as exc:
        raise _unauthorized(exc.message) from None
    # an organization access token's access token: the org token must still be usable
    if claims is not None and claims.oat is not None:
        if backend.state.usable_org_access_token(claims.username, claims.oat) is None:
            raise _unauthorized("Token has been revoked.")
        return claims
    if claims is not None and backend.state.find_user(claims.username) is None:
        raise _unauthorized("User not found.")
    # deleting, disabling or the expiry of a personal access token ends its access tokens
    if (
        claims is not None
        and claims.pat is not None
        and not backend.state.access_token_usable(claims.username, claims.pat)
    ):
        raise _unauthorized("Token has been revoked.")
    if claims is None and op.auth == "required":
        raise _unauthorized("Authentication credentials were not provided.")
    return claims


WRITE_SCOPES: Final = frozenset({"repo:write", "repo:admin"})
ADMIN_ONLY: Final = frozenset({"repositories.delete", "tags.delete"})
"""Deletions of repository content: a ``repo:admin`` ("read, write, delete") token only."""
PUBLIC_ONLY_LISTINGS: Final = frozenset({"repositories.list", "repositories.starred"})


def _enforce_scopes(
    backend: Backend, op: Operation, claims: Claims | None, path_values: Mapping[str, object]
) -> Claims | None:
    """What a token made from a personal access token may do, by its scopes.

    Managing personal access tokens needs a password-made token (403). A write needs
    ``repo:write`` or ``repo:admin`` (403), a deletion of a repository or a tag
    ``repo:admin``; logging out is always allowed. A token with ``repo:public_read`` alone
    sees private repositories as missing (404) and listings as anonymous callers do. Returns
    the claims the handler gets (``None``: treated as anonymous).
    """
    if claims is not None and claims.oat is not None:
        return _enforce_org_token(backend, op, claims, path_values)
    if claims is None or claims.scopes is None:
        return claims
    scopes = set(claims.scopes)
    if op.resource == "access_tokens":
        raise HTTPError(403, "Personal access tokens cannot manage personal access tokens.")
    if op.session == "logout":
        return claims
    if op.is_write:
        needed = {"repo:admin"} if op.id in ADMIN_ONLY else WRITE_SCOPES
        if not scopes & needed:
            raise HTTPError(403, "The token's scopes do not allow this action.")
        return claims
    if scopes - {"repo:public_read"}:
        return claims  # repo:read or more: reads whatever the user may read
    namespace, repository = path_values.get("namespace"), path_values.get("repository")
    if isinstance(namespace, str) and isinstance(repository, str):
        try:
            backend.state.hide_private(namespace, repository)
        except FakehubError as exc:
            raise domain_error(exc) from None
    if op.id in PUBLIC_ONLY_LISTINGS:
        return None
    return claims


OAT_REFUSED: Final = frozenset(
    {"repositories.star", "repositories.unstar", "repository_groups.create", *ADMIN_ONLY}
)
"""Repository operations no organization access token may do (stars belong to users; no
scope deletes repository content or gives a team access to a repository)."""
OAT_ORG_RESOURCES: Final = frozenset({"org_members", "org_groups", "groups"})
"""Operations on an organization's members and groups: a ``TYPE_ORG`` resource's
``member-read`` (reads) or ``member-edit`` (writes)."""
OAT_ORG_PARAMS: Final = ("org_name", "org")


def _enforce_org_token(
    backend: Backend, op: Operation, claims: Claims, path_values: Mapping[str, object]
) -> Claims | None:
    """What a token made from an organization access token may do: only what its resources
    grant, acting as the organization (``claims.username``).

    A repository operation needs a ``TYPE_REPO`` resource covering the repository with
    ``repo-pull`` (or ``repo-push``) to read and ``repo-push`` to write; stars, deletions and
    giving a team access are refused. A read it does not cover is made anonymously (a private
    repository is then missing), a write answers 403. An operation on the organization's
    members or groups needs its ``TYPE_ORG`` resource with ``member-read`` / ``member-edit``.
    Logging out is allowed; other reads that need no login are anonymous; everything else
    answers 403.
    """
    denied = HTTPError(403, "The organization access token's scopes do not allow this action.")
    if op.session == "logout":
        return claims
    token = backend.state.usable_org_access_token(claims.username, typing.cast(str, claims.oat))
    if token is None:
        raise _unauthorized("Token has been revoked.")
    namespace, repository = path_values.get("namespace"), path_values.get("repository")
    if isinstance(namespace, str) and isinstance(repository, str):
        if op.id in OAT_REFUSED:
            raise denied
        private = backend.state.repo_is_private(namespace, repository)
        if token.grants_repo(namespace, repository, is_private=bool(private), write=op.is_write):
            return claims
        if not op.is_write and op.auth != "required":
            return None
        raise denied
    if op.resource in OAT_ORG_RESOURCES:
        org = next((v for k in OAT_ORG_PARAMS if isinstance(v := path_values.get(k), str)), None)
        if org is not None and token.grants_org(org, write=op.is_write):
            return claims
        raise denied
    if not op.is_write and op.auth == "optional":
        return None
    raise denied


def _make_view(route: Route, backend: Backend) -> Callable[..., Response]:
    op = route.operation
    handler: Callable[..., object] = getattr(handlers, route.handler)
    paginated = op.response_kind == "page"
    errors = scim_error_response if op.media_type == SCIM_MEDIA_TYPE else error_response

    def view(**raw_path: str) -> Response:
        try:
            path_values = _path_values(op, raw_path)
            scim_org = _scim_org(backend) if op.auth == "scim" else None
            claims = None
            if op.auth != "scim":
                claims = _enforce_scopes(backend, op, _authenticate(backend, op), path_values)
            query_values = _query_values(op, request.args)
            page, page_size = _paging(op, query_values) if paginated else (1, DEFAULT_PAGE_SIZE)
            kwargs: dict[str, object] = {**path_values, **query_values}
            if op.body is not None:
                kwargs["body"] = _body_value(op, path_values)
            ctx = handlers.Context(
                state=backend.state,
                tokens=backend.tokens,
                claims=claims,
                remote_addr=request.remote_addr or "",
                user_agent=request.user_agent.string,
                scim_org=scim_org,
                base_url=request.host_url.rstrip("/"),
            )
            body: object
            with backend.state.lock:
                try:
                    result = handler(ctx, **kwargs)
                except FakehubError as exc:
                    raise domain_error(exc) from None
                if paginated:
                    listing = (
                        result
                        if isinstance(result, handlers.Listing)
                        else handlers.Listing(items=typing.cast(Sequence[object], result))
                    )
                    if set(listing.extra) != set(op.page_extra):
                        raise TypeError(f"{op.id}: the handler must give {op.page_extra} counts")
                    body = paginate(
                        listing.items,
                        page=page,
                        page_size=page_size,
                        style=op.page_style or "count",
                        extra=listing.extra,
                    )
                elif op.response_kind in ("none", "check"):
                    return empty_response(op.success_status)
                elif op.response_kind == "text":
                    text = typing.cast(str, result)
                    return Response(text, status=op.success_status, mimetype=op.media_type)
                else:
                    body = converter.unstructure(result)
        except HTTPError as error:
            return errors(error)
        return json_response(body, op.success_status, mimetype=op.json_media_type)

    view.__name__ = route.handler
    return view


# --- the application -----------------------------------------------------------------------


class DigitsConverter(BaseConverter):
    """A path segment of digits, kept as a string (the view parses and range-checks it)."""

    regex = "[0-9]+"


def _werkzeug_rule(route: Route) -> str:
    """The route's rule, integer parameters matching digits only: like Django's URL resolver,
    ``.../webhooks/abc/`` is then a 404 whatever the method."""
    rule = route.rule
    for param in route.operation.path_params:
        if param.type is int:
            rule = rule.replace(f"<{param.wire}>", f"<digits:{param.wire}>")
    return rule


# --- request hygiene ------------------------------------------------------------------------

_ENCODED_SLASH: Final = re.compile(r"%2f", re.IGNORECASE)
_CONTROL_CHARACTER: Final = re.compile(r"[\x00-\x1f\x7f]")


def _path_problem(environ: Mapping[str, Any]) -> str | None:
    """Why the request path cannot be a Docker Hub path, or ``None``.

    Refused: an encoded ``/`` (``%2F``: a slash inside a name, which Werkzeug would otherwise
    route as a separator), percent-escapes that are not UTF-8, control characters (NUL...) and
    ``.``/``..`` segments. Servers decode the path before the application sees it (Werkzeug's
    replacing undecodable bytes), so the raw request URI is checked too when the server gives
    it (``RAW_URI`` / ``REQUEST_URI``).
    """
    paths: list[bytes] = []
    raw_uri = environ.get("RAW_URI") or environ.get("REQUEST_URI")
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


def _check_request() -> Response | None:
    """Before routing's answer: refuse unusable paths (400) and oversized bodies (413)."""
    problem = _path_problem(request.environ)
    if problem is not None:
        return _any_error_response(bad_request(f"Invalid path: {problem}.", {"path": [problem]}))
    if is_control_path(request.path):
        return None  # the control API takes documents as large as a snapshot
    backend = get_backend(current_app)
    allowed = backend.static_paths.get(request.path.rstrip("/") + "/")
    if allowed is not None and request.method not in allowed:
        raise MethodNotAllowed(valid_methods=allowed)
    limit = backend.max_body_bytes
    if limit is None:
        return None
    if request.content_length is not None:
        if request.content_length > limit:
            raise RequestEntityTooLarge()
    elif "wsgi.input_terminated" in request.environ:
        # A body without Content-Length (chunked): Werkzeug stops reading at the maximum
        # without a word, so read one byte more to tell a body of exactly the limit from a
        # longer one. The views get the cached bytes.
        request.max_content_length = limit + 1
        if len(request.get_data(cache=True)) > limit:
            raise RequestEntityTooLarge()
    return None


def _too_large() -> Response:
    limit = get_backend(current_app).max_body_bytes
    detail = "Request body too large"
    if limit is not None:
        detail += f": the limit is {limit} bytes"
    return _any_error_response(HTTPError(413, f"{detail}."))


def _http_error(exc: HTTPException) -> Response:
    if isinstance(exc, RequestEntityTooLarge):
        return _too_large()
    if isinstance(exc, MethodNotAllowed):
        allowed = exc.valid_methods or []
        headers = {"Allow": ", ".join(allowed)} if allowed else {}
        return _any_error_response(
            HTTPError(405, f'Method "{request.method}" not allowed.', headers=headers)
        )
    if isinstance(exc, NotFound):
        return _any_error_response(HTTPError(404, "Not found."))
    return _any_error_response(HTTPError(exc.code or 500, exc.description or exc.name))


def _server_error(exc: Exception) -> Response:
    log.exception("fakehub: unhandled error", exc_info=exc)
    return _any_error_response(HTTPError(500, f"Internal server error: {type(exc).__name__}"))


def _openapi_document() -> bytes:
    resource = importlib.resources.files("fakehub._generated").joinpath("openapi.json")
    return resource.read_bytes()


def create_app(
    *,
    demo: bool = False,
    data: Mapping[str, Any] | None = None,
    clock: Clock | None = None,
    rng: random.Random | None = None,
    secret: str | bytes | None = None,
    token_ttl: datetime.timedelta = datetime.timedelta(hours=1),
    rate_limit: int | None = None,
    rate_limit_window: float = DEFAULT_WINDOW,
    sleep: Callable[[float], object] = time.sleep,
    max_body_bytes: int | None = DEFAULT_MAX_BODY_BYTES,
) -> Flask:
    """A fakehub WSGI application with its own in-memory state.

    ``demo`` loads :func:`fakehub.demo.demo_document`; ``data`` is then loaded on top (a
    :meth:`State.load` document). ``clock`` (timezone-aware ``datetime`` factory) drives
    dates, token expiry and the rate-limit windows; ``rng`` makes ids, build codes and
    trigger tokens reproducible; ``secret`` signs the JWTs (random per application by
    default). ``rate_limit`` requests per ``rate_limit_window`` seconds per caller (``None``:
    no limit; ``POST /_fakehub/rate-limit`` changes it, a reset restores it); ``sleep`` is
    what injected latency calls (give a recorder to keep tests sleep-free);
    ``max_body_bytes`` bounds request bodies of the API (413 beyond; ``None``: no bound).
    """
    clock = clock or utc_now
    state = State(clock=clock, rng=rng)
    tokens = TokenIssuer(secret=secret, clock=clock, ttl=token_ttl)
    backend = Backend(
        state=state,
        tokens=tokens,
        demo=demo,
        rate_limiter=RateLimiter(
            clock=lambda: state.now().timestamp(), limit=rate_limit, window=rate_limit_window
        ),
        sleep=sleep,
        max_body_bytes=max_body_bytes,
    )
    if demo:
        from fakehub.demo import demo_document

        state.load(demo_document())
    if data is not None:
        state.load(data)

    app = Flask("fakehub")
    app.extensions[_EXTENSION] = backend
    app.url_map.merge_slashes = False
    app.url_map.strict_slashes = True
    app.url_map.converters["digits"] = DigitsConverter
    # HEAD routes first: a GET rule also answers HEAD, and the first matching rule wins
    for route in sorted(ROUTES, key=lambda r: r.operation.method != "HEAD"):
        if not route.operation.path_params:
            backend.static_paths.setdefault(route.rule, []).append(route.operation.method)
        view = _make_view(route, backend)
        rule = _werkzeug_rule(route)
        for variant in (rule, rule.rstrip("/")):
            app.add_url_rule(
                variant,
                endpoint=route.handler,
                view_func=view,
                methods=[route.operation.method],
                provide_automatic_options=False,
            )

    from fakehub.control import control

    app.register_blueprint(control)

    @app.get("/openapi.json", provide_automatic_options=False)
    def openapi() -> Response:
        return Response(_openapi_document(), mimetype="application/json")

    app.before_request(_check_request)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(HTTPError, _any_error_response)
    app.register_error_handler(Exception, _server_error)
    app.wsgi_app = TrafficMiddleware(  # type: ignore[method-assign]
        app.wsgi_app,
        faults=backend.faults,
        rate_limiter=backend.rate_limiter,
        tokens=tokens,
        sleep=lambda seconds: backend.sleep(seconds),  # get_backend(app).sleep may be swapped
    )
    return app
