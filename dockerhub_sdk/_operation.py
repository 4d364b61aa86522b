"""Static descriptions of operations, shared by the client and by fakehub.

``dockerhub_sdk/_generated/operations.py`` builds one :class:`Operation` per operation of
``spec/dockerhub.yaml``; the client's request loop and fakehub's router read nothing else, so
the runtime never changes per operation.
"""

from __future__ import annotations

import re
from typing import Literal

from attrs import frozen

from dockerhub_sdk._types import HTTPMethod

__all__ = ["BodyField", "Format", "Operation", "Param"]

ResponseKind = Literal["none", "model", "list", "page", "check", "text"]
PageStyle = Literal["count", "total", "data", "logs", "scim"]
AuthMode = Literal["none", "optional", "required"]


@frozen(kw_only=True)
class Format:
    """A naming rule for a string (a namespace, a repository name, a tag...)."""

    name: str
    pattern: str
    rule: str
    min_length: int = 1
    max_length: int | None = None
    lowercase: bool = False

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
        if re.fullmatch(self.pattern, value) is None:
            return f"must be {self.rule}"
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
    minimum: int | None = None
    maximum: int | None = None
    description: str = ""


@frozen(kw_only=True)
class BodyField:
    """A field of a request body, as the generated method passes it."""

    name: str
    wire: str
    format: Format | None = None
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
    """``text`` responses: the success body's media type (``text/csv``), returned as a ``str``."""
    page_style: PageStyle | None = None
    """Paginated operations: the shape of a page on the wire (see ``_pagination.read_page``)."""
    page_extra: tuple[str, ...] = ()
    """Paginated operations: integer fields Docker Hub adds to every page (``active_count``)."""

    @property
    def path_params(self) -> tuple[Param, ...]:
        return tuple(p for p in self.params if p.location == "path")

    @property
    def query_params(self) -> tuple[Param, ...]:
        return tuple(p for p in self.params if p.location == "query")

    @property
    def is_write(self) -> bool:
        return self.method not in ("GET", "HEAD")
