from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def root() -> Path:
    return ROOT


@pytest.fixture
def real_spec_text() -> str:
    return (ROOT / "spec" / "dockerhub.yaml").read_text(encoding="utf-8")
