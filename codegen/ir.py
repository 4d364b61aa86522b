"""The intermediate representation: a validated spec as frozen attrs classes.

Emitters read only this; nothing here knows about YAML or line numbers.
"""

from __future__ import annotations

from typing import Any, Literal

from attrs import frozen

__all__ = [
    "EnumDef",
    "Field",
    "FormatDef",
    "Info",
    "ModelDef",
    "OperationDef",
    "ParamDef",
    "ResourceDef",
    "Spec",
    "TypeRef",
]

PRIMITIVES = ("str", "int", "float", "bool")


@frozen
class TypeRef:
    """A type expression: ``kind`` is primitive, datetime, json, enum, model, list, dict (a
    JSON object mapping strings to ``items[0]``) or union."""

    kind: Literal["primitive", "datetime", "json", "enum", "model", "list", "dict", "union"]
    name: str = ""
    items: tuple[TypeRef, ...] = ()

    def python(self) -> str:
        if self.kind in ("primitive", "enum", "model"):
            return self.name
        if self.kind == "datetime":
            return "datetime.datetime"
        if self.kind == "json":
            return "Any"
        if self.kind == "list":
            return f"list[{self.items[0].python()}]"
        if self.kind == "dict":
            return f"dict[str, {self.items[0].python()}]"
        return " | ".join(item.python() for item in self.items)

    def models(self) -> tuple[str, ...]:
        if self.kind == "model":
            return (self.name,)
        return tuple(name for item in self.items for name in item.models())


@frozen(kw_only=True)
class Info:
    title: str
    version: str
    base_url: str
    description: str
    registry_url: str | None = None
    """The registry's origin (``service: registry`` operations), e.g. registry-1.docker.io."""
    registry_auth_url: str | None = None
    """The token service's origin (``service: auth`` operations), e.g. auth.docker.io."""


@frozen(kw_only=True)
class FormatDef:
    name: str
    rule: str
    pattern: str
    min_length: int
    max_length: int | None
    lowercase: bool
    syntax: str | None = None
    """``re2``: the value is a regular expression in RE2's syntax (checked by the SDK)."""


@frozen(kw_only=True)
class EnumDef:
    name: str
    description: str
    values: tuple[str, ...]


@frozen(kw_only=True)
class Field:
    name: str
    wire: str
    type: TypeRef
    nullable: bool
    required: bool
    has_default: bool
    default: Any
    format: str | None
    template: str | None
    library_prefix: bool
    precision: Literal["us", "us6", "ms"]
    description: str
    secret: bool = False
    """A credential (a password, a token): the SDK's repr hides it; OpenAPI marks it."""


@frozen(kw_only=True)
class ModelDef:
    name: str
    description: str
    fields: tuple[Field, ...]


@frozen(kw_only=True)
class ParamDef:
    name: str
    wire: str
    location: Literal["path", "query"]
    type: str
    required: bool
    format: str | None
    library_default: bool
    current_user: bool
    minimum: int | None
    maximum: int | None
    description: str

    @property
    def user_filter(self) -> bool:
        """An optional query parameter naming a user: a value that breaks the username rule
        names no one, so it filters every row out (a 200 with none, as Docker Hub answers),
        never a 400. fakehub reads it from the operation table; the OpenAPI document gives
        such a filter no pattern to break."""
        return self.location == "query" and not self.required and self.format == "username"


PatScope = Literal["repo:public_read", "repo:write", "repo:admin", "refused"]
PAT_SCOPES: tuple[PatScope, ...] = ("repo:public_read", "repo:write", "repo:admin", "refused")
OrgTokenRule = Literal["repository", "members", "anonymous", "any", "refused"]
ORG_TOKEN_RULES: tuple[OrgTokenRule, ...] = ("repository", "members", "anonymous", "any", "refused")

Service = Literal["hub", "registry", "auth"]
SERVICES: tuple[Service, ...] = ("hub", "registry", "auth")
"""Where an operation is served: the Hub API, the registry, or the registry's token service."""

PageStyle = Literal["count", "total", "data", "logs", "scim"]
PAGE_STYLES: tuple[PageStyle, ...] = ("count", "total", "data", "logs", "scim")


