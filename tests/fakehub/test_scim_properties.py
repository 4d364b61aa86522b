"""Properties of ``fakehub.scim``'s filters (RFC 7644 section 3.4.2.2), for any users and any
filter: a parsed filter selects exactly the users a reference predicate written here selects;
any text is either a filter or an ``invalidFilter`` error (never another exception); and a
filter with one broken part anywhere in it is an ``invalidFilter`` error.

Filters are generated as trees (comparisons, ``pr``, ``and``, ``or``, ``not (...)``, extra
parentheses) and written out with the fewest parentheses precedence allows, in random letter
case, spacing, attribute spellings (``userName``, ``USERNAME``, the core schema URN prefix,
``emails`` for ``emails.value``) and string escapes. Users are ``ScimUserView``s, filtered
through their ``values()`` as the state filters them; the reference reads their fields.
"""

from __future__ import annotations

import datetime
import json
import random
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

import pytest
from attrs import frozen
from hypothesis import example, given, note, settings
from hypothesis import strategies as st

from fakehub.app import create_app
from fakehub.clock import ManualClock
from fakehub.demo import DEMO_SCIM_TOKENS
from fakehub.scim import ScimQueryError, parse_filter
from fakehub.state import ScimUser, ScimUserView
from tests.depth import depth

T = TypeVar("T")
URN = "urn:ietf:params:scim:schemas:core:2.0:User:"
WHEN = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)

# -- users ---------------------------------------------------------------------------------

CHARACTERS = st.sampled_from("aAbB") | st.sampled_from('@. éßİK"\\')
"""Mostly letters that differ only in case; İ and K (Kelvin) change length or leave ASCII when
lower-cased, the quote and the backslash must be escaped in a filter."""
TEXT = st.text(CHARACTERS, max_size=4)
USERS = st.builds(
    lambda id_, email, username, given, family, active, groups: ScimUserView(
        user=ScimUser(
            id=id_,
            username=username,
            email=email,
            given_name=given,
            family_name=family,
            created=WHEN,
            last_modified=WHEN,
        ),
        active=active,
        groups=groups,
    ),
    TEXT.filter(bool),
    TEXT,
    TEXT,
    TEXT,
    TEXT,
    st.booleans(),
    st.lists(st.sampled_from(("a", "A", "ab", "b", "ß")), max_size=3, unique=True).map(tuple),
)


SOMEONE = ScimUserView(
    user=ScimUser(id="1", username="a", email="a@b", created=WHEN, last_modified=WHEN),
    active=True,
    groups=("a",),
)


def reference_values(view: ScimUserView, attribute: str) -> list[object]:
    """What SCIM calls each attribute (README, "SCIM 2.0 user provisioning"): ``userName`` and
    ``emails`` are the email, ``displayName`` the Docker ID, ``groups`` the group names."""
    user = view.user
    values: dict[str, list[object]] = {
        "id": [user.id],
        "userName": [user.email],
        "displayName": [user.username],
        "name.givenName": [user.given_name],
        "name.familyName": [user.family_name],
        "active": [view.active],
        "emails.value": [user.email],
        "groups.value": list(view.groups),
    }
    return values[attribute]


# -- filters as trees ----------------------------------------------------------------------

STRING_ATTRIBUTES = (
    "id",
    "userName",
    "displayName",
    "name.givenName",
    "name.familyName",
    "emails.value",
    "groups.value",
)


CASES: dict[str, Callable[[str], str]] = {
    "": str,
    "upper": str.upper,
    "lower": str.lower,
    "swapcase": str.swapcase,
}


@frozen
class Piece:
    """A string taken from a user (so that comparisons often match): a value of the compared
    attribute of the ``index``-th user (modulo their number), sliced ``[start:stop]``, in
    another letter case (a ``str`` method name, ``""`` for none)."""

    index: int
    start: int
    stop: int | None
    case: str

    def of(self, users: Sequence[ScimUserView], attribute: str) -> str:
        found = reference_values(users[self.index % len(users)], attribute)
        value = str(found[self.index % len(found)]) if found else ""
        return CASES[self.case](value[self.start : self.stop])


