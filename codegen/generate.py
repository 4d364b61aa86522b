"""Turn the spec into every generated file, in memory first: a bad spec writes nothing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from codegen.emit_fakehub import emit_fakehub
from codegen.emit_openapi import emit_openapi
from codegen.emit_sdk import emit_sdk
from codegen.ir import Spec
from codegen.load import load_spec

__all__ = ["GENERATED_DIRS", "SPEC_PATH", "check", "render", "write"]

SPEC_PATH = "spec/dockerhub.yaml"
OPENAPI_PATH = "spec/openapi.json"
GENERATED_DIRS = ("dockerhub_sdk/_generated", "fakehub/_generated")


def render(root: Path) -> dict[str, str]:
    """Every generated file's text, keyed by its path relative to ``root``."""
    spec = load_spec(root / SPEC_PATH, display=SPEC_PATH)
    return render_spec(spec, root)


def render_spec(spec: Spec, root: Path) -> dict[str, str]:
    openapi = emit_openapi(spec)
    _validate_openapi(openapi)
    files = {OPENAPI_PATH: openapi, **emit_sdk(spec), **emit_fakehub(spec, openapi)}
    py = {path: text for path, text in files.items() if path.endswith(".py")}
    files.update(_ruff_format(py, root))
    return dict(sorted(files.items()))


def _validate_openapi(text: str) -> None:
    from openapi_spec_validator import validate

    validate(json.loads(text))


def _ruff_format(files: dict[str, str], root: Path) -> dict[str, str]:
    """Format with ``ruff format`` under the project's own settings, all files in one run."""
    with tempfile.TemporaryDirectory(prefix="codegen-", dir=root) as tmp:
        for rel, text in files.items():
            target = Path(tmp, rel)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        config = ["--config", str(root / "pyproject.toml")]
        cmd = [sys.executable, "-m", "ruff"]
        subprocess.run(
            [*cmd, "check", "--quiet", "--fix-only", "--select", "I,F401", *config, tmp],
            check=True,
            cwd=root,
        )
        subprocess.run([*cmd, "format", "--quiet", *config, tmp], check=True, cwd=root)
        return {rel: Path(tmp, rel).read_text(encoding="utf-8") for rel in files}


def stale(root: Path, files: dict[str, str]) -> list[str]:
    """Paths whose content on disk differs from ``files``, plus leftovers to delete."""
    out = [
        rel
        for rel, text in files.items()
        if not (root / rel).is_file() or (root / rel).read_text(encoding="utf-8") != text
    ]
    out.extend(_leftovers(root, files))
    return out


def _leftovers(root: Path, files: dict[str, str]) -> list[str]:
    extra = []
    for folder in GENERATED_DIRS:
        for path in sorted((root / folder).glob("*")):
            rel = path.relative_to(root).as_posix()
            if path.is_file() and rel not in files:
                extra.append(rel)
    return extra


def check(root: Path) -> list[str]:
    return stale(root, render(root))


def write(root: Path) -> list[str]:
    """Regenerate; returns the paths that changed. Each file is replaced atomically."""
    files = render(root)
    changed = stale(root, files)
    for rel in changed:
        target = root / rel
        if rel not in files:
            target.unlink()
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(files[rel])
        os.replace(tmp, target)
    return changed
