"""Validation and encoding: a call's arguments turned into a URL and a JSON body, before any
request is sent (steps 1 and 3 of the request loop in :mod:`dockerhub_sdk._base_client`).

Path and query parameters are type-checked (``minimum`` / ``maximum``, no empty strings, the
parameter's :class:`Format` after normalizing it), ``library_default`` and ``current_user``
filled in, body fields checked and templates filled from the validated path parameters; a
bad value raises :class:`InvalidInputError` naming it and the rule.
"""

from __future__ import annotations

import enum
import json
import re
import types
from collections.abc import Callable, Mapping
from typing import NamedTuple
from urllib.parse import quote, urlsplit

from attrs import evolve

from dockerhub_sdk._constants import LIBRARY_NAMESPACE
from dockerhub_sdk._exceptions import InvalidInputError
from dockerhub_sdk._operation import BodyField, Operation, Param, ResponseKind
from dockerhub_sdk._types import UNSET

__all__ = ["EMPTY", "Prepared", "check_base_url", "check_timeout", "prepare", "show"]

EMPTY: Mapping[str, object] = types.MappingProxyType({})
_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
_MAX_SHOWN = 80


class Prepared(NamedTuple):
    """A validated call: everything needed to send it (and to send its next pages).

    A named tuple: immutable, and made at every call in a fraction of a frozen attrs class's
    time."""

    op: Operation
    url: str
    body: bytes | None
    scope: str | None
    scope_known: bool
    namespace: str | None
    page: int


def show(value: object) -> str:
    text = repr(value)
    return text if len(text) <= _MAX_SHOWN else text[: _MAX_SHOWN - 3] + "..."


def _invalid(op: Operation, name: str, value: object, rule: str) -> InvalidInputError:
    return InvalidInputError(
        f"{name} {show(value)} {rule}", param=name, value=value, rule=rule, operation=op.id
    )


def _wire(value: object) -> str:
    """A path or query value as text: ``true``/``false`` for booleans, enum values as such."""
    if type(value) is str:
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return str(value.value)
    return str(value)


def _fill(template: str, values: Mapping[str, object]) -> str:
    """Fill ``{name}`` placeholders; a missing name raises ``KeyError``."""
    return _PLACEHOLDER.sub(lambda m: _wire(values[m.group(1)]), template)


def check_base_url(base_url: str, name: str = "base_url") -> str:
    parts = urlsplit(base_url) if isinstance(base_url, str) else None
    if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
        raise InvalidInputError(
            f"{name} {show(base_url)} must be an absolute http:// or https:// URL",
            param=name,
            value=base_url,
            rule="must be an absolute http:// or https:// URL",
        )
    return base_url.rstrip("/")


def check_timeout(timeout: float | None) -> float | None:
    if timeout is None:
        return None
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout <= 0:
        raise InvalidInputError(
            f"timeout {show(timeout)} must be a positive number of seconds (or None)",
            param="timeout",
            value=timeout,
            rule="must be a positive number of seconds (or None)",
        )
    return float(timeout)