@frozen
class Compare:
    attribute: str
    operator: str  # eq ne co sw ew
    value: str | bool | Piece


@frozen
class Present:
    attribute: str


@frozen
class Not:
    inner: Node


@frozen
class And:
    left: Node
    right: Node


@frozen
class Or:
    left: Node
    right: Node


@frozen
class Paren:
    """Parentheses that change nothing."""

    inner: Node


@frozen
class Broken:
    """A part outside the grammar, written as is."""

    text: str


Node = Compare | Present | Not | And | Or | Paren | Broken


def resolve(node: Node, users: Sequence[ScimUserView]) -> Node:
    """``node`` with each :class:`Piece` replaced by its string."""
    if isinstance(node, Compare) and isinstance(node.value, Piece):
        return Compare(node.attribute, node.operator, node.value.of(users, node.attribute))
    if isinstance(node, Not | Paren):
        return type(node)(resolve(node.inner, users))
    if isinstance(node, And | Or):
        return type(node)(resolve(node.left, users), resolve(node.right, users))
    return node


def _fold(attribute: str, value: object) -> object:
    """Strings compare case-insensitively, except ``id`` (RFC 7643: ``caseExact``)."""
    return value.lower() if isinstance(value, str) and attribute != "id" else value


def reference(node: Node, view: ScimUserView) -> bool:
    """RFC 7644's meaning of a filter; a multi-valued attribute matches when any value does,
    and ``ne`` is ``not eq`` (so it holds for a user without values)."""
    if isinstance(node, Compare):
        assert not isinstance(node.value, Piece)
        wanted = _fold(node.attribute, node.value)
        found = [_fold(node.attribute, x) for x in reference_values(view, node.attribute)]
        if node.operator == "ne":
            return wanted not in found
        if node.operator == "eq":
            return wanted in found
        assert isinstance(wanted, str)
        tests: dict[str, Callable[[str], bool]] = {
            "co": lambda x: wanted in x,
            "sw": lambda x: x.startswith(wanted),
            "ew": lambda x: x.endswith(wanted),
        }
        return any(isinstance(x, str) and tests[node.operator](x) for x in found)
    if isinstance(node, Present):
        return any(x not in ("", None) for x in reference_values(view, node.attribute))
    if isinstance(node, Not):
        return not reference(node.inner, view)
    if isinstance(node, And):
        return reference(node.left, view) and reference(node.right, view)
    if isinstance(node, Or):
        return reference(node.left, view) or reference(node.right, view)
    if isinstance(node, Paren):
        return reference(node.inner, view)
    raise AssertionError(f"a broken filter has no meaning: {node}")


# -- writing a tree out --------------------------------------------------------------------

_CASED = {
    word: st.sampled_from((word, word.upper(), word.title()))
    for word in ("eq", "ne", "co", "sw", "ew", "pr", "and", "or", "not")
}
_SPELLINGS = {
    attribute: st.builds(
        lambda name, prefix, case: case(prefix + name),
        st.sampled_from((attribute, attribute.removesuffix(".value"))),
        st.sampled_from(("", URN, URN.lower())),
        st.sampled_from((str, str.lower, str.upper)),
    )
    for attribute in (*STRING_ATTRIBUTES, "active")
}
"""Ways to name an attribute: any letter case, the URN prefix, ``emails`` for
``emails.value`` and ``groups`` for ``groups.value``."""
SPACE = st.sampled_from((" ", "  ", "\t", "\n"))
MAYBE_SPACE = st.sampled_from(("", " ", "\n"))
ASCII_ONLY = st.booleans()
"""Whether a string value escapes its non-ASCII characters (``\\u00e9``) or not."""


class Draw(Protocol):
    """``data.draw``."""

    def __call__(self, strategy: st.SearchStrategy[T], /) -> T: ...


