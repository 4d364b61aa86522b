"""Response bodies from bytes: msgspec's JSON parser, and a fast path straight into the models.

:func:`parse_json` parses any body. :class:`JsonDecoder` (the ``json`` attribute of the
client converter's structure hook for a model) decodes a body straight into the generated
attrs models with msgspec, which builds them in C (a quarter of the time of parsing into
dicts and structuring those in Python). It decides only what the converter would decide the
same way, and raises :class:`Fallback` for anything else: the caller then parses the body and
runs the converter, which accepts it or raises its precise error.

Where msgspec and the converter differ, and how the difference is kept out:

- Field names: msgspec reads an attrs field by its attribute name, so a model with a renamed
  field (or containing one) has no fast path.
- Datetimes: msgspec also reads ISO 8601 forms that :func:`parse_datetime` refuses (a space
  for ``T``, ``+hhmm``, no offset) and rounds more than six fraction digits where
  ``fromisoformat`` truncates. So a second, cheap decode of the same bytes reads every
  datetime field as a string (:func:`_twin`: a Struct with only those fields), and the fast
  path keeps its result only when each is in the form Docker Hub writes: ``T`` at index 10,
  a final ``Z``, at most 27 characters (at most six fraction digits). On those, msgspec and
  ``fromisoformat`` agree; anything else takes the precise path.
- Everything else (strict ``int``/``str``/``bool``, an integer for a ``float``, unknown keys
  ignored, the last of duplicate keys, ``UNSET`` for a key left out) they read alike; a
  property test (tests/sdk/test_json_fast_path.py) holds both paths to the same objects and
  the same errors.
"""

from __future__ import annotations

import datetime
import json
import types
import typing
from collections.abc import Callable, Iterable
from itertools import chain
from operator import attrgetter
from typing import Annotated, Any, get_args, get_origin

import attrs
import msgspec

from dockerhub_sdk._types import UNSET, Unset

__all__ = ["Fallback", "JsonDecoder", "decode_fast", "parse_json"]

_decode_json = msgspec.json.Decoder().decode


def parse_json(content: bytes) -> object:
    """A JSON body parsed by msgspec (twice as fast as ``json.loads``), else by ``json.loads``:
    what msgspec refuses and ``json`` reads (``NaN``, ``1e400``, UTF-16, lone surrogates)
    parses as it always did; a body neither reads raises ``ValueError``."""
    try:
        return _decode_json(content)
    except msgspec.DecodeError:
        return json.loads(content)


class Fallback(Exception):
    """Raised by a fast path (a generated structure function, :class:`JsonDecoder`): the
    precise cattrs path decides."""


class _Unsupported(Exception):
    """A model shape the fast path does not check: it has no fast path."""


Collect = Callable[[Iterable[Any]], Iterable[Any]]
"""From decoded check values of one field type (none of them ``None``), their datetime
strings (some perhaps ``None``). Built from ``map``, ``filter`` and ``chain``: one C loop per
field, not one Python call per object."""

_DATETIME = Annotated[str, msgspec.Meta(max_length=27)]
"""A datetime in the check decode: longer than Docker Hub's 27 characters is refused there."""


def _members(tp: Any) -> list[Any]:
    if get_origin(tp) in (typing.Union, types.UnionType):
        return [a for a in get_args(tp) if a not in (Unset, type(None))]
    return [tp]


def _twin(tp: Any, building: frozenset[type] = frozenset()) -> tuple[Any, Collect] | None:
    """The check type of a field typed ``tp`` (its datetimes as strings, all else dropped)
    and how to collect its strings; ``None`` when it holds no datetime."""
    members = _members(tp)
    twins = [_twin_member(m, building) for m in members]
    if all(t is None for t in twins):
        return None
    if len(members) > 1:  # a union holding datetimes or models: not checked here
        raise _Unsupported(tp)
    return twins[0]


def _twin_member(tp: Any, building: frozenset[type]) -> tuple[Any, Collect] | None:
    if tp is datetime.datetime:
        return _DATETIME, _same
    if attrs.has(tp):
        return _twin_model(tp, building)
    origin = get_origin(tp)
    if origin in (list, dict):
        inner = _twin(get_args(tp)[-1], building)
        if inner is None:
            return None
        item, collect = inner
        item = item | None
        if origin is list:
            return types.GenericAlias(list, item), lambda lists: collect(
                filter(None, chain.from_iterable(lists))
            )
        values = chain.from_iterable  # of the dicts' values
        return types.GenericAlias(dict, (str, item)), lambda dicts: collect(
            filter(None, values(map(dict.values, dicts)))
        )
    if origin is not None and any(_twin(a, building) for a in get_args(tp)):
        raise _Unsupported(tp)  # a tuple or a nested container of models
    return None


def _same(values: Iterable[Any]) -> Iterable[Any]:
    return values


def _twin_model(cls: type, building: frozenset[type]) -> tuple[Any, Collect] | None:
    if cls in building:
        raise _Unsupported(cls)  # recursive models: not checked here
    hints = typing.get_type_hints(cls)
    fields: list[tuple[str, Any, Any]] = []
    collects: list[tuple[Callable[[Any], Any], Collect]] = []
    for field in attrs.fields(cls):
        twin = _twin(hints[field.name], building | {cls})
        if twin is not None:
            fields.append((field.name, twin[0] | None, None))
            collects.append((attrgetter(field.name), twin[1]))
    if not fields:
        return None

    def collect(values: Iterable[Any]) -> Iterable[Any]:
        objects = list(values)
        return chain.from_iterable(
            [inner(filter(None, map(get, objects))) for get, inner in collects]
        )

    return msgspec.defstruct(f"{cls.__name__}Dates", fields, gc=False), collect


