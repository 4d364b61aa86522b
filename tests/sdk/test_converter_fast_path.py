"""The generated fast structure functions decide exactly as cattrs' precise functions do.

For every model a response can carry, a body built from the spec (unknown keys included), the
same body with each field left out or set to a value of each JSON kind, and any JSON value are
structured by the client's converter
(fast functions first) and by the same converter without them (``fast=False``): both give the
same model, or both refuse it with the same message.
"""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import attrs
import cattrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from codegen.ir import Field, Spec, TypeRef
from codegen.load import load_spec
from dockerhub_sdk._converter_base import setters
from dockerhub_sdk._generated import models
from dockerhub_sdk._generated.converter import converter, make_converter
from tests.depth import depth

ROOT = Path(__file__).resolve().parents[2]
SPEC: Spec = load_spec(ROOT / "spec" / "dockerhub.yaml")
REFERENCE = make_converter(fast=False)

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=4),
    lambda inner: st.lists(inner, max_size=2) | st.dictionaries(st.text(max_size=3), inner),
    max_leaves=4,
)
DATETIMES = st.datetimes(
    timezones=st.sampled_from([datetime.UTC, datetime.timezone(datetime.timedelta(hours=-5))])
).map(lambda value: value.isoformat().replace("+00:00", "Z")) | st.sampled_from(
    ["2024-01-02T03:04:05z", "2024-01-02T03:04:05.1Z", "2024-01-02", "2024-01-02 03:04:05Z"]
)


def _valid(typ: TypeRef, depth: int) -> st.SearchStrategy[Any]:
    if typ.kind == "primitive":
        return {
            "str": st.text(max_size=4),
            "int": st.integers(),
            "bool": st.booleans(),
            "float": st.floats(allow_nan=False) | st.integers(),
        }[typ.name]
    if typ.kind == "datetime":
        return DATETIMES
    if typ.kind == "enum":
        return st.sampled_from(next(e for e in SPEC.enums if e.name == typ.name).values)
    if typ.kind == "model":
        return _body(typ.name, depth + 1) if depth < 3 else JSON
    if typ.kind == "list":
        return st.lists(_valid(typ.items[0], depth), max_size=2)
    if typ.kind == "dict":
        return st.dictionaries(st.text(max_size=3), _valid(typ.items[0], depth), max_size=2)
    return st.one_of(*(_valid(item, depth) for item in typ.items)) if typ.items else JSON


def _value(field: Field, depth: int) -> st.SearchStrategy[Any]:
    valid = _valid(field.type, depth)
    return st.none() | valid if field.nullable else valid


def _body(name: str, depth: int = 0) -> st.SearchStrategy[dict[str, Any]]:
    """A valid body of ``name``, unknown keys included."""
    fields = SPEC.model(name).fields
    return st.fixed_dictionaries(
        {f.wire: _value(f, depth) for f in fields if f.required},
        optional={
            **{f.wire: _value(f, depth) for f in fields if not f.required},
            "unknown_key": JSON,
        },
    )


# a value of every JSON kind (and a datetime string): each is wrong for most fields
WRONG: list[object] = [None, True, 0, 1.5, "x", "2024-01-02T03:04:05Z", [], ["x"], {}, {"k": 1}]


def _spoiled(name: str, body: dict[str, Any]) -> list[object]:
    """``body``, then ``body`` with each field left out, then with each field set to each of
    ``WRONG``."""
    wires = [f.wire for f in SPEC.model(name).fields]
    out: list[object] = [body]
    out += [{k: v for k, v in body.items() if k != wire} for wire in wires]
    out += [{**body, wire: value} for wire in wires for value in WRONG]
    return out


def _reachable(names: list[str]) -> list[str]:
    seen: dict[str, None] = {}
    while names:
        name = names.pop()
        if name not in seen:
            seen[name] = None
            names.extend(m for f in SPEC.model(name).fields for m in f.type.models())
    return sorted(seen)


RESPONSE_MODELS = _reachable(
    [name for op in SPEC.operations if op.response is not None for name in op.response.models()]
)


def _outcome(conv: cattrs.Converter, body: object, cls: type) -> tuple[str, str]:
    try:
        result = conv.structure(body, cls)
    except Exception as exc:
        return "refused", "; ".join(cattrs.transform_error(exc))
    return "structured", repr(result)


@pytest.mark.parametrize("name", RESPONSE_MODELS)
@settings(max_examples=depth(15), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_fast_and_precise_structuring_agree(name: str, data: st.DataObject) -> None:
    cls = getattr(models, name)
    for body in [data.draw(JSON), *_spoiled(name, data.draw(_body(name)))]:
        assert _outcome(converter, body, cls) == _outcome(REFERENCE, body, cls), body


def test_a_str_subclass_goes_the_precise_way_and_is_accepted() -> None:
    class Name(str):
        pass

    body = {"name": Name("latest"), "slug": "s"}
    assert converter.structure(body, models.Category) == models.Category(name="latest", slug="s")


def test_a_model_built_by_its_fast_function_equals_one_built_by_init() -> None:
    body = {"name": "latest", "slug": "s"}
    built = converter.structure(body, models.Category)
    assert built == models.Category(name="latest", slug="s")
    assert hash(built) == hash(models.Category(name="latest", slug="s"))


def test_setters_refuse_a_class_whose_init_does_more_than_set_its_fields() -> None:
    @attrs.frozen
    class Checked:
        name: str = attrs.field(validator=attrs.validators.instance_of(str))

    with pytest.raises(TypeError, match="Checked is not plain slotted data"):
        setters(Checked, ("name",))


def test_setters_refuse_names_that_are_not_exactly_the_fields() -> None:
    with pytest.raises(TypeError, match="Category's fields are not"):
        setters(models.Category, ("name",))
