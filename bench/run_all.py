"""`make bench`: run every benchmark and rewrite BENCHMARKS.md with the figures (as ratios
against a baseline measured in the same run)."""

from __future__ import annotations

import platform
from pathlib import Path

import bench_anchors
import bench_client
import bench_converter
import bench_fakehub
import bench_fakehub_serve

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    lines = [
        "# Benchmarks",
        "",
        "Written by `make bench` (bench/run_all.py); each figure is the best of 5 runs, and each",
        "ratio is against the baseline row measured in the same run. Machine: "
        f"{platform.machine()}, Python {platform.python_version()}.",
        "",
    ]
    for module in (bench_converter, bench_client, bench_fakehub, bench_fakehub_serve):
        lines += [*module.main(), ""]
    lines += ["## The SDK against its anchors (bench/bench_anchors.py)", ""]
    lines += [*bench_anchors.main(), ""]
    text = "\n".join(lines)
    (ROOT / "BENCHMARKS.md").write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
