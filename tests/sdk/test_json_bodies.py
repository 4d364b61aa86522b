"""Response bodies parse exactly as ``json.loads`` parses them, whichever parser reads them."""

from __future__ import annotations

import json
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dockerhub_sdk._base_client import parse_json

JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()  # past 64 bits too
    | st.floats(allow_nan=False)
    | st.text(),  # lone surrogates too
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=8,
)


@given(value=JSON, ensure_ascii=st.booleans())
def test_a_body_parses_as_json_loads_parses_it(value: object, ensure_ascii: bool) -> None:
    text = json.dumps(value, ensure_ascii=ensure_ascii)
    try:
        content = text.encode()
    except UnicodeEncodeError:  # a lone surrogate, unescaped: not UTF-8 at all
        content = text.encode("utf-8", "surrogatepass")
    try:
        expected = json.loads(content)
    except ValueError:
        with pytest.raises(ValueError):
            parse_json(content)
        return
    assert parse_json(content) == expected


def test_what_msgspec_refuses_is_still_read() -> None:
    assert parse_json(b'{"id": 123456789012345678901234567890}') == {
        "id": 123456789012345678901234567890
    }
    assert math.isnan(parse_json(b"[NaN]")[0])  # type: ignore[index]
    assert parse_json(b"[1e400]") == [math.inf]
    assert parse_json(b'["\\ud800"]') == ["\ud800"]
    assert parse_json('{"a": 1}'.encode("utf-16")) == {"a": 1}


@pytest.mark.parametrize("content", [b"<html>", b"{", b"\xff\xfe\x00", b'{"a": 1} x'])
def test_a_body_that_is_not_json_raises_value_error(content: bytes) -> None:
    with pytest.raises(ValueError):
        parse_json(content)
