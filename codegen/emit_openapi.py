"""Emit ``spec/openapi.json``: an OpenAPI 3.1 document of every operation."""

from __future__ import annotations

import json
from typing import Any, Final

from codegen.ir import Field, FormatDef, OperationDef, PaginationDef, ParamDef, Spec, TypeRef

__all__ = ["emit_openapi"]

_JSON_TYPES = {"str": "string", "int": "integer", "float": "number", "bool": "boolean"}
_GENERATED = "generated from spec/dockerhub.yaml — do not edit; run `python -m codegen`"
_JSON = "application/json"
SCIM_MEDIA_TYPE = "application/scim+json"
"""Operations of this media type answer errors as SCIM error bodies (RFC 7644 section 3.12)."""
_SCIM_ERROR: dict[str, Any] = {
    "type": "object",
    "description": "A SCIM error (RFC 7644 section 3.12), served as application/scim+json.",
    "required": ["schemas", "status", "detail"],
    "properties": {
        "schemas": {
            "type": "array",
            "items": {"type": "string", "const": "urn:ietf:params:scim:api:messages:2.0:Error"},
        },
        "status": {"type": "string", "description": "The HTTP status, as a string."},
        "scimType": {
            "type": "string",
            "description": "A 400's or 409's SCIM error type: invalidFilter, invalidSyntax, "
            "invalidValue, mutability, uniqueness.",
        },
        "detail": {"type": "string"},
    },
}
_ERROR_TEXT = {
    400: "The request broke a rule; `detail` says which.",
    401: "No valid credentials were sent (or, for a login, they are wrong).",
    403: "The credentials do not allow this.",
    404: "Not found, or private and not visible to the caller.",
    409: "It exists already.",
    413: "The request body is larger than the server accepts.",
    429: "Too many requests; wait `Retry-After` seconds.",
}


def _schema(typ: TypeRef) -> dict[str, Any]:
    if typ.kind == "primitive":
        return {"type": _JSON_TYPES[typ.name]}
    if typ.kind == "datetime":
        return {"type": "string", "format": "date-time"}
    if typ.kind == "json":
        return {}
    if typ.kind in ("enum", "model"):
        return {"$ref": f"#/components/schemas/{typ.name}"}
    if typ.kind == "list":
        return {"type": "array", "items": _schema(typ.items[0])}
    if typ.kind == "dict":
        return {"type": "object", "additionalProperties": _schema(typ.items[0])}
    return {"type": [_JSON_TYPES[i.name] for i in typ.items]}


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    if "type" in schema:
        types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        return {**schema, "type": [*types, "null"]}
    if not schema:
        return schema
    return {"anyOf": [schema, {"type": "null"}]}


def _format_keywords(fmt: FormatDef) -> dict[str, Any]:
    out: dict[str, Any] = {"pattern": fmt.pattern, "minLength": fmt.min_length}
    if fmt.max_length is not None:
        out["maxLength"] = fmt.max_length
    return out


def _field_schema(spec: Spec, field: Field) -> dict[str, Any]:
    schema = _schema(field.type)
    if field.format:  # a str, or each item of a list[str]
        target = schema["items"] if field.type.kind == "list" else schema
        target.update(_format_keywords(_fmt(spec, field.format)))
    if field.nullable:
        schema = _nullable(schema)
    description = field.description
    if field.template:
        # JSON Schema cannot say it; fakehub answers 400 when the value differs from the path
        description = (description + " " if description else "") + (
            f"Must equal `{field.template}` of the path; taken from the path when left out."
        )
    if description:
        schema = (
            {**schema, "description": description}
            if "$ref" not in schema
            else {
                "allOf": [schema],
                "description": description,
            }
        )
    if field.has_default and field.type.kind not in ("model", "list", "dict"):
        schema["default"] = field.default
    return schema


def _must_send(field: Field) -> bool:
    """Whether a request body must carry ``field``: a template field left out is taken from
    the path, a field with a default takes it."""
    return field.required and not field.has_default and not field.template


def _fmt(spec: Spec, name: str) -> FormatDef:
    return next(f for f in spec.formats if f.name == name)


_CLAMPED: Final = (
    " The SDK refuses another; Docker Hub (and fakehub) read a larger one as 100, a smaller"
    " one as the default, 10."
)
"""How Docker Hub reads a ``page_size`` of a ``count``/``total`` page out of its bounds."""


