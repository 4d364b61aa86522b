"""Regular expressions that users supply, and how fakehub runs them: in linear time.

Two fields of Docker Hub take a regular expression: an immutable-tags rule
(``immutable_tags_rules[i]`` and ``.../immutabletags/verify/``'s ``regex``, matched in full
against tag names) and a build tag's ``source_name`` written ``/regex/`` (searched in the
branch or tag name a build trigger names). Docker Hub runs them in Go, on RE2; so does fakehub,
through Google's own binding (``google-re2``, imported as ``re2``):

* **Syntax: RE2's** (https://github.com/google/re2/wiki/Syntax), which is Go's. A pattern RE2
  refuses is a 400 naming the field and RE2's reason. Compared with Python's :mod:`re`: no
  backreferences (``\\1``, ``(?P=name)``), no lookarounds (``(?=``, ``(?!``, ``(?<=``,
  ``(?<!``), no atomic groups ``(?>...)`` nor possessive quantifiers (``a++``), no ``\\Z``
  (RE2 writes ``\\z``), repetition counts at most 1000; RE2 adds ``\\pL``-style Unicode
  classes and ``[[:alpha:]]``. ``\\d``, ``\\w`` and ``\\s`` are ASCII-only, as in Go.
* **Bounds**: a pattern is 1 to :data:`MAX_PATTERN_LENGTH` characters with no control
  character, and compiles within :data:`MAX_PROGRAM_BYTES` of RE2 memory; the text it is
  matched against (a tag name, a branch or tag name) is at most :data:`MAX_SUBJECT_LENGTH`
  characters. Beyond: 400.
* **Time**: RE2 matches in time linear in the text, so ``(a+)+$`` or ``(((.+)+)+)+!`` costs
  what ``a`` does. Still, no pattern is ever *matched* under the state's lock: the operations
  that match read what to match under the lock, match outside it, and write under it again
  after checking that nothing they matched has changed (:mod:`fakehub.state.builds`,
  :mod:`fakehub.state.repositories`). Compiling (bounded above) happens when a rule is
  written, and compiled patterns are cached by their text.

Nothing here knows HTTP; errors are :class:`~fakehub.state.errors.Invalid` (a 400).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, Final

import re2
from attrs import frozen

from fakehub.state.errors import Invalid

__all__ = [
    "MAX_PATTERN_LENGTH",
    "MAX_PROGRAM_BYTES",
    "MAX_SUBJECT_LENGTH",
    "Matcher",
    "Pattern",
    "check_subject",
    "compile_pattern",
    "slashed_pattern",
]

MAX_PATTERN_LENGTH: Final = 255
"""The longest pattern accepted (Docker Hub's limit for an immutable-tags rule)."""
MAX_SUBJECT_LENGTH: Final = 255
"""The longest text a pattern is matched against (tag names are at most 128 characters; a
branch or tag name a build trigger names, at most this)."""
MAX_PROGRAM_BYTES: Final = 1 << 20
"""RE2's memory budget for one compiled pattern (1 MiB): ``[a-z]{1000}`` fits, nested large
repetitions do not (a 400, "pattern too large")."""
_CACHE_SIZE: Final = 128
"""Compiled patterns kept (each within :data:`MAX_PROGRAM_BYTES`: at most 128 MiB in all, however
many distinct patterns callers send)."""


@frozen
class Pattern:
    """A compiled user pattern: its text and RE2's program."""

    text: str
    program: Any

    def search(self, subject: str) -> bool:
        """Whether the pattern is found somewhere in ``subject``."""
        return self.program.search(subject) is not None

    def fullmatch(self, subject: str) -> bool:
        """Whether the pattern matches all of ``subject``."""
        return self.program.fullmatch(subject) is not None


Matcher = Callable[[Pattern, str, bool], bool]
"""``(pattern, text, whole)``: whether ``pattern`` matches all of ``text`` (``whole``) or is
found in it. Tests inject one that blocks, to show that matching holds no lock."""


def _options() -> Any:
    options = re2.Options()
    options.log_errors = False  # RE2 would print every refused pattern to stderr
    options.max_mem = MAX_PROGRAM_BYTES
    return options


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _compile(text: str) -> Pattern | str:
    """The compiled pattern, or RE2's reason for refusing it (cached either way)."""
    try:
        return Pattern(text, re2.compile(text, _options()))
    except re2.error as exc:
        reason = exc.args[0] if exc.args else "refused"
        if isinstance(reason, bytes):
            reason = reason.decode("utf-8", "replace")
        return str(reason)


def compile_pattern(field: str, text: str) -> Pattern:
    """``text`` compiled by RE2, or :class:`Invalid` naming ``field``, what is wrong and what
    is accepted."""
    if not text or len(text) > MAX_PATTERN_LENGTH:
        raise Invalid(
            field, f"must be a regular expression of 1 to {MAX_PATTERN_LENGTH} characters"
        )
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in text):
        raise Invalid(field, "must not contain control characters")
    compiled = _compile(text)
    if isinstance(compiled, str):
        raise Invalid(
            field,
            f"is not a regular expression RE2 accepts ({compiled}); RE2 syntax, as on "
            "Docker Hub: no backreferences, lookarounds, atomic groups or possessive "
            "quantifiers",
        )
    return compiled


def slashed_pattern(field: str, value: str) -> Pattern | None:
    """A build tag's ``source_name``: the pattern when it is written ``/regex/``, else
    ``None`` (a plain branch or tag name, matched as it is)."""
    if len(value) > 2 and value.startswith("/") and value.endswith("/"):
        return compile_pattern(field, value[1:-1])
    return None


def check_subject(field: str, text: str) -> str:
    """A text patterns will be matched against: at most :data:`MAX_SUBJECT_LENGTH` characters."""
    if len(text) > MAX_SUBJECT_LENGTH:
        raise Invalid(field, f"must be at most {MAX_SUBJECT_LENGTH} characters long")
    return text
