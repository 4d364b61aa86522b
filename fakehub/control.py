"""The control API, under the reserved prefix ``/_fakehub/`` (no clash with Docker Hub's paths).

* ``POST /_fakehub/reset`` — forget everything; body ``{"demo": true}`` (optional) reloads
  the demo data instead of starting empty. Answers the counts of what the state then holds.
* ``POST /_fakehub/users`` — create an account: ``username``, ``password``, optional
  ``full_name``, ``location``, ``company``, ``profile_url``, ``gravatar_email``, ``is_staff``,
  ``is_admin``, ``private_repo_limit``, ``num_free_private_repos``,
  ``default_repo_visibility``. 201 with the user as ``GET /v2/user/`` shows it; 409 when the
  name is taken; 400 naming the bad fields.
* ``POST /_fakehub/load`` — add a document of users, organizations and repositories (see
  :meth:`fakehub.state.State.load`); 200 with the counts added, 400 naming the bad path
  (and nothing changes).
* ``GET /_fakehub/state`` — the whole state, in the form ``POST /_fakehub/load`` accepts back.

Every path also answers with a trailing slash.
"""

from __future__ import annotations

import json
from typing import Any, Final

from flask import Blueprint, Response, current_app, request

from dockerhub_sdk._generated.converter import converter
from fakehub.app import HTTPError, bad_request, domain_error, error_response, get_backend
from fakehub.app import json_response as _json
from fakehub.handlers import current_user_model
from fakehub.state import FakehubError

__all__ = ["control"]

control = Blueprint("fakehub_control", __name__, url_prefix="/_fakehub")

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
        return json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        message = f"JSON parse error - {exc}"
        raise bad_request(message, {"non_field_errors": [message]}) from None


def _counts() -> dict[str, int]:
    state = get_backend(current_app).state
    return {
        "users": len(state.users()),
        "orgs": len(state.orgs()),
        "repositories": len(state.repositories()),
    }


@control.errorhandler(HTTPError)
def _error(error: HTTPError) -> Response:
    return error_response(error)


@control.errorhandler(FakehubError)
def _domain(exc: FakehubError) -> Response:
    return error_response(domain_error(exc))


@control.route("/reset/", methods=["POST"], strict_slashes=False, provide_automatic_options=False)
def reset() -> Response:
    body = _json_body(default={})
    if not isinstance(body, dict) or set(body) - {"demo"}:
        raise bad_request("Invalid request body", {"non_field_errors": ['expected {"demo": bool}']})
    demo = body.get("demo", False)
    if not isinstance(demo, bool):
        raise bad_request("Invalid request body", {"demo": ["expected a boolean"]})
    state = get_backend(current_app).state
    with state.lock:
        state.reset()
        if demo:
            from fakehub.demo import demo_document

            state.load(demo_document())
    return _json(_counts())


@control.route("/users/", methods=["POST"], strict_slashes=False, provide_automatic_options=False)
def create_user() -> Response:
    body = _json_body()
    if not isinstance(body, dict):
        raise bad_request("Invalid request body", {"non_field_errors": ["expected an object"]})
    errors: dict[str, list[str]] = {}
    known = {"username", "password", *_STRING_FIELDS, *_BOOL_FIELDS, *_INT_FIELDS}
    known.add("default_repo_visibility")
    for key in body:
        if key not in known:
            errors.setdefault(key, []).append("unknown field")
    for key in ("username", "password"):
        if key not in body:
            errors.setdefault(key, []).append("this field is required")
    for key in ("username", "password", "default_repo_visibility", *_STRING_FIELDS):
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
    state = get_backend(current_app).state
    with state.lock:
        user = state.create_user(body["username"], body["password"], **profile)
        document = converter.unstructure(current_user_model(user))
    return _json(document, 201)


@control.route("/load/", methods=["POST"], strict_slashes=False, provide_automatic_options=False)
def load() -> Response:
    return _json(get_backend(current_app).state.load(_json_body()))


@control.route("/state/", methods=["GET"], strict_slashes=False, provide_automatic_options=False)
def snapshot() -> Response:
    return _json(get_backend(current_app).state.snapshot())
