"""Every operation of Docker's official description is served, tested end to end, checked
against its official schema, and replayed from its official example (issue 3's "done when")."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from .test_official_examples import REPLAYS, official_operations, our_operation
from .test_official_spec import CASES

E2E = Path(__file__).parent.parent / "e2e"
OFFICIAL = official_operations()


def test_the_official_description_has_54_operations() -> None:
    assert len(OFFICIAL) == 54


@pytest.mark.parametrize(("method", "path"), OFFICIAL, ids=lambda v: str(v))
def test_the_official_operation_is_in_the_spec(method: str, path: str) -> None:
    our_operation(method, path)  # exactly one operation of the spec serves it


@pytest.mark.parametrize(("method", "path"), OFFICIAL, ids=lambda v: str(v))
def test_the_official_operation_is_replayed_from_its_example(method: str, path: str) -> None:
    assert (method, path) in REPLAYS


@pytest.mark.parametrize(("method", "path"), OFFICIAL, ids=lambda v: str(v))
def test_the_official_operation_has_a_success_case(method: str, path: str) -> None:
    op = our_operation(method, path)
    assert any(c.operation == op.id and 200 <= c.status < 300 for c in CASES)


@pytest.mark.parametrize(("method", "path"), OFFICIAL, ids=lambda v: str(v))
def test_the_official_operation_is_called_through_the_sdk_end_to_end(
    method: str, path: str
) -> None:
    op = our_operation(method, path)
    names = {op.name, "iter" if op.name == "list" else f"iter_{op.name}"}
    sources = "\n".join(p.read_text(encoding="utf-8") for p in sorted(E2E.glob("test_*.py")))
    calls = rf"\.{op.resource}\.(?:{'|'.join(map(re.escape, names))})\("
    assert re.search(calls, sources), f"no e2e test calls hub.{op.resource}.{op.name}(...)"
