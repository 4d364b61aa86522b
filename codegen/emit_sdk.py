"""Emit ``dockerhub_sdk/_generated/``: formats, models, converter, operations, resources."""

from __future__ import annotations

import re

import attrs

from codegen.emit_common import HEADER, default_expr, member_name
from codegen.emit_common import doc_literal as _doc
from codegen.emit_converter import emit_converter
from codegen.ir import EnumDef, Field, ModelDef, OperationDef, ParamDef, ResourceDef, Spec

__all__ = ["HEADER", "emit_sdk", "member_name"]


def emit_sdk(spec: Spec) -> dict[str, str]:
    base = "dockerhub_sdk/_generated"
    return {
        f"{base}/__init__.py": HEADER + '"""Code generated from spec/dockerhub.yaml."""\n',
        f"{base}/formats.py": _formats(spec),
        f"{base}/models.py": _models(spec),
        f"{base}/converter.py": emit_converter(spec),
        f"{base}/operations.py": _operations(spec),
        f"{base}/resources.py": _resources(spec),
    }


# -- formats ------------------------------------------------------------------------------------


def _formats(spec: Spec) -> str:
    out = [HEADER, '"""Naming rules from the spec\'s `formats`."""\n\n']
    out.append("from dockerhub_sdk._operation import Format\n\n")
    names = []
    for f in spec.formats:
        const = f.name.upper()
        names.append((f.name, const))
        out.append(
            f"{const} = Format(name={f.name!r}, pattern={f.pattern!r}, rule={f.rule!r}, "
            f"min_length={f.min_length!r}, max_length={f.max_length!r}, "
            f"lowercase={f.lowercase!r}"
            + (f", syntax={f.syntax!r}" if f.syntax is not None else "")
            + ")\n"
        )
    out.append("\nFORMATS: dict[str, Format] = {\n")
    out.extend(f"    {name!r}: {const},\n" for name, const in names)
    out.append("}\n")
    return "".join(out)


# -- models -------------------------------------------------------------------------------------


def field_annotation(field: Field) -> str:
    ann = field.type.python()
    if not field.required:
        ann += " | Unset"
    if field.nullable:
        ann += " | None"  # last, as ruff's RUF036 wants
    return ann


def _field_line(spec: Spec, field: Field) -> str:
    ann = field_annotation(field)
    if field.secret:
        return f"    {field.name}: {ann} = {_secret_field(spec, field)}\n"
    if field.has_default:
        expr = default_expr(spec, field.type, field.default)
        if field.type.kind in ("list", "dict", "model") and field.default is not None:
            return f"    {field.name}: {ann} = attrs.Factory(lambda: {expr})\n"
        return f"    {field.name}: {ann} = {expr}\n"
    if not field.required:
        return f"    {field.name}: {ann} = UNSET\n"
    return f"    {field.name}: {ann}\n"


def _secret_field(spec: Spec, field: Field) -> str:
    """``attrs.field(...)`` of a credential: its repr is redacted, its metadata says so."""
    args = ""
    if field.has_default:
        expr = default_expr(spec, field.type, field.default)
        args = f"default={expr}, "
    elif not field.required:
        args = "default=UNSET, "
    return f'attrs.field({args}repr=_secret_repr, metadata={{"secret": True}})'


_SECRET_REPR = '''

def _secret_repr(value: object) -> str:
    """The repr of a credential field (`secret: true` in the spec): `'[REDACTED]'` in place of
    a value, so that printing or logging a model never shows a token or a password; an empty
    or absent value is shown as it is."""
    return repr(REDACTED) if isinstance(value, str) and value else repr(value)

'''


