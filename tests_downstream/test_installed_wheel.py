"""A downstream project's view of the published wheel (run by ``make dist-check`` in a clean
venv holding only the wheel, its fakehub extra and pytest; never by the main test run)."""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import os
import subprocess
import sys
import tarfile
import threading
import urllib.request
from pathlib import Path

import pytest

from dockerhub_sdk import DockerHub
from fakehub.server import FakeHub

DIST = "dockerhub-sdk"
TEST_TOOLS = ("pytest", "hypothesis", "mypy", "jsonschema", "schemathesis", "types-pyyaml", "build")


def test_codegen_is_not_installed() -> None:
    assert importlib.util.find_spec("codegen") is None
    files = importlib.metadata.files(DIST) or []
    assert not [f for f in files if f.parts[0] == "codegen"]


def test_one_version_everywhere() -> None:
    import dockerhub_sdk
    import fakehub

    assert importlib.metadata.version(DIST) == dockerhub_sdk.__version__ == fakehub.__version__


def test_metadata_publishes_license_classifiers_and_no_test_tools() -> None:
    meta = importlib.metadata.metadata(DIST)
    assert meta["License-Expression"] == "MIT"
    assert "Typing :: Typed" in meta.get_all("Classifier", [])
    assert sorted(meta.get_all("Provides-Extra", [])) == ["codegen", "fakehub"]
    requires = [r.lower() for r in meta.get_all("Requires-Dist", [])]
    assert not [r for r in requires if r.startswith(TEST_TOOLS)]
    files = importlib.metadata.files(DIST) or []
    assert any(f.name == "LICENSE" for f in files)
    assert any(f.as_posix() == "dockerhub_sdk/py.typed" for f in files)


def test_pytest_lists_the_plugin_fixtures(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "pytest", "--fixtures", "-p", "no:cacheprovider"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout
    for name in ("fakehub_server", "fakehub", "hub"):
        assert f"\n{name} " in out or f"\n{name}\n" in out or f"\n{name} --" in out, name


def test_the_plugin_fixtures_serve_the_sdk(hub: DockerHub, fakehub: FakeHub) -> None:
    fakehub.create_user("erin", "erin-password-1")
    hub.login("erin", "erin-password-1")
    hub.repositories.create(namespace="erin", name="app", description="from the wheel")
    assert hub.repositories.get("erin", "app").description == "from the wheel"


def test_fakehub_serve_on_port_0_answers_openapi_json() -> None:
    fakehub_cmd = Path(sys.executable).with_name("fakehub")
    proc = subprocess.Popen(
        [str(fakehub_cmd), "serve", "--port", "0", "--quiet"],
        stdout=subprocess.PIPE,
        text=True,
    )
    watchdog = threading.Timer(30, proc.kill)
    watchdog.start()
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.startswith("fakehub listening on http://127.0.0.1:"), line
        url = line.split()[-1]
        with urllib.request.urlopen(f"{url}/openapi.json", timeout=10) as response:
            assert response.status == 200
            assert json.load(response)["openapi"] == "3.1.0"
    finally:
        watchdog.cancel()
        proc.terminate()
        proc.wait(timeout=10)


@pytest.mark.skipif("DIST_CHECK_SDIST" not in os.environ, reason="needs the built sdist")
def test_the_sdist_holds_the_license_and_the_version_source() -> None:
    with tarfile.open(os.environ["DIST_CHECK_SDIST"]) as sdist:
        names = {name.split("/", 1)[1] for name in sdist.getnames() if "/" in name}
    assert {"LICENSE", "README.md", "pyproject.toml", "dockerhub_sdk/_version.py"} <= names
    assert not [n for n in names if n.startswith((".venv/", ".hypothesis/"))]
