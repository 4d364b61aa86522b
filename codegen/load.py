"""Load ``spec/dockerhub.yaml`` into the IR, checking every rule of ``spec/README.md``.

Each mistake raises :class:`~codegen.errors.SpecError` naming the file and the line.
"""

from __future__ import annotations

import keyword
import re
import string
from pathlib import Path
from typing import Any, Final, Literal, cast

import yaml

from codegen.access import AccessKeys, read_access, resolve_access
from codegen.ir import (
    PAGE_STYLES,
    PRIMITIVES,
    EnumDef,
    Field,
    FormatDef,
    Info,
    ModelDef,
    OperationDef,
    PageStyle,
    PaginationDef,
    ParamDef,
    ResourceDef,
    Spec,
    TypeRef,
)
from codegen.yamlnodes import Source

__all__ = ["load_spec", "parse_spec"]

_IDENT = re.compile(r"^[a-z][a-z0-9_]*$")
_CLASS = re.compile(r"^[A-Z][A-Za-z0-9]*$")
_METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE")
_AUTH = ("none", "optional", "required", "scim")
# Names a resource or client attribute may not take: they would shadow the client's own API.
_RESERVED_RESOURCES = frozenset(
    {"login", "logout", "close", "set_login_token", "set_cache_options", "base_url", "token"}
)


def load_spec(path: Path, *, display: str | None = None) -> Spec:
    """Read and validate the spec at ``path``; errors name ``display`` (default: ``path``)."""
    text = path.read_text(encoding="utf-8")
    return parse_spec(text, display or str(path))


def parse_spec(text: str, path: str) -> Spec:
    return _Loader(Source(path, text)).spec()


