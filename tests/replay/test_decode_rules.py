"""The decoding rules of tests/replay/decode.py: Go's encoding/json, one rule per test."""

from __future__ import annotations

import base64
import datetime
import importlib.util
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.replay.decode import decode_go, decode_strict_model, go_fold, go_time_problem

STRUCTS: dict[str, Any] = {
    "Team": {
        "name": "string",
        "id": "int",
        "big": "int64",
        "small": "int32",
        "ratio": "float64",
        "active": "bool",
        "created": "time",
        "members": ["Member"],
        "labels": {"map": "string"},
        "extra": "any",
        "owner": "?Member",
        "secret": "string",
        "$ignored": ["secret"],
    },
    "Member": {"username": "string"},
    "Token": {
        "uuid": "string",
        "token": "string",
        "$formats": {"uuid": "uuid", "token": "jwt_exp"},
    },
}


def go(value: object, type_name: Any = "Team") -> list[str]:
    return decode_go(value, type_name, STRUCTS)


def jwt(claims: dict[str, Any]) -> str:
    payload = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
    return f"eyJhbGciOiJIUzI1NiJ9.{payload}.c2ln"


# --- null and unknown fields ----------------------------------------------------------------


@pytest.mark.parametrize(
    "field", ["name", "id", "ratio", "active", "created", "members", "labels", "owner"]
)
def test_null_is_the_zero_value_for_every_kind_of_field(field: str) -> None:
    assert go({field: None}) == []


def test_a_null_document_decodes_into_a_struct() -> None:
    assert go(None) == []


def test_unknown_fields_are_ignored() -> None:
    assert go({"not_a_field": [1, {"x": 2}]}) == []


def test_fields_tagged_dash_are_never_filled() -> None:
    assert go({"secret": 42}) == []


def test_keys_match_fields_case_insensitively() -> None:
    assert go({"NAME": 1}) != []  # NAME fills name, so its type is checked
    assert go({"Name": "x", "ID": 3}) == []


def test_go_folding_maps_the_kelvin_sign_to_k() -> None:
    assert go_fold("\u212aey") == go_fold("key") == "KEY"


def test_the_last_duplicate_key_wins() -> None:
    assert go(json.loads('{"id": "x", "id": 1}')) == []


# --- scalar kinds ---------------------------------------------------------------------------


@pytest.mark.parametrize("value", [1, 1.5, True, [], {}])
def test_a_string_field_refuses_anything_but_a_string(value: object) -> None:
    assert go({"name": value}) != []


@pytest.mark.parametrize("value", [0, 1, "true", "false", []])
def test_a_bool_field_refuses_anything_but_true_or_false(value: object) -> None:
    assert go({"active": value}) != []


@pytest.mark.parametrize("value", ["1", True, [1]])
def test_an_int_field_refuses_strings_bools_and_lists(value: object) -> None:
    assert go({"id": value}) != []


@pytest.mark.parametrize("literal", ["1.0", "1.5", "1e3", "-0.0"])
def test_an_int_field_refuses_a_number_with_a_fraction_or_exponent(literal: str) -> None:
    assert go(json.loads(f'{{"id": {literal}}}')) != []


def test_an_int_field_accepts_an_integer_literal() -> None:
    assert go(json.loads('{"id": -0, "big": 9223372036854775807}')) == []


def test_an_int64_field_refuses_a_number_beyond_its_range() -> None:
    assert go({"big": 2**63}) != []


def test_an_int32_field_refuses_a_number_beyond_its_range() -> None:
    assert go({"small": 2**31}) != []


@pytest.mark.parametrize("literal", ["1", "1.5", "1e3", "-2"])
def test_a_float64_field_accepts_any_number(literal: str) -> None:
    assert go(json.loads(f'{{"ratio": {literal}}}')) == []


def test_a_float64_field_refuses_a_number_that_overflows() -> None:
    assert go(json.loads('{"ratio": 1e400}')) != []


def test_a_float64_field_refuses_a_string() -> None:
    assert go({"ratio": "1.5"}) != []


def test_an_any_field_accepts_every_json_value() -> None:
    for value in (1, "x", [1], {"a": None}, True, 1.5):
        assert go({"extra": value}) == []


# --- time.Time ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "2024-11-26T12:00:00Z",
        "2024-11-26T12:00:00.123456789Z",
        "2024-11-26T12:00:00.1234567891234Z",
        "2024-11-26T12:00:00+05:30",
        "2024-02-29T00:00:00-00:00",
        "0000-01-01T00:00:00Z",
    ],
)
def test_time_accepts_rfc3339_with_or_without_fractional_seconds(text: str) -> None:
    assert go({"created": text}) == []


@pytest.mark.parametrize(
    "text",
    [
        "2024-11-26 12:00:00Z",  # space instead of T
        "2024-11-26t12:00:00z",  # lower-case separators
        "2024-11-26T12:00:00",  # no offset
        "2024-11-26T12:00:00,5Z",  # comma before the fraction
        "2024-11-26T12:00:00.Z",  # a dot with no digits
        "2024-11-26T1:00:00Z",  # one-digit hour
        "2024-11-26T12:00:60Z",  # leap second
        "2023-02-29T12:00:00Z",  # not a leap year
        "2024-13-01T12:00:00Z",  # month 13
        "2024-11-26T12:00:00+24:00",  # offset hour out of range
        "2024-11-26T12:00:00+0530",  # offset without a colon
        "2024-11-26",  # a date only
        "",
    ],
)
def test_time_refuses_anything_that_is_not_strict_rfc3339(text: str) -> None:
    assert go_time_problem(text) is not None
    assert go({"created": text}) != []


