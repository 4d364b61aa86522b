"""The token service (``/token``, Docker's ``auth.docker.io/token``) and how the registry
checks the tokens it issues.

``GET /token?service=registry.docker.io&scope=repository:ns/name:pull,push`` (any number of
``scope``; ``account`` is ignored), anonymous or with ``Authorization: Basic
base64(user:secret)``: the secret is the password (refused for an account with two-factor
authentication), a personal access token (``dckr_pat_...``, its scopes cap what it gets) or,
with the organization's name as the user, an organization access token (``dckr_oat_...``).
The answer is ``{"token", "access_token", "expires_in": 300, "issued_at"}``; the actions
granted are those requested that the caller may take (:meth:`fakehub.state.State.granted_actions`):
the rest are left out silently, and the registry refuses what the token lacks. Wrong
credentials: 401 ``{"details": "incorrect username or password"}``. ``POST /token`` takes
the OAuth2 form that docker and containerd send (``grant_type=password`` with ``username``,
``password``, ``scope`` separated by spaces; other grant types 400).
"""

from __future__ import annotations

import base64
import binascii
import datetime
from collections.abc import Iterable
from typing import Final

from flask import Blueprint, Response, current_app, request

from fakehub.auth import REGISTRY_TOKEN_TTL, InvalidToken, RegistryClaims
from fakehub.backend import Backend, get_backend
from fakehub.http.errors import json_response
from fakehub.registry.errors import API_VERSION, OCIError, challenge
from fakehub.state import FakehubError
from fakehub.state.entities.org_tokens import OAT_PREFIX, OrgAccessToken

__all__ = ["authorize", "claims_of", "token_service"]

MAX_SCOPES: Final = 32
MAX_SCOPE_LENGTH: Final = 512

token_service = Blueprint("fakehub_registry_token", __name__)


class _Refused(Exception):
    def __init__(self, status: int, details: str) -> None:
        super().__init__(details)
        self.status = status
        self.details = details


def _answer(status: int, details: str) -> Response:
    return json_response({"details": details}, status, API_VERSION)


def _who(
    backend: Backend, username: str, secret: str
) -> tuple[str, tuple[str, ...] | None, OrgAccessToken | None]:
    """The caller named by credentials, its PAT scopes, its organization access token."""
    state = backend.state
    try:
        if secret.startswith(OAT_PREFIX):
            org, token = state.authenticate_org_token(username, secret)
            return org.name, None, token
        user, pat = state.authenticate_secret(username, secret)
    except FakehubError:
        raise _Refused(401, "incorrect username or password") from None
    if pat is None and user.totp_secret is not None:
        raise _Refused(401, "incorrect username or password: use a personal access token (2FA)")
    return user.username, (tuple(pat.scopes) if pat is not None else None), None


def _basic(header: str | None) -> tuple[str, str] | None:
    if not header:
        return None
    scheme, _, value = header.strip().partition(" ")
    if scheme.lower() != "basic":
        return None
    if len(value) > 4096:
        raise _Refused(401, "incorrect username or password")
    try:
        decoded = base64.b64decode(value.strip(), validate=True).decode("utf-8")
    except (binascii.Error, ValueError):
        raise _Refused(401, "incorrect username or password") from None
    username, colon, secret = decoded.partition(":")
    if not colon:
        raise _Refused(401, "incorrect username or password")
    return username, secret


def _scopes(values: Iterable[str]) -> dict[str, list[str]]:
    """Requested actions by repository, from ``repository:NAME:ACTIONS`` scopes (a name
    without a namespace is an official image's, ``library/NAME``)."""
    wanted: dict[str, list[str]] = {}
    for count, scope in enumerate(values):
        if count >= MAX_SCOPES or len(scope) > MAX_SCOPE_LENGTH:
            raise _Refused(400, f"at most {MAX_SCOPES} scopes of {MAX_SCOPE_LENGTH} characters")
        kind, _, rest = scope.partition(":")
        name, _, actions = rest.rpartition(":")
        if kind != "repository" or not name or not actions:
            if kind == "registry":  # registry:catalog:* — nothing fakehub grants
                continue
            raise _Refused(
                400, f"invalid scope {scope[:64]!r}: expected repository:NAMESPACE/NAME:ACTIONS"
            )
        if "/" not in name:
            name = f"library/{name}"
        wanted.setdefault(name, []).extend(a for a in actions.split(",") if a)
    return wanted


def _issue(
    backend: Backend, credentials: tuple[str, str] | None, scopes: Iterable[str]
) -> Response:
    try:
        caller, pat_scopes, org_token = (
            _who(backend, *credentials) if credentials else (None, None, None)
        )
        wanted = _scopes(scopes)
    except _Refused as refused:
        return _answer(refused.status, refused.details)
    access: dict[str, tuple[str, ...]] = {}
    for repository, actions in wanted.items():
        namespace, _, name = repository.partition("/")
        access[repository] = backend.state.granted_actions(
            caller, namespace, name, actions, pat_scopes=pat_scopes, org_token=org_token
        )
    token, issued = backend.tokens.issue_registry(caller, access)
    body = {
        "token": token,
        "access_token": token,
        "expires_in": int(REGISTRY_TOKEN_TTL.total_seconds()),
        "issued_at": issued.astimezone(datetime.UTC).isoformat().replace("+00:00", "Z"),
    }
    return json_response(body, 200, API_VERSION)


@token_service.get("/token", provide_automatic_options=False)
def get_token() -> Response:
    backend = get_backend(current_app)
    try:
        credentials = _basic(request.headers.get("Authorization"))
    except _Refused as refused:
        return _answer(refused.status, refused.details)
    return _issue(backend, credentials, request.args.getlist("scope"))


@token_service.post("/token", provide_automatic_options=False)
def post_token() -> Response:
    backend = get_backend(current_app)
    form = request.form
    if form.get("grant_type") != "password":
        return _answer(400, "unsupported grant_type: only password")
    credentials = (form.get("username", ""), form.get("password", ""))
    return _issue(backend, credentials, form.get("scope", "").split())


def claims_of(backend: Backend) -> RegistryClaims | None:
    """The registry token of the request (``None``: none); 401 for a bad one."""
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.strip().partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    try:
        return backend.tokens.verify_registry(token.strip())
    except InvalidToken as exc:
        raise OCIError(
            "UNAUTHORIZED", f"authentication required: {exc.message}", headers=challenge()
        ) from None


def authorize(backend: Backend, namespace: str, name: str, action: str) -> RegistryClaims | None:
    """The request's claims, when its token grants ``action`` on ``namespace/name``: else
    401 ``UNAUTHORIZED`` with the challenge naming the scope to ask for — or 403 ``DENIED``
    for an authenticated caller refused a push or a delete. A pull refused always looks
    like a missing repository's 401, never telling whether it exists."""
    claims = claims_of(backend)
    repository = f"{namespace}/{name}"
    if claims is not None and claims.allows(repository, action):
        return claims
    scope = f"repository:{repository}:{'pull' if action == 'pull' else f'pull,{action}'}"
    known = claims is not None and claims.subject is not None
    if known and action != "pull" and claims is not None and claims.allows(repository, "pull"):
        raise OCIError(
            "DENIED",
            "requested access to the resource is denied",
            headers=challenge(scope, insufficient=True),  # a client may ask for a new token
        )
    raise OCIError(
        "UNAUTHORIZED",
        "authentication required",
        [{"Type": "repository", "Name": repository, "Action": action}],
        headers=challenge(scope, insufficient=claims is not None),
    )
