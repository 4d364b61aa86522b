"""The control API, under the reserved prefix ``/_fakehub/`` (no clash with Docker Hub's paths).

* ``GET /_fakehub/health`` — ``{"status": "ok", "version": ...}``: the server is up (it reads
  no state and takes no lock).
* ``POST /_fakehub/reset`` — forget everything; body ``{"demo": true}`` (optional) reloads
  the demo data instead of starting empty. Answers the counts of what the state then holds.
* ``POST /_fakehub/users`` — create an account: ``username``, ``password``, optional
  ``full_name``, ``location``, ``company``, ``profile_url``, ``gravatar_email``, ``is_staff``,
  ``is_admin``, ``private_repo_limit``, ``num_free_private_repos``,
  ``default_repo_visibility``, ``totp_secret`` (base32: the account then has two-factor
  authentication). 201 with the user as ``GET /v2/user/`` shows it; 409 when the
  name is taken; 400 naming the bad fields.
* ``POST /_fakehub/load`` — add a document of users, organizations and repositories (see
  :meth:`fakehub.state.State.load`); 200 with the counts added, 400 naming the bad path
  (and nothing changes).
* ``GET /_fakehub/state`` — the whole state, in the form ``POST /_fakehub/load`` accepts back.
* ``POST /_fakehub/faults`` — add a fault rule (see :mod:`fakehub.faults`): ``status`` /
  ``drop`` / ``latency``, ``count``, ``method``, ``path``, ``probability`` + ``seed``,
  ``every``, ``headers``, ``when``, ``body``. 201 with the rule and its ``id``; 400 naming
  each bad field. ``GET`` lists the active rules (``count`` is what remains, ``matched`` and
  ``fired`` how often they matched and acted); ``DELETE`` removes them all (204);
  ``DELETE /_fakehub/faults/<id>`` one of them (204, or 404).
* ``POST /_fakehub/invites/<id>/accept`` — the invitee accepts a pending invite (Docker Hub
  does it in its web UI): they join the organization with the invite's role, and its group.
  Body ``{"username": ...}``, required for an invite sent to an email address (optional
  otherwise). 200 with ``{"org", "username"}``; 404 for an unknown invite; 400 naming a bad
  ``username``.
* ``GET /_fakehub/requests`` — the request journal (see :mod:`fakehub.journal`), oldest
  first: ``method``, ``path``, ``query``, ``status``, ``caller``, ``fault`` of each of the
  latest requests outside ``/_fakehub/``, without bodies or secrets. ``DELETE`` empties it (204).
* ``POST /_fakehub/rate-limit`` — ``{"limit": N, "window": 60}`` (``limit`` null: no limit;
  ``window`` in seconds, 60 by default): every caller starts a fresh window. 200 with the
  setting, which ``GET`` shows too.
* ``POST /_fakehub/pull-rate-limit`` — the registry's pull rate limits (see
  :mod:`fakehub.pull_limits`): ``{"limit": N, "authenticated_limit": N, "window": 21600}``,
  each optional (a key left out keeps its value; ``null`` turns that limit off): every
  identity starts a fresh window. 200 with the setting, which ``GET`` shows too; 400 naming
  each bad field.

When the application has a control token (``create_app(control_token=...)``, ``fakehub serve
--control-token``), every request under ``/_fakehub/`` must carry ``Authorization: Bearer
<token>``: without it the answer is a 401 (``{"detail": ...}`` with a ``WWW-Authenticate``
challenge) and nothing is done. Without one (the default: the pytest fixtures, ``create_app()``,
``run_in_thread()``), the control API is open.

``POST /_fakehub/reset`` also removes the fault rules, forgets the rate-limit and pull-limit
counters and the journal, and restores the limits the application was started with. Requests under
``/_fakehub/`` are never faulted, rate-limited nor journaled. Every path also answers with a
trailing slash.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable
from typing import Any, Final, TypeVar

from flask import Blueprint, Response, current_app, request

from dockerhub_sdk import __version__
from dockerhub_sdk.wire import converter
from fakehub.backend import Backend, get_backend
from fakehub.bounds import load_json
from fakehub.faults import InvalidRule, parse_rate_limit
from fakehub.http.errors import (
    HTTPError,
    bad_request,
    domain_error,
    empty_response,
    error_response,
)
from fakehub.http.errors import json_response as _json
from fakehub.middleware import CONTROL_PREFIX, is_control_path
from fakehub.pull_limits import parse_pull_limits
from fakehub.state import FakehubError

__all__ = ["control"]

_View = TypeVar("_View", bound=Callable[..., Response])

control = Blueprint("fakehub_control", __name__, url_prefix=CONTROL_PREFIX)


def _route(rule: str, method: str, endpoint: str | None = None) -> Callable[[_View], _View]:
    """Register a control endpoint: one method, with or without the trailing slash, and no
    automatic OPTIONS answer."""
    return control.route(
        rule,
        endpoint=endpoint,
        methods=[method],
        strict_slashes=False,
        provide_automatic_options=False,
    )


def _list_and_clear(
    rule: str, name: str, entries: Callable[[Backend], object], clear: Callable[[Backend], object]
) -> None:
    """Register ``GET rule``, which answers ``entries(backend)``, and ``DELETE rule``, which
    calls ``clear(backend)`` and answers 204: the control API's lists that tests read and
    empty (the fault rules, the request journal)."""

    def listing() -> Response:
        return _json(entries(_backend()))

    def clearing() -> Response:
        clear(_backend())
        return empty_response(204)

    _route(rule, "GET", f"list_{name}")(listing)
    _route(rule, "DELETE", f"clear_{name}")(clearing)


_STRING_FIELDS: Final = ("full_name", "location", "company", "profile_url", "gravatar_email")
_BOOL_FIELDS: Final = ("is_staff", "is_admin")
_INT_FIELDS: Final = ("private_repo_limit", "num_free_private_repos")


def _json_body(*, default: object = None) -> object:
    raw = request.get_data(cache=True)
    if not raw.strip():
        if default is None:
            raise bad_request("A JSON body is required", {"non_field_errors": ["expected JSON"]})
        return default
    try:
        return load_json(raw)
    except ValueError as exc:  # malformed, or beyond fakehub.bounds
        message = f"JSON parse error - {exc}"
        raise bad_request(message, {"non_field_errors": [message]}) from None


def _backend() -> Backend:
    return get_backend(current_app)


def _presents(header: str | None, token: str) -> bool:
    """Whether an ``Authorization`` header is ``Bearer <token>`` (scheme in any case)."""
    scheme, _, credential = (header or "").strip().partition(" ")
    given = credential.strip().encode("utf-8", "replace")
    # compared in full whatever the scheme, so the time taken tells nothing about the token
    matches = hmac.compare_digest(given, token.encode("utf-8", "replace"))
    return matches and scheme.lower() == "bearer"


@control.before_app_request
def _require_control_token() -> Response | None:
    """Every path under the prefix (the control routes, and unknown paths there) needs the
    application's control token, when it has one."""
    if not is_control_path(request.path):
        return None
    token = _backend().control_token
    if token is None or _presents(request.headers.get("Authorization"), token):
        return None
    detail = (
        "Authentication credentials were not provided."
        if "Authorization" not in request.headers
        else "Invalid control token."
    )
    challenge = {"WWW-Authenticate": 'Bearer realm="fakehub control API"'}
    return error_response(HTTPError(401, detail, headers=challenge))


