"""Reading a load document's object: an entity's string and boolean fields read with the
defaults the entity declares (``_Obj.defaults``)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fakehub.state import Invalid
from fakehub.state.document.reader import _Obj
from fakehub.state.entities.repositories import Repository, Webhook

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
