#!/usr/bin/env bash
# `make dist-check`: build the sdist and the wheel (the wheel from the sdist, as a user's
# `pip install` of the sdist would), install the wheel with the fakehub extra in a clean venv,
# and run this folder's tests there, from a folder outside the checkout, so nothing of the
# checkout (codegen/, tests/, pyproject.toml's pytest settings) is importable or read.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
PY="${PY:-$root/.venv/bin/python}"
PYTHON="${PYTHON:-python3}"
work="$(mktemp -d "${TMPDIR:-/tmp}/dist-check.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# --no-isolation: hatchling comes from the dev group (the same requirement as
# [build-system]), which saves fetching it twice; the wheel is still built from the sdist.
"$PY" -m build --no-isolation --outdir "$work/dist" "$root" >"$work/build.log" 2>&1 || {
    cat "$work/build.log" >&2
    exit 1
}
wheel="$(ls "$work"/dist/*.whl)"
sdist="$(ls "$work"/dist/*.tar.gz)"
echo "built $(basename "$sdist") and $(basename "$wheel")"

# A clean venv: only the wheel, its fakehub extra and pytest (installed by the dev venv's pip).
"$PYTHON" -m venv --without-pip "$work/venv"
"$PY" -m pip --python "$work/venv/bin/python" install --quiet "$wheel[fakehub]" pytest

mkdir "$work/downstream"
cp "$here"/test_*.py "$work/downstream/"
cd "$work/downstream"
DIST_CHECK_SDIST="$sdist" "$work/venv/bin/python" -m pytest -q -p no:cacheprovider
