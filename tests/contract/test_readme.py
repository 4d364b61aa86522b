"""The README keeps its promises: two commands first, and every JavaScript method mapped."""

from __future__ import annotations

from pathlib import Path

from dockerhub_sdk._generated.operations import OPERATIONS

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
LEGACY_METHODS = 39  # legacy-endpoints.md: 37 HTTP calls + setLoginToken + setCacheOptions


def test_readme_opens_with_exactly_the_demo_and_test_commands() -> None:
    block = README.split("```")[1]
    assert block.split() == ["make", "demo", "make", "test"]


def test_readme_maps_every_javascript_method_to_an_sdk_call() -> None:
    js = {op.js_name for op in OPERATIONS.values() if op.js_name} | {
        "setLoginToken",
        "setCacheOptions",
    }
    assert len(js) == LEGACY_METHODS
    missing = [name for name in sorted(js) if f"| `{name}` | `hub." not in README]
    assert missing == []
