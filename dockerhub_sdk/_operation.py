"""Static descriptions of operations, shared by the client and by fakehub.

``dockerhub_sdk/_generated/operations.py`` builds one :class:`Operation` per operation of
``spec/dockerhub.yaml``; the client's request loop and fakehub's router read nothing else, so
the runtime never changes per operation.
"""

from __future__ import annotations

import re
from typing import Literal

from attrs import field, frozen

from dockerhub_sdk._regex import re2_problem
from dockerhub_sdk._types import HTTPMethod

__all__ = ["BodyField", "Format", "Operation", "OrgTokenRule", "Param", "PatScope"]

ResponseKind = Literal["none", "model", "list", "page", "check", "text", "negotiated"]
Service = Literal["hub", "registry", "auth"]
"""Where an operation is served: the Hub API, the registry, or the registry's token service."""
PageStyle = Literal["count", "total", "data", "logs", "scim"]
AuthMode = Literal["none", "optional", "required", "scim"]
PatScope = Literal["repo:public_read", "repo:write", "repo:admin", "refused"]
"""The least scope a token made from a personal access token needs (``refused``: none may)."""
OrgTokenRule = Literal["repository", "members", "anonymous", "any", "refused"]
"""What a token made from an organization access token may do with an operation."""


@frozen(kw_only=True)
class Format:
    """A naming rule for a string (a namespace, a repository name, a tag...)."""

    name: str
    pattern: str
    rule: str
    min_length: int = 1
    max_length: int | None = None
    lowercase: bool = False
    syntax: Literal["re2"] | None = None
    """``re2``: the value is a regular expression Docker Hub compiles with RE2; the constructs
    RE2 lacks are refused (:mod:`dockerhub_sdk._regex`)."""
    _regex: re.Pattern[str] = field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_regex", re.compile(self.pattern))

    def normalize(self, value: str) -> str:
        return value.lower() if self.lowercase else value

    def violation(self, value: str) -> str | None:
        """Why ``value`` breaks the rule, or ``None`` when it conforms (after normalizing)."""
        if len(value) < self.min_length:
            if not value:
                return "must not be empty"
            return f"must be at least {self.min_length} characters long"
        if self.max_length is not None and len(value) > self.max_length:
            return f"must be at most {self.max_length} characters long"
        if self._regex.fullmatch(value) is None:
            return f"must be {self.rule}"
        if self.syntax == "re2":
            return re2_problem(value)
        return None


@frozen(kw_only=True)
class Param:
    """A path or query parameter."""

    name: str
    wire: str
    location: Literal["path", "query"]
    type: type
    required: bool
    format: Format | None = None
    library_default: bool = False
    current_user_default: bool = False
    user_filter: bool = False
    """An optional query filter naming a user: one that breaks the username rule names no
    one and filters every row out (fakehub answers a 200 with none, not a 400)."""
    minimum: int | None = None
    maximum: int | None = None
    description: str = ""


@frozen(kw_only=True)
class BodyField:
    """A field of a request body, as the generated method passes it."""

    name: str
    wire: str
    format: Format | None = None
    each: bool = False
    """The field is a list and :attr:`format` applies to each of its items."""
    template: str | None = None
    library_prefix: bool = False


