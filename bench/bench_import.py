"""Import cost: a fresh ``python`` that imports ``dockerhub_sdk`` and makes its first call
(``hub.repositories.get`` answered by a canned in-process transport, so the first decode is
in it), against a fresh ``python -c 'import urllib3'``.

Whole processes, start-up included: the CPU time (user + system) of each child as the
operating system accounts it (``getrusage(RUSAGE_CHILDREN)``), the two commands run in turn
(A B A B ...) and compared pair by pair, so that a machine whose speed drifts moves both.
The checkout's ``.py`` files are compiled first (``compileall``), as an installed package's
are. Run it alone with ``python bench/bench_import.py [ROUNDS]``.
"""

from __future__ import annotations

import compileall
import resource
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

FIRST_CALL = """
import dockerhub_sdk
from dockerhub_sdk import DockerHub, Response

BODY = (b'{"user":"library","name":"nginx","namespace":"library","status":1,'
        b'"description":"Official build of Nginx.","is_private":false,"is_automated":false,'
        b'"can_edit":false,"star_count":20000,"pull_count":1000000000,'
        b'"last_updated":"2026-12-01T10:11:12.123456Z","has_starred":false,'
        b'"full_description":"# nginx"}')

class Canned:
    def send(self, request, *, timeout):
        return Response(status=200, headers={"Content-Type": "application/json"}, content=BODY)

    def close(self):
        pass

assert DockerHub(transport=Canned()).repositories.get(None, "nginx").name == "nginx"
"""

URLLIB3 = "import urllib3"


def cpu_of(code: str) -> float:
    """The CPU seconds (user + system) of one fresh ``python -c code`` run from the checkout
    (so that its ``dockerhub_sdk`` is the one imported)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def measure(rounds: int = 15) -> tuple[list[float], list[float]]:
    """``rounds`` interleaved pairs (after one unmeasured pair): the SDK's CPU seconds and
    urllib3's."""
    compileall.compile_dir(ROOT / "dockerhub_sdk", quiet=1)
    cpu_of(FIRST_CALL), cpu_of(URLLIB3)
    sdk, base = [], []
    for _ in range(rounds):
        sdk.append(cpu_of(FIRST_CALL))
        base.append(cpu_of(URLLIB3))
    return sdk, base


def main(rounds: int = 15) -> list[str]:
    sdk, base = measure(rounds)
    ratios = sorted(a / b for a, b in zip(sdk, base, strict=True))
    return [
        "## Import (bench/bench_import.py)",
        "",
        f"A fresh process, CPU (user + system), median of {rounds} interleaved pairs "
        f"(ratio range {ratios[0]:.2f}–{ratios[-1]:.2f}×).",
        "",
        "| what | CPU | ratio |",
        "|---|---|---|",
        f"| `python -c 'import urllib3'` (baseline) | {statistics.median(base) * 1e3:.0f} ms | "
        "1.00× |",
        "| `import dockerhub_sdk` + `DockerHub(...).repositories.get(...)` (first decode) | "
        f"{statistics.median(sdk) * 1e3:.0f} ms | {statistics.median(ratios):.2f}× |",
    ]


if __name__ == "__main__":
    print("\n".join(main(int(sys.argv[1]) if len(sys.argv) > 1 else 15)))
