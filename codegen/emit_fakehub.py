"""Emit ``fakehub/_generated/``: the route table (and a copy of the OpenAPI document)."""

from __future__ import annotations

from codegen.emit_common import HEADER
from codegen.ir import Spec

__all__ = ["emit_fakehub"]


def emit_fakehub(spec: Spec, openapi_text: str) -> dict[str, str]:
    base = "fakehub/_generated"
    out = [HEADER, '"""fakehub\'s route table: one `Route` per operation of the spec."""\n\n']
    out.append("from dockerhub_sdk.wire import OPERATIONS\nfrom fakehub._route import Route\n\n")
    # the rule and the endpoint name follow from the operation (Route.serving); the table
    # keeps the spec's order, which is the order Werkzeug tries rules of equal weight in
    out.append("ROUTES: tuple[Route, ...] = tuple(\n")
    out.append("    Route.serving(OPERATIONS[op_id])\n    for op_id in (\n")
    # the registry and its token service are served by fakehub's registry app, on its own origin
    out.extend(f"        {op.id!r},\n" for op in spec.operations if op.service == "hub")
    out.append("    )\n)\n")
    return {
        f"{base}/__init__.py": HEADER + '"""Code generated from spec/dockerhub.yaml."""\n',
        f"{base}/routes.py": "".join(out),
        f"{base}/openapi.json": openapi_text,
    }
