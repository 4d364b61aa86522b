"""``dockerhub_sdk.wire``: the public seam fakehub (and tools like it) import from."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import dockerhub_sdk.wire as wire
from dockerhub_sdk._generated import converter as generated_converter
from dockerhub_sdk._generated.operations import OPERATIONS

ROOT = Path(__file__).resolve().parents[2]


def test_every_name_in_wire_all_resolves() -> None:
    missing = [name for name in wire.__all__ if not hasattr(wire, name)]
    assert missing == []


def test_wire_all_has_no_duplicates() -> None:
    assert len(wire.__all__) == len(set(wire.__all__))


def test_wire_converters_are_the_generated_ones() -> None:
    assert wire.converter is generated_converter.converter
    assert wire.strict_converter is generated_converter.strict_converter


def test_wire_operation_table_is_the_generated_one() -> None:
    assert wire.OPERATIONS is OPERATIONS
    assert all(isinstance(op, wire.Operation) for op in wire.OPERATIONS.values())


def test_an_unknown_wire_name_raises_attribute_error() -> None:
    try:
        wire.no_such_name  # noqa: B018
    except AttributeError as exc:
        assert "no_such_name" in str(exc)
    else:
        raise AssertionError("expected AttributeError")


def _fresh_python(code: str) -> str:
    """What ``code`` prints in a new interpreter that imports this checkout's SDK."""
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return out.stdout.strip()


def test_importing_wire_builds_no_converter() -> None:
    code = (
        "import sys, dockerhub_sdk.wire; print('dockerhub_sdk._generated.converter' in sys.modules)"
    )
    assert _fresh_python(code) == "False"


def test_a_first_decode_builds_neither_the_strict_converter_nor_a_cattrs_function() -> None:
    # what `import dockerhub_sdk` and the first response cost: no compile() at all
    code = (
        "import builtins, dockerhub_sdk\n"
        "from dockerhub_sdk._generated import converter as module\n"
        "compiled = []\n"
        "real = builtins.compile\n"
        "builtins.compile = lambda *a, **k: compiled.append(a[1]) or real(*a, **k)\n"
        "module.converter.structure({'name': 'n', 'slug': 's'}, dockerhub_sdk.Category)\n"
        "print('strict_converter' in vars(module), compiled)"
    )
    assert _fresh_python(code) == "False []"


def test_building_the_converter_resolves_no_model_annotations() -> None:
    # cattrs resolves a model's string annotations when it builds a function for it, not
    # when the converter is made (resolving all of them was two thirds of making it)
    code = (
        "import attrs, dockerhub_sdk\n"
        "from dockerhub_sdk._generated import converter as module\n"
        "module.converter.structure({'name': 'n', 'slug': 's'}, dockerhub_sdk.Category)\n"
        "print(sorted({type(a.type).__name__ for m in (dockerhub_sdk.Repository, "
        "dockerhub_sdk.Category) for a in attrs.fields(m)}))"
    )
    assert _fresh_python(code) == "['str']"


def _sdk_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {name for name in found if name.startswith("dockerhub_sdk")}


def test_fakehub_route_table_and_route_import_only_public_sdk_names() -> None:
    for rel in ("fakehub/_generated/routes.py", "fakehub/_route.py"):
        private = [m for m in _sdk_imports(ROOT / rel) if "._" in m]
        assert private == [], rel
