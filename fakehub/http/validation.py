"""Reading a request as its operation describes it: path and query parameters, the JSON body.

* Path parameters: an integer one that is not a (positive) integer answers 404, like Django's
  URL resolver, one beyond 64 bits 400; a string one is normalized and checked against its
  format (400).
* Query parameters: integers within their bounds (any integer within 64 bits,
  :func:`fakehub.bounds.int64`), booleans, formats; a missing required one answers 400, an
  empty optional one with a format is as if absent and an optional user filter that is no
  username matches no one (django-filter's rules: a filter is never a 400). But
  ``page`` and ``page_size`` of Docker Hub's ``count``/``total`` pages are read as Docker Hub
  reads them, clamped or a 404 (:func:`fakehub.http.paging.drf_paging_value`).
* The JSON body is read within :mod:`fakehub.bounds` (nesting depth, 64-bit integers) and as
  Docker Hub (Django REST framework) reads it: keys the body's model does not know are
  dropped, at every depth, then the rest is structured with the strict converter: malformed
  JSON, wrong types, missing fields, broken formats and fields that must repeat the URL answer
  400, naming each offending field (cattrs' errors become Docker's ``errors`` map).
  ``strict=True`` keeps unknown keys, so they answer 400 too.
"""

from __future__ import annotations

import re
import typing
from collections.abc import Mapping, Sequence
from typing import Any, Final

import attrs
from cattrs.errors import (
    AttributeValidationNote,
    ForbiddenExtraKeysError,
    IterableValidationNote,
)

from dockerhub_sdk.wire import Operation, Param, strict_converter
from fakehub.bounds import INT64_MAX, INT64_MIN, int64, load_json
from fakehub.http.current import current_request
from fakehub.http.errors import UNKNOWN_FIELD, HTTPError, bad_request
from fakehub.http.paging import drf_paging_value

__all__ = ["LIBRARY", "known_only", "parse_body", "parse_path", "parse_query"]

LIBRARY: Final = "library"
_INT_PATH: Final = re.compile(r"[0-9]+")


def parse_path(op: Operation, raw: Mapping[str, str]) -> dict[str, object]:
    """Typed path parameters. Integer ones that do not parse answer 404 (Django's ``\\d+``)."""
    values: dict[str, object] = {}
    errors: dict[str, list[str]] = {}
    for param in op.path_params:
        text = raw[param.wire]
        if param.type is int:
            if not _INT_PATH.fullmatch(text):
                raise HTTPError(404, "Not found.")
            number = int64(text)
            if number is None:
                errors.setdefault(param.wire, []).append(f"must be at most {INT64_MAX}")
            elif param.minimum is not None and number < param.minimum:
                raise HTTPError(404, "Not found.")
            values[param.name] = number
            continue
        if param.library_default and text == "_":
            text = LIBRARY
        if param.format is not None:
            text = param.format.normalize(text)
            problem = param.format.violation(text)
            if problem is not None:
                errors.setdefault(param.wire, []).append(problem)
        values[param.name] = text
    if errors:
        raise bad_request(_describe("Invalid path parameter", errors), errors)
    return values


def _query_value(param: Param, text: str) -> tuple[object, str | None]:
    if param.type is int:
        number = int64(text)
        if number is None:
            low = INT64_MIN if param.minimum is None else param.minimum
            high = INT64_MAX if param.maximum is None else param.maximum
            return None, f"must be an integer from {low} to {high}"
        if param.minimum is not None and number < param.minimum:
            return None, f"must be at least {param.minimum}"
        if param.maximum is not None and number > param.maximum:
            return None, f"must be at most {param.maximum}"
        return number, None
    if param.type is bool:
        lowered = text.lower()
        if lowered in ("true", "1"):
            return True, None
        if lowered in ("false", "0"):
            return False, None
        return None, "must be true or false"
    if param.format is not None:
        text = param.format.normalize(text)
        problem = param.format.violation(text)
        if problem is not None:
            return None, problem
    return text, None


def parse_query(op: Operation, args: Mapping[str, str]) -> dict[str, object]:
    values: dict[str, object] = {}
    errors: dict[str, list[str]] = {}
    for param in op.query_params:
        text = args.get(param.wire)
        if text == "" and not param.required and param.format is not None:
            continue  # an empty filter filters nothing (django-filter's rule), never a 400
        if text is None:
            if param.required:
                errors.setdefault(param.wire, []).append("this parameter is required")
            continue
        drf = drf_paging_value(op, param.wire, text)
        if drf is not None:
            values[param.name] = drf
            continue
        value, problem = _query_value(param, text)
        if problem is not None and param.user_filter:
            value, problem = text, None  # a user filter naming no one filters everything out
        if problem is not None:
            errors.setdefault(param.wire, []).append(problem)
        else:
            values[param.name] = value
    if errors:
        raise bad_request(_describe("Invalid query parameter", errors), errors)
    return values


def _describe(what: str, errors: Mapping[str, Sequence[str]]) -> str:
    name, messages = next(iter(errors.items()))
    return f"{what} {name}: {messages[0]}"


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _shape_errors(value: object, tp: object, path: str, errors: dict[str, list[str]]) -> None:
    """Arrays and objects where the model wants them (cattrs would iterate a string as a list)."""
    origin = typing.get_origin(tp)
    if origin is typing.Union or isinstance(tp, type(int | str)):
        members = [a for a in typing.get_args(tp) if a is not type(None)]
        if value is not None and len(members) >= 1:
            for member in members:
                if typing.get_origin(member) is list or attrs.has(member):
                    _shape_errors(value, member, path, errors)
        return
    if origin is list:
        if not isinstance(value, list):
            errors.setdefault(path or "non_field_errors", []).append("expected an array")
            return
        (item_type,) = typing.get_args(tp)
        for index, item in enumerate(value):
            _shape_errors(item, item_type, f"{path}[{index}]", errors)
        return
    if isinstance(tp, type) and attrs.has(tp):
        if not isinstance(value, dict):
            errors.setdefault(path or "non_field_errors", []).append("expected an object")
            return
        hints = typing.get_type_hints(tp)
        for fld in attrs.fields(tp):
            if fld.name in value:
                _shape_errors(value[fld.name], hints[fld.name], _join(path, fld.name), errors)