class _Loader:
    def __init__(self, src: Source) -> None:
        self.src = src
        self.format_names: set[str] = set()
        self.enum_names: set[str] = set()
        self.model_names: set[str] = set()

    # -- top level ---------------------------------------------------------------------------

    def spec(self) -> Spec:
        top = self.src.mapping(
            self.src.root,
            "the spec",
            allowed=("info", "formats", "enums", "models", "resources"),
            required=("info", "models", "resources"),
        )
        info = self.info(top["info"][1])
        formats = self.formats(top["formats"][1]) if "formats" in top else ()
        enums = self.enums(top["enums"][1]) if "enums" in top else ()
        # Model names are known before any field is read, so fields may refer forward.
        model_entries = self.src.mapping(top["models"][1], "models")
        for name, (key, _) in model_entries.items():
            if not _CLASS.match(name):
                self.src.fail(key, f"model name {name!r} must be CapitalizedWords")
            if name in self.enum_names:
                self.src.fail(key, f"model {name!r} has the name of an enum")
            self.model_names.add(name)
        models = tuple(self.model(name, node) for name, (_, node) in model_entries.items())
        resources = self.resources(top["resources"][1], {m.name: m for m in models})
        return Spec(info=info, formats=formats, enums=enums, models=models, resources=resources)

    def info(self, node: yaml.Node) -> Info:
        m = self.src.mapping(
            node,
            "info",
            allowed=("title", "version", "base_url", "description"),
            required=("title", "version", "base_url"),
        )
        base_url = self.src.string(m["base_url"][1], "info.base_url")
        if not base_url.startswith(("http://", "https://")) or base_url.endswith("/"):
            self.src.fail(
                m["base_url"][1], "info.base_url must be an http(s) URL without a trailing /"
            )
        return Info(
            title=self.src.string(m["title"][1], "info.title"),
            version=self.src.string(m["version"][1], "info.version"),
            base_url=base_url,
            description=self._text(m, "description", "info.description"),
        )

    def formats(self, node: yaml.Node) -> tuple[FormatDef, ...]:
        out = []
        for name, (key, value) in self.src.mapping(node, "formats").items():
            if not _IDENT.match(name):
                self.src.fail(key, f"format name {name!r} must be lower_snake_case")
            where = f"format {name!r}"
            m = self.src.mapping(
                value,
                where,
                allowed=("rule", "pattern", "min_length", "max_length", "lowercase", "syntax"),
                required=("rule", "pattern"),
            )
            pattern = self.src.string(m["pattern"][1], f"{where}.pattern")
            try:
                re.compile(pattern)
            except re.error as exc:
                self.src.fail(m["pattern"][1], f"{where}.pattern is not a valid regex: {exc}")
            min_length = (
                self.src.integer(m["min_length"][1], f"{where}.min_length")
                if "min_length" in m
                else 1
            )
            max_length = (
                self.src.integer(m["max_length"][1], f"{where}.max_length")
                if "max_length" in m
                else None
            )
            if min_length < 0 or (max_length is not None and max_length < min_length):
                self.src.fail(value, f"{where}: need 0 <= min_length <= max_length")
            syntax = self.src.string(m["syntax"][1], f"{where}.syntax") if "syntax" in m else None
            if syntax not in (None, "re2"):
                self.src.fail(m["syntax"][1], f"{where}.syntax must be re2 (the only one known)")
            out.append(
                FormatDef(
                    name=name,
                    rule=self.src.string(m["rule"][1], f"{where}.rule"),
                    pattern=pattern,
                    min_length=min_length,
                    max_length=max_length,
                    lowercase=self.src.boolean(m["lowercase"][1], f"{where}.lowercase")
                    if "lowercase" in m
                    else False,
                    syntax=syntax,
                )
            )
            self.format_names.add(name)
        return tuple(out)

    def enums(self, node: yaml.Node) -> tuple[EnumDef, ...]:
        out = []
        for name, (key, value) in self.src.mapping(node, "enums").items():
            if not _CLASS.match(name):
                self.src.fail(key, f"enum name {name!r} must be CapitalizedWords")
            m = self.src.mapping(
                value, f"enum {name!r}", allowed=("description", "values"), required=("values",)
            )
            values: list[str] = []
            for item in self.src.sequence(m["values"][1], f"enum {name!r} values"):
                text = self.src.string(item, f"a value of enum {name!r}")
                member = _member_name(text)
                if not member:
                    self.src.fail(item, f"enum value {text!r} gives no Python member name")
                if text in values or member in (_member_name(v) for v in values):
                    self.src.fail(item, f"duplicate value {text!r} in enum {name!r}")
                values.append(text)
            if not values:
                self.src.fail(m["values"][1], f"enum {name!r} has no values")
            out.append(
                EnumDef(
                    name=name,
                    description=self._text(m, "description", f"enum {name!r}"),
                    values=tuple(values),
                )
            )
            self.enum_names.add(name)
        return tuple(out)

    # -- models ------------------------------------------------------------------------------

    def model(self, name: str, node: yaml.Node) -> ModelDef:
        m = self.src.mapping(
            node, f"model {name!r}", allowed=("description", "fields"), required=("fields",)
        )
        fields = []
        wires: dict[str, int] = {}
        for fname, (key, value) in self.src.mapping(m["fields"][1], f"fields of {name}").items():
            field = self.field(name, fname, key, value)
            if field.wire in wires:
                self.src.fail(key, f"{name}: JSON key {field.wire!r} is used twice")
            wires[field.wire] = self.src.line(key)
            fields.append(field)
        return ModelDef(
            name=name,
            description=self._text(m, "description", f"model {name!r}"),
            fields=tuple(fields),
        )

    def field(self, model: str, name: str, key: yaml.Node, node: yaml.Node) -> Field:
        where = f"field {model}.{name}"
        if not _IDENT.match(name) or keyword.iskeyword(name):
            self.src.fail(
                key, f"{where}: {name!r} is not a usable Python name; name it and set `wire`"
            )
        m = self.src.mapping(
            node,
            where,
            allowed=(
                "type",
                "nullable",
                "required",
                "default",
                "wire",
                "format",
                "template",
                "library_prefix",
                "precision",
                "description",
                "secret",
            ),
            required=("type",),
        )
        typ = self.type_expr(m["type"][1], where)
        secret = self._flag(m, "secret", where)
        if secret and typ != TypeRef("primitive", "str"):
            self.src.fail(
                m["secret"][1], f"{where}: secret applies to str fields only, not {typ.python()}"
            )
        fmt = self._format_ref(m, where, typ)
        precision: Literal["us", "ms"] = "us"
        if "precision" in m:
            text = self.src.string(m["precision"][1], f"{where}.precision")
            if typ.kind != "datetime":
                self.src.fail(m["precision"][1], f"{where}: precision applies to datetimes only")
            if text not in ("us", "ms"):
                self.src.fail(m["precision"][1], f"{where}.precision must be 'us' or 'ms'")
            precision = cast(Literal["us", "ms"], text)
        nullable = self._flag(m, "nullable", where)
        has_default = "default" in m
        default: Any = None
        if has_default:
            default = self.src.value(m["default"][1])
            self._check_default(m["default"][1], typ, nullable, default, where)
        template = None
        if "template" in m:
            template = self.src.string(m["template"][1], f"{where}.template")
            names = _placeholders(template)
            if names is None or not names:
                self.src.fail(m["template"][1], f"{where}.template must contain {{param}} names")
            if has_default:
                self.src.fail(m["template"][1], f"{where}: a template field takes no default")
        library_prefix = self._flag(m, "library_prefix", where)
        if library_prefix and typ != TypeRef("primitive", "str"):
            self.src.fail(m["library_prefix"][1], f"{where}: library_prefix needs type str")
        return Field(
            name=name,
            wire=self.src.string(m["wire"][1], f"{where}.wire") if "wire" in m else name,
            type=typ,
            nullable=nullable,
            required=self._flag(m, "required", where, default=True),
            has_default=has_default,
            default=default,
            format=fmt,
            template=template,
            library_prefix=library_prefix,
            precision=precision,
            description=self._text(m, "description", where),
            secret=secret,
        )

    def _check_default(
        self, node: yaml.Node, typ: TypeRef, nullable: bool, value: Any, where: str
    ) -> None:
        def ok(t: TypeRef, v: Any) -> bool:
            if v is None:
                return False
            if t.kind == "primitive":
                kinds = {"str": (str,), "int": (int,), "float": (int, float), "bool": (bool,)}
                return isinstance(v, kinds[t.name]) and (t.name == "bool") == isinstance(v, bool)
            if t.kind == "union":
                return any(ok(i, v) for i in t.items)
            if t.kind == "enum":
                return isinstance(v, str)
            if t.kind == "list":
                return isinstance(v, list) and all(ok(t.items[0], i) for i in v)
            if t.kind == "dict":
                return isinstance(v, dict) and all(
                    isinstance(k, str) and ok(t.items[0], i) for k, i in v.items()
                )
            if t.kind == "model":
                return isinstance(v, dict)
            return t.kind == "json"

        if value is None and nullable:
            return
        if not ok(typ, value):
            self.src.fail(node, f"{where}: default {value!r} does not fit type {typ.python()}")

    # -- types -------------------------------------------------------------------------------

    def type_expr(self, node: yaml.Node, where: str) -> TypeRef:
        text = self.src.string(node, f"{where}.type").strip()
        try:
            return self._parse_type(text)
        except ValueError as exc:
            self.src.fail(node, f"{where}: {exc}")

    def _parse_type(self, text: str) -> TypeRef:
        if "|" in text and not text.startswith(("list[", "dict[")):
            parts = [p.strip() for p in text.split("|")]
            for part in parts:
                if part not in PRIMITIVES:
                    raise ValueError(
                        f"unions may only join primitives ({', '.join(PRIMITIVES)}), "
                        f"not {part!r}; use `nullable: true` for null"
                    )
            if len(set(parts)) != len(parts):
                raise ValueError(f"union {text!r} repeats a member")
            return TypeRef("union", items=tuple(TypeRef("primitive", p) for p in parts))
        if text.startswith("list[") and text.endswith("]"):
            return TypeRef("list", items=(self._parse_type(text[5:-1].strip()),))
        if text.startswith("dict[") and text.endswith("]"):
            key, comma, value = text[5:-1].partition(",")
            if key.strip() != "str" or not comma:
                raise ValueError(f"{text!r}: a dict maps str to a type: dict[str, T]")
            return TypeRef("dict", items=(self._parse_type(value.strip()),))
        if text in PRIMITIVES:
            return TypeRef("primitive", text)
        if text == "datetime":
            return TypeRef("datetime")
        if text == "json":
            return TypeRef("json")
        if text in self.enum_names:
            return TypeRef("enum", text)
        if text in self.model_names:
            return TypeRef("model", text)
        known = [
            *PRIMITIVES,
            "datetime",
            "json",
            *sorted(self.enum_names),
            *sorted(self.model_names),
        ]
        raise ValueError(
            f"unknown type {text!r}; known types: {', '.join(known)}, list[T], dict[str, T]"
        )

    # -- resources and operations ------------------------------------------------------------

    def resources(self, node: yaml.Node, models: dict[str, ModelDef]) -> tuple[ResourceDef, ...]:
        out = []
        seen_routes: dict[tuple[str, str], tuple[str, int]] = {}
        for name, (key, value) in self.src.mapping(node, "resources").items():
            if not _IDENT.match(name) or keyword.iskeyword(name) or name in _RESERVED_RESOURCES:
                self.src.fail(key, f"resource name {name!r} must be a lower_snake_case Python name")
            m = self.src.mapping(
                value,
                f"resource {name!r}",
                allowed=("description", "access", "operations"),
                required=("operations",),
            )
            defaults = (
                read_access(self.src, m["access"][1], f"resource {name!r}")
                if "access" in m
                else AccessKeys()
            )
            ops = []
            method_names: dict[str, int] = {}
            for op_name, (op_key, op_node) in self.src.mapping(
                m["operations"][1], f"operations of {name}"
            ).items():
                op = self.operation(name, op_name, op_key, op_node, models, defaults)
                for attr in filter(None, (op.name, op.iter_name)):
                    if attr in method_names:
                        self.src.fail(
                            op_key,
                            f"duplicate operation: {name}.{attr} is already defined "
                            f"at line {method_names[attr]}",
                        )
                    method_names[attr] = self.src.line(op_key)
                route = (op.method, _route_shape(op.path))
                if route in seen_routes:
                    other, line = seen_routes[route]
                    self.src.fail(
                        op_key,
                        f"duplicate operation: {op.method} {op.path} is already defined "
                        f"by {other} at line {line}",
                    )
                seen_routes[route] = (op.id, self.src.line(op_key))
                ops.append(op)
            if not ops:
                self.src.fail(m["operations"][1], f"resource {name!r} has no operations")
            out.append(
                ResourceDef(
                    name=name,
                    description=self._text(m, "description", f"resource {name!r}"),
                    operations=tuple(ops),
                )
            )
        if not out:
            self.src.fail(node, "the spec has no resources")
        return tuple(out)

    def operation(
        self,
        resource: str,
        name: str,
        key: yaml.Node,
        node: yaml.Node,
        models: dict[str, ModelDef],
        access: AccessKeys,
    ) -> OperationDef:
        where = f"operation {resource}.{name}"
        if not _IDENT.match(name) or keyword.iskeyword(name) or name.startswith("iter"):
            self.src.fail(
                key, f"{where}: name must be a lower_snake_case Python name not starting with iter"
            )
        m = self.src.mapping(
            node,
            where,
            allowed=(
                "js",
                "summary",
                "description",
                "method",
                "path",
                "auth",
                "params",
                "body",
                "response",
                "paginated",
                "status",
                "repo_scope",
                "session",
                "check",
                "media_type",
                "access",
            ),
            required=("summary", "method", "path", "auth"),
        )
        method = self.src.string(m["method"][1], f"{where}.method")
        if method not in _METHODS:
            self.src.fail(m["method"][1], f"{where}.method {method!r} must be one of {_METHODS}")
        auth = self.src.string(m["auth"][1], f"{where}.auth")
        if auth not in _AUTH:
            self.src.fail(m["auth"][1], f"{where}.auth {auth!r} must be one of {_AUTH}")
        path_node = m["path"][1]
        path = self.src.string(path_node, f"{where}.path")
        if not path.startswith("/v2/") or not path.endswith("/"):
            self.src.fail(path_node, f"{where}.path must start with /v2/ and end with /")
        in_path = _placeholders(path)
        if in_path is None:
            self.src.fail(path_node, f"{where}.path has a malformed {{placeholder}}")
        params = self.params(m, where, in_path, path_node)
        body: str | None = None
        if "body" in m:
            body = self.src.string(m["body"][1], f"{where}.body")
            if body not in models:
                self.src.fail(m["body"][1], f"{where}.body: unknown model {body!r}")
            if method in ("GET", "HEAD", "DELETE"):
                self.src.fail(m["body"][1], f"{where}: a {method} request has no body")
            self._check_body(models[body], params, m["body"][1], where)
        response: TypeRef | None = None
        media_type = self._media_type(m, where)
        is_text = media_type is not None and media_type.startswith("text/")
        if not is_text and "response" in m:
            response = self.type_expr(m["response"][1], f"{where}.response")
            if response.kind != "model" and not (
                response.kind == "list" and response.items[0].kind == "model"
            ):
                self.src.fail(m["response"][1], f"{where}.response must be a model or list[Model]")
        pagination = self._pagination(m, where, response, models)
        if pagination is not None:
            node = m["paginated"][1]
            if method != "GET":
                self.src.fail(node, f"{where}: only GET operations are paginated")
            implicit = _page_params(pagination.style)
            clash = sorted({p.name for p in implicit} & {p.name for p in params})
            clash += sorted({p.wire for p in implicit} & {p.wire for p in params} - set(clash))
            if clash:
                names = " and ".join(p.name for p in implicit)
                self.src.fail(
                    node, f"{where}: {', '.join(clash)}: {names} are implicit with this style"
                )
            params = (*params, *implicit)
        check = self._flag(m, "check", where)
        if check:
            if method != "HEAD":
                self.src.fail(m["check"][1], f"{where}: only HEAD operations are checks")
            if response is not None or is_text:
                self.src.fail(m["check"][1], f"{where}: a check has no response")
        elif method == "HEAD":
            self.src.fail(m["method"][1], f"{where}: a HEAD operation needs `check: true`")
        has_body = response is not None or is_text
        default_status = 200 if check else 204 if not has_body else 201 if method == "POST" else 200
        status = default_status
        if "status" in m:
            status = self.src.integer(m["status"][1], f"{where}.status")
            if not 200 <= status <= 299:
                self.src.fail(m["status"][1], f"{where}.status must be a 2xx code")
            if not check and (status == 204) != (not has_body):
                self.src.fail(
                    m["status"][1], f"{where}: status 204 exactly when there is no response"
                )
        scope = self._repo_scope(m, where, params, models.get(body) if body else None)
        session = self._session(m, where, response, models)
        own = None
        if "access" in m:
            own = (read_access(self.src, m["access"][1], where), m["access"][1])
        op = OperationDef(
            resource=resource,
            name=name,
            js=self.src.string(m["js"][1], f"{where}.js") if "js" in m else None,
            summary=self.src.string(m["summary"][1], f"{where}.summary"),
            description=self._text(m, "description", where),
            method=cast(Any, method),
            path=path,
            auth=cast(Any, auth),
            params=params,
            body=body,
            response=response,
            pagination=pagination,
            status=status,
            repo_scope=scope,
            session=session,
            check=check,
            media_type=media_type,
        )
        return resolve_access(self.src, op, own, access)

    def _media_type(self, m: dict[str, tuple[yaml.Node, yaml.Node]], where: str) -> str | None:
        """The operation's media type: with ``response: text`` (required there) the text body's
        (``text/...``); on a JSON operation, the ``application/...+json`` type its request and
        response bodies are sent with instead of ``application/json``."""
        text = "response" in m and isinstance(m["response"][1], yaml.ScalarNode)
        text = text and m["response"][1].value == "text"
        if "media_type" not in m:
            if text:
                self.src.fail(m["response"][1], f"{where}: `response: text` needs a media_type")
            return None
        node = m["media_type"][1]
        media_type = self.src.string(node, f"{where}.media_type")
        if not text:
            if "response" not in m:
                self.src.fail(
                    node,
                    f"{where}: media_type applies to `response: text` (text/...) or to an "
                    "operation with a JSON response (application/...+json)",
                )
            if not re.fullmatch(r"application/[a-z0-9.-]+\+json", media_type):
                self.src.fail(
                    node,
                    f"{where}.media_type of a JSON response must be an application/...+json "
                    f"media type (such as application/scim+json), not {media_type!r}",
                )
            return media_type
        if not re.fullmatch(r"text/[a-z0-9.+-]+", media_type):
            self.src.fail(node, f"{where}.media_type must be a text/... media type")
        if "paginated" in m or "session" in m:
            self.src.fail(node, f"{where}: a text response is not paginated and has no session")
        return media_type

    def _pagination(
        self,
        m: dict[str, tuple[yaml.Node, yaml.Node]],
        where: str,
        response: TypeRef | None,
        models: dict[str, ModelDef],
    ) -> PaginationDef | None:
        """``paginated: true`` (Docker Hub's usual ``{count, next, previous, results}``) or
        ``paginated: {style: ..., extra: [...]}``."""
        if "paginated" not in m:
            return None
        node = m["paginated"][1]
        what = f"{where}.paginated"
        if isinstance(node, yaml.ScalarNode):
            if not self.src.boolean(node, what):
                return None
            style: PageStyle = "count"
            extra: tuple[str, ...] = ()
        else:
            p = self.src.mapping(node, what, allowed=("style", "extra"), required=("style",))
            raw_style = self.src.string(p["style"][1], f"{what}.style")
            if raw_style not in PAGE_STYLES:
                self.src.fail(
                    p["style"][1],
                    f"{what}.style {raw_style!r} must be one of {', '.join(PAGE_STYLES)}",
                )
            style = raw_style
            names: list[str] = []
            for item in self.src.sequence(p["extra"][1], f"{what}.extra") if "extra" in p else []:
                name = self.src.string(item, f"{what}.extra[]")
                if not _IDENT.match(name) or keyword.iskeyword(name) or name in _PAGE_FIELDS:
                    self.src.fail(
                        item,
                        f"{what}.extra {name!r} must be a lower_snake_case name other than "
                        f"{', '.join(sorted(_PAGE_FIELDS))}",
                    )
                if name in names:
                    self.src.fail(item, f"{what}.extra lists {name!r} twice")
                names.append(name)
            if names and style not in ("count", "total"):
                self.src.fail(p["extra"][1], f"{what}.extra applies to the count and total styles")
            extra = tuple(names)
        if response is None or response.kind != "model":
            self.src.fail(node, f"{where}: a paginated response must be a model")
        page_class = None
        if extra:
            page_class = f"{response.name}Page"
            if page_class in models:
                self.src.fail(node, f"{where}: the page class {page_class} clashes with a model")
        return PaginationDef(style=style, extra=extra, page_class=page_class)

    def _session(
        self,
        m: dict[str, tuple[yaml.Node, yaml.Node]],
        where: str,
        response: TypeRef | None,
        models: dict[str, ModelDef],
    ) -> Literal["login", "logout"] | None:
        if "session" not in m:
            return None
        node = m["session"][1]
        value = self.src.string(node, f"{where}.session")
        if value == "login":
            fields = models[response.name].fields if response and response.kind == "model" else ()
            if not any(f.name == "token" and f.type.name == "str" for f in fields):
                self.src.fail(node, f"{where}: session: login needs a response with a str `token`")
            return "login"
        if value == "logout":
            if response is not None:
                self.src.fail(node, f"{where}: session: logout takes no response")
            return "logout"
        self.src.fail(node, f"{where}.session must be 'login' or 'logout'")

    def params(
        self,
        m: dict[str, tuple[yaml.Node, yaml.Node]],
        where: str,
        in_path: list[str],
        path_node: yaml.Node,
    ) -> tuple[ParamDef, ...]:
        declared: dict[str, ParamDef] = {}
        if "params" in m:
            for pname, (key, value) in self.src.mapping(m["params"][1], f"{where}.params").items():
                declared[pname] = self.param(pname, key, value, where, in_path)
        for name in in_path:
            if name not in declared:
                self.src.fail(
                    path_node,
                    f"{where}: path parameter {{{name}}} is not declared in params",
                )
        path_params = [declared[n] for n in in_path]
        query = [p for p in declared.values() if p.location == "query"]
        return (*path_params, *query)

    def param(
        self, name: str, key: yaml.Node, node: yaml.Node, where: str, in_path: list[str]
    ) -> ParamDef:
        pw = f"{where} param {name!r}"
        if not _IDENT.match(name) or keyword.iskeyword(name):
            self.src.fail(key, f"{pw}: not a lower_snake_case Python name")
        m = self.src.mapping(
            node,
            pw,
            allowed=(
                "in",
                "type",
                "format",
                "required",
                "minimum",
                "maximum",
                "library_default",
                "current_user",
                "wire",
                "description",
            ),
            required=("in", "type"),
        )
        location = self.src.string(m["in"][1], f"{pw}.in")
        if location not in ("path", "query"):
            self.src.fail(m["in"][1], f"{pw}.in must be 'path' or 'query'")
        if location == "path" and name not in in_path:
            self.src.fail(key, f"{pw} is declared `in: path` but the path has no {{{name}}}")
        if location == "query" and name in in_path:
            self.src.fail(m["in"][1], f"{pw} appears in the path, so it must be `in: path`")
        typ = self.src.string(m["type"][1], f"{pw}.type")
        if typ not in ("str", "int", "bool"):
            self.src.fail(m["type"][1], f"{pw}.type must be str, int or bool, not {typ!r}")
        fmt = self._format_ref(m, pw, TypeRef("primitive", typ))
        lib = self._flag(m, "library_default", pw)
        me = self._flag(m, "current_user", pw)
        for flag, on in (("library_default", lib), ("current_user", me)):
            if on and (location != "path" or typ != "str"):
                self.src.fail(m[flag][1], f"{pw}: {flag} applies to str path parameters only")
        if lib and me:
            self.src.fail(m["current_user"][1], f"{pw}: library_default and current_user clash")
        required = location == "path"
        if "required" in m:
            if location == "path":
                self.src.fail(m["required"][1], f"{pw}: path parameters are always required")
            required = self.src.boolean(m["required"][1], f"{pw}.required")
        bounds: dict[str, int | None] = {"minimum": None, "maximum": None}
        for bound in bounds:
            if bound in m:
                if typ != "int":
                    self.src.fail(m[bound][1], f"{pw}: {bound} applies to int parameters only")
                bounds[bound] = self.src.integer(m[bound][1], f"{pw}.{bound}")
        return ParamDef(
            name=name,
            wire=self.src.string(m["wire"][1], f"{pw}.wire") if "wire" in m else name,
            location=cast(Any, location),
            type=typ,
            required=required,
            format=fmt,
            library_default=lib,
            current_user=me,
            minimum=bounds["minimum"],
            maximum=bounds["maximum"],
            description=self._text(m, "description", pw),
        )

    def _check_body(
        self, model: ModelDef, params: tuple[ParamDef, ...], node: yaml.Node, where: str
    ) -> None:
        path_names = {p.name for p in params if p.location == "path"}
        taken = {p.name for p in params}
        for field in model.fields:
            if field.template is not None:
                missing = set(_placeholders(field.template) or ()) - path_names
                if missing:
                    self.src.fail(
                        node,
                        f"{where}: body field {model.name}.{field.name} templates "
                        f"{{{sorted(missing)[0]}}}, which is not a path parameter",
                    )
            elif field.name in taken:
                self.src.fail(
                    node,
                    f"{where}: body field {model.name}.{field.name} clashes with a parameter",
                )

    def _repo_scope(
        self,
        m: dict[str, tuple[yaml.Node, yaml.Node]],
        where: str,
        params: tuple[ParamDef, ...],
        body: ModelDef | None,
    ) -> str | None:
        names = {p.name for p in params if p.location == "path"}
        if body is not None:
            names |= {f.name for f in body.fields if f.template is None}
        if "repo_scope" in m:
            node = m["repo_scope"][1]
            scope = self.src.string(node, f"{where}.repo_scope")
            refs = _placeholders(scope)
            if not refs:
                self.src.fail(node, f"{where}.repo_scope must contain {{name}} references")
            for ref in refs:
                if ref not in names:
                    self.src.fail(
                        node, f"{where}.repo_scope: {{{ref}}} is not a path parameter or body field"
                    )
            return scope
        if {"namespace", "repository"} <= names:
            return "{namespace}/{repository}"
        return None

    # -- small helpers -----------------------------------------------------------------------

    def _format_ref(
        self, m: dict[str, tuple[yaml.Node, yaml.Node]], where: str, typ: TypeRef
    ) -> str | None:
        if "format" not in m:
            return None
        node = m["format"][1]
        name = self.src.string(node, f"{where}.format")
        if name not in self.format_names:
            known = ", ".join(sorted(self.format_names)) or "none are defined"
            self.src.fail(node, f"{where}: unknown format {name!r}; known formats: {known}")
        text = TypeRef("primitive", "str")
        if typ not in (text, TypeRef("list", items=(text,))):
            self.src.fail(node, f"{where}: a format applies to str or list[str] values only")
        return name

    def _flag(
        self,
        m: dict[str, tuple[yaml.Node, yaml.Node]],
        key: str,
        where: str,
        *,
        default: bool = False,
    ) -> bool:
        return self.src.boolean(m[key][1], f"{where}.{key}") if key in m else default

    def _text(self, m: dict[str, tuple[yaml.Node, yaml.Node]], key: str, where: str) -> str:
        return self.src.string(m[key][1], f"{where}.{key}").strip() if key in m else ""


