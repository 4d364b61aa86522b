"""fakehub's layout rules: its import graph (with the SDK's and codegen's) has no cycle, the HTTP
layer names no operation, the domain state imports no web layer, nothing imports the SDK's
private modules, and no hand-written module is over 600 lines.

The import graph is read from the source (every ``import`` anywhere in a module: at the top,
inside functions, under ``if TYPE_CHECKING``), so a cycle hidden in a deferred import counts.
An edge goes to the module named (``from fakehub.http import errors`` names
``fakehub.http.errors``); the parent packages Python initializes on the way are not edges.
"""

from __future__ import annotations

import ast
import graphlib
from collections.abc import Iterator, Mapping
from pathlib import Path

import codegen
import dockerhub_sdk
import fakehub
from fakehub._generated.routes import ROUTES

FAKEHUB = Path(fakehub.__file__).parent
PACKAGES = {
    "dockerhub_sdk": Path(dockerhub_sdk.__file__).parent,
    "fakehub": FAKEHUB,
    "codegen": Path(codegen.__file__).parent,
}
MAX_LINES = 600


def modules(root: Path, package: str) -> dict[str, Path]:
    """Every module below ``root`` by its dotted name (a package by its ``__init__.py``)."""
    found: dict[str, Path] = {}
    for path in sorted(root.rglob("*.py")):
        parts = [package, *path.relative_to(root).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _imported(node: ast.AST, module: str, is_package: bool) -> Iterator[str]:
    """The dotted names an import statement names (``from X import a`` names ``X.a`` and
    ``X``: which one is a module is decided against the known modules)."""
    if isinstance(node, ast.Import):
        for alias in node.names:
            yield alias.name
    elif isinstance(node, ast.ImportFrom):
        base = node.module or ""
        if node.level:
            anchor = module.split(".")
            anchor = anchor[: len(anchor) - node.level + (1 if is_package else 0)]
            base = ".".join([*anchor, base] if base else anchor)
        for alias in node.names:
            yield f"{base}.{alias.name}"
        yield base


def import_graph(root: Path, package: str, *more: tuple[Path, str]) -> dict[str, set[str]]:
    """Which of the package's modules (and those of the ``more`` packages, as ``(root, name)``)
    each of those modules imports."""
    known = modules(root, package)
    for other_root, other in more:
        known.update(modules(other_root, other))
    graph: dict[str, set[str]] = {name: set() for name in known}
    for name, path in known.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        is_package = path.name == "__init__.py"
        for node in ast.walk(tree):
            names = list(_imported(node, name, is_package))
            if isinstance(node, ast.ImportFrom):
                submodules = [n for n in names[:-1] if n in known]
                names = submodules or names[-1:]
            graph[name].update(n for n in names if n in known and n != name)
    return graph


def cycle(graph: Mapping[str, set[str]]) -> list[str] | None:
    """A cycle of ``graph`` (its first node repeated at the end), or ``None``."""
    try:
        graphlib.TopologicalSorter(graph).prepare()
    except graphlib.CycleError as exc:
        found: list[str] = exc.args[1]
        return found
    return None


def test_fakehub_modules_import_each_other_without_a_cycle() -> None:
    graph = import_graph(FAKEHUB, "fakehub")

    assert cycle(graph) is None, " -> ".join(cycle(graph) or [])


def test_the_sdk_fakehub_and_codegen_import_each_other_without_a_cycle() -> None:
    (first, *more) = [(root, name) for name, root in PACKAGES.items()]
    graph = import_graph(*first, *more)

    assert {"dockerhub_sdk.wire", "codegen.load"} <= graph.keys()
    assert cycle(graph) is None, " -> ".join(cycle(graph) or [])


def test_a_cycle_across_two_packages_is_found(tmp_path: Path) -> None:
    for name, text in (("one", "from two import b\n"), ("two", "import one.a\n")):
        (tmp_path / name).mkdir()
        (tmp_path / name / "__init__.py").write_text("")
        (tmp_path / name / ("a.py" if name == "one" else "b.py")).write_text(text)

    found = cycle(import_graph(tmp_path / "one", "one", (tmp_path / "two", "two")))

    assert found is not None
    assert set(found) == {"one.a", "two.b"}


def test_the_import_graph_holds_the_app_s_wiring() -> None:
    graph = import_graph(FAKEHUB, "fakehub")

    assert {"fakehub.backend", "fakehub.control", "fakehub.http.view"} <= graph["fakehub.app"]
    assert "fakehub.http.errors" in graph["fakehub.control"]


def test_an_import_inside_a_function_closes_a_cycle(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "sub" / "__init__.py").write_text("")
    (package / "app.py").write_text("from pkg.sub import control\n")
    (package / "sub" / "control.py").write_text("def later():\n    from .. import app\n")

    found = cycle(import_graph(package, "pkg"))

    assert found is not None
    assert set(found) == {"pkg.app", "pkg.sub.control"}


def test_an_import_under_type_checking_counts_too(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("import pkg.b\n")
    (package / "b.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg import a\n"
    )

    assert cycle(import_graph(package, "pkg")) is not None


def _names_in(tree: ast.AST) -> Iterator[str]:
    """Every string constant and identifier of ``tree``."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.value
        elif isinstance(node, ast.Name):
            yield node.id
        elif isinstance(node, ast.Attribute):
            yield node.attr
        yield from _names_in(node)


def test_the_http_layer_names_no_operation() -> None:
    operations = {route.operation.id for route in ROUTES} | {route.handler for route in ROUTES}
    layer = sorted((FAKEHUB / "http").glob("*.py"))
    named = {
        path.name: sorted(set(_names_in(ast.parse(path.read_text(encoding="utf-8")))) & operations)
        for path in layer
    }

    assert layer, "fakehub/http/ has no modules"
    assert named == {path.name: [] for path in layer}


def _imports(path: Path) -> Iterator[str]:
    """The absolute dotted names every import of the module at ``path`` names."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module
            yield from (f"{node.module}.{alias.name}" for alias in node.names)


def _is_private_sdk(name: str) -> bool:
    parts = name.split(".")
    private = (p for p in parts[1:] if not (p.startswith("__") and p.endswith("__")))
    return parts[0] == "dockerhub_sdk" and any(part.startswith("_") for part in private)


def test_nothing_in_fakehub_imports_a_private_module_of_the_sdk() -> None:
    found = {
        f"{path.relative_to(FAKEHUB)}: {name}"
        for path in sorted(FAKEHUB.rglob("*.py"))
        for name in _imports(path)
        if _is_private_sdk(name)
    }

    assert sorted(found) == [], "fakehub imports the SDK only through dockerhub_sdk.wire"


def test_a_private_sdk_import_is_recognised() -> None:
    assert _is_private_sdk("dockerhub_sdk._generated.operations")
    assert _is_private_sdk("dockerhub_sdk._operation")
    assert not _is_private_sdk("dockerhub_sdk.wire")
    assert not _is_private_sdk("dockerhub_sdk.wire.models")
    assert not _is_private_sdk("dockerhub_sdk.__version__")


WEB_LAYER = ("fakehub.http", "fakehub.handlers", "fakehub.app", "fakehub.control")


def test_the_state_imports_no_handler_http_or_app_module() -> None:
    graph = import_graph(FAKEHUB, "fakehub")
    web = {
        f"{module} -> {name}"
        for module, names in graph.items()
        if module.startswith("fakehub.state")
        for name in names
        if name.startswith(WEB_LAYER)
    }

    assert sorted(web) == []


WEB_LIBRARIES = ("flask", "werkzeug")


def _reached(graph: Mapping[str, set[str]], start: str) -> set[str]:
    """``start`` and every module it imports, directly or not."""
    seen, todo = {start}, [start]
    while todo:
        for name in graph[todo.pop()] - seen:
            seen.add(name)
            todo.append(name)
    return seen


def test_the_state_imports_no_web_library_even_through_other_modules() -> None:
    known = modules(FAKEHUB, "fakehub")
    graph = import_graph(FAKEHUB, "fakehub")
    web = {
        f"{state} -> {module}: {name}"
        for state in known
        if state.startswith("fakehub.state")
        for module in _reached(graph, state)
        for name in _imports(known[module])
        if name.split(".")[0] in WEB_LIBRARIES
    }

    assert sorted(web) == [], "fakehub.state is the domain: no Flask or werkzeug"


def test_no_hand_written_module_of_fakehub_or_codegen_is_over_600_lines() -> None:
    long = {
        f"{path}: {lines} lines"
        for root in (FAKEHUB, PACKAGES["codegen"])
        for path in sorted(root.rglob("*.py"))
        if "_generated" not in path.parts
        and (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }

    assert sorted(long) == [], f"split these modules below {MAX_LINES} lines"
