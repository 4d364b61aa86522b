"""What every emitter shares: the do-not-edit header, enum member names, docstring literals and
default expressions (``emit_sdk`` and ``emit_converter`` both use them, and neither imports the
other's helpers)."""

from __future__ import annotations

import re
from typing import Any

from codegen.ir import Spec, TypeRef

__all__ = ["HEADER", "default_expr", "doc_literal", "member_name"]

HEADER = "# generated from spec/dockerhub.yaml — do not edit; run `python -m codegen`\n"


def member_name(value: str) -> str:
    name = re.sub(r"[^A-Za-z0-9]+", "_", value).strip("_").upper()
    return f"V_{name}" if name[0].isdigit() else name


def doc_literal(text: str, indent: str) -> str:
    """A docstring literal for ``text`` (already stripped)."""
    text = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    if "\n" not in text:
        return f'{indent}"""{text}"""\n'
    lines = text.split("\n")
    body = "\n".join((indent + line) if line.strip() else "" for line in lines[1:])
    return f'{indent}"""{lines[0]}\n{body}\n{indent}"""\n'


def default_expr(spec: Spec, typ: TypeRef, value: Any) -> str:
    """A Python expression for a spec default of type ``typ``."""
    if value is None:
        return "None"
    if typ.kind == "enum":
        return f"{typ.name}.{member_name(value)}"
    if typ.kind == "list":
        items = ", ".join(default_expr(spec, typ.items[0], v) for v in value)
        return f"[{items}]"
    if typ.kind == "dict":
        entries = ", ".join(
            f"{k!r}: {default_expr(spec, typ.items[0], v)}" for k, v in value.items()
        )
        return f"{{{entries}}}"
    if typ.kind == "model":
        model = spec.model(typ.name)
        by_name = {f.name: f for f in model.fields}
        args = ", ".join(f"{k}={default_expr(spec, by_name[k].type, v)}" for k, v in value.items())
        return f"{typ.name}({args})"
    return repr(value)
