"""Immutable-tags patterns are RE2's (Docker Hub's): what RE2 lacks is refused before sending.

The check (:func:`dockerhub_sdk._regex.re2_problem`) is compared with RE2 itself (the
``google-re2`` binding fakehub runs): it never refuses a pattern RE2 accepts.
"""

from __future__ import annotations

import pytest
import re2
from hypothesis import example, given, settings
from hypothesis import strategies as st

from dockerhub_sdk._base_client import BaseClient
from dockerhub_sdk._exceptions import InvalidInputError
from dockerhub_sdk._generated.operations import OPERATIONS
from dockerhub_sdk._regex import re2_problem
from tests.depth import depth

from .fakes import FakeTransport as Transport

VERIFY = OPERATIONS["namespace_repositories.verify_immutable_tags"]
UPDATE = OPERATIONS["namespace_repositories.update_immutable_tags"]
PATH = {"namespace": "alice", "repository": "app"}

PYTHON_ONLY = [
    pytest.param(r"(v)\1", "backreference", id="a backreference"),
    pytest.param(r"(?P<v>v)(?P=v)", "named backreference", id="a named backreference"),
    pytest.param(r"v(?=1)", "lookahead", id="a lookahead"),
    pytest.param(r"v(?!1)", "negative lookahead", id="a negative lookahead"),
    pytest.param(r"(?<=x)v", "lookbehind", id="a lookbehind"),
    pytest.param(r"(?<!x)v", "negative lookbehind", id="a negative lookbehind"),
    pytest.param(r"(?>v)1", "atomic group", id="an atomic group"),
    pytest.param(r"v++", "possessive", id="a possessive quantifier"),
    pytest.param(r"v{2}*", "doubled", id="a doubled quantifier"),
    pytest.param(r"v\Z", r"\z", id="Python's end of text"),
    pytest.param(r"v{1001}", "1000", id="a count over RE2's limit"),
]


@pytest.mark.parametrize(("regex", "named"), PYTHON_ONLY)
def test_a_pattern_re2_lacks_is_a_value_error_before_sending(
    client: BaseClient, transport: Transport, regex: str, named: str
) -> None:
    with pytest.raises(InvalidInputError) as info:
        client._request_model(VERIFY, dict, path=PATH, body={"regex": regex})
    assert transport.requests == []
    assert info.value.param == "regex"
    assert named in str(info.value) and "RE2" in str(info.value)


@pytest.mark.parametrize(("regex", "named"), PYTHON_ONLY)
def test_an_immutable_tags_rule_re2_lacks_is_a_value_error_naming_it(
    client: BaseClient, transport: Transport, regex: str, named: str
) -> None:
    body = {"immutable_tags": True, "immutable_tags_rules": ["v.*", regex]}
    with pytest.raises(InvalidInputError) as info:
        client._request_model(UPDATE, dict, path=PATH, body=body)
    assert transport.requests == []
    assert info.value.param == "immutable_tags_rules[1]"
    assert named in str(info.value) and "RE2" in str(info.value)


def test_immutable_tags_rules_must_be_a_list(client: BaseClient, transport: Transport) -> None:
    body = {"immutable_tags": True, "immutable_tags_rules": "v.*"}
    with pytest.raises(InvalidInputError, match="must be a list of strings"):
        client._request_model(UPDATE, dict, path=PATH, body=body)
    assert transport.requests == []


@pytest.mark.parametrize("regex", ["v.*", r"[[:alpha:]]\pN\z", "a+?", "x{2}?", "(?P<v>v)", "[\\1]"])
def test_re2_syntax_passes_the_check(regex: str) -> None:
    assert re2_problem(regex) is None


_OPTIONS = re2.Options()
_OPTIONS.log_errors = False

PIECES = st.sampled_from(
    [
        "a",
        ".",
        "\\",
        "\\1",
        "\\Z",
        "\\z",
        "(",
        ")",
        "(?",
        "=",
        "!",
        "<",
        ">",
        "P",
        "[",
        "]",
        "^",
        "*",
        "+",
        "?",
        "{",
        "}",
        "2",
        ",",
        "1001",
        "|",
        ":",
        "\\p",
        "N",
    ]
)


@settings(max_examples=depth(400), deadline=None, derandomize=True)
@given(pattern=st.lists(PIECES, max_size=12).map("".join) | st.text(max_size=20))
@example(pattern="[]a]+")
@example(pattern="a{,3}*")
def test_the_check_never_refuses_what_re2_accepts(pattern: str) -> None:
    problem = re2_problem(pattern)
    if problem is None:
        return
    with pytest.raises(re2.error):
        re2.compile(pattern, _OPTIONS)
