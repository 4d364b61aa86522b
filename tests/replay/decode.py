"""Would Docker's clients decode this JSON? Their decoding rules, applied to parsed JSON.

``decode_go`` applies Go's ``encoding/json`` (Go >= 1.20) as hub-tool and the Terraform
provider use it: ``json.Unmarshal`` into the structs transcribed in ``clients/structs.json``.
``decode_strict_model`` validates against dockerhub-api's pydantic models (transcribed too).
Both return a list of problems; an empty list means the value decodes.

The value is JSON already parsed by Python's ``json`` module, which keeps the one distinction
Go's integer rule needs: a literal with a fraction or an exponent (``1.0``, ``1e3``) becomes a
``float``, an integer literal an ``int``.
"""

from __future__ import annotations

import base64
import binascii
import calendar
import json
import math
import re
import uuid
from collections.abc import Mapping
from typing import Any

__all__ = [
    "GO_INT_RANGES",
    "decode_go",
    "decode_strict_model",
    "go_fold",
    "go_time_problem",
    "load_structs",
]

TypeExpr = str | list[Any] | dict[str, Any]
Structs = Mapping[str, Mapping[str, Any]]

GO_INT_RANGES: dict[str, tuple[int, int]] = {
    "int": (-(2**63), 2**63 - 1),  # Go's int on 64-bit platforms
    "int64": (-(2**63), 2**63 - 1),
    "int32": (-(2**31), 2**31 - 1),
}

_RFC3339 = re.compile(
    r"(?P<year>[0-9]{4})-(?P<month>[0-9]{2})-(?P<day>[0-9]{2})"
    r"T(?P<hour>[0-9]{2}):(?P<minute>[0-9]{2}):(?P<second>[0-9]{2})"
    r"(?:\.[0-9]+)?"
    r"(?:Z|[+-](?P<tzh>[0-9]{2}):(?P<tzm>[0-9]{2}))"
)


def load_structs(path: str, client: str) -> dict[str, dict[str, Any]]:
    """The structs (or models) of one client from a ``structs.json`` file."""
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    structs: dict[str, dict[str, Any]] = doc[client]
    return structs


def go_fold(name: str) -> str:
    """Go's ``foldName``: ASCII upper-cased, other runes mapped to the smallest of their fold set.

    encoding/json matches an object key to a field with this folding when no key matches the
    field's name exactly (so ``"Token"`` and ``"TOKEN"`` both fill ``json:"token"``).
    """
    out = []
    for ch in name:
        if ch.isascii():
            out.append(ch.upper())
            continue
        orbit = {ch}
        for variant in (ch.upper(), ch.lower(), ch.casefold()):
            if len(variant) == 1:
                orbit.add(variant)
                orbit.update(v for v in (variant.upper(), variant.lower()) if len(v) == 1)
        out.append(min(orbit))
    return "".join(out)


def go_time_problem(text: str) -> str | None:
    """Why Go's ``time.Time.UnmarshalJSON`` refuses this string, or None when it parses.

    Go >= 1.20 requires RFC 3339 exactly: ``YYYY-MM-DDTHH:MM:SS``, an optional ``.`` and
    one or more digits, then ``Z`` or ``±hh:mm``; upper-case ``T`` and ``Z``; every field
    two digits (four for the year) and in range; no leap second (``:60``); no space, comma
    or lower-case separators. (It reads the raw JSON bytes: escapes such as ``\\u0032`` in
    the string are not unescaped and so are refused too; parsed JSON cannot show them.)
    """
    m = _RFC3339.fullmatch(text)
    if m is None:
        return f"parsing time {text!r} as RFC 3339: not of the form 2006-01-02T15:04:05Z07:00"
    year, month, day = int(m["year"]), int(m["month"]), int(m["day"])
    if not 1 <= month <= 12:
        return f"parsing time {text!r}: month out of range"
    # Go's daysIn: year 0 is a leap year in the proleptic Gregorian calendar.
    days = 29 if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 0
    days = days or calendar.monthrange(2001, month)[1]
    if not 1 <= day <= days:
        return f"parsing time {text!r}: day out of range"
    if int(m["hour"]) > 23 or int(m["minute"]) > 59 or int(m["second"]) > 59:
        return f"parsing time {text!r}: hour, minute or second out of range"
    if m["tzh"] is not None and (int(m["tzh"]) > 23 or int(m["tzm"]) > 59):
        return f"parsing time {text!r}: time zone offset out of range"
    return None


