"""The spec loader's reading of an operation's parameters and its ``paginated`` key (with the
query parameters each paging style implies)."""

from __future__ import annotations

import keyword
from typing import Any, cast

import yaml

from codegen.ir import PAGE_STYLES, ModelDef, PageStyle, PaginationDef, ParamDef, TypeRef
from codegen.load_base import _IDENT, _PAGE_FIELDS
from codegen.load_models import ModelLoader


class ParamLoader(ModelLoader):
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
