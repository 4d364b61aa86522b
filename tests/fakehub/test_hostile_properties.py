"""Properties of fakehub under hostile input, for any input of four classes: regular
expressions built to backtrack (answered within a time bound), JSON nested to any depth,
integers of any length, and codes in any script's digits. Each is either accepted or refused
with the module's own error, never another exception (a 500 over HTTP).

Time bounds are generous (Python's ``re`` takes seconds to days on these inputs, RE2
microseconds) and examples are derandomized, so the tests are deterministic.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from typing import Final

import pytest
from flask.testing import FlaskClient
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from fakehub.bounds import INT64_MAX, INT64_MIN, MAX_JSON_DEPTH, RefusedJSON, int64, load_json
from fakehub.state import Invalid
from fakehub.state.patterns import MAX_SUBJECT_LENGTH, compile_pattern
from fakehub.totp import check_code, totp
from tests.depth import depth

BOUND: Final = 2.0
"""Seconds a hostile input may take (generous: the machine may be loaded; Python's ``re`` takes
seconds for ``(a+)+$`` on 25 characters, and doubles with each one more)."""
SECRET: Final = "JBSWY3DPEHPK3PXP"
FIXTURES: Final = [HealthCheck.function_scoped_fixture]
"""The app is shared by a test's examples: each only reads it, or is refused unchanged."""

# -- regular expressions built to backtrack --------------------------------------------------

ATOMS = st.sampled_from(["a", ".", "\\w", "[a-z]", "a|a", "a|aa", "(a|a)", "\\d*"])
QUANTIFIERS = st.sampled_from(["+", "*", "{1,}", "{2,9}", "?"])


@st.composite
def backtracking(draw: st.DrawFn) -> str:
    """Nested quantified groups, the shape of ``(a+)+$`` and ``(((.+)+)+)+!``."""
    pattern = draw(ATOMS)
    for _ in range(draw(st.integers(1, 5))):
        pattern = f"({pattern}){draw(QUANTIFIERS)}"
    return pattern + draw(st.sampled_from(["$", "!", "b", "\\z", ""]))


SUBJECTS = st.sampled_from(["a", "0", "x"]).map(lambda c: c * (MAX_SUBJECT_LENGTH - 1) + "!")


@settings(max_examples=depth(60), deadline=None, derandomize=True)
@given(pattern=backtracking() | st.text(max_size=60), subject=SUBJECTS)
@example(pattern="(a+)+$", subject="a" * (MAX_SUBJECT_LENGTH - 1) + "!")
@example(pattern="(((.+)+)+)+!", subject="a" * MAX_SUBJECT_LENGTH)
def test_any_pattern_is_refused_or_matched_within_the_time_bound(
    pattern: str, subject: str
) -> None:
    started = time.perf_counter()
    try:
        compiled = compile_pattern("regex", pattern)
    except Invalid as exc:
        assert exc.field == "regex"
    else:
        compiled.search(subject)
        compiled.fullmatch(subject)
    assert time.perf_counter() - started < BOUND


# -- JSON nested to any depth ----------------------------------------------------------------


@st.composite
def nested(draw: st.DrawFn) -> tuple[str, int]:
    """A JSON text of arrays and objects nested ``depth`` deep, and that depth."""
    depth = draw(st.integers(1, 3 * MAX_JSON_DEPTH))
    kinds = draw(st.lists(st.booleans(), min_size=depth, max_size=depth))
    text = "1"
    for is_object in reversed(kinds):
        text = f'{{"k": {text}, "s": "[[{{"}}' if is_object else f'["]]", {text}]'
    return text, depth


@settings(max_examples=depth(80), deadline=None, derandomize=True)
@given(document=nested())
@example(document=("[" * 100_000 + "]" * 100_000, 100_000))
def test_json_is_read_to_the_depth_limit_and_refused_beyond(document: tuple[str, int]) -> None:
    text, depth = document
    if depth <= MAX_JSON_DEPTH:
        assert load_json(text) == json.loads(text)
    else:
        with pytest.raises(RefusedJSON, match=f"at most {MAX_JSON_DEPTH} levels"):
            load_json(text)


@settings(max_examples=depth(40), deadline=None, derandomize=True, suppress_health_check=FIXTURES)
@given(depth=st.integers(MAX_JSON_DEPTH - 2, 20 * MAX_JSON_DEPTH))
def test_a_nested_body_is_never_a_500(client: FlaskClient, depth: int) -> None:
    body = "[" * depth + "]" * depth
    response = client.post("/_fakehub/load", data=body.encode(), content_type="application/json")
    assert response.status_code == 400
    assert ("nest" in response.get_json()["detail"]) == (depth > MAX_JSON_DEPTH)


# -- integers of any length ------------------------------------------------------------------

DIGIT_STRINGS = st.from_regex(r"\A[+-]?[0-9]{1,6000}\Z")


@settings(max_examples=depth(80), deadline=None, derandomize=True)
@given(text=DIGIT_STRINGS | st.integers().map(str) | st.text(max_size=30))
@example(text="0" * 5000 + "7")
@example(text=str(INT64_MAX + 1))
@example(text=str(INT64_MIN))
def test_int64_is_the_integer_when_it_fits_in_64_bits_else_none(text: str) -> None:
    started = time.perf_counter()
    number = int64(text)
    assert time.perf_counter() - started < BOUND
    if re.fullmatch(r"[+-]?[0-9]+", text) is None:  # only an optional sign and ASCII digits
        assert number is None
        return
    significant = text.lstrip("+-").lstrip("0") or "0"
    if len(significant) > 19:  # Python cannot convert 4,300 digits: count them first
        assert number is None
        return
    value = -int(significant) if text.startswith("-") else int(significant)
    assert number == (value if INT64_MIN <= value <= INT64_MAX else None)


@settings(max_examples=depth(40), deadline=None, derandomize=True, suppress_health_check=FIXTURES)
@given(text=DIGIT_STRINGS, name=st.sampled_from(["page", "page_size"]))
def test_a_paging_parameter_of_any_length_is_never_a_500(
    client: FlaskClient, as_user: Callable[[str], dict[str, str]], text: str, name: str
) -> None:
    response = client.get(f"/v2/access-tokens/?{name}={text}", headers=as_user("alice"))
    assert response.status_code in (200, 400, 404), response.get_data(as_text=True)


# -- codes in any script's digits ------------------------------------------------------------

UNICODE_DIGITS = st.characters(categories=["Nd", "No"])


@settings(max_examples=depth(100), deadline=None, derandomize=True)
@given(code=st.text(UNICODE_DIGITS, min_size=6, max_size=6))
@example(code="١٢٣٤٥٦")
@example(code="１２３４５６")
@example(code="¹²³⁴⁵⁶")
def test_only_the_ascii_code_of_the_moment_passes(code: str) -> None:
    now = 1_700_000_000.0
    codes = {totp(SECRET, now + delta) for delta in (-30, 0, 30)}
    assert check_code(SECRET, code, now) == (code in codes)
