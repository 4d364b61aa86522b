"""SCIM 2.0 query rules (RFC 7644 section 3.4.2): filters, sorting and attribute names.

Pure functions over a user's attribute values (``{"username": ["jon@example.com"], ...}``,
keys lower-cased: SCIM attribute names are case-insensitive); no Flask, no state. Errors are
:class:`ScimQueryError` (a :class:`fakehub.state.Invalid`), whose ``scim_type`` is the RFC's
error keyword (``invalidFilter``, ``invalidValue``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Final, NoReturn

from fakehub.state import Invalid

__all__ = [
    "ATTRIBUTES",
    "FILTER_ATTRIBUTES",
    "FILTER_OPERATORS",
    "SORT_ATTRIBUTES",
    "Predicate",
    "ScimQueryError",
    "parse_attributes",
    "parse_filter",
    "sort_key_attribute",
    "without_core_user_urn",
]

Values = Mapping[str, Sequence[object]]
"""A user's attribute values by lower-cased attribute path; multi-valued ones have several."""
Predicate = Callable[[Values], bool]

_USER_ATTRIBUTES: Final = (
    "id",
    "userName",
    "displayName",
    "name.givenName",
    "name.familyName",
    "active",
    "emails.value",
)
FILTER_ATTRIBUTES: Final = (*_USER_ATTRIBUTES, "groups.value")
"""What a filter may test (``emails`` alone means ``emails.value``, ``groups`` ``groups.value``)."""
FILTER_OPERATORS: Final = ("eq", "ne", "co", "sw", "ew", "pr", "and", "or", "not")
SORT_ATTRIBUTES: Final = (*_USER_ATTRIBUTES, "meta.created", "meta.lastModified")
ATTRIBUTES: Final = ("userName", "name", "displayName", "active", "emails", "groups", "meta")
"""What ``attributes`` may name (a sub-attribute such as ``name.givenName`` names its parent);
``id`` and ``schemas`` are always returned."""

_CASE_EXACT: Final = frozenset({"id"})
_ALIASES: Final = {"emails": "emails.value", "groups": "groups.value"}
_TOKEN: Final = re.compile(r'\s*(\(|\)|"(?:[^"\\]|\\.)*"|[^\s()"]+)')
_COMPARE: Final = frozenset({"eq", "ne", "co", "sw", "ew"})
_UNSUPPORTED: Final = frozenset({"gt", "ge", "lt", "le"})
_CORE_USER: Final = "urn:ietf:params:scim:schemas:core:2.0:user:"
_MAX_NESTING: Final = 50
"""How deep parentheses (and ``not (...)``) may nest: far more than an identity provider
sends, and few enough that parsing and evaluating stay within Python's recursion limit."""


def without_core_user_urn(name: str) -> str:
    """``name`` without the core User schema URN in front of it (matched case-insensitively),
    as SCIM lets attribute names and paths be written in full."""
    return name[len(_CORE_USER) :] if name.lower().startswith(_CORE_USER) else name


class ScimQueryError(Invalid):
    """A query parameter SCIM refuses (a 400): ``field`` names it, ``scim_type`` is the RFC's
    error keyword, ``invalidFilter`` or ``invalidValue``."""

    def __init__(self, param: str, scim_type: str, reason: str) -> None:
        super().__init__(param, reason)
        self.scim_type = scim_type