def _models(spec: Spec) -> str:
    out = [
        HEADER,
        '"""The models of the spec: plain data, wire rules live in the converter."""\n\n',
    ]
    out.append("from __future__ import annotations\n\n")
    body: list[str] = []
    for e in spec.enums:
        body.append(f"\nclass {e.name}(enum.StrEnum):\n")
        if e.description:
            body.append(_doc(e.description, "    ") + "\n")
        body.extend(f"    {member_name(v)} = {v!r}\n" for v in e.values)
    body.extend(_model(spec, m) for m in spec.models)
    pages = [op.pagination for op in spec.operations if op.pagination and op.pagination.page_class]
    users: dict[str, list[str]] = {}  # page class -> the operations answering it
    for op in spec.operations:
        if op.pagination is not None and op.pagination.page_class is not None:
            users.setdefault(op.pagination.page_class, []).append(f"`{op.id}`")
    for op in spec.operations:
        pg = op.pagination
        if pg is None or pg.page_class is None or users[pg.page_class][0] != f"`{op.id}`":
            continue  # one class per page class, however many operations answer it
        body.append("\n\n@attrs.frozen(kw_only=True)\n")
        body.append(f"class {pg.page_class}(Page[{op.response_item}]):\n")
        body.append(
            _doc(
                f"A page of `{op.response_item}`, with the counts Docker Hub adds to every page "
                f"of {' and '.join(users[pg.page_class])}.",
                "    ",
            )
            + "\n"
        )
        body.extend(f"    {name}: int\n" for name in pg.extra)
    text = "".join(body)
    out.extend(f"import {n}\n" for n in _used(text, ["datetime", "enum"]))
    if _used(text, ["Any"]):
        out.append("from typing import Any\n")
    out.append("\nimport attrs\n\n")
    if spec.models:
        out.append("from dockerhub_sdk._model import Model\n")
    if pages:
        out.append("from dockerhub_sdk._pagination import Page\n")
    types = _used(text, ["UNSET", "Unset"])
    if types:
        out.append(f"from dockerhub_sdk._types import {', '.join(types)}\n")
    secrets = any(f.secret for m in spec.models for f in m.fields)
    if secrets:
        out.append("from dockerhub_sdk._constants import REDACTED\n")
    if spec.models or pages or types or secrets:
        out.append("\n")
    names = [e.name for e in spec.enums] + [m.name for m in spec.models]
    names += sorted({pg.page_class for pg in pages if pg.page_class})
    out.append("__all__ = [\n" + "".join(f"    {n!r},\n" for n in sorted(names)) + "]\n\n")
    if secrets:
        out.append(_SECRET_REPR)
    out.append(text)
    return "".join(out)


def _model(spec: Spec, m: ModelDef) -> str:
    # repr, == and hash come from the shared base (dockerhub_sdk/_model.py): attrs would
    # compile them once per model when the SDK is imported
    out = ["\n@attrs.frozen(kw_only=True, repr=False, eq=False)\n", f"class {m.name}(Model):\n"]
    doc = m.description or m.name
    attr_docs = [
        f"{f.name}: {f.description}"
        for f in m.fields
        if f.description and "\n" not in f.description
    ]
    if attr_docs:
        doc += "\n\nAttributes:\n" + "\n".join(f"    {line}" for line in attr_docs)
    out.append(_doc(doc, "    ") + "\n")
    out.extend(_field_line(spec, f) for f in m.fields)
    if not m.fields:
        out.append("    pass\n")
    out.append("\n")
    return "".join(out)


# -- converter: see codegen/emit_converter.py ------------------------------------------------


# -- operations ---------------------------------------------------------------------------------


def _param_expr(p: ParamDef) -> str:
    args = [
        f"name={p.name!r}",
        f"wire={p.wire!r}",
        f"location={p.location!r}",
        f"type={p.type}",
        f"required={p.required!r}",
    ]
    if p.format:
        args.append(f"format={p.format.upper()}")
    if p.library_default:
        args.append("library_default=True")
    if p.current_user:
        args.append("current_user_default=True")
    if p.user_filter:
        args.append("user_filter=True")
    if p.minimum is not None:
        args.append(f"minimum={p.minimum!r}")
    if p.maximum is not None:
        args.append(f"maximum={p.maximum!r}")
    if p.description:
        args.append(f"description={p.description!r}")
    return f"Param({', '.join(args)})"


def _body_field_expr(f: Field) -> str:
    args = [f"name={f.name!r}", f"wire={f.wire!r}"]
    if f.format:
        args.append(f"format={f.format.upper()}")
        if f.type.kind == "list":
            args.append("each=True")
    if f.template:
        args.append(f"template={f.template!r}")
    if f.library_prefix:
        args.append("library_prefix=True")
    return f"BodyField({', '.join(args)})"


