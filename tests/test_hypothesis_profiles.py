"""The suite's Hypothesis profiles (tests/conftest.py): deterministic, and CI more thorough."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import settings

CONFTEST = Path(__file__).with_name("conftest.py")


def _loaded_settings(**env: str) -> tuple[int, bool]:
    """``(max_examples, derandomize)`` after tests/conftest.py runs under ``env`` alone."""
    script = (
        "import runpy, sys; from hypothesis import settings; "
        f"runpy.run_path({str(CONFTEST)!r}); "
        "s = settings(); print(s.max_examples, s.derandomize)"
    )
    keep = {k: v for k, v in os.environ.items() if k not in ("CI", "HYPOTHESIS_PROFILE")}
    out = subprocess.run(
        [sys.executable, "-c", script],
        env={**keep, **env},
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout.split()
    return int(out[0]), out[1] == "True"


def test_this_run_is_derandomized_and_keeps_no_example_database() -> None:
    assert settings().derandomize
    assert settings().database is None


def test_ci_draws_more_examples_than_dev() -> None:
    assert settings.get_profile("ci").max_examples > settings.get_profile("dev").max_examples


@pytest.mark.parametrize(
    ("env", "profile"),
    [({}, "dev"), ({"CI": "true"}, "ci"), ({"CI": "true", "HYPOTHESIS_PROFILE": "dev"}, "dev")],
)
def test_the_environment_picks_the_profile(env: dict[str, str], profile: str) -> None:
    assert _loaded_settings(**env) == (settings.get_profile(profile).max_examples, True)
