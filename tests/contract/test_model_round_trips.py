"""Property: every model of the spec survives model → JSON text → model unchanged.

Strategies are built from the spec's IR, so a new model is covered the moment it is added.
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from codegen.ir import Field, ModelDef, Spec, TypeRef
from codegen.load import load_spec
from dockerhub_sdk._generated import models
from dockerhub_sdk._generated.converter import converter, strict_converter
from dockerhub_sdk._types import UNSET
from tests.depth import depth

SPEC: Spec = load_spec(Path(__file__).resolve().parents[2] / "spec" / "dockerhub.yaml")
_PRIMITIVE = {
    "str": st.text(max_size=20),
    "int": st.integers(min_value=-(2**53), max_value=2**53),
    "float": st.floats(allow_nan=False, allow_infinity=False),
    "bool": st.booleans(),
}
_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=5,
)


def _datetimes(precision: str) -> st.SearchStrategy[datetime.datetime]:
    moments = st.datetimes(
        min_value=datetime.datetime(1970, 1, 1),
        max_value=datetime.datetime(2100, 1, 1),
        timezones=st.just(datetime.UTC),
    )
    if precision == "ms":
        return moments.map(lambda d: d.replace(microsecond=d.microsecond // 1000 * 1000))
    return moments


def _of_type(t: TypeRef, precision: str, depth: int) -> st.SearchStrategy[Any]:
    if t.kind == "primitive":
        return _PRIMITIVE[t.name]
    if t.kind == "datetime":
        return _datetimes(precision)
    if t.kind == "json":
        return _JSON
    if t.kind == "enum":
        return st.sampled_from(list(getattr(models, t.name)))
    if t.kind == "model":
        return _model(SPEC.model(t.name), depth + 1)
    if t.kind == "list":
        return st.lists(_of_type(t.items[0], precision, depth), max_size=2 if depth < 2 else 0)
    if t.kind == "dict":
        values = _of_type(t.items[0], precision, depth)
        return st.dictionaries(st.text(max_size=5), values, max_size=2 if depth < 2 else 0)
    return st.one_of(*(_PRIMITIVE[i.name] for i in t.items))


def _field(f: Field, depth: int) -> st.SearchStrategy[Any]:
    value = _of_type(f.type, f.precision, depth)
    if f.nullable:
        value = st.none() | value
    if not f.required:
        value = st.just(UNSET) | value
    return value


def _model(m: ModelDef, depth: int = 0) -> st.SearchStrategy[Any]:
    cls = getattr(models, m.name)
    return st.builds(cls, **{f.name: _field(f, depth) for f in m.fields})


@pytest.mark.parametrize("model", SPEC.models, ids=[m.name for m in SPEC.models])
@settings(max_examples=depth(40), deadline=None)
@given(data=st.data())
def test_model_round_trips_through_json_losslessly(model: ModelDef, data: st.DataObject) -> None:
    cls = getattr(models, model.name)
    instance = data.draw(_model(model))
    text = json.dumps(converter.unstructure(instance))
    assert converter.structure(json.loads(text), cls) == instance
    assert strict_converter.structure(json.loads(text), cls) == instance


@pytest.mark.parametrize("model", SPEC.models, ids=[m.name for m in SPEC.models])
@settings(max_examples=depth(20), deadline=None)
@given(data=st.data())
def test_unset_fields_are_absent_from_the_wire(model: ModelDef, data: st.DataObject) -> None:
    instance = data.draw(_model(model))
    wire = converter.unstructure(instance)
    absent = {f.wire for f in model.fields if getattr(instance, f.name) is UNSET}
    assert absent.isdisjoint(wire)
    assert set(wire) == {f.wire for f in model.fields} - absent