def _param(spec: Spec, p: ParamDef, *, clamped: bool = False) -> dict[str, Any]:
    """One parameter; ``clamped``: the server reads any value (no bounds in the document)."""
    schema: dict[str, Any] = {"type": _JSON_TYPES[p.type]}
    if p.format:
        fmt = _fmt(spec, p.format)
        if not p.user_filter:  # a value that breaks the rule is a 200: no pattern to break
            schema.update(_format_keywords(fmt))
    if p.minimum is not None and not clamped:
        schema["minimum"] = p.minimum
    if p.maximum is not None and not clamped:
        schema["maximum"] = p.maximum
    out: dict[str, Any] = {"name": p.wire, "in": p.location, "required": p.required}
    description = p.description + (_CLAMPED if clamped else "")
    if p.format:
        rule = (
            f"Must be {fmt.rule}."
            if not p.user_filter
            else f"Names {fmt.rule}; one that breaks that rule names no one: no row is kept."
        )
        description = (description + " " if description else "") + rule
    if description:
        out["description"] = description
    out["schema"] = schema
    return out


def _names_namespace(spec: Spec, op: OperationDef) -> bool:
    """Whether the request body names a namespace (which may not exist: a 404)."""
    return op.body is not None and any(f.format == "namespace" for f in spec.model(op.body).fields)


def _error_statuses(spec: Spec, op: OperationDef) -> list[int]:
    has_path = any(p.location == "path" for p in op.params)
    statuses = []
    if op.params or op.body:
        statuses.append(400)
    if op.auth != "none" or op.session == "login" or (op.method == "POST" and op.body):
        # a login, or an exchange of credentials, with wrong credentials is a 401 too
        statuses.append(401)
    if op.auth in ("required", "scim"):
        # another user's repository (or settings) that the caller can see but not change, or a
        # token whose scopes do not allow it
        statuses.append(403)
    if has_path or _names_namespace(spec, op) or op.paginated:  # a page past the end
        statuses.append(404)
    if op.method == "POST" and op.status == 201:
        statuses.append(409)
    if op.body:
        statuses.append(413)
    statuses.append(429)
    return statuses


_REGISTRY_ERRORS: dict[str, Any] = {
    "type": "object",
    "description": "The registry's error body (OCI Distribution Spec): one entry per error.",
    "required": ["errors"],
    "properties": {
        "errors": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["code"],
                "properties": {
                    "code": {
                        "type": "string",
                        "description": "UNAUTHORIZED, DENIED, NAME_UNKNOWN, MANIFEST_UNKNOWN, "
                        "BLOB_UNKNOWN, DIGEST_INVALID, MANIFEST_INVALID, NAME_INVALID, "
                        "TAG_INVALID, UNSUPPORTED, TOOMANYREQUESTS...",
                    },
                    "message": {"type": "string"},
                    "detail": {},
                },
            },
        }
    },
}
_REGISTRY_ERROR_TEXT = {
    400: "A malformed name, reference or digest (NAME_INVALID, TAG_INVALID, DIGEST_INVALID).",
    401: "No token or one without the scope (UNAUTHORIZED); `WWW-Authenticate: Bearer "
    "realm=...,service=...,scope=...` names the token service to ask. A private repository "
    "the caller may not pull answers this too, never revealing that it exists.",
    403: "The token does not allow this (DENIED).",
    404: "No such repository, manifest or blob (NAME_UNKNOWN, MANIFEST_UNKNOWN, BLOB_UNKNOWN).",
    429: "The pull rate limit is spent (TOOMANYREQUESTS); `ratelimit-remaining: 0;w=...`.",
}


def _registry_statuses(op: OperationDef) -> list[int]:
    statuses = [400] if op.params else []
    statuses.append(401)
    if op.auth == "required":
        statuses.append(403)
    if any(p.location == "path" for p in op.params):
        statuses.append(404)
    return [*statuses, 429]


def _service_parts(op: OperationDef, out: dict[str, Any]) -> None:
    """A registry or token-service operation's errors and security (Hub ones: ``_operation``)."""
    responses = out["responses"]
    if op.service == "auth":
        responses["401"] = {
            "description": 'Wrong Basic credentials: `{"details": "incorrect username or '
            'password"}`.',
        }
        out["security"] = [{}, {"registryBasicAuth": []}]
    else:
        for status in _registry_statuses(op):
            responses[str(status)] = {"$ref": f"#/components/responses/RegistryError{status}"}
        required: list[dict[str, list[str]]] = [{"registryBearerAuth": []}]
        out["security"] = required if op.auth == "required" else [{}, *required]
    out["x-service"] = op.service