def render(node: Node, draw: Draw, in_and: bool = False) -> str:
    """``node`` as filter text, parenthesized only where precedence needs it (an ``or``
    under an ``and``) or where ``node`` is a :class:`Paren`."""
    space = draw(SPACE)
    if isinstance(node, Compare):
        operator = draw(_CASED[node.operator])
        literal = json.dumps(node.value, ensure_ascii=draw(ASCII_ONLY))
        return space.join((draw(_SPELLINGS[node.attribute]), operator, literal))
    if isinstance(node, Present):
        return f"{draw(_SPELLINGS[node.attribute])}{space}{draw(_CASED['pr'])}"
    if isinstance(node, Not):
        return f"{draw(_CASED['not'])}{draw(MAYBE_SPACE)}({render(node.inner, draw)})"
    if isinstance(node, And):
        left = render(node.left, draw, in_and=True)
        right = render(node.right, draw, in_and=True)
        return f"{left}{space}{draw(_CASED['and'])}{space}{right}"
    if isinstance(node, Or):
        left, right = render(node.left, draw), render(node.right, draw)
        text = f"{left}{space}{draw(_CASED['or'])}{space}{right}"
        return f"({text})" if in_and else text
    if isinstance(node, Paren):
        return f"({draw(MAYBE_SPACE)}{render(node.inner, draw)}{draw(MAYBE_SPACE)})"
    return node.text


def write(node: Node, draw: Draw) -> str:
    return draw(MAYBE_SPACE) + render(node, draw) + draw(MAYBE_SPACE)


# -- valid filters -------------------------------------------------------------------------

PIECES = st.builds(
    Piece,
    index=st.integers(0, 5),
    start=st.integers(0, 2),
    stop=st.sampled_from((None, -1, -2)),
    case=st.sampled_from(tuple(CASES)),
)


def _comparisons(strings: st.SearchStrategy[str | Piece]) -> st.SearchStrategy[Node]:
    return (
        st.builds(
            Compare,
            st.sampled_from(STRING_ATTRIBUTES),
            st.sampled_from(("eq", "ne", "co", "sw", "ew")),
            strings,
        )
        | st.builds(Compare, st.just("active"), st.sampled_from(("eq", "ne")), st.booleans())
        | st.builds(Present, st.sampled_from((*STRING_ATTRIBUTES, "active")))
    )


def _trees(leaves: st.SearchStrategy[Node], max_leaves: int) -> st.SearchStrategy[Node]:
    return st.recursive(
        leaves,
        lambda children: (
            st.builds(Not, children)
            | st.builds(And, children, children)
            | st.builds(Or, children, children)
            | st.builds(Paren, children)
        ),
        max_leaves=max_leaves,
    )


COMPARISONS = _comparisons(PIECES | st.text(CHARACTERS, max_size=2))
FILTERS = _trees(COMPARISONS, max_leaves=8)


def _check_against_reference(users: list[ScimUserView], tree: Node, data: st.DataObject) -> None:
    tree = resolve(tree, users)
    text = write(tree, data.draw)
    note(f"filter: {text!r}")
    predicate = parse_filter(text)
    assert [predicate(u.values()) for u in users] == [reference(tree, u) for u in users]


@given(users=st.lists(USERS, min_size=1, max_size=4), comparison=COMPARISONS, data=st.data())
@settings(max_examples=depth(400), deadline=None, derandomize=True)
def test_a_comparison_selects_the_users_the_reference_predicate_selects(
    users: list[ScimUserView], comparison: Node, data: st.DataObject
) -> None:
    _check_against_reference(users, comparison, data)


@given(users=st.lists(USERS, min_size=1, max_size=6), tree=FILTERS, data=st.data())
@settings(max_examples=depth(200), deadline=None, derandomize=True)
def test_a_filter_selects_the_users_the_reference_predicate_selects(
    users: list[ScimUserView], tree: Node, data: st.DataObject
) -> None:
    _check_against_reference(users, tree, data)


# -- what is not a filter ------------------------------------------------------------------

