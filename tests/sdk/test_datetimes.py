"""``parse_datetime``: RFC 3339 date-times only (issue 10), shared by the SDK and fakehub."""

from __future__ import annotations

import datetime
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dockerhub_sdk._converter_base import format_datetime, format_datetime_us6, parse_datetime

RFC3339 = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]+)?(?:[Zz]|[+-][0-9]{2}:[0-9]{2})"
)

# fixed offsets, in whole minutes as RFC 3339 writes them (a zone's skipped or repeated local
# times do not round-trip through any offset, by definition)
OFFSETS = st.integers(min_value=-(23 * 60 + 59), max_value=23 * 60 + 59).map(
    lambda minutes: datetime.timezone(datetime.timedelta(minutes=minutes))
)
AWARE = st.datetimes(
    min_value=datetime.datetime(1, 1, 2),
    max_value=datetime.datetime(9999, 12, 30),
    timezones=OFFSETS,
)


@given(AWARE)
def test_a_formatted_datetime_parses_back_to_the_same_instant(value: datetime.datetime) -> None:
    assert parse_datetime(format_datetime(value)) == value


@given(AWARE)
def test_the_six_digit_form_is_the_live_hubs_and_parses_back(value: datetime.datetime) -> None:
    text = format_datetime_us6(value)
    assert re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}Z", text)
    assert parse_datetime(text) == value


@given(st.text(alphabet="0123456789-:.TtZz+ W", max_size=40))
def test_only_rfc_3339_date_times_are_accepted(text: str) -> None:
    try:
        parse_datetime(text)
    except ValueError:
        assert RFC3339.fullmatch(text) is None or not _in_range(text)
    else:
        assert RFC3339.fullmatch(text) is not None


def _in_range(text: str) -> bool:
    try:
        datetime.datetime.fromisoformat(text[:-1] + "Z" if text.endswith("z") else text)
    except ValueError:
        return False
    return True


@pytest.mark.parametrize(
    "text",
    [
        "2030-W01-2",
        "2030-W01-2T03:04:05Z",
        "2030-001T03:04:05Z",
        "20240102T030405",
        "20240102T030405Z",
        "2024-01-02",
        "2024-01-02T03:04:05",
        "2024-01-02 03:04:05Z",
        "2024-01-02T03:04Z",
        "2024-01-02T03Z",
        "2024-01-02T03:04:05+0100",
        "2024-01-02T03:04:05+01",
        "2024-01-02T03:04:05+01:00:30",
        "2024-01-02T03:04:05,5Z",
        "2024-01-02T03:04:05.Z",
        "2024-01-02T03:04:05.١Z",
        "２024-01-02T03:04:05Z",
        "2024-13-02T03:04:05Z",
        "2024-01-02T24:00:00Z",
        "",
        "Z",
    ],
)
def test_a_form_outside_rfc_3339_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match="RFC 3339"):
        parse_datetime(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-01-02T03:04:05Z", datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)),
        ("2024-01-02t03:04:05z", datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)),
        (
            "2024-01-02T03:04:05.123456Z",
            datetime.datetime(2024, 1, 2, 3, 4, 5, 123456, tzinfo=datetime.UTC),
        ),
        (
            "2024-01-02T03:04:05.1234567891+00:00",
            datetime.datetime(2024, 1, 2, 3, 4, 5, 123456, tzinfo=datetime.UTC),
        ),
        (
            "2024-01-02T04:04:05.5+01:00",
            datetime.datetime(2024, 1, 2, 3, 4, 5, 500000, tzinfo=datetime.UTC),
        ),
    ],
)
def test_an_rfc_3339_date_time_is_parsed_to_an_aware_datetime(
    text: str, expected: datetime.datetime
) -> None:
    parsed = parse_datetime(text)
    assert parsed == expected
    assert parsed.tzinfo is not None


def test_a_non_string_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        parse_datetime(1700000000)