def _operation(spec: Spec, op: OperationDef) -> dict[str, Any]:
    out: dict[str, Any] = {
        "operationId": op.handler,
        "tags": [op.resource],
        "summary": op.summary,
    }
    if op.description:
        out["description"] = op.description
    if op.params:
        drf = op.pagination is not None and op.pagination.style in ("count", "total")
        out["parameters"] = [
            _param(spec, p, clamped=drf and p.location == "query" and p.wire == "page_size")
            for p in op.params
        ]
    json_type = op.media_type if op.response_kind != "text" and op.media_type else _JSON
    if op.body:
        body = next(m for m in spec.models if m.name == op.body)
        out["requestBody"] = {
            # fakehub reads a missing body as {}: it is required only where a field is
            "required": any(_must_send(f) for f in body.fields),
            "content": {json_type: {"schema": {"$ref": f"#/components/schemas/{op.body}"}}},
        }
    responses: dict[str, Any] = {}
    if op.check:
        responses[str(op.status)] = {"description": "It exists; no body (404: it does not)."}
    elif op.response_kind == "text":
        responses[str(op.status)] = {
            "description": op.summary,
            "content": {op.media_type: {"schema": {"type": "string"}}},
        }
    elif op.accept:
        responses[str(op.status)] = {
            "description": op.summary + " The `Content-Type` says which of these it is.",
            "content": {
                media_type: {"schema": {"$ref": f"#/components/schemas/{model}"}}
                for media_type, model in op.accept
            },
        }
    elif op.response is None:
        responses[str(op.status)] = {"description": "Done; no body."}
    else:
        item = {"$ref": f"#/components/schemas/{op.response_item}"}
        if op.pagination is not None:
            schema: dict[str, Any] = _page_schema(op.pagination, item)
        elif op.response_kind == "list":
            schema = {"type": "array", "items": item}
        else:
            schema = item
        responses[str(op.status)] = {
            "description": op.summary,
            "content": {json_type: {"schema": schema}},
        }
    if op.service != "hub":
        out["responses"] = responses
        _service_parts(op, out)
        return out
    errors = "ScimError" if op.media_type == SCIM_MEDIA_TYPE else "Error"
    for status in _error_statuses(spec, op):
        # a rate limit is answered in front of the API, in Docker Hub's shape, whatever the path
        prefix = "Error" if status == 429 else errors
        responses[str(status)] = {"$ref": f"#/components/responses/{prefix}{status}"}
    out["responses"] = responses
    # the roles of bearerAuth: the least scope a token made from a personal access token needs
    roles = [] if op.pat_scope == "refused" else [op.pat_scope]
    if op.auth == "required":
        out["security"] = [{"bearerAuth": roles}]
    elif op.auth == "scim":
        out["security"] = [{"bearerSCIMAuth": []}]
    elif op.auth == "optional":
        out["security"] = [{}, {"bearerAuth": roles}]
    else:
        out["security"] = []
    if op.reads_login:
        out["x-access"] = {
            "pat_scope": op.pat_scope,
            "public_read_anonymous": op.public_read_anonymous,
            "org_token": op.org_token,
        }
    if op.js:
        out["x-js-method"] = op.js
    if op.session:
        out["x-session"] = op.session
    return out


def _page_schema(pagination: PaginationDef, item: dict[str, Any]) -> dict[str, Any]:
    """A page's JSON schema in its paging style (see spec/README.md)."""
    items = {"type": "array", "items": item}
    count = {"type": "integer", "minimum": 0}
    if pagination.style == "data":
        return {"type": "object", "required": ["data"], "properties": {"data": items}}
    if pagination.style == "logs":
        return {"type": "object", "required": ["logs"], "properties": {"logs": items}}
    if pagination.style == "scim":
        return {
            "type": "object",
            "required": ["schemas", "totalResults", "startIndex", "itemsPerPage", "Resources"],
            "properties": {
                "schemas": {"type": "array", "items": {"type": "string"}},
                "totalResults": count,
                "startIndex": {"type": "integer", "minimum": 1},
                "itemsPerPage": count,
                "Resources": items,
            },
        }
    link = {"type": ["string", "null"], "format": "uri"}
    properties = {pagination.style: count, "next": link, "previous": link}
    properties.update({name: count for name in pagination.extra})
    properties["results"] = items
    return {"type": "object", "required": list(properties), "properties": properties}


def _request_models(spec: Spec) -> set[str]:
    """The models request bodies are made of: the bodies and the models inside them."""
    return _reachable(spec, [op.body for op in spec.operations])


def _reachable(spec: Spec, names: list[str | None]) -> set[str]:
    """The models ``names`` are, and the models inside them."""
    found: set[str] = set()
    pending = [name for name in names if name is not None]
    while pending:
        name = pending.pop()
        if name in found:
            continue
        found.add(name)
        pending.extend(model for f in spec.model(name).fields for model in f.type.models())
    return found


