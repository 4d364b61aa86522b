"""Timing helpers shared by the benchmarks: best-of-N wall time, reported as ratios."""

from __future__ import annotations

import time
from collections.abc import Callable


def best_of(fn: Callable[[], object], *, repeat: int = 5, number: int = 1) -> float:
    """The fastest of ``repeat`` runs of ``number`` calls, in seconds per call."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            fn()
        best = min(best, (time.perf_counter() - start) / number)
    return best


def row(name: str, seconds: float, baseline: float) -> str:
    return f"| {name} | {seconds * 1e3:.3f} ms | {seconds / baseline:.2f}× |"