BROKEN_PARTS = st.sampled_from(
    (
        'password eq "x"',  # not an attribute
        'meta.created eq "x"',  # sortable, not filterable
        'name eq "x"',  # a complex attribute, not one of its sub-attributes
        'emails.type eq "work"',
        'userName gt "a"',  # unsupported operators
        'userName le "a"',
        'userName like "a"',
        "userName eq",  # no value
        "userName eq jon",  # an unquoted value
        "userName eq 3",
        "userName eq true",
        "userName eq null",
        "userName eq []",
        'active eq "true"',
        'active co "t"',
        "active sw true",
        "active eq 1",
        'userName pr "x"',  # pr takes no value
        "not userName pr",  # not needs parentheses
        "()",
        "(",
        ")",
        "and",
        'userName eq "a" or',
        "userName",
    )
)
VALID = _trees(_comparisons(st.text(CHARACTERS, max_size=2)), max_leaves=3)
BROKEN_FILTERS = st.recursive(
    st.builds(Broken, BROKEN_PARTS),
    lambda children: (
        st.builds(Not, children)
        | st.builds(And, children, VALID)
        | st.builds(And, VALID, children)
        | st.builds(Or, children, VALID)
        | st.builds(Or, VALID, children)
        | st.builds(Paren, children)
    ),
    max_leaves=4,
)


def _assert_invalid_filter(text: str) -> None:
    with pytest.raises(ScimQueryError) as info:
        parse_filter(text)
    assert (info.value.field, info.value.scim_type) == ("filter", "invalidFilter")


@given(tree=BROKEN_FILTERS, data=st.data())
@settings(max_examples=depth(150), deadline=None, derandomize=True)
def test_a_filter_with_a_broken_part_anywhere_is_an_invalid_filter_error(
    tree: Node, data: st.DataObject
) -> None:
    text = write(tree, data.draw)
    note(f"filter: {text!r}")
    _assert_invalid_filter(text)


TOKEN_SOUP = st.lists(
    st.sampled_from(
        (
            "(",
            ")",
            "not",
            "and",
            "OR",
            "userName",
            "active",
            "emails",
            "eq",
            "ne",
            "co",
            "pr",
            "gt",
            '"a"',
            '"',
            '"\\"',
            "true",
            "null",
            "[",
            "{",
            "1e999",
            "NaN",
            "\\",
            "",
        )
    ),
    max_size=12,
).map(" ".join)


@given(text=st.text(max_size=40) | TOKEN_SOUP)
@settings(max_examples=depth(300), deadline=None, derandomize=True)
@example(text="(" * 5000 + "userName pr" + ")" * 5000)
@example(text="not (" * 5000 + "userName pr" + ")" * 5000)
@example(text="userName eq " + "[" * 10_000)
def test_any_text_is_a_filter_or_an_invalid_filter_error(text: str) -> None:
    try:
        predicate = parse_filter(text)
    except ScimQueryError as error:
        assert (error.field, error.scim_type) == ("filter", "invalidFilter")
    else:
        assert predicate(SOMEONE.values()) in (True, False)


# -- nesting (fixed: deep nesting was a RecursionError, a 500 over HTTP) -----------------


@pytest.mark.parametrize("opening", ["(", "not (", "NOT("])
def test_nesting_beyond_fifty_levels_is_an_invalid_filter_error(opening: str) -> None:
    def nested(depth: int) -> str:
        return opening * depth + 'userName eq "a@b"' + ")" * depth

    assert parse_filter(nested(50))(SOMEONE.values()) is True  # (50 nots cancel out)
    with pytest.raises(ScimQueryError, match="more than 50 deep"):
        parse_filter(nested(51))


def test_a_value_nested_deeply_in_brackets_is_an_invalid_filter_error() -> None:
    with pytest.raises(ScimQueryError, match="must be a"):
        parse_filter("userName eq " + "[" * 10_000)


def test_a_deeply_nested_filter_is_a_400_over_http() -> None:
    app = create_app(demo=True, clock=ManualClock(), rng=random.Random(2))
    deep = "(" * 300 + 'userName eq "a"' + ")" * 300
    response = app.test_client().get(
        "/v2/scim/2.0/Users",
        query_string={"filter": deep},
        headers={"Authorization": f"Bearer {DEMO_SCIM_TOKENS['acme']}"},
    )
    assert response.status_code == 400
    assert response.get_json(force=True)["scimType"] == "invalidFilter"