_PAGE_FIELDS: Final = frozenset({"count", "next", "previous", "results", "page"})


def _page_params(style: PageStyle) -> tuple[ParamDef, ...]:
    """The query parameters a paging style implies (none for ``data``: one page holds all)."""
    common: dict[str, Any] = {
        "location": "query",
        "type": "int",
        "required": False,
        "format": None,
        "library_default": False,
        "current_user": False,
        "minimum": 1,
    }
    if style == "data":
        return ()
    if style == "scim":
        return (
            ParamDef(
                name="start_index",
                wire="startIndex",
                maximum=None,
                description="The 1-based index of the first result (SCIM `startIndex`).",
                **common,
            ),
            ParamDef(
                name="count",
                wire="count",
                maximum=200,  # Docker's official description: 1 to 200
                description="Results per page, 1 to 200 (SCIM `count`).",
                **common,
            ),
        )
    return (
        ParamDef(
            name="page", wire="page", maximum=None, description="Page number, from 1.", **common
        ),
        ParamDef(
            name="page_size",
            wire="page_size",
            maximum=100,
            description="Results per page, 1 to 100.",
            **common,
        ),
    )


def _placeholders(template: str) -> list[str] | None:
    """The ``{name}`` fields of a template, or ``None`` when it is malformed."""
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError:
        return None
    names = []
    for _, field, spec, conv in parsed:
        if field is None:
            continue
        if not _IDENT.match(field) or spec or conv:
            return None
        names.append(field)
    return names


def _route_shape(path: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", path)


def _member_name(value: str) -> str:
    name = re.sub(r"[^A-Za-z0-9]+", "_", value).strip("_").upper()
    if name and name[0].isdigit():
        name = f"V_{name}"
    return name