def _docker_hub_form(strings: list[str]) -> bool:
    """Each of ``strings`` (msgspec read it as a datetime, at most 27 characters) is
    ``YYYY-MM-DDTHH:MM:SS[.f]Z``: a form msgspec and ``fromisoformat`` read alike.

    In what msgspec reads as a datetime, ``T`` (``t``, space) is only the separator and
    ``Z`` (``z``, an offset) only the end: counting them in the joined strings checks all."""
    joined = "|".join(strings)
    return (
        joined.count("T") == len(strings)
        and joined.count("Z|") == len(strings) - 1
        and joined[-1] == "Z"
    )


def _plan(tp: Any, twin: tuple[Any, Collect] | None) -> Callable[[bytes], Any]:
    """Decode ``tp`` from bytes, or raise :class:`Fallback`; ``twin``: its datetimes' check
    type and how to collect them (``None``: it holds none)."""
    decode = msgspec.json.Decoder(tp).decode
    if twin is None:

        def plain(content: bytes) -> Any:
            try:
                return decode(content)
            except msgspec.MsgspecError:
                raise Fallback from None

        return plain
    check_type, collect = twin
    check = msgspec.json.Decoder(check_type).decode

    def checked(content: bytes) -> Any:
        try:
            value = decode(content)
            strings = list(filter(None, collect((check(content),))))
        except msgspec.MsgspecError:
            raise Fallback from None
        if strings and not _docker_hub_form(strings):
            raise Fallback
        return value

    return checked


def _model_plan(cls: type) -> Callable[[bytes], Any]:
    return _plan(cls, _twin(cls))


def _page_plan(cls: type, items: str, keys: tuple[str, ...]) -> Callable[[bytes], Any]:
    """A page: ``keys`` read as any JSON, ``items`` as a list of ``cls`` (either may be
    left out)."""
    fields: list[tuple[str, Any, Any]] = [(key, Any, UNSET) for key in keys]
    fields.append((items, list[cls] | Unset, UNSET))  # type: ignore[valid-type]
    page = msgspec.defstruct(f"{cls.__name__}Page", fields, gc=False)
    twin = _twin(list[cls])  # type: ignore[valid-type]
    if twin is None:
        return _plan(page, None)
    item_type, inner = twin
    dates = msgspec.defstruct(f"{cls.__name__}PageDates", [(items, item_type | None, None)])
    get = attrgetter(items)
    return _plan(page, (dates, lambda pages: inner(filter(None, map(get, pages)))))


class JsonDecoder:
    """Decodes a body straight into ``cls`` (or a page of ``cls``), else :class:`Fallback`.

    ``excluded``: models whose fields msgspec would read under other names (renamed); ``cls``
    has no fast path when it is or holds one of them. Each decoder is built on first use.
    """

    def __init__(self, cls: type, excluded: frozenset[type]) -> None:
        self._cls = cls
        self._excluded = excluded
        self._plans: dict[object, Callable[[bytes], Any] | None] = {}

    def _get(self, key: object, make: Callable[[], Any]) -> Callable[[bytes], Any]:
        try:
            plan = self._plans[key]
        except KeyError:
            plan = self._plans[key] = self._build(make)
        if plan is None:
            raise Fallback
        return plan

    def _build(self, make: Callable[[], Any]) -> Callable[[bytes], Any] | None:
        if _reachable(self._cls) & self._excluded:
            return None
        try:
            plan: Callable[[bytes], Any] = make()
        except (_Unsupported, TypeError):  # msgspec's TypeError: a type it cannot decode
            return None
        return plan

    def decode(self, content: bytes) -> Any:
        """The body as a ``cls``."""
        plan = self._plans.get(None)  # once built (a fallback's None: built, no plan)
        if plan is None:
            plan = self._get(None, lambda: _model_plan(self._cls))
        return plan(content)

    def decode_page(self, content: bytes, items: str, keys: tuple[str, ...]) -> dict[str, Any]:
        """A page: its ``keys`` as JSON values (those present), its ``items`` as a list of
        ``cls`` (when present)."""
        page = self._get((items, keys), lambda: _page_plan(self._cls, items, keys))(content)
        values = ((key, getattr(page, key)) for key in (*keys, items))
        return {key: value for key, value in values if value is not UNSET}


def decode_fast(
    hook: Callable[..., Any], content: bytes, page: tuple[str, tuple[str, ...]] | None = None
) -> Any:
    """``content`` decoded by the :class:`JsonDecoder` of a converter's structure ``hook``
    (with ``page``: its items' key and the other keys, a page of them), or ``None`` when the
    hook has none or it does not decide: then parse the body and structure it."""
    fast: JsonDecoder | None = getattr(hook, "json", None)
    try:
        if fast is not None:
            return fast.decode(content) if page is None else fast.decode_page(content, *page)
    except Fallback:
        pass
    return None


def _reachable(cls: type) -> set[type]:
    """``cls`` and every attrs class its fields hold, however deep."""
    seen: set[type] = set()
    todo = [cls]
    while todo:
        tp = todo.pop()
        if attrs.has(tp) and isinstance(tp, type):
            if tp in seen:
                continue
            seen.add(tp)
            todo.extend(typing.get_type_hints(tp).values())
        else:
            todo.extend(get_args(tp))
    return seen
