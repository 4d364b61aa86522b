"""codegen formats with exactly the ruff that pyproject.toml pins, or refuses to run."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from codegen.__main__ import main
from codegen.generate import RuffVersionError, check_ruff_version


def _root_pinning(tmp_path: Path, root: Path, version: str) -> Path:
    """A copy of the project's spec and pyproject.toml, the codegen extra pinning ``version``."""
    (tmp_path / "spec").mkdir()
    shutil.copy(root / "spec" / "dockerhub.yaml", tmp_path / "spec" / "dockerhub.yaml")
    text = (root / "pyproject.toml").read_text(encoding="utf-8")
    pinned, count = re.subn(r'"ruff==[^"]+"', f'"ruff=={version}"', text)
    assert count >= 1
    (tmp_path / "pyproject.toml").write_text(pinned, encoding="utf-8")
    return tmp_path


def test_the_pinned_ruff_is_accepted(root: Path) -> None:
    check_ruff_version(root)


def test_another_ruff_is_refused_naming_the_pin_and_both_versions(
    tmp_path: Path, root: Path
) -> None:
    other = _root_pinning(tmp_path, root, "0.0.1")
    with pytest.raises(RuffVersionError) as caught:
        check_ruff_version(other)
    lines = (other / "pyproject.toml").read_text(encoding="utf-8").splitlines()
    assert caught.value.path == "pyproject.toml"
    assert '"ruff==0.0.1"' in lines[caught.value.line - 1]
    assert "ruff 0.0.1" in caught.value.message
    assert "found ruff " in caught.value.message


def test_the_command_exits_2_and_writes_nothing_under_another_ruff(
    tmp_path: Path, root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = _root_pinning(tmp_path, root, "0.0.1")
    assert main(["--root", str(other)]) == 2
    assert "pyproject.toml:" in capsys.readouterr().err
    assert sorted(p.name for p in other.iterdir()) == ["pyproject.toml", "spec"]
    assert sorted(p.name for p in (other / "spec").iterdir()) == ["dockerhub.yaml"]
