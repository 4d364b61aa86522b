"""The wire rules every generated model shares: strict JSON primitives, datetimes, ``UNSET``.

``dockerhub_sdk/_generated/converter.py`` starts from :func:`make_base_converter` and adds one
structure / unstructure hook per model (renames, omitted keys, millisecond datetimes).
"""

from __future__ import annotations

import datetime
import enum
import types
import typing
from collections.abc import Callable
from typing import Any, get_args, get_origin

import attrs
import cattrs
from cattrs.cols import list_structure_factory
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn

from dockerhub_sdk._json_decode import Fallback, JsonDecoder, parse_json
from dockerhub_sdk._types import Unset

__all__ = [
    "Fallback",
    "as_float",
    "enum_value",
    "format_datetime",
    "format_datetime_ms",
    "format_datetime_us6",
    "fromisoformat",
    "make_base_converter",
    "new_instance",
    "parse_datetime",
    "register_models",
    "setters",
    "structure_enum",
]

_PRIMITIVES: tuple[type, ...] = (str, int, float, bool)


_fromisoformat = fromisoformat = datetime.datetime.fromisoformat
_SEPARATORS = frozenset({"--T::", "--t::"})
_FRACTION = frozenset({"--T::.", "--t::."})  # value[4:20:3] with a fraction


def parse_datetime(value: object, _: object = None) -> datetime.datetime:
    """Parse an RFC 3339 date-time as Docker Hub sends it; the result is timezone-aware.

    Only RFC 3339's ``date-time``: ``T`` or ``t`` between date and time, seconds, an optional
    fraction of any length (kept to the microsecond), and ``Z``/``z`` or a ``+hh:mm`` /
    ``-hh:mm`` offset. What else ``datetime.fromisoformat`` reads (week or ordinal dates, the
    basic format, a bare date, no offset, a space...) raises ``ValueError``. The shape is
    checked by position (as fast as a regex would be slow), the digits and ranges by
    ``fromisoformat``.
    """
    # The shapes Docker Hub writes, told by length and fixed characters: exactly the
    # ``fromisoformat`` call the general path below makes for them, without its slicing.
    if type(value) is str:
        size = len(value)
        if size == 27:  # YYYY-MM-DDTHH:MM:SS.ffffffZ
            fast = value[26] == "Z" and value[4:20:3] in _FRACTION
        elif size == 20:  # YYYY-MM-DDTHH:MM:SSZ
            fast = value[19] == "Z" and value[4:17:3] in _SEPARATORS
        elif size == 32:  # YYYY-MM-DDTHH:MM:SS.ffffff+hh:mm
            fast = value[29] == ":" and value[26] in "+-" and value[31] not in "Zz"
            fast = fast and value[4:20:3] in _FRACTION
        elif size == 25:  # YYYY-MM-DDTHH:MM:SS+hh:mm
            fast = value[22] == ":" and value[19] in "+-" and value[24] not in "Zz"
            fast = fast and value[4:17:3] in _SEPARATORS
        else:
            fast = False
        if fast:
            try:
                return _fromisoformat(value)
            except ValueError:
                raise ValueError(f"invalid RFC 3339 datetime: {value!r}") from None
    elif not isinstance(value, str):
        raise TypeError(f"expected an RFC 3339 datetime string, got {type(value).__name__}")
    text = value[:-1] + "Z" if value[-1:] == "z" else value
    if text[4:17:3] in _SEPARATORS:  # "YYYY-MM-DDTHH:MM:SS": dashes, T, colons in place
        tail = text[19:]
        if tail[-1:] == "Z":
            fraction = tail[:-1]
        elif len(tail) >= 6 and tail[-6] in "+-" and tail[-3] == ":":
            fraction = tail[:-6]
        else:
            fraction = "?"
        # fromisoformat checks the digits (ASCII only) and the ranges
        if not fraction or (fraction[0] == "." and len(fraction) > 1):
            try:
                return _fromisoformat(text)
            except ValueError:
                pass
    raise ValueError(f"invalid RFC 3339 datetime: {value!r}")


def _utc(value: datetime.datetime) -> datetime.datetime:
    if value.tzinfo is None:
        raise ValueError(f"naive datetime {value!r}: Docker Hub timestamps are timezone-aware")
    return value.astimezone(datetime.UTC)


def format_datetime(value: datetime.datetime) -> str:
    """Docker Hub's (Django REST framework's) form: microseconds when non-zero, ``Z`` suffix."""
    return _utc(value).isoformat().replace("+00:00", "Z")


