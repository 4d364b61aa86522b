"""What the published distribution promises: pyproject.toml, LICENSE, CHANGELOG.md.

The built wheel itself is tested installed in a clean venv by ``make dist-check``
(tests_downstream/)."""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path
from typing import Any

import dockerhub_sdk
import fakehub

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT: dict[str, Any] = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
TEST_TOOLS = ("pytest", "hypothesis", "mypy", "jsonschema", "schemathesis", "types-pyyaml")


def _imported_modules(package: str) -> set[str]:
    names: set[str] = set()
    for path in (ROOT / package).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
    return names


def test_the_wheel_ships_the_sdk_and_fakehub_but_not_codegen() -> None:
    wheel = PYPROJECT["tool"]["hatch"]["build"]["targets"]["wheel"]
    assert wheel["packages"] == ["dockerhub_sdk", "fakehub"]


def test_nothing_shipped_imports_codegen() -> None:
    for package in ("dockerhub_sdk", "fakehub"):
        imported = _imported_modules(package)
        assert not [m for m in imported if m == "codegen" or m.startswith("codegen.")], package


def test_the_version_is_written_once_in_version_py() -> None:
    project = PYPROJECT["project"]
    assert "version" not in project
    assert project["dynamic"] == ["version"]
    assert PYPROJECT["tool"]["hatch"]["version"]["path"] == "dockerhub_sdk/_version.py"
    assert fakehub.__version__ == dockerhub_sdk.__version__


def test_published_extras_hold_no_test_tools() -> None:
    extras = PYPROJECT["project"]["optional-dependencies"]
    assert sorted(extras) == ["codegen", "fakehub"]
    published = [r.lower() for reqs in extras.values() for r in reqs]
    assert not [r for r in published if r.startswith(TEST_TOOLS)]
    dev = [r.lower() for r in PYPROJECT["dependency-groups"]["dev"]]
    assert all(any(r.startswith(tool) for r in dev) for tool in TEST_TOOLS)


def test_ruff_is_pinned_to_one_exact_version_for_codegen_and_the_dev_tools() -> None:
    codegen = [r for r in PYPROJECT["project"]["optional-dependencies"]["codegen"] if "ruff" in r]
    dev = [r for r in PYPROJECT["dependency-groups"]["dev"] if "ruff" in r]
    assert len(codegen) == 1
    assert re.fullmatch(r"ruff==\d+\.\d+\.\d+", codegen[0])
    assert dev == codegen


def test_mypy_is_held_to_one_minor_release() -> None:
    (mypy,) = [r for r in PYPROJECT["dependency-groups"]["dev"] if r.startswith("mypy")]
    assert re.fullmatch(r"mypy~=\d+\.\d+\.\d+", mypy)


def test_the_license_is_the_mit_text_the_metadata_names() -> None:
    assert PYPROJECT["project"]["license"] == "MIT"
    assert not [c for c in PYPROJECT["project"]["classifiers"] if c.startswith("License ::")]
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License\n")
    assert "Copyright (c) " in text
    assert "the dockerhub-sdk authors" in text


def test_the_changelog_keeps_an_unreleased_section_and_a_versioning_policy() -> None:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "keepachangelog.com" in text
    assert "\n## [Unreleased]\n" in text
    assert "\n## Versioning\n" in text
    assert text.index("## Versioning") < text.index("## [Unreleased]")