def _json_kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def _mismatch(value: object, go_type: str, where: str) -> str:
    return f"{where}: cannot unmarshal {_json_kind(value)} into Go value of type {go_type}"


def _format_problem(value: object, fmt: str, where: str) -> str | None:
    if not isinstance(value, str):
        return None
    if fmt == "uuid":
        try:
            uuid.UUID(value)
        except ValueError:
            return f"{where}: invalid UUID {value!r} (the client parses it with google/uuid)"
        return None
    if fmt == "jwt_exp":
        parts = value.split(".")
        if len(parts) != 3:
            return f"{where}: not a compact JWS (header.payload.signature)"
        try:
            raw = base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4))
            claims = json.loads(raw)
        except (ValueError, binascii.Error):
            return f"{where}: JWT payload is not base64url JSON"
        exp = claims.get("exp") if isinstance(claims, dict) else None
        if isinstance(exp, bool) or not isinstance(exp, int | float):
            return f"{where}: JWT has no numeric exp claim"
        return None
    raise ValueError(f"unknown $formats rule {fmt!r}")


def decode_go(value: object, type_name: TypeExpr, structs: Structs, where: str = "$") -> list[str]:
    """The problems Go's ``json.Unmarshal`` meets decoding ``value`` into ``type_name``.

    Rules: JSON null leaves any Go value at its zero value (never an error); a JSON value of
    the wrong kind is an ``UnmarshalTypeError``; integer fields take integer literals only and
    within range (``1.0``, ``1e3``, ``1.5`` are refused); ``float64`` takes any finite number;
    ``time`` must be an RFC 3339 string; object keys match fields exactly or, failing that,
    case-insensitively (Go's folding); unknown keys are ignored; struct ``$formats`` are the
    client's own checks after decoding (a UUID the client parses, a JWT it reads).
    """
    if value is None:
        return []
    if isinstance(type_name, list):
        if not isinstance(value, list):
            return [_mismatch(value, f"[]{type_name[0]}", where)]
        problems: list[str] = []
        for i, item in enumerate(value):
            problems += decode_go(item, type_name[0], structs, f"{where}[{i}]")
        return problems
    if isinstance(type_name, dict):
        inner = type_name["map"]
        if not isinstance(value, dict):
            return [_mismatch(value, f"map[string]{inner}", where)]
        problems = []
        for key, item in value.items():
            problems += decode_go(item, inner, structs, f"{where}.{key}")
        return problems
    if type_name.startswith("?"):
        return decode_go(value, type_name[1:], structs, where)
    return _decode_go_named(value, type_name, structs, where)


def _decode_go_named(value: object, type_name: str, structs: Structs, where: str) -> list[str]:
    if type_name == "any":
        return []
    if type_name == "string":
        return [] if isinstance(value, str) else [_mismatch(value, "string", where)]
    if type_name == "bool":
        return [] if isinstance(value, bool) else [_mismatch(value, "bool", where)]
    if type_name in GO_INT_RANGES:
        if isinstance(value, bool) or not isinstance(value, int | float):
            return [_mismatch(value, type_name, where)]
        if isinstance(value, float):
            return [f"{where}: cannot unmarshal number {value!r} into Go value of type {type_name}"]
        low, high = GO_INT_RANGES[type_name]
        if not low <= value <= high:
            return [f"{where}: cannot unmarshal number {value} into Go value of type {type_name}"]
        return []
    if type_name == "float64":
        if isinstance(value, bool) or not isinstance(value, int | float):
            return [_mismatch(value, "float64", where)]
        if isinstance(value, float) and not math.isfinite(value):
            return [f"{where}: cannot unmarshal number {value!r} into Go value of type float64"]
        return []
    if type_name == "time":
        if not isinstance(value, str):
            return [f"{where}: Time.UnmarshalJSON: input is not a JSON string"]
        problem = go_time_problem(value)
        return [] if problem is None else [f"{where}: {problem}"]
    if type_name not in structs:
        raise KeyError(f"unknown Go type {type_name!r}")
    return _decode_go_struct(value, type_name, structs, where)