def emit_openapi(spec: Spec) -> str:
    paths: dict[str, dict[str, Any]] = {}
    origins = {"registry": spec.info.registry_url, "auth": spec.info.registry_auth_url}
    for op in spec.operations:
        item = paths.setdefault(op.path, {})
        if op.service != "hub":  # another origin than the document's servers
            item["servers"] = [{"url": origins[op.service], "description": f"the {op.service}"}]
        item[op.method.lower()] = _operation(spec, op)
    schemas: dict[str, Any] = {
        "Error": {
            "type": "object",
            "description": "Docker Hub's error body.",
            "properties": {
                "detail": {"type": "string"},
                "message": {"type": "string"},
                "errinfo": {"type": "object"},
                "login_2fa_token": {
                    "type": "string",
                    "description": "A login's 401 for an account with two-factor "
                    "authentication: pass it to `POST /v2/users/2fa-login/` with a TOTP code.",
                },
                "errors": {
                    "type": "object",
                    "description": "A 400's offending fields (a parameter name, a body path "
                    "such as `build_tags[0].name`, or `non_field_errors`), each with its "
                    "messages.",
                    "additionalProperties": {"type": "array", "items": {"type": "string"}},
                },
            },
        }
    }
    for e in spec.enums:
        schemas[e.name] = {"type": "string", "enum": list(e.values)}
        if e.description:
            schemas[e.name]["description"] = e.description
    request_models = _request_models(spec)
    response_models = _reachable(spec, [op.response_item for op in spec.operations])
    for m in spec.models:
        model: dict[str, Any] = {"type": "object"}
        if m.description:
            model["description"] = m.description
        required = [f.wire for f in m.fields if _must_send(f)]
        if required:
            model["required"] = required
        model["properties"] = {f.wire: _field_schema(spec, f) for f in m.fields}
        for f in m.fields:
            if f.secret:
                # a credential: tools mask it; only sent by clients when no answer carries it
                model["properties"][f.wire].update(format="password", **{"x-secret": True})
                if m.name not in response_models:
                    model["properties"][f.wire]["writeOnly"] = True
        if m.name in request_models:
            # fakehub, like Docker Hub, answers 400 to a body with a field it does not know
            model["additionalProperties"] = False
        schemas[m.name] = model
    responses = {
        f"Error{status}": {
            "description": text,
            "content": {_JSON: {"schema": {"$ref": "#/components/schemas/Error"}}},
        }
        for status, text in _ERROR_TEXT.items()
    }
    security: dict[str, Any] = {
        "bearerAuth": {
            "type": "http",
            "scheme": "bearer",
            "bearerFormat": "JWT",
            "description": "A token from `POST /v2/users/login/`; "
            "`Authorization: JWT <token>` is accepted too. A token from `POST /v2/auth/token/` "
            "made from a personal access token carries its scopes: an operation's roles name the "
            "least one it needs (`repo:public_read` < `repo:write` < `repo:admin`; none listed "
            "with `x-access.pat_scope: refused`: no such token may call it). `x-access` says "
            "what a token made from an organization access token may do (see spec/README.md).",
        }
    }
    if any(op.media_type == SCIM_MEDIA_TYPE for op in spec.operations):
        schemas["ScimError"] = _SCIM_ERROR
        for status, text in _ERROR_TEXT.items():
            if status == 429:
                continue
            responses[f"ScimError{status}"] = {
                "description": text,
                "content": {
                    SCIM_MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/ScimError"}}
                },
            }
    if any(op.service != "hub" for op in spec.operations):
        schemas["RegistryErrors"] = _REGISTRY_ERRORS
        for status, text in _REGISTRY_ERROR_TEXT.items():
            responses[f"RegistryError{status}"] = {
                "description": text,
                "content": {_JSON: {"schema": {"$ref": "#/components/schemas/RegistryErrors"}}},
            }
        security["registryBearerAuth"] = {
            "type": "http",
            "scheme": "bearer",
            "description": "A token from the registry's token service (`GET /token` at "
            "`registry_auth_url`), scoped to `repository:namespace/name:pull,push,delete`.",
        }
        security["registryBasicAuth"] = {
            "type": "http",
            "scheme": "basic",
            "description": "The token service's credentials: a username with its password or "
            "a personal access token (an organization's name with an organization access token).",
        }
    if any(op.auth == "scim" for op in spec.operations):
        security["bearerSCIMAuth"] = {
            "type": "http",
            "scheme": "bearer",
            "description": "An organization's SCIM token, from its SSO connection.",
        }
    doc: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {
            "title": spec.info.title,
            "version": spec.info.version,
            "description": spec.info.description,
            "x-generated": _GENERATED,
        },
        "servers": [{"url": spec.info.base_url}],
        "tags": [{"name": r.name, "description": r.description} for r in spec.resources],
        "paths": paths,
        "components": {
            "schemas": schemas,
            "responses": responses,
            "securitySchemes": security,
        },
    }
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
