"""codegen's output is deterministic, fresh on main, and matches the golden files."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from codegen.generate import check, render, render_spec, stale
from codegen.load import load_spec

FIXTURES = Path(__file__).parent / "fixtures"
GOLDEN = Path(__file__).parent / "golden"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def rendered() -> dict[str, str]:
    """The project's generated files, rendered once for the tests that only read them."""
    return render(ROOT)


@pytest.fixture(scope="module")
def mini_rendered() -> dict[str, str]:
    """What the mini spec renders to, rendered once for the golden files' comparisons."""
    return render_spec(load_spec(FIXTURES / "mini.yaml", display="mini.yaml"), ROOT)


def test_generated_files_on_main_are_fresh(root: Path, rendered: dict[str, str]) -> None:
    assert stale(root, rendered) == []  # check(root), without rendering again


def test_rendering_twice_gives_identical_bytes(root: Path, rendered: dict[str, str]) -> None:
    assert render(root) == rendered


def test_every_generated_python_file_starts_with_the_do_not_edit_header(
    rendered: dict[str, str],
) -> None:
    for rel, text in rendered.items():
        if rel.endswith(".py"):
            assert text.startswith("# generated from spec/dockerhub.yaml — do not edit"), rel


def test_openapi_copies_are_identical(rendered: dict[str, str]) -> None:
    assert rendered["spec/openapi.json"] == rendered["fakehub/_generated/openapi.json"]


def test_openapi_document_has_one_operation_per_spec_operation(
    root: Path, rendered: dict[str, str]
) -> None:
    spec = load_spec(root / "spec" / "dockerhub.yaml")
    doc = json.loads(rendered["spec/openapi.json"])
    ids = [
        op["operationId"]
        for item in doc["paths"].values()
        for key, op in item.items()
        if key != "servers"  # a registry path names its own origin
    ]
    assert sorted(ids) == sorted(op.handler for op in spec.operations)
    assert doc["openapi"] == "3.1.0"


@pytest.mark.parametrize(
    "name",
    [
        "dockerhub_sdk/_generated/models.py",
        "dockerhub_sdk/_generated/converter.py",
        "dockerhub_sdk/_generated/operations.py",
        "dockerhub_sdk/_generated/resources.py",
        "dockerhub_sdk/_generated/formats.py",
        "fakehub/_generated/routes.py",
        "spec/openapi.json",
    ],
)
def test_mini_spec_output_matches_golden_file(mini_rendered: dict[str, str], name: str) -> None:
    produced = mini_rendered[name]
    golden = GOLDEN / name.replace("/", "__")
    if os.environ.get("UPDATE_GOLDEN"):
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(produced, encoding="utf-8")
    assert produced == golden.read_text(encoding="utf-8")


def test_check_names_a_stale_file(tmp_path: Path, root: Path, rendered: dict[str, str]) -> None:
    files = rendered
    for rel, text in files.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text, encoding="utf-8")
    (tmp_path / "spec" / "dockerhub.yaml").write_text(
        (root / "spec" / "dockerhub.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (tmp_path / "pyproject.toml").write_text(
        (root / "pyproject.toml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    assert stale(tmp_path, files) == []
    (tmp_path / "dockerhub_sdk/_generated/models.py").write_text("# edited by hand\n")
    (tmp_path / "fakehub/_generated/leftover.py").write_text("")
    assert check(tmp_path) == [
        "dockerhub_sdk/_generated/models.py",
        "fakehub/_generated/leftover.py",
    ]