@control.errorhandler(HTTPError)
def _error(error: HTTPError) -> Response:
    return error_response(error)


@control.errorhandler(FakehubError)
def _domain(exc: FakehubError) -> Response:
    return error_response(domain_error(exc))


@_route("/health/", "GET")
def health() -> Response:
    return _json({"status": "ok", "version": __version__})


@_route("/reset/", "POST")
def reset() -> Response:
    body = _json_body(default={})
    if not isinstance(body, dict) or set(body) - {"demo"}:
        raise bad_request("Invalid request body", {"non_field_errors": ['expected {"demo": bool}']})
    demo = body.get("demo", False)
    if not isinstance(demo, bool):
        raise bad_request("Invalid request body", {"demo": ["expected a boolean"]})
    backend = _backend()
    backend.reset(demo=demo)
    return _json(backend.counts())


@_route("/users/", "POST")
def create_user() -> Response:
    body = _json_body()
    if not isinstance(body, dict):
        raise bad_request("Invalid request body", {"non_field_errors": ["expected an object"]})
    errors: dict[str, list[str]] = {}
    known = {"username", "password", *_STRING_FIELDS, *_BOOL_FIELDS, *_INT_FIELDS}
    known.update(("default_repo_visibility", "totp_secret"))
    for key in body:
        if key not in known:
            errors.setdefault(key, []).append("unknown field")
    for key in ("username", "password"):
        if key not in body:
            errors.setdefault(key, []).append("this field is required")
    for key in ("username", "password", "default_repo_visibility", "totp_secret", *_STRING_FIELDS):
        if key in body and not isinstance(body[key], str):
            errors.setdefault(key, []).append("expected a string")
    for key in _BOOL_FIELDS:
        if key in body and not isinstance(body[key], bool):
            errors.setdefault(key, []).append("expected a boolean")
    for key in _INT_FIELDS:
        value = body.get(key, 0)
        if isinstance(value, bool) or not isinstance(value, int):
            errors.setdefault(key, []).append("expected an integer")
    if errors:
        raise bad_request("Invalid request body", errors)
    profile: dict[str, Any] = {k: v for k, v in body.items() if k not in ("username", "password")}
    user = _backend().create_user(body["username"], body["password"], **profile)
    return _json(converter.unstructure(user), 201)