def prepare(
    op: Operation,
    kind: ResponseKind,
    path: Mapping[str, object],
    query: Mapping[str, object],
    body: Mapping[str, object] | None,
    *,
    base_url: str,
    current_user: Callable[[Operation, Param], object],
    unstructure: Callable[[object], object],
) -> Prepared:
    """Validate a call's arguments and build its URL and JSON body, before any request.

    ``current_user`` gives the logged-in user's name (for a ``current_user`` parameter left
    out); ``unstructure`` turns the body model into JSON-ready data.
    """
    if op.response_kind != kind:
        raise TypeError(f"operation {op.id} returns {op.response_kind!r}, not {kind!r}")
    if not path.keys() <= op.path_names:
        _refuse_unknown(op, "path parameter", path, op.path_names)
    if query and not query.keys() <= op.query_names:
        _refuse_unknown(op, "query parameter", query, op.query_names)

    values: dict[str, object] = {}
    texts: dict[str, str] = {}  # each path value as text, for the scope
    segments: dict[str, str] = {}
    for param in op.path_params:
        name = param.name
        value = path.get(name)
        if param.library_default and (value is None or value == "_"):
            value = LIBRARY_NAMESPACE
        elif value is None and param.current_user_default:
            value = current_user(op, param)
        if value is None:
            raise _invalid(op, name, value, "is required")
        value = values[name] = _check_param(op, param, value)
        text = texts[name] = value if type(value) is str else _wire(value)
        segments[param.wire] = segments[name] = text if _UNRESERVED(text) else _quote(text)
    try:
        url = base_url + op.path_template.format_map(segments)
    except KeyError as exc:
        raise TypeError(f"operation {op.id}: path has undeclared parameter {exc}") from None

    page = 1
    if query:
        url, page = _add_query(op, url, query)
    elif op.required_query:
        raise _invalid(op, op.required_query[0].name, None, "is required")

    if op.body is None and not body:
        body_bytes, body_values = None, EMPTY
    else:
        body_bytes, body_values = _encode_body(op, values, body, unstructure)

    scope, scope_known = _scope(op, texts, body_values)
    namespace = None
    if scope is None and isinstance(values.get("namespace"), str):
        namespace = str(values["namespace"])

    return Prepared(
        op=op,
        url=url,
        body=body_bytes,
        scope=scope,
        scope_known=scope_known,
        namespace=namespace,
        page=page,
    )


def _add_query(op: Operation, url: str, query: Mapping[str, object]) -> tuple[str, int]:
    """``url`` with the query string of ``query``, and the page number it asks for."""
    pairs: list[str] = []
    page = 1
    for param in op.query_params:
        raw = query.get(param.name)
        if raw is None:
            if param.required:
                raise _invalid(op, param.name, raw, "is required")
            continue
        value = _check_param(op, param, raw)
        if param.name == "page" and isinstance(value, int):
            page = value
        pairs.append(f"{_quote(param.wire)}={_quote(_wire(value))}")
    return (f"{url}?{'&'.join(pairs)}" if pairs else url), page


def _encode_body(
    op: Operation,
    path_values: Mapping[str, object],
    body: Mapping[str, object] | None,
    unstructure: Callable[[object], object],
) -> tuple[bytes | None, Mapping[str, object]]:
    given: Mapping[str, object] = EMPTY if body is None else body
    if op.body is None:
        if given:
            raise TypeError(f"operation {op.id} takes no body")
        return None, EMPTY
    _refuse_unknown(op, "body field", given, frozenset(f.name for f in op.body_fields))
    fields: dict[str, object] = {}
    for spec in op.body_fields:
        if spec.template is not None:
            if spec.name in given:
                raise TypeError(
                    f"operation {op.id}: body field {spec.name!r} is filled from the path"
                )
            value = _template_value(op, spec.template, path_values)
        else:
            value = given.get(spec.name, UNSET)
            if value is UNSET:
                continue
        fields[spec.name] = _check_body_field(op, spec, value)
    try:
        data = unstructure(op.body(**fields))
        encoded = json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode()
    except (TypeError, ValueError) as exc:
        raise InvalidInputError(
            f"invalid body for {op.id}: {exc}", rule=str(exc), operation=op.id
        ) from exc
    return encoded, fields


def _refuse_unknown(
    op: Operation, what: str, given: Mapping[str, object], known: frozenset[str]
) -> None:
    if given.keys() <= known:
        return
    unknown = sorted(set(given) - known)
    if unknown:
        raise TypeError(f"operation {op.id} has no {what} {', '.join(map(repr, unknown))}")


