"""What every part of the spec loader shares: the naming rules, the template reader and the
small readers of optional keys (``codegen.load`` is the entry point)."""

from __future__ import annotations

import re
import string
from typing import Final

import yaml

from codegen.ir import TypeRef
from codegen.yamlnodes import Source

_IDENT = re.compile(r"^[a-z][a-z0-9_]*$")
_CLASS = re.compile(r"^[A-Z][A-Za-z0-9]*$")
_METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE")
_AUTH = ("none", "optional", "required", "scim")
# Names a resource or client attribute may not take: they would shadow the client's own API.
_RESERVED_RESOURCES = frozenset(
    {"login", "logout", "close", "set_login_token", "set_cache_options", "base_url", "token"}
)

_PAGE_FIELDS: Final = frozenset({"count", "next", "previous", "results", "page"})


class LoaderBase:
    """The loader's state (the source and the names declared so far) and its small readers."""

    def __init__(self, src: Source) -> None:
        self.src = src
        self.format_names: set[str] = set()
        self.enum_names: set[str] = set()
        self.model_names: set[str] = set()
        self.service_urls: dict[str, str | None] = {}
        """``info.registry_url`` / ``info.registry_auth_url``: a service's resources need it."""

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