@_route("/load/", "POST")
def load() -> Response:
    return _json(_backend().load(_json_body()))


@_route("/state/", "GET")
def snapshot() -> Response:
    return _json(_backend().snapshot())


def _invalid(what: str, exc: InvalidRule) -> HTTPError:
    return bad_request(f"Invalid {what}: {exc}", exc.errors)


@_route("/faults/", "POST")
def add_fault() -> Response:
    try:
        rule = _backend().faults.add(_json_body())
    except InvalidRule as exc:
        raise _invalid("fault rule", exc) from None
    return _json(rule, 201)


_list_and_clear("/faults/", "faults", lambda b: b.faults.rules(), lambda b: b.faults.clear())


@_route("/faults/<int:rule_id>/", "DELETE")
def remove_fault(rule_id: int) -> Response:
    if not _backend().faults.remove(rule_id):
        raise HTTPError(404, f"Fault rule {rule_id} not found.")
    return empty_response(204)


_list_and_clear(
    "/requests/", "requests", lambda b: b.journal.entries(), lambda b: b.journal.clear()
)


@_route("/rate-limit/", "POST")
def set_rate_limit() -> Response:
    try:
        limit, window = parse_rate_limit(_json_body())
    except InvalidRule as exc:
        raise _invalid("rate limit", exc) from None
    limiter = _backend().rate_limiter
    limiter.configure(limit, window)
    return _json(limiter.settings())


@_route("/rate-limit/", "GET")
def rate_limit() -> Response:
    return _json(_backend().rate_limiter.settings())


@_route("/pull-rate-limit/", "POST")
def set_pull_rate_limit() -> Response:
    limits = _backend().pull_limits
    try:
        limit, authenticated, window = parse_pull_limits(_json_body(), limits.settings())
    except InvalidRule as exc:
        raise _invalid("pull rate limit", exc) from None
    limits.configure(limit, authenticated, window)
    return _json(limits.settings())


@_route("/pull-rate-limit/", "GET")
def pull_rate_limit() -> Response:
    return _json(_backend().pull_limits.settings())


@_route("/invites/<invite_id>/accept/", "POST")
def accept_invite(invite_id: str) -> Response:
    body = _json_body(default={})
    if not isinstance(body, dict) or set(body) - {"username"}:
        raise bad_request(
            "Invalid request body", {"non_field_errors": ['expected {"username": "..."}']}
        )
    username = body.get("username")
    if username is not None and not isinstance(username, str):
        raise bad_request("Invalid request body", {"username": ["expected a string"]})
    state = _backend().state
    with state.lock:
        org, member = state.accept_invite(invite_id, username)
    return _json({"org": org.name, "username": member})
