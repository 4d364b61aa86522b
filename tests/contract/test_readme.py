"""The README keeps its promises: two commands first, and every JavaScript method mapped."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from flask import Flask

from dockerhub_sdk._generated.operations import OPERATIONS
from fakehub.app import create_app, get_backend
from fakehub.server import FakeHub

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


def _python_sample(heading: str) -> str:
    """The first ``python`` code block after ``heading``."""
    section = README.split(f"\n{heading}\n", 1)[1]
    return section.split("```python\n", 1)[1].split("```", 1)[0]


def _run_sample(heading: str, capsys: pytest.CaptureFixture[str]) -> tuple[list[str], Flask]:
    """Run the sample under ``heading`` against a demo fakehub on a free port: what it printed,
    and the app (to look at its state)."""
    code = _python_sample(heading)
    assert '"http://127.0.0.1:5555"' in code
    app = create_app(demo=True)
    with FakeHub(app) as server:
        runnable = code.replace('"http://127.0.0.1:5555"', repr(server.url))
        exec(compile(runnable, "README.md", "exec"), {"__name__": "readme_sample"})
    return capsys.readouterr().out.splitlines(), app


def test_the_personal_access_token_and_2fa_sample_runs_as_printed(
    capsys: pytest.CaptureFixture[str],
) -> None:
    printed, _ = _run_sample("### Personal access tokens and two-factor authentication", capsys)
    assert printed == [
        "Require secondary authentication on MFA enabled account",
        "dckr_pat_",
        "['ci']",
        "carol",
        "a repo:read token cannot write",
    ]


def test_the_organization_access_token_sample_runs_as_printed(
    capsys: pytest.CaptureFixture[str],
) -> None:
    printed, app = _run_sample("### Organization access tokens and organization settings", capsys)
    assert printed == [
        "False",
        "dckr_oat_",
        "['ci', 'ci-pull']",
        "True",
        "repo-pull cannot write",
        "an organization token acts for acme, not for a user",
    ]
    state = get_backend(app).state
    (token,) = [t for t in state.get_org("acme").access_tokens.values() if t.label == "ci"]
    assert not token.is_active and state.get_org("acme").restricted_images.allow_verified_publishers


def _python_samples(heading: str) -> list[str]:
    """Every ``python`` code block of the section under ``heading``."""
    section = README.split(f"\n{heading}\n", 1)[1].split("\n### ", 1)[0]
    return [block.split("```", 1)[0] for block in section.split("```python\n")[1:]]


def test_the_fakehub_mock_sample_runs_as_printed(capsys: pytest.CaptureFixture[str]) -> None:
    code = _python_samples("### In your own test suite")[0]
    exec(compile(code, "README.md", "exec"), {"__name__": "readme_sample"})
    assert capsys.readouterr().out.splitlines() == [
        "[('POST', '/v2/users/login/', 200), ('POST', '/v2/repositories/', 201), "
        "('GET', '/v2/repositories/cibot/app/', 200)]"
    ]


def test_the_pytest_fixtures_sample_passes_as_printed(tmp_path: Path) -> None:
    code = _python_samples("### In your own test suite")[1]
    (tmp_path / "test_sample.py").write_text(code, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_sample.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "2 passed" in run.stdout