@frozen(kw_only=True)
class Operation:
    """One HTTP operation of the spec."""

    id: str
    resource: str
    name: str
    method: HTTPMethod
    path: str
    params: tuple[Param, ...]
    body: type | None
    body_fields: tuple[BodyField, ...]
    response: type | None
    response_kind: ResponseKind
    success_status: int
    auth: AuthMode
    repo_scope: str | None
    js_name: str | None
    summary: str
    session: Literal["login", "logout"] | None = None
    """``login``: a success's ``token`` becomes the client's; ``logout``: the client forgets it."""
    media_type: str | None = None
    """``text`` responses: the success body's media type (``text/csv``), returned as a ``str``.
    JSON operations: the ``application/...+json`` type their bodies are sent with instead of
    ``application/json`` (``application/scim+json``)."""
    page_style: PageStyle | None = None
    """Paginated operations: the shape of a page on the wire (see ``_pagination.read_page``)."""
    page_extra: tuple[str, ...] = ()
    """Paginated operations: integer fields Docker Hub adds to every page (``active_count``)."""
    pat_scope: PatScope = "repo:public_read"
    """Operations that read a login token (``auth`` optional or required): what a token made
    from a personal access token needs. ``repo:public_read``: any such token (one with only
    ``repo:public_read`` sees private repositories as missing); ``repo:write``: ``repo:write``
    or ``repo:admin``; ``repo:admin``: ``repo:admin``; ``refused``: none may (403). Tokens made
    from a password are not limited. See spec/README.md, "Access facts"."""
    public_read_anonymous: bool = False
    """A read whose answer a token with only ``repo:public_read`` gets as an anonymous caller
    does (a listing of public repositories only)."""
    org_token: OrgTokenRule = "refused"
    """What a token made from an organization access token may do: ``repository`` (its
    ``TYPE_REPO`` resource covering ``{namespace}/{repository}`` with ``repo-pull`` to read,
    ``repo-push`` to write; a read it does not cover is anonymous with ``auth: optional``,
    else 403), ``members`` (its ``TYPE_ORG`` resource of the organization in the path,
    ``member-read`` to read, ``member-edit`` to write), ``anonymous`` (made as an anonymous
    caller), ``any`` (allowed), ``refused`` (403)."""
    service: Service = "hub"
    """``registry``: served by the registry (``registry_url``), ``auth``: by its token service
    (``registry_auth_url``); ``hub.registry`` calls them, fakehub's Hub routes leave them out."""
    accept: tuple[tuple[str, type], ...] = ()
    """``negotiated`` answers: ``(media type, model)`` pairs, all sent as ``Accept``; the
    answer's ``Content-Type`` says which model it is."""

    # Worked out once from the fields above (a call reads them; nothing rebuilds them per call)
    path_params: tuple[Param, ...] = field(init=False, repr=False, eq=False)
    query_params: tuple[Param, ...] = field(init=False, repr=False, eq=False)
    path_names: frozenset[str] = field(init=False, repr=False, eq=False)
    query_names: frozenset[str] = field(init=False, repr=False, eq=False)
    required_query: tuple[Param, ...] = field(init=False, repr=False, eq=False)
    """The required query parameters (a call with no query arguments names the first)."""
    is_write: bool = field(init=False, repr=False, eq=False)
    json_media_type: str = field(init=False, repr=False, eq=False)
    """The media type of this operation's JSON bodies (request and response)."""
    path_template: str = field(init=False, repr=False, eq=False)
    """:attr:`path` as a template for ``str.format_map`` (see :func:`format_template`)."""
    scope_template: str | None = field(init=False, repr=False, eq=False)
    """:attr:`repo_scope` (else ``{namespace}/{repository}`` when both are path parameters)
    as a template like :attr:`path_template`; ``None``: the operation touches no repository."""

    def __attrs_post_init__(self) -> None:
        path = tuple(p for p in self.params if p.location == "path")
        query = tuple(p for p in self.params if p.location == "query")
        scope = self.repo_scope
        if scope is None and {"namespace", "repository"} <= {p.name for p in path}:
            scope = "{namespace}/{repository}"
        media = self.media_type
        for name, value in (
            ("path_params", path),
            ("query_params", query),
            ("path_names", frozenset(p.name for p in path)),
            ("query_names", frozenset(p.name for p in query)),
            ("required_query", tuple(p for p in query if p.required)),
            ("is_write", self.method not in ("GET", "HEAD")),
            (
                "json_media_type",
                media if media is not None and self.response_kind != "text" else "application/json",
            ),
            ("path_template", format_template(self.path)),
            ("scope_template", None if scope is None else format_template(scope)),
        ):
            object.__setattr__(self, name, value)


_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def format_template(template: str) -> str:
    """``template``'s ``{name}`` placeholders kept and any other brace doubled: a template
    ``str.format_map`` fills (in C, no parsing per call; a missing name raises ``KeyError``)."""
    parts = _PLACEHOLDER.split(template)  # text, name, text, name..., text
    escaped = [p.replace("{", "{{").replace("}", "}}") for p in parts[::2]]
    names = [f"{{{name}}}" for name in parts[1::2]]
    return "".join(text + name for text, name in zip(escaped, [*names, ""], strict=True))
