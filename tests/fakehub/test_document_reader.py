"""Reading a load document's object: an entity's string and boolean fields read with the
defaults the entity declares (``_Obj.defaults``), and its nested objects (``_Obj.objects``,
``_Obj.nested``) read with an entity's keys or the keys given."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fakehub.state import Invalid
from fakehub.state.document.reader import _Obj
from fakehub.state.entities.repositories import Comment, Repository, Webhook

KEYS = ("description", "full_description", "is_private")


@given(
    st.fixed_dictionaries(
        {},
        optional={
            "description": st.text(),
            "full_description": st.text(),
            "is_private": st.booleans(),
        },
    )
)
def test_defaults_reads_the_given_fields_and_the_entitys_defaults_for_the_others(
    value: dict[str, Any],
) -> None:
    read = _Obj(value, "repos[0]", KEYS).defaults(Repository, *KEYS)
    assert read == {"description": "", "full_description": "", "is_private": False, **value}
    assert list(read) == list(KEYS)


@pytest.mark.parametrize(
    ("value", "key", "reason"),
    [
        ({"description": 1}, "description", "expected a string"),
        ({"is_private": "yes"}, "is_private", "expected a boolean"),
        ({"description": None}, "description", "expected a string"),
    ],
)
def test_defaults_refuses_a_value_of_the_wrong_kind_naming_its_path(
    value: dict[str, Any], key: str, reason: str
) -> None:
    with pytest.raises(Invalid) as raised:
        _Obj(value, "repos[0]", KEYS).defaults(Repository, *KEYS)
    assert (raised.value.field, raised.value.reason) == (f"repos[0].{key}", reason)


def test_defaults_refuses_a_field_without_a_string_or_boolean_default() -> None:
    with pytest.raises(TypeError, match=r"Webhook\.creator has no string or boolean default"):
        _Obj({}, "w", {"creator"}).defaults(Webhook, "creator")


def test_objects_reads_each_item_at_its_index_path_and_none_when_the_key_is_left_out() -> None:
    repo = _Obj({"comments": [{"user": "a"}, {"user": "b"}]}, "repos[0]", Repository)
    read = [(c.path, c.text("user")) for c in repo.objects("comments", Comment)]
    assert read == [("repos[0].comments[0]", "a"), ("repos[0].comments[1]", "b")]
    assert list(_Obj({}, "repos[0]", Repository).objects("comments", Comment)) == []


@pytest.mark.parametrize(
    ("item", "field", "reason"),
    [
        ({"user": "a", "likes": 3}, "repos[0].comments[0].likes", "unknown field"),
        ("a", "repos[0].comments[0]", "expected an object"),
    ],
)
def test_objects_refuses_an_item_that_is_no_object_of_the_entitys_keys_naming_its_path(
    item: object, field: str, reason: str
) -> None:
    repo = _Obj({"comments": [item]}, "repos[0]", Repository)
    with pytest.raises(Invalid) as raised:
        list(repo.objects("comments", Comment))
    assert (raised.value.field, raised.value.reason) == (field, reason)


def test_nested_takes_the_keys_given_and_names_its_path() -> None:
    build = _Obj({"metrics": {"pulled": None, "pushed": None}}, "builds[0]", {"metrics"})
    assert build.nested("metrics", {"pulled", "pushed"}).path == "builds[0].metrics"
    with pytest.raises(Invalid) as raised:
        build.nested("metrics", {"pulled"})
    assert raised.value.field == "builds[0].metrics.pushed"