def _check_param(op: Operation, param: Param, value: object) -> object:
    """Type-check a path/query value, refuse empty strings, normalize and apply its format."""
    name = param.name
    if param.type is str:  # the most common first
        if not isinstance(value, str):
            raise _invalid(op, name, value, "must be a string")
        if not value:
            raise _invalid(op, name, value, "must not be empty")
        rule = param.format
        if rule is not None:
            normalized = rule.normalize(value)
            problem = rule.violation(normalized)
            if problem is not None:
                raise _invalid(op, name, value, problem)
            return normalized
        return value
    if param.type is bool:
        if not isinstance(value, bool):
            raise _invalid(op, name, value, "must be True or False")
        return value
    if param.type is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise _invalid(op, name, value, "must be an integer")
        if param.minimum is not None and value < param.minimum:
            raise _invalid(op, name, value, f"must be at least {param.minimum}")
        if param.maximum is not None and value > param.maximum:
            raise _invalid(op, name, value, f"must be at most {param.maximum}")
        return value
    return value


def _library_prefixed(op: Operation, spec: BodyField, value: str) -> str:
    """``x`` and ``_/x`` mean ``library/x``; ``namespace/x`` is kept."""
    if value.startswith("_/"):
        result = f"{LIBRARY_NAMESPACE}/{value[2:]}"
    elif "/" not in value:
        result = f"{LIBRARY_NAMESPACE}/{value}"
    else:
        result = value
    namespace, _, name = result.partition("/")
    if not namespace or not name or "/" in name:
        raise _invalid(
            op,
            spec.name,
            value,
            "must be a repository reference ('name', '_/name' or 'namespace/name')",
        )
    return result


def _check_body_field(op: Operation, spec: BodyField, value: object) -> object:
    if spec.format is None and not spec.library_prefix:
        return value
    if value is None:
        return value  # nullable fields; the model says whether null is allowed
    if spec.each:  # a list[str] field: its format applies to each item
        if not isinstance(value, (list, tuple)):
            raise _invalid(op, spec.name, value, "must be a list of strings")
        item_spec = evolve(spec, each=False)
        return [
            _check_body_field(op, evolve(item_spec, name=f"{spec.name}[{i}]"), item)
            for i, item in enumerate(value)
        ]
    if not isinstance(value, str):
        raise _invalid(op, spec.name, value, "must be a string")
    if not value and (spec.format is None or spec.format.min_length > 0):
        raise _invalid(op, spec.name, value, "must not be empty")
    result = _library_prefixed(op, spec, value) if spec.library_prefix else value
    if spec.format is not None:
        result = spec.format.normalize(result)
        problem = spec.format.violation(result)
        if problem is not None:
            raise _invalid(op, spec.name, value, problem)
    return result


def _template_value(op: Operation, template: str, values: Mapping[str, object]) -> object:
    """A body template filled from the validated path parameters.

    A template that is exactly ``{param}`` passes that parameter's value unchanged (keeping
    its type: ``{build_tag_id}`` stays an ``int``).
    """
    try:
        whole = _PLACEHOLDER.fullmatch(template)
        if whole is not None:
            return values[whole.group(1)]
        return _fill(template, values)
    except KeyError as exc:
        raise TypeError(f"operation {op.id}: template {template!r} names unknown {exc}") from None


def _scope(
    op: Operation, path_texts: Mapping[str, str], body_values: Mapping[str, object]
) -> tuple[str | None, bool]:
    """The repository ``op`` reads or writes, from ``repo_scope`` (or namespace + repository).

    ``path_texts``: the validated path parameters as text. Returns ``(scope, known)``;
    ``known`` is False when the template names a value that was not given (a write then
    clears the whole cache, to stay correct).
    """
    template = op.scope_template
    if template is None:
        return None, True
    texts = path_texts
    if body_values:
        texts = {**{n: _wire(v) for n, v in body_values.items()}, **path_texts}
    try:
        return template.format_map(texts), True
    except KeyError:
        return None, False


_UNRESERVED = re.compile(r"[A-Za-z0-9_.~-]*").fullmatch


def _quote(text: str) -> str:
    """``quote(text, safe="")``; text made of unreserved characters only is returned as is."""
    return text if _UNRESERVED(text) else quote(text, safe="")
