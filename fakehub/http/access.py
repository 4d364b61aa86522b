"""Who is calling, and what they may do: authentication, PAT scopes, organization access tokens.

An operation's ``auth`` says whether it needs a login: ``Authorization: Bearer <jwt>`` or
``JWT <jwt>``; a bad, expired or revoked token answers 401 on every operation, those that need
no login included, but the credential exchanges (which ignore the header), as does an
operation that requires a login without one. SCIM operations (``auth: scim``)
authenticate with the bearer SCIM token of an organization instead. A token made from a
personal access token is limited by its scopes, one made from an organization access token by
its resources (:func:`enforce_scopes`).
"""

from __future__ import annotations

import typing
from collections.abc import Mapping
from typing import Final

from dockerhub_sdk.wire import Operation
from fakehub.auth import Claims, InvalidToken, parse_authorization
from fakehub.backend import Backend
from fakehub.http.current import current_request
from fakehub.http.errors import UNKNOWN_FIELD, HTTPError, domain_error, unauthorized
from fakehub.state import FakehubError

__all__ = ["authenticate", "authenticate_scim", "enforce_scopes", "refused_body"]

# What a token made from a personal or an organization access token may do is a fact of each
# operation, read from the spec (``access``: ``Operation.pat_scope``,
# ``Operation.public_read_anonymous``, ``Operation.org_token``; see spec/README.md).

_NEEDED_SCOPES: Final[Mapping[str, frozenset[str]]] = {
    "repo:write": frozenset({"repo:write", "repo:admin"}),
    "repo:admin": frozenset({"repo:admin"}),
}
"""The scopes that satisfy an operation's ``pat_scope`` when it asks for more than reading."""
OAT_ORG_PARAMS: Final = ("org_name", "org")


def authenticate_scim(backend: Backend) -> str:
    """The organization a SCIM operation's bearer token belongs to (its SCIM token only)."""
    try:
        token = parse_authorization(current_request().environ.get("HTTP_AUTHORIZATION"))
        return backend.state.scim_org(token)
    except InvalidToken as exc:
        raise unauthorized(exc.message) from None
    except FakehubError as exc:
        raise domain_error(exc) from None


def _reads_credentials_from_the_body(op: Operation) -> bool:
    """Docker's credential exchanges — the login, its two-factor step and the access-token
    exchange, the operations Docker's description gives no security (``security: []``) —
    take their credentials in the body and ignore ``Authorization``: in the spec, the
    ``auth: none`` operations with a body."""
    return op.auth == "none" and op.body is not None


def refused_body(op: Operation, error: HTTPError) -> HTTPError:
    """What a body that breaks a rule answers: on a credential exchange, the 401 of wrong
    credentials — Docker documents only 200 and 401 for them, and an empty or email-style
    username logs no one in — elsewhere ``error`` itself (a 400). A field refused only for
    being unknown (``strict_bodies``, which people turn on to catch their own client's stray
    fields) stays the 400 that names it, on a credential exchange too."""
    stray_only = bool(error.errors) and all(
        reasons == [UNKNOWN_FIELD] for reasons in error.errors.values()
    )
    if error.status == 400 and not stray_only and _reads_credentials_from_the_body(op):
        return unauthorized("Incorrect authentication credentials.")
    return error


def authenticate(backend: Backend, op: Operation) -> Claims | None:
    """The claims of the request's login token; ``None`` when it has none, or when the
    operation reads no login (``auth: none``). A token that is malformed, forged, expired,
    revoked or of an account that is gone (or is another one of the same name now) is a 401
    on every operation, those that need no login included — but the credential exchanges,
    which ignore the header."""
    if _reads_credentials_from_the_body(op):
        return None
    try:
        token = parse_authorization(current_request().environ.get("HTTP_AUTHORIZATION"))
        claims = backend.tokens.verify(token) if token is not None else None
    except InvalidToken as exc:
        raise unauthorized(exc.message) from None
    # an organization access token's access token: the org token must still be usable
    if claims is not None and claims.oat is not None:
        if backend.state.usable_org_access_token(claims.username, claims.oat) is None:
            raise unauthorized("Token has been revoked.")
        return None if op.auth == "none" else claims
    if claims is not None and backend.state.find_user(claims.username) is None:
        raise unauthorized("User not found.")
    # deleting, disabling or the expiry of a personal access token ends its access tokens
    if (
        claims is not None
        and claims.pat is not None
        and not backend.state.access_token_usable(claims.username, claims.pat)
    ):
        raise unauthorized("Token has been revoked.")
    if claims is None and op.auth == "required":
        raise unauthorized("Authentication credentials were not provided.")
    return None if op.auth == "none" else claims


def enforce_scopes(
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
    if op.pat_scope == "refused":
        raise HTTPError(403, "Personal access tokens cannot manage personal access tokens.")
    needed = _NEEDED_SCOPES.get(op.pat_scope)
    if needed is not None:
        if not scopes & needed:
            raise HTTPError(403, "The token's scopes do not allow this action.")
        return claims
    if scopes - {"repo:public_read"}:
        return claims  # repo:read or more: reads whatever the user may read
    namespace, repository = path_values.get("namespace"), path_values.get("repository")
    if isinstance(namespace, str) and isinstance(repository, str):
        try:
            backend.state.require_public(namespace, repository)
        except FakehubError as exc:
            raise domain_error(exc) from None
    if op.public_read_anonymous:
        return None
    return claims


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
    if op.org_token == "any":
        return claims
    token = backend.state.usable_org_access_token(claims.username, typing.cast(str, claims.oat))
    if token is None:
        raise unauthorized("Token has been revoked.")
    if op.org_token == "anonymous":
        return None
    if op.org_token == "repository":
        namespace = typing.cast(str, path_values["namespace"])
        repository = typing.cast(str, path_values["repository"])
        private = backend.state.repo_is_private(namespace, repository)
        if token.grants_repo(namespace, repository, is_private=bool(private), write=op.is_write):
            return claims
        if not op.is_write and op.auth != "required":
            return None
        raise denied
    if op.org_token == "members":
        org = next((v for k in OAT_ORG_PARAMS if isinstance(v := path_values.get(k), str)), None)
        if org is not None and token.grants_org(org, write=op.is_write):
            return claims
    raise denied
