"""What Docker Hub's regular expressions (RE2's syntax, as in Go) refuse, checked before sending.

A format with ``syntax: re2`` in the spec (an immutable-tags rule) holds a regular expression
that Docker Hub compiles with RE2. The SDK has no RE2; it refuses what RE2 lacks and Python's
:mod:`re` has, so that a pattern written for Python fails with a :class:`ValueError` naming the
construct instead of a 400: backreferences (``\\1``, ``(?P=name)``), lookarounds (``(?=``,
``(?!``, ``(?<=``, ``(?<!``), atomic groups ``(?>...)``, possessive or doubled quantifiers
(``a++``, ``a*+``, ``a{2}*``), ``\\Z`` (RE2 writes ``\\z``) and repetition counts over 1000.
Anything else RE2 refuses (an unbalanced parenthesis, say) is the server's 400.

One pass over the text: linear time.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["MAX_REPEAT", "re2_problem"]

MAX_REPEAT: Final = 1000
"""RE2's largest repetition count (``{n}``, ``{n,m}``)."""

_COUNTED: Final = re.compile(r"\{([0-9]+)(?:,([0-9]*))?\}")
_GROUP_OPENERS: Final = (
    ("(?=", "a lookahead (?=...)"),
    ("(?!", "a negative lookahead (?!...)"),
    ("(?<=", "a lookbehind (?<=...)"),
    ("(?<!", "a negative lookbehind (?<!...)"),
    ("(?>", "an atomic group (?>...)"),
    ("(?P=", "a named backreference (?P=name)"),
)


def _escape_problem(char: str) -> str | None:
    if char in "123456789":
        return f"a backreference (\\{char})"
    if char == "Z":
        return "\\Z (RE2 writes the end of the text \\z)"
    return None


def re2_problem(pattern: str) -> str | None:
    """Why RE2 (Docker Hub) would refuse ``pattern``, for the constructs it lacks that Python's
    :mod:`re` has; ``None`` when none of them is there."""
    i, n = 0, len(pattern)
    quantified = False  # the previous item is a quantifier: another one would be doubled
    while i < n:
        char = pattern[i]
        if char == "\\" and i + 1 < n:
            problem = _escape_problem(pattern[i + 1])
            if problem is not None:
                return f"has {problem}, which RE2 does not support"
            i, quantified = i + 2, False
            continue
        if char == "[":  # a class: only its escapes matter; "]" first is a literal
            j = i + 1 + (pattern.startswith("^", i + 1))
            j += pattern.startswith("]", j)
            while j < n and pattern[j] != "]":
                j += 2 if pattern[j] == "\\" else 1
            i, quantified = j + 1, False
            continue
        if char == "(":
            for opener, name in _GROUP_OPENERS:
                if pattern.startswith(opener, i):
                    return f"has {name}, which RE2 does not support"
        counted = _COUNTED.match(pattern, i) if char == "{" else None
        if counted is not None and any(
            len(g) > 4 or int(g) > MAX_REPEAT for g in counted.groups() if g
        ):
            return f"repeats more than {MAX_REPEAT} times ({counted.group()}), RE2's limit"
        if char in "*+?" or counted is not None:
            if quantified:
                return "has a possessive or doubled quantifier, which RE2 does not support"
            end = counted.end() if counted is not None else i + 1
            i = end + pattern.startswith("?", end)  # a lazy quantifier: a+? is one
            quantified = True
            continue
        i, quantified = i + 1, False
    return None
