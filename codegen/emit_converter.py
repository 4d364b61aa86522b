"""Emit ``dockerhub_sdk/_generated/converter.py``: the one cattrs converter, with lean hooks.

Codegen knows every model, so each one a response can carry gets a specialised structure
function (``_s_Tag``): one ``if`` refusing any field whose JSON type is wrong (``type(v) is
str``, ``None`` and ``UNSET`` tested inline), then datetimes (the shape Docker Hub writes,
``YYYY-MM-DDTHH:MM:SS.ffffffZ``, told by slicing and handed to ``fromisoformat``; any other to
``parse_datetime``), nested models by a direct call; no per-field dispatch. The instance is
made with ``object.__new__`` and each slot set directly (``setters``): a frozen attrs
``__init__`` sets each field through ``object.__setattr__``, twice as slow. When it refuses a
value (by raising anything), the hook runs cattrs' precise function instead, built on first
use, which either accepts it (a ``str`` subclass, say) or raises the detailed error naming
the path. Request bodies (fakehub's strict converter) and every unstructure function take
cattrs' functions, built on first use too, so importing the module compiles nothing.
"""

from __future__ import annotations

from codegen.emit_common import HEADER, default_expr
from codegen.emit_common import doc_literal as _doc
from codegen.ir import Field, ModelDef, Spec, TypeRef

__all__ = ["emit_converter"]

_DOC = """The one cattrs converter: every wire rule of every model.

The client's structure hook for a model a response carries runs its fast function below
(``_s_<Model>``: plain checks, no dispatch) and, when that refuses the value, cattrs' precise
function (built on first use), which accepts it or raises the detailed error naming the path.
``strict_converter`` (unknown keys refused: request bodies, in fakehub) uses only the precise
functions and is built on first use."""


_PRECISION_HOOKS = {
    "ms": ("format_datetime_ms", "format_optional_datetime_ms"),
    "us6": ("format_datetime_us6", "format_optional_datetime_us6"),
}
"""A field's ``precision`` -> its unstructure hooks (plain, nullable); ``us`` needs none."""


def emit_converter(spec: Spec) -> str:
    fast = _response_models(spec)
    body = [_fast_function(spec, m) for m in fast]
    body.append(_make_converter(spec, {m.name for m in fast}))
    text = "".join(body)
    names = sorted({e.name for e in spec.enums} | {m.name for m in spec.models})
    base = ["Fallback", "enum_value", "make_base_converter", "register_models", "structure_enum"]
    base += [n for n in ("as_float", "fromisoformat", "parse_datetime") if f"{n}(" in text]
    base += ["new_instance", "setters"] if fast else []
    base += [
        n for hooks in _PRECISION_HOOKS.values() for n in hooks if f"unstruct_hook={n}" in text
    ]
    out = [HEADER, _doc(_DOC, ""), "\n"]
    out.append("from __future__ import annotations\n\nfrom typing import Any\n\nimport cattrs\n")
    out.append("from cattrs.gen import override\n\n")
    out.append("from dockerhub_sdk._converter_base import (\n")
    out.extend(f"    {n},\n" for n in sorted(base))
    out.append(")\n")
    if names:
        out.append("from dockerhub_sdk._generated.models import (\n")
        out.extend(f"    {name},\n" for name in names)
        out.append(")\n")
    if "UNSET" in text:
        out.append("from dockerhub_sdk._types import UNSET\n")
    out.append('\n__all__ = ["converter", "make_converter", "strict_converter"]\n')
    out.append(text)
    out.append(
        "\n\nconverter: cattrs.Converter = make_converter()\n"
        "strict_converter: cattrs.Converter  # built by __getattr__ on first use\n\n\n"
        "def __getattr__(name: str) -> Any:\n"
        '    if name == "strict_converter":\n'
        "        value = globals()[name] = make_converter(forbid_extra_keys=True)\n"
        "        return value\n"
        '    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")\n'
    )
    return "".join(out)