@frozen(kw_only=True)
class PaginationDef:
    """How a paginated operation's pages look on the wire (see spec/README.md)."""

    style: PageStyle
    extra: tuple[str, ...] = ()
    """Integer fields Docker Hub adds to every page (``active_count``), kept on a page subclass."""
    page_class: str | None = None
    """The generated ``Page`` subclass carrying ``extra`` (``None``: plain ``Page``)."""


@frozen(kw_only=True)
class OperationDef:
    resource: str
    name: str
    js: str | None
    summary: str
    description: str
    method: Literal["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"]
    path: str
    auth: Literal["none", "optional", "required", "scim"]
    params: tuple[ParamDef, ...]
    body: str | None
    response: TypeRef | None
    pagination: PaginationDef | None
    status: int
    repo_scope: str | None
    session: Literal["login", "logout"] | None = None
    check: bool = False
    """A HEAD operation answering whether something exists: the SDK method returns a bool."""
    media_type: str | None = None
    """``response: text``: the success body is text of this media type (``text/csv``); the SDK
    method returns it as a ``str``. On a JSON operation: the ``application/...+json`` type its
    bodies are sent with instead of ``application/json`` (``application/scim+json``); on one
    without a response, the type of its request body and of its errors."""
    pat_scope: PatScope = "repo:public_read"
    """The least scope a token made from a personal access token needs (see spec/README.md)."""
    public_read_anonymous: bool = False
    """A token with only ``repo:public_read`` gets this read's answer as an anonymous caller."""
    org_token: OrgTokenRule = "refused"
    """What a token made from an organization access token may do here (see spec/README.md)."""
    service: Service = "hub"
    """The service serving it (its resource's ``service``): ``hub``, ``registry`` or ``auth``."""
    accept: tuple[tuple[str, str], ...] = ()
    """Registry operations answering by content negotiation: ``(media type, model)`` pairs,
    sent as ``Accept``; the answer's ``Content-Type`` says which model it is."""

    @property
    def reads_login(self) -> bool:
        """Whether a login token is read (``auth`` optional or required): the access facts
        apply only then."""
        return self.auth in ("optional", "required")

    @property
    def paginated(self) -> bool:
        return self.pagination is not None

    @property
    def id(self) -> str:
        return f"{self.resource}.{self.name}"

    @property
    def const(self) -> str:
        return f"{self.resource}_{self.name}".upper()

    @property
    def handler(self) -> str:
        return f"{self.resource}_{self.name}"

    @property
    def response_kind(
        self,
    ) -> Literal["none", "model", "list", "page", "check", "text", "negotiated"]:
        if self.check:
            return "check"
        if self.accept:
            return "negotiated"
        if self.response is None and (self.media_type or "").startswith("text/"):
            return "text"
        if self.response is None:
            return "none"
        if self.paginated:
            return "page"
        if self.response.kind == "list":
            return "list"
        return "model"

    @property
    def response_item(self) -> str | None:
        """The model class the response carries (the item, for lists and pages)."""
        if self.response is None:
            return None
        return self.response.items[0].name if self.response.kind == "list" else self.response.name

    @property
    def iter_name(self) -> str | None:
        """The iterating method's name (``iter``, ``iter_<name>``) of a listing, else None.

        A listing is a paginated operation, or a GET answering a plain JSON array (one
        response, which Docker Hub does not page): every listing gets one, so that
        ``hub.<resource>.iter(...)`` works whichever way the server lists.
        """
        if not (self.paginated or (self.method == "GET" and self.response_kind == "list")):
            return None
        return "iter" if self.name == "list" else f"iter_{self.name}"


@frozen(kw_only=True)
class ResourceDef:
    name: str
    description: str
    operations: tuple[OperationDef, ...]
    service: Service = "hub"
    """``registry`` / ``auth``: no generated resource class (the SDK's ``hub.registry`` is
    hand-written) and no fakehub route (fakehub serves them from its registry app)."""

    @property
    def class_name(self) -> str:
        return "".join(part.capitalize() for part in self.name.split("_")) + "Resource"


@frozen(kw_only=True)
class Spec:
    info: Info
    formats: tuple[FormatDef, ...]
    enums: tuple[EnumDef, ...]
    models: tuple[ModelDef, ...]
    resources: tuple[ResourceDef, ...]

    def model(self, name: str) -> ModelDef:
        return next(m for m in self.models if m.name == name)

    @property
    def operations(self) -> tuple[OperationDef, ...]:
        return tuple(op for r in self.resources for op in r.operations)
