"""The spec loader's reading of ``formats``, ``enums`` and ``models`` (fields and types)."""

from __future__ import annotations

import keyword
import re
from typing import Any, Literal, cast

import yaml

from codegen.ir import PRIMITIVES, EnumDef, Field, FormatDef, ModelDef, TypeRef
from codegen.load_base import _CLASS, _IDENT, LoaderBase, _member_name, _placeholders


class ModelLoader(LoaderBase):
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
        precision: Literal["us", "us6", "ms"] = "us"
        if "precision" in m:
            text = self.src.string(m["precision"][1], f"{where}.precision")
            if typ.kind != "datetime":
                self.src.fail(m["precision"][1], f"{where}: precision applies to datetimes only")
            if text not in ("us", "us6", "ms"):
                self.src.fail(m["precision"][1], f"{where}.precision must be 'us', 'us6' or 'ms'")
            precision = cast(Literal["us", "us6", "ms"], text)
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