def _response_models(spec: Spec) -> list[ModelDef]:
    """The models a response can carry, with the ones they contain: the client decodes these
    (request bodies are structured only by fakehub's strict converter, on the precise path)."""
    seen: dict[str, None] = {}

    def visit(name: str) -> None:
        if name not in seen:
            seen[name] = None
            for f in spec.model(name).fields:
                for inner in f.type.models():
                    visit(inner)

    for op in spec.operations:
        if op.response is not None:
            for name in op.response.models():
                visit(name)
    return [m for m in spec.models if m.name in seen]


def _var(f: Field) -> str:
    return f"f_{f.name}"


def _fast_function(spec: Spec, m: ModelDef) -> str:
    """``_s_<Model>``: one ``if`` refusing every field that only needs a type check (read with
    ``:=``), then the fields that need converting, then the constructor."""
    conditions = ["type(d) is not dict"]
    statements: list[str] = []
    for f in m.fields:
        condition, lines = _field(spec, f)
        if condition is not None:
            conditions.append(condition)
        statements.extend(lines)
    wire_names = ", ".join(repr(f.name) for f in m.fields)
    out = [f"\n\n_SET_{m.name} = setters({m.name}, ({wire_names},))\n"]
    out.append(f"\n\ndef _s_{m.name}(d: Any) -> {m.name}:\n")
    out.append(f"    if {' or '.join(conditions)}:\n        raise Fallback\n")
    out.extend(f"    {line}\n" for line in statements)
    names = ", ".join(f"set_{f.name}" for f in m.fields)
    out.append(f"    ({names},) = _SET_{m.name}\n")
    out.append(f"    o: {m.name} = new_instance({m.name})\n")
    out.extend(f"    set_{f.name}(o, {_var(f)})\n" for f in m.fields)
    out.append("    return o\n")
    return "".join(out)


def _read(f: Field) -> tuple[str, list[str]]:
    """How ``f`` is read from ``d``, and the guards its checks run under (``None``, ``UNSET``)."""
    var = _var(f)
    guards = [f"{var} is not None"] if f.nullable else []
    if f.required:
        return f"d[{f.wire!r}]", guards
    return f"d.get({f.wire!r}, UNSET)", [f"{var} is not UNSET", *guards]


def _field(spec: Spec, f: Field) -> tuple[str | None, list[str]]:
    """A condition refusing a bad value (reading it with ``:=``), or statements converting it."""
    var = _var(f)
    check = _check(f.type, var)
    if f.has_default:  # only request bodies have defaults: read as cattrs would, then convert
        default = default_expr(spec, f.type, f.default)
        body = _convert(f.type, var) if check is None else [f"if {check}:", "    raise Fallback"]
        return None, [
            f"if {f.wire!r} in d:",
            f"    {var} = d[{f.wire!r}]",
            *(f"    {line}" for line in _guarded(f.nullable and f"{var} is not None", body)),
            "else:",
            f"    {var} = {default}",
        ]
    read, guards = _read(f)
    if check is not None:
        if not guards:  # the check starts with ``type(var)``
            return check.replace(var, f"{var} := {read}", 1), []
        first = guards[0].replace(var, f"({var} := {read})", 1)
        return f"({' and '.join([first, *guards[1:], check])})", []
    body = _convert(f.type, var)
    if not body:
        return None, [f"{var} = {read}"]
    if not guards and len(body) == 1 and body[0].startswith(f"{var} = "):  # one expression
        expr = body[0][len(var) + 3 :]
        if expr.count(var) == 1:
            return None, [f"{var} = {expr.replace(var, read)}"]
    return None, [f"{var} = {read}", *_guarded(" and ".join(guards), body)]


def _guarded(condition: str | bool, lines: list[str]) -> list[str]:
    if not condition or not lines:
        return lines
    return [f"if {condition}:", *(f"    {line}" for line in lines)]


def _check(typ: TypeRef, var: str) -> str | None:
    """A condition true when ``var`` is refused, for a value kept as it is; ``None`` when the
    value needs converting."""
    if typ.kind == "primitive" and typ.name != "float":
        return f"type({var}) is not {typ.name}"
    if typ.kind == "union":
        members = [t.name for t in typ.items if t.kind == "primitive" and t.name != "float"]
        if len(members) == len(typ.items):
            return f"type({var}) not in ({', '.join(members)})"
    return None