def _shared_params(spec: Spec) -> dict[str, str]:
    """Parameters several operations declare identically, as ``{expression: constant name}``:
    defined once, so the table reads as what differs between operations."""
    counts: dict[str, int] = {}
    for op in spec.operations:
        for p in op.params:
            expr = _param_expr(p)
            counts[expr] = counts.get(expr, 0) + 1
    names: dict[str, str] = {}
    # never shadow an operation's constant or an imported format
    taken = {op.const for op in spec.operations} | {f.name.upper() for f in spec.formats}
    for op in spec.operations:
        for p in op.params:
            expr = _param_expr(p)
            if counts[expr] < 2 or expr in names:
                continue
            base = f"{p.name.upper()}_{p.location.upper()}"
            if p.library_default:
                base += "_OR_LIBRARY"
            elif p.current_user:
                base += "_OR_ME"
            name, n = base, 2
            while name in taken:
                name, n = f"{base}_{n}", n + 1
            taken.add(name)
            names[expr] = name
    return names


def _operations(spec: Spec) -> str:
    out = [HEADER, '"""One `Operation` per operation of the spec."""\n\n']
    out.append("from dockerhub_sdk._operation import BodyField, Operation, Param\n")
    if spec.formats:
        out.append("from dockerhub_sdk._generated.formats import (\n")
        out.extend(f"    {f.name.upper()},\n" for f in sorted(spec.formats, key=lambda f: f.name))
        out.append(")\n")
    used = sorted(
        {op.body for op in spec.operations if op.body}
        | {op.response_item for op in spec.operations if op.response_item}
        | {model for op in spec.operations for _, model in op.accept}
    )
    if used:
        out.append("from dockerhub_sdk._generated.models import (\n")
        out.extend(f"    {name},\n" for name in used)
        out.append(")\n")
    out.append("\n")
    shared = _shared_params(spec)
    out.extend(f"{name} = {expr}\n" for expr, name in shared.items())
    if shared:
        out.append("\n")
    for op in spec.operations:
        body_fields: tuple[Field, ...] = ()
        if op.body:
            body_fields = spec.model(op.body).fields
        params = "".join(
            f"        {shared.get(_param_expr(p), _param_expr(p))},\n" for p in op.params
        )
        bfs = "".join(f"        {_body_field_expr(f)},\n" for f in body_fields)
        out.append(
            f"{op.const} = Operation(\n"
            f"    id={op.id!r},\n    resource={op.resource!r},\n    name={op.name!r},\n"
            f"    method={op.method!r},\n    path={op.path!r},\n"
            f"    params=(\n{params}    ),\n"
            f"    body={op.body or 'None'},\n"
            f"    body_fields=(\n{bfs}    ),\n"
            f"    response={op.response_item or 'None'},\n"
            f"    response_kind={op.response_kind!r},\n"
            f"    success_status={op.status!r},\n"
            f"    auth={op.auth!r},\n"
            f"    repo_scope={op.repo_scope!r},\n"
            f"    js_name={op.js!r},\n"
            f"    summary={op.summary!r},\n"
            + (f"    session={op.session!r},\n" if op.session else "")
            + (f"    media_type={op.media_type!r},\n" if op.media_type else "")
            + (f"    page_style={op.pagination.style!r},\n" if op.pagination else "")
            + (
                f"    page_extra={op.pagination.extra!r},\n"
                if op.pagination and op.pagination.extra
                else ""
            )
            + _access_lines(op)
            + (f"    service={op.service!r},\n" if op.service != "hub" else "")
            + _accept_lines(op)
            + ")\n\n"
        )
    out.append("OPERATIONS: dict[str, Operation] = {\n")
    out.extend(f"    {op.id!r}: {op.const},\n" for op in spec.operations)
    out.append("}\n")
    return "".join(out)


def _accept_lines(op: OperationDef) -> str:
    """A negotiated answer's ``(media type, model)`` pairs."""
    if not op.accept:
        return ""
    pairs = "".join(f"        ({media_type!r}, {model}),\n" for media_type, model in op.accept)
    return f"    accept=(\n{pairs}    ),\n"