def _cattrs_errors(exc: BaseException, path: str, errors: dict[str, list[str]]) -> None:
    def add(where: str, message: str) -> None:
        errors.setdefault(where or "non_field_errors", []).append(message)

    if isinstance(exc, ForbiddenExtraKeysError):
        for key in sorted(exc.extra_fields):
            add(_join(path, key), UNKNOWN_FIELD)
        return
    if isinstance(exc, BaseExceptionGroup):
        for sub in exc.exceptions:
            sub_path = path
            for note in getattr(sub, "__notes__", ()):
                if isinstance(note, AttributeValidationNote):
                    sub_path = _join(path, note.name)
                elif isinstance(note, IterableValidationNote):
                    sub_path = f"{path}[{note.index}]"
            _cattrs_errors(sub, sub_path, errors)
        return
    if isinstance(exc, KeyError):
        add(path, "this field is required")
    elif isinstance(exc, AttributeError):
        add(path, "expected an object")
    else:
        add(path, str(exc))


def _invalid_body(errors: Mapping[str, Sequence[str]]) -> HTTPError:
    error = bad_request("Invalid request body", errors)
    error.scim_type = "invalidSyntax"
    return error


def parse_body(op: Operation, path_values: Mapping[str, object], *, strict: bool = False) -> object:
    """The request body structured into ``op.body``, with formats and templates checked;
    unknown keys are ignored, or (``strict``) refused."""
    assert op.body is not None
    raw = current_request().get_data(cache=True)
    if not raw.strip():
        document: object = {}
    else:
        try:
            document = load_json(raw)
        except ValueError as exc:  # malformed, or beyond fakehub.bounds
            error = bad_request(
                f"JSON parse error - {exc}", {"non_field_errors": [f"JSON parse error - {exc}"]}
            )
            error.scim_type = "invalidSyntax"
            raise error from None
    if not strict:
        document = known_only(document, op.body)
    document = _with_templates(document, op, path_values)
    errors: dict[str, list[str]] = {}
    _shape_errors(document, op.body, "", errors)
    if errors:
        raise _invalid_body(errors)
    try:
        body: Any = strict_converter.structure(document, op.body)
    except Exception as exc:
        _cattrs_errors(exc, "", errors)
        raise _invalid_body(errors) from None
    changes: dict[str, object] = {}
    for fld in op.body_fields:
        value = getattr(body, fld.name)
        if isinstance(value, str) and fld.format is not None:
            value = fld.format.normalize(value)
            problem = fld.format.violation(value)
            if problem is not None:
                errors.setdefault(fld.wire, []).append(problem)
                continue
        if isinstance(value, str) and fld.library_prefix:
            namespace, _, name = value.rpartition("/")
            value = f"{LIBRARY if namespace in ('', '_') else namespace}/{name}"
        if fld.template is not None:
            expected = _fill_template(fld.template, path_values)
            if value != expected:
                errors.setdefault(fld.wire, []).append(f"must match the URL ({expected!r})")
                continue
        changes[fld.name] = value
    if errors:
        raise bad_request("Invalid request body", errors)
    return attrs.evolve(body, **changes)


def _with_templates(document: object, op: Operation, path_values: Mapping[str, object]) -> object:
    """``document`` with each template field it leaves out taken from the path (as the Hub
    reads ``POST /v2/namespaces/{namespace}/repositories`` without ``namespace``)."""
    if not isinstance(document, dict):
        return document
    missing = {
        fld.wire: _fill_template(fld.template, path_values)
        for fld in op.body_fields
        if fld.template is not None and fld.wire not in document
    }
    return {**document, **missing} if missing else document


def _fill_template(template: str, values: Mapping[str, object]) -> object:
    whole = re.fullmatch(r"\{(\w+)\}", template)
    if whole is not None:
        return values[whole.group(1)]
    return template.format_map(values)


def known_only(value: object, tp: object) -> object:
    """``value`` without the object keys ``tp`` does not know, at every depth (through
    optional members, lists and nested models; keys by their wire names). A value of the
    wrong kind is returned as it is, for the structuring that follows to refuse."""
    origin = typing.get_origin(tp)
    if origin is typing.Union or isinstance(tp, type(int | str)):
        shaped = [
            member
            for member in typing.get_args(tp)
            if typing.get_origin(member) is list or attrs.has(member)
        ]
        return known_only(value, shaped[0]) if len(shaped) == 1 else value
    if origin is list:
        if not isinstance(value, list):
            return value
        (item_type,) = typing.get_args(tp)
        return [known_only(item, item_type) for item in value]
    if not (isinstance(tp, type) and attrs.has(tp) and isinstance(value, dict)):
        return value
    overrides = getattr(strict_converter.get_structure_hook(tp), "overrides", {})
    hints = typing.get_type_hints(tp)
    kept: dict[str, object] = {}
    for fld in attrs.fields(tp):
        override = overrides.get(fld.name)
        if override is not None and override.omit:
            continue
        wire = override.rename if override is not None and override.rename else fld.name
        if wire in value:
            kept[wire] = known_only(value[wire], hints[fld.name])
    return kept
