"""Settings for the whole suite: Hypothesis profiles.

* ``dev`` (the default): 25 examples per property that sets no ``max_examples`` of its own.
* ``ci`` (chosen when the environment has ``CI=true``, as ``.ci/run`` does): 200 examples.
* ``HYPOTHESIS_PROFILE=NAME`` picks one by hand (or ``pytest --hypothesis-profile NAME``).

Both are derandomized: each property draws the same examples on every run and every machine
(seeded from the test itself), so the suite is deterministic — a red run is reproducible, a
green one is not luck, and xdist workers need no shared seed. Where a test pins
``max_examples`` itself, it pins CI's number as ``depth(n)`` (tests/depth.py): ``n`` under
``ci``, an eighth of it (at least 10) under ``dev``. Both drop the per-example
deadline: wall time on a shared 2-core machine is no test outcome. ``derandomize`` implies no
example database, so no worker writes ``.hypothesis/``.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

_COMMON = settings(
    derandomize=True,
    database=None,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)

settings.register_profile("dev", _COMMON, max_examples=25)
settings.register_profile("ci", _COMMON, max_examples=200)


def profile_for(environ: dict[str, str] | os._Environ[str]) -> str:
    """The Hypothesis profile this environment asks for."""
    if environ.get("HYPOTHESIS_PROFILE"):
        return environ["HYPOTHESIS_PROFILE"]
    return "ci" if environ.get("CI", "").lower() == "true" else "dev"


settings.load_profile(profile_for(os.environ))