def _decode_go_struct(value: object, type_name: str, structs: Structs, where: str) -> list[str]:
    if not isinstance(value, dict):
        return [_mismatch(value, type_name, where)]
    struct = structs[type_name]
    ignored = set(struct.get("$ignored", ()))
    fields = {k: v for k, v in struct.items() if not k.startswith("$") and k not in ignored}
    folded = {go_fold(k): k for k in fields}
    formats: Mapping[str, str] = struct.get("$formats", {})
    problems: list[str] = []
    decoded: dict[str, object] = {}
    for key, item in value.items():  # duplicate keys: Python keeps the last, as Go's last wins
        field = key if key in fields else folded.get(go_fold(key))
        if field is None:
            continue  # unknown fields are ignored
        problems += decode_go(item, fields[field], structs, f"{where}.{key}")
        if item is not None:
            decoded[field] = item
    for field, fmt in formats.items():
        problem = _format_problem(decoded.get(field, ""), fmt, f"{where}.{field}")
        if problem is not None:
            problems.append(problem)
    return problems


# --- dockerhub-api: pydantic models ------------------------------------------------------------


def _annotation(type_name: TypeExpr, models: Mapping[str, Any]) -> Any:
    if isinstance(type_name, list):
        return list[_annotation(type_name[0], models)]  # type: ignore[misc]
    if isinstance(type_name, dict):
        if "union" in type_name:
            members = tuple(_annotation(t, models) for t in type_name["union"])
            union: Any = members[0]
            for member in members[1:]:
                union = union | member
            return union
        return dict[str, _annotation(type_name["map"], models)]  # type: ignore[misc]
    scalars: dict[str, Any] = {
        "string": str,
        "int": int,
        "bool": bool,
        "float64": float,
        "any": Any,
    }
    if type_name in scalars:
        return scalars[type_name]
    return models[type_name]


def _build_models(structs: Structs, strict: bool) -> dict[str, Any]:
    import pydantic

    models: dict[str, Any] = {}

    def build(name: str) -> Any:
        if name in models:
            return models[name]
        spec = structs[name]
        for dep in _model_refs(spec):
            build(dep)
        aliases: Mapping[str, str] = spec.get("$aliases", {})
        fields: dict[str, Any] = {}
        for key, type_name in spec.items():
            if key.startswith("$"):
                continue
            annotation = _annotation(type_name, models)
            if spec.get("$all_optional", False):
                annotation = annotation | None
                default = pydantic.Field(default=None, alias=key if key in aliases else None)
            else:
                default = pydantic.Field(alias=key if key in aliases else None)
            fields[aliases.get(key, key)] = (annotation, default)
        config = pydantic.ConfigDict(extra=spec.get("$extra", "ignore"), strict=strict)
        models[name] = pydantic.create_model(name, __config__=config, **fields)
        return models[name]

    for name in structs:
        build(name)
    return models


def _model_refs(spec: Mapping[str, Any]) -> list[str]:
    refs: list[str] = []

    def walk(t: object) -> None:
        if isinstance(t, list):
            walk(t[0])
        elif isinstance(t, dict):
            for inner in t.get("union", [t.get("map")]):
                walk(inner)
        elif isinstance(t, str) and t not in {"string", "int", "bool", "float64", "any"}:
            refs.append(t)

    for key, t in spec.items():
        if not key.startswith("$"):
            walk(t)
    return refs


_MODEL_CACHE: dict[tuple[str, bool], dict[str, Any]] = {}


def decode_strict_model(
    value: object, model_name: str, structs: Structs, *, strict: bool = False
) -> list[str]:
    """The problems pydantic meets validating ``value`` as dockerhub-api's ``model_name``.

    dockerhub-api validates every response with ``Model.model_validate`` in pydantic's default
    (lax) mode, and on any error silently returns the raw JSON instead of the typed result
    (``validate_lenient``): a problem here is a call whose result loses its typing, not a crash.
    ``strict=True`` applies pydantic's strict mode (no ``"1"`` for an int, no ``1`` for a bool).
    """
    import pydantic

    key = (json.dumps(structs, sort_keys=True), strict)
    if key not in _MODEL_CACHE:
        _MODEL_CACHE[key] = _build_models(structs, strict)
    model = _MODEL_CACHE[key][model_name]
    try:
        model.model_validate(value)
    except pydantic.ValidationError as exc:
        return [
            f"$.{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" if err["loc"] else err["msg"]
            for err in exc.errors()
        ]
    return []