def _canonical(name: str, known: Sequence[str]) -> str | None:
    """``name`` (case-insensitive, optionally prefixed by the core User schema URN) as one of
    ``known``, lower-cased; ``None`` when it is not one."""
    lowered = without_core_user_urn(name.lower())
    lowered = _ALIASES.get(lowered, lowered)
    return lowered if lowered in {k.lower() for k in known} else None


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens: list[str] = []
        position = 0
        while position < len(text):
            if not text[position:].strip():
                break
            match = _TOKEN.match(text, position)
            if match is None:
                self.fail(f"cannot read {text[position:]!r}")
            self.tokens.append(match.group(1))
            position = match.end()
        self.index = 0
        self.depth = 0

    def fail(self, reason: str) -> NoReturn:
        raise ScimQueryError("filter", "invalidFilter", reason)

    def peek(self) -> str | None:
        return self.tokens[self.index] if self.index < len(self.tokens) else None

    def take(self) -> str:
        token = self.peek()
        if token is None:
            self.fail(f"the filter {self.text!r} ends too early")
        self.index += 1
        return token

    def parse(self) -> Predicate:
        if not self.tokens:
            self.fail("the filter is empty")
        predicate = self.or_expr()
        if self.peek() is not None:
            self.fail(f"unexpected {self.peek()!r} in {self.text!r}")
        return predicate

    def or_expr(self) -> Predicate:
        return self._joined("or", self.and_expr, any)

    def and_expr(self) -> Predicate:
        return self._joined("and", self.unary, all)

    def _joined(
        self,
        keyword: str,
        operand: Callable[[], Predicate],
        combine: Callable[[Iterable[bool]], bool],
    ) -> Predicate:
        """Operands joined by ``keyword`` (any case), one predicate combining them."""
        parts = [operand()]
        while (self.peek() or "").lower() == keyword:
            self.take()
            parts.append(operand())
        return parts[0] if len(parts) == 1 else lambda v: combine(p(v) for p in parts)

    def unary(self) -> Predicate:
        token = self.take()
        if token.lower() == "not":
            if self.take() != "(":
                self.fail("`not` must be followed by a parenthesized filter")
            inner = self.group()
            return lambda v: not inner(v)
        if token == "(":
            return self.group()
        return self.attribute_expression(token)

    def group(self) -> Predicate:
        self.depth += 1
        if self.depth > _MAX_NESTING:
            self.fail(f"the filter nests parentheses more than {_MAX_NESTING} deep")
        inner = self.or_expr()
        if self.take() != ")":
            self.fail(f"a parenthesis is not closed in {self.text!r}")
        self.depth -= 1
        return inner

    def attribute_expression(self, name: str) -> Predicate:
        attribute = _canonical(name, FILTER_ATTRIBUTES)
        if attribute is None:
            self.fail(
                f"unknown attribute {name!r}: filters may test {', '.join(FILTER_ATTRIBUTES)}"
            )
        operator = self.take().lower()
        if operator == "pr":
            return lambda v: any(x not in (None, "") for x in v.get(attribute, ()))
        if operator in _UNSUPPORTED:
            self.fail(f"the operator {operator!r} is not supported: use eq, ne, co, sw, ew or pr")
        if operator not in _COMPARE:
            self.fail(f"expected an operator (eq, ne, co, sw, ew, pr) after {name!r}")
        literal = self.take()
        try:
            if literal.startswith(("[", "{")):  # never a value, and json.loads recurses into it
                raise ValueError(literal)
            value = json.loads(literal)
        except ValueError:
            self.fail(f'the value {literal!r} must be a "quoted string", true, false or null')
        if attribute == "active":
            if not isinstance(value, bool) or operator not in ("eq", "ne"):
                self.fail("active is compared with eq or ne to true or false")
        elif not isinstance(value, str):
            self.fail(f'{name} is compared to a "quoted string"')
        return _comparison(attribute, operator, value)


def _comparison(attribute: str, operator: str, value: object) -> Predicate:
    exact = attribute in _CASE_EXACT or isinstance(value, bool)

    def fold(x: object) -> object:
        return x if exact or not isinstance(x, str) else x.lower()

    wanted = fold(value)

    def test(x: object) -> bool:
        x = fold(x)
        if operator == "eq":
            return x == wanted
        if not isinstance(x, str) or not isinstance(wanted, str):
            return False
        if operator == "co":
            return wanted in x
        if operator == "sw":
            return x.startswith(wanted)
        return x.endswith(wanted)  # ew

    if operator == "ne":
        return lambda v: not any(fold(x) == wanted for x in v.get(attribute, ()))
    return lambda v: any(test(x) for x in v.get(attribute, ()))


def parse_filter(text: str) -> Predicate:
    """The predicate of a SCIM filter such as ``userName eq "jon@example.com"``.

    Attribute expressions ``attr op value`` (operators ``eq``, ``ne``, ``co``, ``sw``, ``ew``
    and ``attr pr``) combined with ``and``, ``or``, ``not (...)`` and parentheses; attribute
    names and operators are case-insensitive, and so are string comparisons except of ``id``.
    Anything else raises :class:`ScimQueryError` (``invalidFilter``) saying what was wrong.
    """
    return _Parser(text).parse()


def sort_key_attribute(name: str) -> str:
    """The lower-cased attribute ``sortBy`` names; ``invalidValue`` for an unknown one."""
    attribute = _canonical(name, SORT_ATTRIBUTES)
    if attribute is None:
        raise ScimQueryError(
            "sortBy",
            "invalidValue",
            f"cannot sort by {name!r}: sortBy may be {', '.join(SORT_ATTRIBUTES)}",
        )
    return attribute


def parse_attributes(text: str) -> frozenset[str]:
    """The top-level attributes ``attributes`` asks for (lower-cased): a comma-separated list
    of names; ``name.givenName`` asks for ``name``. ``invalidValue`` for an unknown name;
    ``externalId`` (RFC 7643's common attribute, which Docker's users do not have) is
    accepted and asks for nothing."""
    chosen: set[str] = set()
    for raw in text.split(","):
        name = raw.strip()
        lowered = without_core_user_urn(name.lower())
        top = lowered.split(".", 1)[0]
        if top in ("id", "schemas", "externalid"):  # externalId: never kept, never returned
            continue
        if top not in {a.lower() for a in ATTRIBUTES}:
            raise ScimQueryError(
                "attributes",
                "invalidValue",
                f"unknown attribute {name!r}: attributes may name {', '.join(ATTRIBUTES)}",
            )
        chosen.add(top)
    return frozenset(chosen)
