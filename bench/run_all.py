"""`make bench`: run every benchmark and rewrite BENCHMARKS.md with the figures (as ratios
against a baseline measured in the same run). What stands above :data:`MARKER` in
BENCHMARKS.md is hand-written (before/after summaries) and kept."""

from __future__ import annotations

import platform
from pathlib import Path

import bench_anchors
import bench_client
import bench_converter
import bench_fakehub
import bench_fakehub_serve
import bench_import

ROOT = Path(__file__).resolve().parent.parent
MARKER = "<!-- make bench writes everything below this line -->"


def kept_head(path: Path) -> str:
    """The hand-written part of ``path``: up to and including :data:`MARKER` (a new file:
    the title and the marker)."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    if MARKER not in text:
        return f"# Benchmarks\n\n{MARKER}\n\n"
    return text[: text.index(MARKER) + len(MARKER)] + "\n\n"


def main() -> None:
    lines = [
        "Written by `make bench` (bench/run_all.py); each figure is the best of 5 runs, and each",
        "ratio is against the baseline row measured in the same run. Machine: "
        f"{platform.machine()}, Python {platform.python_version()}.",
        "",
    ]
    for module in (bench_converter, bench_client, bench_fakehub, bench_fakehub_serve, bench_import):
        lines += [*module.main(), ""]
    lines += ["## The SDK against its anchors (bench/bench_anchors.py)", ""]
    lines += [*bench_anchors.main(), ""]
    text = "\n".join(lines)
    target = ROOT / "BENCHMARKS.md"
    target.write_text(kept_head(target) + text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
