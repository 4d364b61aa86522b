"""Turn the spec into every generated file, in memory first: a bad spec writes nothing."""

from __future__ import annotations

import functools
import json
import os
import re
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

from codegen.emit_fakehub import emit_fakehub
from codegen.emit_openapi import emit_openapi
from codegen.emit_sdk import emit_sdk
from codegen.errors import SpecError
from codegen.ir import Spec
from codegen.load import load_spec

__all__ = [
    "GENERATED_DIRS",
    "SPEC_PATH",
    "RuffVersionError",
    "check",
    "check_ruff_version",
    "render",
    "write",
]

SPEC_PATH = "spec/dockerhub.yaml"
OPENAPI_PATH = "spec/openapi.json"
GENERATED_DIRS = ("dockerhub_sdk/_generated", "fakehub/_generated")


def render(root: Path) -> dict[str, str]:
    """Every generated file's text, keyed by its path relative to ``root``."""
    check_ruff_version(root)  # before the work: a wrong ruff refuses at once
    spec = load_spec(root / SPEC_PATH, display=SPEC_PATH)
    return render_spec(spec, root)


def render_spec(spec: Spec, root: Path) -> dict[str, str]:
    openapi = emit_openapi(spec)
    _validate_openapi(openapi)
    files = {OPENAPI_PATH: openapi, **emit_sdk(spec), **emit_fakehub(spec, openapi)}
    py = {path: text for path, text in files.items() if path.endswith(".py")}
    files.update(_ruff_format(py, root))
    return dict(sorted(files.items()))


@functools.lru_cache(maxsize=4)
def _validate_openapi(text: str) -> None:
    """Raise unless ``text`` is a valid OpenAPI document (once per text: the same document,
    rendered again, is not validated again)."""
    from openapi_spec_validator import validate

    validate(json.loads(text))


class RuffVersionError(SpecError):
    """The ruff found is not the one pyproject.toml pins: its output could differ byte for byte."""


def _pinned_ruff(root: Path) -> tuple[str, int] | None:
    """The ruff version the codegen extra pins exactly (``ruff==X``), and the pin's line."""
    path = root / "pyproject.toml"
    if not path.is_file():
        return None
    text = path.read_text(encoding="utf-8")
    extras = tomllib.loads(text).get("project", {}).get("optional-dependencies", {})
    for requirement in extras.get("codegen", []):
        match = re.fullmatch(r"ruff\s*==\s*([\w.]+)", requirement.strip())
        if match:
            line = next((n for n, row in enumerate(text.splitlines(), 1) if requirement in row), 1)
            return match.group(1), line
    return None


@functools.cache
def _installed_ruff(python: str) -> str:
    """The version of the ruff that ``python -m ruff`` runs (``ruff 0.17.6`` -> ``0.17.6``)."""
    out = subprocess.run(
        [python, "-m", "ruff", "--version"], check=True, capture_output=True, text=True
    ).stdout
    return out.split()[-1] if out.split() else ""


def check_ruff_version(root: Path) -> None:
    """Refuse to format with a ruff other than the pinned one: ``--check`` compares bytes."""
    pin = _pinned_ruff(root)
    if pin is None:
        return
    wanted, line = pin
    found = _installed_ruff(sys.executable)
    if found != wanted:
        raise RuffVersionError(
            "pyproject.toml",
            line,
            f"codegen formats with ruff {wanted} (pinned here) but found ruff {found}, whose "
            f"output may differ; install the pinned one (`pip install ruff=={wanted}`, or "
            "`make .venv/.installed`), or change the pin on purpose and regenerate",
        )


def _ruff_format(files: dict[str, str], root: Path) -> dict[str, str]:
    """Format with ``ruff format`` under the project's own settings, all files in one run."""
    check_ruff_version(root)
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