def format_datetime_ms(value: datetime.datetime) -> str:
    """The JavaScript ``toISOString()`` form some build fields use: always milliseconds."""
    return _utc(value).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def format_datetime_us6(value: datetime.datetime) -> str:
    """The form the live Hub's tag routes write: always six fraction digits, ``Z`` suffix."""
    return _utc(value).isoformat(timespec="microseconds").replace("+00:00", "Z")


def _optional(fn: Callable[[datetime.datetime], str]) -> Callable[[datetime.datetime | None], Any]:
    def hook(value: datetime.datetime | None) -> str | None:
        return None if value is None else fn(value)

    return hook


format_optional_datetime_ms = _optional(format_datetime_ms)
format_optional_datetime_us6 = _optional(format_datetime_us6)


def _strict(kind: type) -> Callable[[object, object], object]:
    def hook(value: object, _: object) -> object:
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            return float(value)
        if type(value) is not kind and not (kind is str and isinstance(value, str)):
            raise TypeError(f"expected {_json_name(kind)}, got {_json_kind(value)}")
        return value

    return hook


def _json_name(kind: type) -> str:
    return {str: "a string", int: "an integer", float: "a number", bool: "a boolean"}.get(
        kind, kind.__name__
    )


def _json_kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _is_union(tp: object) -> bool:
    return get_origin(tp) in (typing.Union, types.UnionType)


def _without_unset(tp: object) -> object:
    members = [a for a in get_args(tp) if a is not Unset]
    if len(members) == 1:
        return members[0]
    return typing.Union[tuple(members)]  # noqa: UP007 - built at run time


def enum_value(cls: type[enum.Enum]) -> Callable[[object], Any]:
    """An unstructure hook sending ``cls`` members as their plain values.

    A plain value is accepted too (SDK arguments take ``"Branch"`` as well as
    ``SourceType.BRANCH``), but only one of ``cls``'s: anything else raises ``ValueError``.
    """

    def hook(member: object) -> Any:
        return structure_enum(member, cls).value

    return hook


def structure_enum(value: object, cls: type[enum.Enum]) -> enum.Enum:
    """An enum member from its value; the error lists the accepted values."""
    try:
        return cls(value)
    except ValueError:
        accepted = ", ".join(repr(m.value) for m in cls)
        raise ValueError(f"{value!r} is not one of {accepted}") from None


def make_base_converter(*, forbid_extra_keys: bool = False) -> cattrs.Converter:
    """A converter with Docker Hub's primitive rules.

    ``forbid_extra_keys`` is off for the client (a newer Hub may add fields) and on where a
    request body is validated (fakehub answers 400 naming the unknown field).
    """
    conv = cattrs.Converter(forbid_extra_keys=forbid_extra_keys, detailed_validation=True)
    for kind in _PRIMITIVES:
        conv.register_structure_hook(kind, _strict(kind))
    conv.register_structure_hook(datetime.datetime, parse_datetime)
    conv.register_unstructure_hook(datetime.datetime, format_datetime)

    def is_unset_union(tp: object) -> bool:
        return _is_union(tp) and Unset in get_args(tp)

    def structure_unset_union(value: object, tp: object) -> object:
        return conv.structure(value, typing.cast(Any, _without_unset(tp)))

    conv.register_structure_hook_func(is_unset_union, structure_unset_union)

    def is_primitive_union(tp: object) -> bool:
        if not _is_union(tp):
            return False
        members = [a for a in get_args(tp) if a is not type(None)]
        return len(members) > 1 and all(a in _PRIMITIVES for a in members)

    def structure_primitive_union(value: object, tp: object) -> object:
        members = get_args(tp)
        if value is None and type(None) in members:
            return None
        for member in members:
            if member is not type(None) and type(value) is member:
                return value
        names = " or ".join(_json_name(m) for m in members if m is not type(None))
        raise TypeError(f"expected {names}, got {_json_kind(value)}")

    conv.register_structure_hook_func(is_primitive_union, structure_primitive_union)

    def is_list(tp: object) -> bool:
        return get_origin(tp) is list

    def strict_list(tp: Any, converter: cattrs.Converter) -> Callable[[Any, Any], Any]:
        # cattrs iterates anything iterable; JSON only has arrays (a string is not a list).
        items = list_structure_factory(tp, converter)

        def hook(value: Any, _: Any) -> Any:
            if not isinstance(value, list):
                raise TypeError(f"expected an array, got {_json_kind(value)}")
            return items(value, tp)

        return hook

    conv.register_structure_hook_factory(is_list, strict_list)
    return conv


