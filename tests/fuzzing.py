"""What the schemathesis suites share: generated bodies that name what exists."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import hypothesis.strategies as st

__all__ = ["naming_what_exists"]


def _patched(drawn: tuple[Any, Mapping[str, Any]]) -> Any:
    body, patches = drawn
    if not isinstance(body, dict):
        return body
    return {**body, **{k: v for k, v in patches.items() if k in body}}


def naming_what_exists(
    bodies: st.SearchStrategy[Any], patches: st.SearchStrategy[Mapping[str, Any]]
) -> st.SearchStrategy[Any]:
    """``bodies``, and as often the same with the fields that ``patches`` names (those a body
    has) replaced by its values: generated names (users, groups...) almost never exist."""
    return st.one_of(bodies, st.tuples(bodies, patches).map(_patched))
