"""The models' shared ``repr``/``==``/``hash`` (dockerhub_sdk/_model.py) behave as the ones
attrs would generate for each model: every model is held to a twin made by attrs itself."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dockerhub_sdk._generated import models
from dockerhub_sdk._model import Model
from tests.depth import depth

MODELS = sorted(
    (cls for name in models.__all__ if attrs.has(cls := getattr(models, name))),
    key=lambda cls: cls.__name__,
)
SHARED = [cls for cls in MODELS if issubclass(cls, Model)]

VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),  # NaN too: equal to itself only as the same object, as in a tuple
    st.text(max_size=4),
    st.lists(st.integers(), max_size=2),  # unhashable
)


def _twin(cls: type) -> type:
    """``cls`` as plain attrs makes it: the same fields, attrs' own methods."""
    fields = {
        a.name: attrs.field(repr=a.repr, eq=a.eq, hash=a.hash, kw_only=True)
        for a in attrs.fields(cls)
    }
    return attrs.make_class(cls.__name__, fields, frozen=True, slots=True)


TWINS = {cls: _twin(cls) for cls in SHARED}


def _hash(obj: object) -> int | type[TypeError]:
    try:
        return hash(obj)
    except TypeError:
        return TypeError


def test_every_generated_model_but_the_pages_shares_the_base_methods() -> None:
    assert {cls for cls in MODELS if not issubclass(cls, Model)} == {
        cls for cls in MODELS if cls.__name__.endswith("Page")
    }
    assert len(SHARED) > 100


@settings(max_examples=depth(300), deadline=None)
@given(data=st.data())
def test_repr_eq_and_hash_are_what_attrs_generates(data: st.DataObject) -> None:
    cls = data.draw(st.sampled_from(SHARED))
    twin = TWINS[cls]
    names = [a.name for a in attrs.fields(cls)]
    kw: dict[str, Any] = {name: data.draw(VALUES, label=name) for name in names}
    changed = data.draw(st.sets(st.sampled_from(names)) if names else st.just(set()))
    kw2 = {**kw, **{name: data.draw(VALUES, label=f"other {name}") for name in changed}}
    a, b, ta, tb = cls(**kw), cls(**kw2), twin(**kw), twin(**kw2)

    assert repr(a) == repr(ta)
    assert (a == b, a != b) == (ta == tb, ta != tb)
    assert a == cls(**kw)
    assert a.__eq__(ta) is NotImplemented  # another class is never equal
    if _hash(a) is TypeError:
        assert _hash(ta) is TypeError
    elif a == b:
        assert hash(a) == hash(b)


def test_a_model_that_contains_itself_shows_three_dots_like_attrs() -> None:
    cls = models.ScimSchema
    listed = "attributes"  # a list of ScimSchemaAttribute

    def kw() -> dict[str, Any]:
        return {a.name: [] if a.name == listed else "x" for a in attrs.fields(cls)}

    obj, twin = cls(**kw()), TWINS[cls](**kw())
    getattr(obj, listed).append(obj)
    getattr(twin, listed).append(twin)
    assert repr(obj) == repr(twin)
    assert "[...]" in repr(obj)


def test_a_credential_is_redacted_by_the_shared_repr() -> None:
    text = repr(models.LoginResponse(token="s3cret", refresh_token="r3fresh"))
    assert text == "LoginResponse(token='[REDACTED]', refresh_token='[REDACTED]')"


@pytest.mark.parametrize("cls", [models.Repository, models.Tag])
def test_models_stay_frozen_slotted_and_evolvable(cls: type) -> None:
    assert "__slots__" in cls.__dict__
    kw = {a.name: "x" for a in attrs.fields(cls)}
    obj = cls(**kw)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        obj.name = "y"
    assert attrs.evolve(obj, name="y") == cls(**{**kw, "name": "y"})
    assert not hasattr(obj, "__dict__")


USER_CODE = """
import attrs
from dockerhub_sdk import Category, Repository


def check(a: Category, b: Category, r: Repository) -> tuple[bool, int, Category]:
    print(attrs.fields(Category).name.name, repr(a))
    return a == b, hash(a), attrs.evolve(a, name="z")


def mixed(a: Category, r: Repository) -> bool:
    return a == r
"""


def test_mypy_strict_still_flags_comparing_two_different_models(tmp_path: Path) -> None:
    # the shared __eq__ is hidden from type checkers: a class defining __eq__ is exempt from
    # mypy's strict equality check, which attrs' generated one leaves in force
    from mypy import api

    cache = Path(__file__).resolve().parents[2] / ".mypy_cache" / "user-code"  # kept warm
    (tmp_path / "user.py").write_text(USER_CODE, encoding="utf-8")
    out, _, status = api.run(
        ["--strict", "--cache-dir", str(cache), "--no-error-summary", str(tmp_path / "user.py")]
    )
    assert status == 1
    assert [line.split(": ", 1)[1] for line in out.splitlines()] == [
        'error: Non-overlapping equality check (left operand type: "Category", right operand '
        'type: "Repository")  [comparison-overlap]'
    ]
