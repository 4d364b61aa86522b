"""Emit ``fakehub/_generated/``: the route table (and a copy of the OpenAPI document)."""

from __future__ import annotations

import re

from codegen.emit_sdk import HEADER
from codegen.ir import Spec

__all__ = ["emit_fakehub", "flask_rule"]


def flask_rule(path: str) -> str:
    """``/v2/repositories/{namespace}/`` → ``/v2/repositories/<namespace>/``."""
    return re.sub(r"\{([a-z_][a-z0-9_]*)\}", r"<\1>", path)


def emit_fakehub(spec: Spec, openapi_text: str) -> dict[str, str]:
    base = "fakehub/_generated"
    out = [HEADER, '"""fakehub\'s route table: one `Route` per operation of the spec."""\n\n']
    out.append("from dockerhub_sdk.wire import OPERATIONS\nfrom fakehub._route import Route\n\n")
    out.append("ROUTES: tuple[Route, ...] = (\n")
    for op in spec.operations:
        out.append(
            f"    Route(operation=OPERATIONS[{op.id!r}], rule={flask_rule(op.path)!r}, "
            f"handler={op.handler!r}),\n"
        )
    out.append(")\n")
    return {
        f"{base}/__init__.py": HEADER + '"""Code generated from spec/dockerhub.yaml."""\n',
        f"{base}/routes.py": "".join(out),
        f"{base}/openapi.json": openapi_text,
    }