def as_float(value: object) -> float:
    """A JSON number as a ``float`` (an integer is one; a boolean is not)."""
    if type(value) is int:
        return float(value)
    raise Fallback


new_instance: Callable[[type[Any]], Any] = object.__new__
"""An instance of a class without calling its ``__init__`` (its slots then set by ``setters``)."""


def setters(cls: type, names: tuple[str, ...]) -> tuple[Callable[[Any, Any], None], ...]:
    """The slot setters of the fields ``names`` of the attrs class ``cls``, in that order.

    A generated fast function makes its model with :data:`new_instance` and these: a frozen
    attrs ``__init__`` sets each field through ``object.__setattr__``, twice as slow. So
    ``names`` must be every field, and the class plain data (slotted; no validator, converter
    or ``__attrs_post_init__``, which such a construction would skip): else ``TypeError``.
    """
    fields = attrs.fields(cls)
    plain = "__slots__" in cls.__dict__ and not hasattr(cls, "__attrs_post_init__")
    if not plain or any(f.validator or f.converter for f in fields):
        raise TypeError(f"{cls.__name__} is not plain slotted data: build it with __init__")
    if sorted(names) != sorted(f.name for f in fields):
        raise TypeError(f"{cls.__name__}'s fields are not {names}")
    return tuple(cls.__dict__[name].__set__ for name in names)


FastStructure = Callable[[Any], Any]
Overrides = dict[str, Any]  # field name -> cattrs.gen.override(...)


def register_models(
    conv: cattrs.Converter,
    models: dict[type, tuple[FastStructure | None, Overrides, Overrides]],
    *,
    fast: bool = True,
) -> None:
    """Hook every model into ``conv``: ``models`` maps a class to its generated fast structure
    function (``None``: none) and its structure / unstructure overrides (renames, omitted keys).

    Structuring runs the fast function; whatever it refuses goes to cattrs' precise function
    (built on first use), which accepts it or raises the detailed error naming the path. A
    model with a fast function also decodes a JSON body (``bytes``) straight into the model
    (:class:`~dockerhub_sdk._json_decode.JsonDecoder`, the hook's ``json`` attribute, which
    the client uses), else parses it and structures it as above. A
    converter that forbids extra keys uses only the precise functions (the fast ones ignore
    unknown keys), and so does ``fast=False``. Nothing is compiled here: every cattrs function
    is built on first use.
    """
    fast = fast and not conv.forbid_extra_keys
    renamed = frozenset(cls for cls, (_, s_over, _) in models.items() if s_over)
    hooks: dict[type, Callable[[Any, Any], Any]] = {}
    for cls, (function, s_over, _) in models.items():
        json = JsonDecoder(cls, renamed) if fast and function is not None else None
        hooks[cls] = _structure_hook(conv, cls, function if fast else None, s_over, json)
    # one factory for all the models (cattrs caches what it returns per class), not a
    # register_structure_hook per model: that resolves each model's annotations at once,
    # two thirds of building the converter; cattrs resolves them when it needs them
    conv.register_structure_hook_factory(
        lambda tp: isinstance(tp, type) and tp in hooks, lambda tp: hooks[tp]
    )
    conv.register_unstructure_hook_factory(
        lambda tp: isinstance(tp, type) and tp in models,
        lambda tp: make_dict_unstructure_fn(tp, conv, **models[tp][2]),
    )


def _structure_hook(
    conv: cattrs.Converter,
    cls: type,
    fast: FastStructure | None,
    overrides: Overrides,
    json: JsonDecoder | None,
) -> Callable[[Any, Any], Any]:
    precise: list[Callable[[Any, Any], Any]] = []

    def structure(value: Any, _: Any) -> Any:
        if type(value) is bytes and json is not None:  # a JSON body: msgspec, else parsed
            try:
                return json.decode(value)
            except Fallback:
                value = parse_json(value)
        if fast is not None:
            try:
                return fast(value)
            except Exception:  # any refusal: the precise path decides
                pass
        if not precise:
            precise.append(make_dict_structure_fn(cls, conv, **overrides))
        return precise[0](value, cls)

    # like cattrs' own dict structure functions: the renames and omissions it applies, for
    # readers of the wire names (fakehub's known_only, which drops unknown body keys)
    structure.overrides = overrides  # type: ignore[attr-defined]
    # the client decodes a body with it when there is one (else parses, then structures)
    structure.json = json  # type: ignore[attr-defined]
    return structure
