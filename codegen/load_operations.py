"""The spec loader's reading of ``resources`` and their operations."""

from __future__ import annotations

import keyword
import re
from typing import Any, Final, Literal, cast

import yaml

from codegen.access import AccessKeys, read_access, resolve_access
from codegen.ir import SERVICES, ModelDef, OperationDef, ParamDef, ResourceDef, Service, TypeRef
from codegen.load_base import (
    _AUTH,
    _IDENT,
    _METHODS,
    _RESERVED_RESOURCES,
    _placeholders,
    _route_shape,
)
from codegen.load_params import ParamLoader, _page_params

PATH_PREFIXES: Final = ("/v2/", "/api/billing/")
"""Where Docker Hub's operations live: its API under ``/v2/``, and the billing API hub-tool
reads an account's plan from (``/api/billing/v4/accounts/{id}/hub-plan``)."""

_NEGOTIATED = re.compile(r"application/[a-z0-9.-]+\+json")
_HUB_ONLY: Final = ("access", "paginated", "session", "js", "media_type")
"""Keys that describe the Hub API's conventions: an error on a registry or token-service
operation (the registry pages tags with ``n``/``last`` and a ``Link`` header instead)."""


class OperationLoader(ParamLoader):
    def resources(self, node: yaml.Node, models: dict[str, ModelDef]) -> tuple[ResourceDef, ...]:
        out = []
        seen_routes: dict[tuple[str, str, str], tuple[str, int]] = {}
        for name, (key, value) in self.src.mapping(node, "resources").items():
            if not _IDENT.match(name) or keyword.iskeyword(name) or name in _RESERVED_RESOURCES:
                self.src.fail(key, f"resource name {name!r} must be a lower_snake_case Python name")
            m = self.src.mapping(
                value,
                f"resource {name!r}",
                allowed=("description", "service", "access", "operations"),
                required=("operations",),
            )
            service = self._service(m, name)
            if service != "hub" and "access" in m:
                self.src.fail(
                    m["access"][0],
                    f"resource {name!r}: access facts are the Hub API's; a {service} "
                    "resource has none",
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
                op = self.operation(name, op_name, op_key, op_node, models, defaults, service)
                for attr in filter(None, (op.name, op.iter_name)):
                    if attr in method_names:
                        self.src.fail(
                            op_key,
                            f"duplicate operation: {name}.{attr} is already defined "
                            f"at line {method_names[attr]}",
                        )
                    method_names[attr] = self.src.line(op_key)
                route = (service, op.method, _route_shape(op.path))
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
                    service=service,
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
        service: Service = "hub",
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
                "accept",
            ),
            required=("summary", "method", "path", "auth"),
        )
        if service != "hub":
            for hub_key in _HUB_ONLY:
                if hub_key in m:
                    self.src.fail(
                        m[hub_key][0],
                        f"{where}: `{hub_key}` is a Hub API key; a {service} operation has none",
                    )
        method = self.src.string(m["method"][1], f"{where}.method")
        if method not in _METHODS:
            self.src.fail(m["method"][1], f"{where}.method {method!r} must be one of {_METHODS}")
        auth = self.src.string(m["auth"][1], f"{where}.auth")
        if auth not in _AUTH:
            self.src.fail(m["auth"][1], f"{where}.auth {auth!r} must be one of {_AUTH}")
        path_node = m["path"][1]
        path = self.src.string(path_node, f"{where}.path")
        self._check_path(path, path_node, where, service)
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
        has_body = response is not None or is_text or ("accept" in m and not check)
        default_status = 200 if check else 204 if not has_body else 201 if method == "POST" else 200
        status = default_status
        if "status" in m:
            status = self.src.integer(m["status"][1], f"{where}.status")
            if not 200 <= status <= 299:
                self.src.fail(m["status"][1], f"{where}.status must be a 2xx code")
            # the registry answers 202 (a delete) or 200 (`GET /v2/`) without a body
            if service == "hub" and not check and (status == 204) != (not has_body):
                self.src.fail(
                    m["status"][1], f"{where}: status 204 exactly when there is no response"
                )
        scope = self._repo_scope(m, where, params, models.get(body) if body else None)
        session = self._session(m, where, response, models)
        accept = self._accept(m, where, service, models)
        if accept and response is not None:
            self.src.fail(m["accept"][1], f"{where}: `accept` names the response; drop `response`")
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
            service=service,
            accept=accept,
        )
        if service != "hub":
            return op  # the Hub API's access facts do not apply
        return resolve_access(self.src, op, own, access)

    def _service(self, m: dict[str, tuple[yaml.Node, yaml.Node]], resource: str) -> Service:
        if "service" not in m:
            return "hub"
        node = m["service"][1]
        value = self.src.string(node, f"resource {resource!r}.service")
        if value not in SERVICES:
            self.src.fail(
                node,
                f"resource {resource!r}.service {value!r} must be one of "
                f"{', '.join(SERVICES)} (hub is the default)",
            )
        url_key = {"registry": "registry_url", "auth": "registry_auth_url"}.get(value)
        if url_key is not None and self.service_urls.get(url_key) is None:
            self.src.fail(node, f"a {value} resource needs info.{url_key} (its origin)")
        return value

    def _check_path(self, path: str, node: yaml.Node, where: str, service: Service) -> None:
        """The Hub API's paths end with /; the registry's are OCI's (under /v2/, no trailing
        slash but /v2/ itself); the token service's are any absolute path."""
        if service == "hub":
            if not path.startswith(PATH_PREFIXES) or not path.endswith("/"):
                prefixes = " or ".join(PATH_PREFIXES)
                self.src.fail(node, f"{where}.path must start with {prefixes} and end with /")
        elif service == "registry":
            if not path.startswith("/v2/") or (path != "/v2/" and path.endswith("/")):
                self.src.fail(
                    node,
                    f"{where}.path of a registry operation must start with /v2/ and, but for "
                    "/v2/ itself, not end with / (OCI's paths)",
                )
        elif not path.startswith("/") or "//" in path:
            self.src.fail(node, f"{where}.path must be an absolute path such as /token")

    def _accept(
        self,
        m: dict[str, tuple[yaml.Node, yaml.Node]],
        where: str,
        service: Service,
        models: dict[str, ModelDef],
    ) -> tuple[tuple[str, str], ...]:
        """``accept``: media type -> model, for a registry answer chosen by ``Content-Type``."""
        if "accept" not in m:
            return ()
        node = m["accept"][1]
        if service != "registry":
            self.src.fail(node, f"{where}: `accept` is for registry operations")
        out = []
        for media_type, (key, value) in self.src.mapping(node, f"{where}.accept").items():
            if not _NEGOTIATED.fullmatch(media_type):
                self.src.fail(
                    key,
                    f"{where}.accept: {media_type!r} must be an application/...+json media type",
                )
            model = self.src.string(value, f"{where}.accept[{media_type!r}]")
            if model not in models:
                self.src.fail(value, f"{where}.accept: unknown model {model!r}")
            out.append((media_type, model))
        if not out:
            self.src.fail(node, f"{where}.accept lists no media type")
        return tuple(out)

    def _media_type(self, m: dict[str, tuple[yaml.Node, yaml.Node]], where: str) -> str | None:
        """The operation's media type: with ``response: text`` (required there) the text body's
        (``text/...``); on a JSON operation, the ``application/...+json`` type its request and
        response bodies (and errors) are sent with instead of ``application/json``, also on one
        without a response."""
        text = "response" in m and isinstance(m["response"][1], yaml.ScalarNode)
        text = text and m["response"][1].value == "text"
        if "media_type" not in m:
            if text:
                self.src.fail(m["response"][1], f"{where}: `response: text` needs a media_type")
            return None
        node = m["media_type"][1]
        media_type = self.src.string(node, f"{where}.media_type")
        if not text:
            if "response" not in m and media_type.startswith("text/"):
                self.src.fail(
                    node,
                    f"{where}: a text/... media_type applies to `response: text` only; an "
                    "operation without a response may have an application/...+json one "
                    "(its request body's and its errors' type)",
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
