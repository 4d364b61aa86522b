"""`make demo` keeps working: the example script runs fakehub and the SDK end to end."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_demo_script_runs_end_to_end_and_cleans_up() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "demo.py")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "logged in as alice" in out
    assert "created alice/demo-app" in out
    assert "walked every page lazily: 180 tags" in out
    assert "pushed alice/demo-app:1.0 as docker push does" in out
    assert "the Hub API lists tag 1.0: digest sha256:" in out
    assert "['linux/amd64']" in out
    assert "pulled it back with hub.registry" in out and "digest equal: True" in out
    assert "nginx:latest for linux/arm64/v8: sha256:" in out
    assert "pull rate limit (as hub-tool reads it): " in out
    assert "starred library/python" in out
    assert "with a read-only PAT (dckr_pat_…)" in out
    assert "and a write answers 403" in out
    assert "invited dana@example.com: invited" in out
    assert "acme's audit log, newest first: ['org.member.invite.send (alice)'" in out
    assert "after delete, alice/demo-app answers 404" in out
    assert out.rstrip().endswith("demo done")