def _access_lines(op: OperationDef) -> str:
    """The access facts that differ from ``Operation``'s defaults."""
    defaults = attrs.fields(OperationDef)  # the same defaults as dockerhub_sdk's Operation
    out = ""
    for name in ("pat_scope", "public_read_anonymous", "org_token"):
        value = getattr(op, name)
        if value != getattr(defaults, name).default:
            out += f"    {name}={value!r},\n"
    return out


# -- resources ----------------------------------------------------------------------------------


def _param_ann(p: ParamDef) -> str:
    ann = p.type
    if p.library_default or p.current_user or not p.required:
        ann += " | None"
    return ann


def _signature(spec: Spec, op: OperationDef, *, for_iter: bool) -> tuple[str, list[str], list[str]]:
    """Parameters text, the path mapping entries, the query entries, and body entries."""
    positional = [p for p in op.params if p.location == "path" and not p.current_user]
    keyword = [p for p in op.params if p.location == "path" and p.current_user]
    query = [p for p in op.params if p.location == "query"]
    if for_iter:
        query = [p for p in query if p.name not in ("page", "start_index")]
    parts = ["self"]
    parts.extend(f"{p.name}: {_param_ann(p)}" for p in positional)
    kw: list[str] = []
    kw.extend(f"{p.name}: {_param_ann(p)} = None" for p in keyword)
    kw.extend(f"{p.name}: {_param_ann(p)}" + ("" if p.required else " = None") for p in query)
    body_entries: list[str] = []
    if op.body:
        required_kw, optional_kw = [], []
        for f in spec.model(op.body).fields:
            if f.template is not None:
                continue
            ann = field_annotation(f)
            if f.type.kind == "enum":
                values = ", ".join(repr(v) for v in _enum(spec, f.type.name).values)
                ann = ann.replace(f.type.name, f"{f.type.name} | Literal[{values}]", 1)
            if f.has_default and f.type.kind not in ("list", "dict", "model"):
                optional_kw.append(f"{f.name}: {ann} = {default_expr(spec, f.type, f.default)}")
            elif f.has_default or not f.required:
                if "| Unset" not in ann:
                    ann += " | Unset"
                optional_kw.append(f"{f.name}: {ann} = UNSET")
            else:
                required_kw.append(f"{f.name}: {ann}")
            body_entries.append(f"{f.name!r}: {f.name}")
        kw = required_kw + kw + optional_kw
    if kw:
        parts.append("*")
        parts.extend(kw)
    path_entries = [f"{p.name!r}: {p.name}" for p in op.params if p.location == "path"]
    query_entries = [f"{p.name!r}: {p.name}" for p in query]
    return ", ".join(parts), path_entries, [*query_entries, "\0", *body_entries]


def _enum(spec: Spec, name: str) -> EnumDef:
    return next(e for e in spec.enums if e.name == name)


def _method_doc(op: OperationDef, *, iterating: bool) -> str:
    text = op.summary
    if iterating and not op.paginated:
        text = (
            f"Iterate over every result of `{op.name}` (one response: it is not paged); "
            f"the request is sent by the first `next()`.\n\n{op.summary}"
        )
    elif iterating:
        text = f"Iterate over every result of `{op.name}`, fetching pages lazily.\n\n{op.summary}"
    if op.description:
        text += f"\n\n{op.description}"
    ref = f"`{op.method} {op.path}`"
    if op.js:
        ref += f"; the JavaScript library's `{op.js}`"
    text += f"\n\nHTTP: {ref}."
    return text


