"""``project``: a wire model built from a domain object's attributes of the same names."""

from __future__ import annotations

import datetime
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from dockerhub_sdk._generated import models as wire
from dockerhub_sdk._types import UNSET, Unset
from fakehub import state as domain
from fakehub.http.projection import ProjectionError, project


@attrs.frozen(kw_only=True)
class Point:
    x: int
    y: int
    label: str | Unset = UNSET


@attrs.define(kw_only=True)
class Record:
    x: int
    y: int
    label: str
    secret: str = "not on the wire"


def test_every_field_is_taken_from_the_attribute_of_the_same_name() -> None:
    assert project(Point, Record(x=1, y=2, label="a")) == Point(x=1, y=2, label="a")


def test_a_given_field_wins_over_the_attribute() -> None:
    assert project(Point, Record(x=1, y=2, label="a"), y=20) == Point(x=1, y=20, label="a")


def test_a_given_field_needs_no_attribute() -> None:
    @attrs.frozen
    class OnlyX:
        x: int

    assert project(Point, OnlyX(1), y=2, label="b") == Point(x=1, y=2, label="b")


def test_properties_of_the_object_are_read_like_attributes() -> None:
    repo = domain.Repository(
        id=1, namespace="acme", name="app", date_registered=datetime.datetime.now(datetime.UTC)
    )

    @attrs.frozen(kw_only=True)
    class Names:
        full_name: str
        star_count: int

    assert project(Names, repo) == Names(full_name="acme/app", star_count=0)


def test_a_field_with_neither_attribute_nor_value_is_an_error_naming_it() -> None:
    @attrs.frozen
    class OnlyX:
        x: int

    with pytest.raises(ProjectionError, match=r"OnlyX onto Point: it has no attribute y, label"):
        project(Point, OnlyX(1))


def test_a_field_with_a_default_is_not_filled_in_silently() -> None:
    @attrs.frozen
    class NoLabel:
        x: int
        y: int

    with pytest.raises(ProjectionError, match="no attribute label and no value was given for it"):
        project(Point, NoLabel(1, 2))


def test_an_optional_field_is_left_out_by_giving_unset() -> None:
    @attrs.frozen
    class NoLabel:
        x: int
        y: int

    assert project(Point, NoLabel(1, 2), label=UNSET) == Point(x=1, y=2)


def test_a_value_for_no_field_of_the_model_is_refused() -> None:
    with pytest.raises(TypeError, match="colour"):
        project(Point, Record(x=1, y=2, label="a"), colour="red")


def test_the_model_field_names_are_read_once_not_per_call(monkeypatch: pytest.MonkeyPatch) -> None:
    @attrs.frozen(kw_only=True)
    class Fresh:
        x: int

    calls: list[type[Any]] = []
    real_fields = attrs.fields

    def counting_fields(cls: type[Any]) -> Any:
        calls.append(cls)
        return real_fields(cls)

    monkeypatch.setattr(attrs, "fields", counting_fields)
    for x in range(3):
        assert project(Fresh, Record(x=x, y=0, label="")) == Fresh(x=x)
    assert calls == [Fresh]


def test_a_domain_comment_projects_onto_the_wire_comment() -> None:
    now = datetime.datetime(2024, 5, 1, tzinfo=datetime.UTC)
    comment = domain.Comment(id=7, user="alice", comment="hi", created_on=now, updated_on=now)
    assert project(wire.Comment, comment) == wire.Comment(
        id=7, user="alice", comment="hi", created_on=now, updated_on=now
    )


@given(x=st.integers(), y=st.integers(), label=st.text(), override=st.none() | st.integers())
def test_projection_equals_construction_from_the_same_values(
    x: int, y: int, label: str, override: int | None
) -> None:
    record = Record(x=x, y=y, label=label)
    given_values = {} if override is None else {"x": override}
    expected = Point(x=x if override is None else override, y=y, label=label)
    assert project(Point, record, **given_values) == expected


@given(names=st.lists(st.from_regex(r"[a-z][a-z0-9_]{0,12}", fullmatch=True), unique=True))
def test_an_object_with_arbitrary_other_attributes_projects_only_the_model_fields(
    names: list[str],
) -> None:
    class Loose:
        pass

    obj = Loose()
    for name in names:
        setattr(obj, name, object())
    obj.x, obj.y, obj.label = 1, 2, "a"  # type: ignore[attr-defined]
    assert project(Point, obj) == Point(x=1, y=2, label="a")
