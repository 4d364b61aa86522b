"""How deep a property test goes that sets its own number of examples.

``depth(n)`` is ``n`` under the ``ci`` profile (tests/conftest.py) and the same share of it
under any other profile as the profile's default is of ``ci``'s: under ``dev``, an eighth
(never fewer than ``least``). CI keeps every test's full depth; a run on a laptop draws the
same deterministic examples, fewer of them.
"""

from __future__ import annotations

from hypothesis import settings

__all__ = ["depth"]


def depth(n: int, *, least: int = 10) -> int:
    """``n`` examples under ``ci``; under the active profile, ``n`` scaled as its default is
    to ``ci``'s, and at least ``least`` (or ``n``, when that is smaller)."""
    active, thorough = settings.default.max_examples, settings.get_profile("ci").max_examples
    if active >= thorough:
        return n
    return max(min(n, least), n * active // thorough)