def _resource(spec: Spec, r: ResourceDef) -> str:
    out = [f"\nclass {r.class_name}(APIResource):\n"]
    out.append(_doc(r.description or r.name, "    ") + "\n")
    shadowed = False  # once a method is named `list`, `list[...]` in the class means builtins'
    for op in r.operations:
        for iterating in (False, True) if op.iter_name else (False,):
            params, path_e, rest = _signature(spec, op, for_iter=iterating)
            if shadowed:
                params = re.sub(r"\blist\[", "builtins.list[", params)
            split = rest.index("\0")
            query_e, body_e = rest[:split], rest[split + 1 :]
            item = op.response_item
            if iterating:
                name, ret = op.iter_name, f"Iterator[{item}]"
                call = "_iter_pages" if op.paginated else "_iter_list"
                cast = f", {item}"
            elif op.response_kind == "page":
                assert op.pagination is not None
                page = op.pagination.page_class or f"Page[{item}]"
                name, ret, call = op.name, page, "_request_page"
                cast = f", {item}, {op.pagination.page_class or 'Page'}"
            elif op.response_kind == "list":
                name, ret, call, cast = op.name, f"list[{item}]", "_request_list", f", {item}"
            elif op.response_kind == "model":
                name, ret, call, cast = op.name, str(item), "_request_model", f", {item}"
            elif op.response_kind == "check":
                name, ret, call, cast = op.name, "bool", "_request_check", ""
            elif op.response_kind == "text":
                name, ret, call, cast = op.name, "str", "_request_text", ""
            else:
                name, ret, call, cast = op.name, "None", "_request_none", ""
            if shadowed:
                ret = re.sub(r"\blist\[", "builtins.list[", ret)
            shadowed = shadowed or name == "list"
            out.append(f"    def {name}({params}) -> {ret}:\n")
            out.append(_doc(_method_doc(op, iterating=iterating), "        "))
            kwargs = []
            if path_e:
                kwargs.append(f"path={{{', '.join(path_e)}}}")
            if query_e:
                kwargs.append(f"query={{{', '.join(query_e)}}}")
            if body_e or op.body:
                kwargs.append(f"body={{{', '.join(body_e)}}}")
            args = "".join(f", {k}" for k in kwargs)
            prefix = "" if ret == "None" else "return "
            out.append(f"        {prefix}self._client.{call}({op.const}{cast}{args})\n\n")
    return "".join(out)


def _used(body: str, names: list[str]) -> list[str]:
    """The names ``body`` refers to in code (docstrings don't count), for minimal imports."""
    code = re.sub(r'"""(?:\\.|[^\\])*?"""', "", body, flags=re.DOTALL)
    return [n for n in names if re.search(rf"\b{re.escape(n)}\b", code)]


def _resources(spec: Spec) -> str:
    # the registry's resources are hand-written (``hub.registry``: the token dance, digests)
    resources = [r for r in spec.resources if r.service == "hub"]
    body = "".join(_resource(spec, r) for r in resources)
    body += "\nclass GeneratedClient(BaseClient):\n"
    body += _doc("The client's resources, one attribute each.", "    ") + "\n"
    body += "".join(f"    {r.name}: {r.class_name}\n" for r in resources)
    body += "\n    def _init_resources(self) -> None:\n"
    body += "".join(f"        self.{r.name} = {r.class_name}(self)\n" for r in resources)

    out = [HEADER, '"""Resource classes: `hub.<resource>.<operation>(...)`."""\n\n']
    out.append("from __future__ import annotations\n\n")
    std = _used(body, ["builtins", "datetime"])
    out.extend(f"import {n}\n" for n in std)
    if _used(body, ["Iterator"]):
        out.append("from collections.abc import Iterator\n")
    typing_names = _used(body, ["Any", "Literal"])
    if typing_names:
        out.append(f"from typing import {', '.join(typing_names)}\n")
    out.append("\nfrom dockerhub_sdk._base_client import BaseClient\n")
    page_classes = [op.pagination.page_class for op in spec.operations if op.pagination]
    names = [e.name for e in spec.enums] + [m.name for m in spec.models]
    models = _used(body, sorted(set(names + [n for n in page_classes if n])))
    if models:
        out.append("from dockerhub_sdk._generated.models import (\n")
        out.extend(f"    {n},\n" for n in models)
        out.append(")\n")
    out.append("from dockerhub_sdk._generated.operations import (\n")
    hub_ops = [op for r in resources for op in r.operations]
    out.extend(f"    {op.const},\n" for op in sorted(hub_ops, key=lambda o: o.const))
    out.append(")\n")
    if _used(body, ["Page"]):
        out.append("from dockerhub_sdk._pagination import Page\n")
    out.append("from dockerhub_sdk._resource import APIResource\n")
    types = _used(body, ["UNSET", "Unset"])
    if types:
        out.append(f"from dockerhub_sdk._types import {', '.join(types)}\n")
    out.append("\n")
    out.append(body)
    return "".join(out)