def test_time_refuses_a_number() -> None:
    assert go({"created": 1732622400}) == [
        "$.created: Time.UnmarshalJSON: input is not a JSON string"
    ]


# --- composites -----------------------------------------------------------------------------


def test_a_list_field_refuses_an_object() -> None:
    assert go({"members": {"username": "bob"}}) != []


def test_a_problem_inside_a_list_names_its_index() -> None:
    assert go({"members": [{"username": "a"}, {"username": 2}]}) == [
        "$.members[1].username: cannot unmarshal number into Go value of type string"
    ]


def test_a_top_level_list_type_refuses_a_page_object() -> None:
    assert go({"count": 0, "results": []}, ["Member"]) != []


def test_a_map_field_checks_every_value() -> None:
    assert go({"labels": {"a": "x"}}) == []
    assert go({"labels": {"a": 1}}) != []


def test_a_pointer_field_decodes_its_target_type() -> None:
    assert go({"owner": {"username": "alice"}}) == []
    assert go({"owner": "alice"}) != []


def test_a_struct_refuses_a_json_array() -> None:
    assert go([]) == ["$: cannot unmarshal array into Go value of type Team"]


def test_an_unknown_type_name_is_a_fixture_error() -> None:
    with pytest.raises(KeyError):
        go({}, "Nope")


# --- the clients' own checks after decoding ($formats) --------------------------------------


def test_a_uuid_format_refuses_a_non_uuid() -> None:
    good = jwt({"exp": 1})
    assert go({"uuid": "3b5d1d5c-1f2e-4b7a-9a7e-2f1c0e6d8a9b", "token": good}, "Token") == []
    assert go({"uuid": "not-a-uuid", "token": good}, "Token") != []


def test_a_jwt_format_needs_a_numeric_exp_claim() -> None:
    uuid = "3b5d1d5c-1f2e-4b7a-9a7e-2f1c0e6d8a9b"
    assert go({"uuid": uuid, "token": jwt({"sub": "alice"})}, "Token") != []
    assert go({"uuid": uuid, "token": "opaque"}, "Token") != []


def test_a_missing_formatted_field_fails_its_check() -> None:
    assert go({}, "Token") != []


# --- dockerhub-api's pydantic models --------------------------------------------------------

needs_pydantic = pytest.mark.skipif(
    importlib.util.find_spec("pydantic") is None, reason="pydantic is not installed"
)
MODELS: dict[str, Any] = {
    "Page": {
        "$extra": "allow",
        "$all_optional": True,
        "count": "int",
        "results": ["Item"],
        "status": {"union": ["int", "string"]},
    },
    "Item": {"$extra": "allow", "$all_optional": True, "id": "string", "on": "bool"},
}


@needs_pydantic
def test_a_lenient_model_accepts_missing_null_and_extra_fields() -> None:
    assert decode_strict_model({"count": None, "more": 1}, "Page", MODELS) == []


@needs_pydantic
def test_a_lax_model_coerces_numeric_strings_but_refuses_words() -> None:
    assert decode_strict_model({"count": "3"}, "Page", MODELS) == []
    assert decode_strict_model({"count": "three"}, "Page", MODELS) != []


@needs_pydantic
def test_a_lax_model_refuses_an_int_for_a_string() -> None:
    assert decode_strict_model({"results": [{"id": 7}]}, "Page", MODELS) != []


@needs_pydantic
def test_a_strict_model_refuses_a_numeric_string_for_an_int() -> None:
    assert decode_strict_model({"count": "3"}, "Page", MODELS, strict=True) != []


@needs_pydantic
def test_a_union_field_takes_either_member() -> None:
    assert decode_strict_model({"status": 1}, "Page", MODELS) == []
    assert decode_strict_model({"status": "active"}, "Page", MODELS) == []


# --- properties -----------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


@given(json_values)
def test_decoding_any_json_into_any_field_returns_a_list_and_never_raises(value: object) -> None:
    for field in ("name", "id", "ratio", "active", "created", "members", "labels", "owner"):
        assert isinstance(go({field: value}), list)


@given(st.integers(min_value=-(2**63), max_value=2**63 - 1))
def test_every_int64_literal_decodes_into_an_int64_field(n: int) -> None:
    assert go(json.loads(json.dumps({"big": n}))) == []


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_no_float_literal_decodes_into_an_int_field(x: float) -> None:
    assert go(json.loads(json.dumps({"id": x}))) != []


offsets = st.integers(min_value=-(24 * 60 - 1), max_value=24 * 60 - 1).map(
    lambda minutes: datetime.timezone(datetime.timedelta(minutes=minutes))
)


@given(st.datetimes(timezones=offsets))
def test_every_isoformat_datetime_with_a_minute_offset_decodes_as_go_time(
    moment: datetime.datetime,
) -> None:
    assert go_time_problem(moment.isoformat()) is None


@given(st.text())
def test_go_folding_is_idempotent(name: str) -> None:
    assert go_fold(go_fold(name)) == go_fold(name)