def _convert(typ: TypeRef, var: str) -> list[str]:
    """Statements turning ``var`` (a decoded JSON value) into the field's value, or raising."""
    if typ.kind == "json":
        return []
    if typ.kind == "primitive":  # float: an integer is a number too
        return [f"if type({var}) is not float:", f"    {var} = as_float({var})"]
    if typ.kind == "datetime":  # Docker Hub's shape inline (as parse_datetime checks it)
        # 27 characters, ending in Z (``[26:]`` is "Z" only then), separators in place; the
        # digits and ranges are fromisoformat's to check. Not a string: the slicing or
        # parse_datetime refuses it, and the precise path names the problem.
        shape = f"{var}[4:20:3] == '--T::.' and {var}[26:] == 'Z'"
        return [f"{var} = fromisoformat({var}) if {shape} else parse_datetime({var})"]
    if typ.kind == "enum":
        return [f"{var} = {typ.name}({var})"]
    if typ.kind == "model":
        return [f"{var} = _s_{typ.name}({var})"]
    if typ.kind in ("list", "dict"):
        check, convert = _check(typ.items[0], "x"), _convert(typ.items[0], "x")
        if check is None and (len(convert) != 1 or not convert[0].startswith("x = ")):
            return ["raise Fallback"]  # nested containers, numbers: the precise path
        is_list = typ.kind == "list"
        loop = f"for x in {var}" if is_list else f"for k, x in {var}.items()"
        keys = "" if is_list else "type(k) is not str or "  # JSON keys are strings
        refused = f"type({var}) is not {typ.kind}"
        if check is not None:
            refused += f" or any({keys}{check} {loop})"
            result = f"{typ.kind}({var})"
        else:
            refused += "" if is_list else f" or any(type(k) is not str for k in {var})"
            expr = convert[0][4:]
            result = f"[{expr} {loop}]" if is_list else f"{{k: {expr} {loop}}}"
        return [f"if {refused}:", "    raise Fallback", f"{var} = {result}"]
    return ["raise Fallback"]


def _make_converter(spec: Spec, fast: set[str]) -> str:
    out = [
        "\n\ndef make_converter(\n    *, forbid_extra_keys: bool = False, fast: bool = True\n"
        ") -> cattrs.Converter:\n"
    ]
    out.append(
        _doc(
            "A converter for every model; ``forbid_extra_keys`` rejects unknown JSON keys.\n\n"
            "``fast=False`` leaves out the fast structure functions: cattrs' functions alone,\n"
            "the reference the fast ones are tested against.",
            "    ",
        )
    )
    out.append("    conv = make_base_converter(forbid_extra_keys=forbid_extra_keys)\n")
    for e in spec.enums:
        out.append(f"    conv.register_structure_hook({e.name}, structure_enum)\n")
        out.append(f"    conv.register_unstructure_hook({e.name}, enum_value({e.name}))\n")
    out.append("    register_models(\n        conv,\n        {\n")
    for m in spec.models:
        s_over, u_over = [], []
        for f in m.fields:
            s_args, u_args = [], []
            if f.wire != f.name:
                s_args.append(f"rename={f.wire!r}")
                u_args.append(f"rename={f.wire!r}")
            if not f.required:
                u_args.append("omit_if_default=True")
            if f.precision in _PRECISION_HOOKS:
                plain, optional = _PRECISION_HOOKS[f.precision]
                u_args.append(f"unstruct_hook={optional if f.nullable else plain}")
            if s_args:
                s_over.append(f"{f.name!r}: override({', '.join(s_args)})")
            if u_args:
                u_over.append(f"{f.name!r}: override({', '.join(u_args)})")
        out.append(
            f"            {m.name}: ({f'_s_{m.name}' if m.name in fast else None}, "
            f"{{{', '.join(s_over)}}}, {{{', '.join(u_over)}}}),\n"
        )
    out.append("        },\n        fast=fast,\n    )\n    return conv\n")
    return "".join(out)
