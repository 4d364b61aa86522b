"""tests/depth.py: pinned example counts hold under CI and shrink under the dev profile."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import settings

from tests.depth import depth


@pytest.fixture
def profile() -> Iterator[None]:
    previous = settings.default
    yield
    settings.register_profile("_restore_after_test_depth", previous)
    settings.load_profile("_restore_after_test_depth")


@pytest.mark.usefixtures("profile")
def test_the_ci_profile_keeps_every_pinned_count() -> None:
    settings.load_profile("ci")
    assert [depth(n) for n in (3, 15, 400)] == [3, 15, 400]


@pytest.mark.usefixtures("profile")
def test_the_dev_profile_scales_a_pinned_count_as_its_default_is_scaled() -> None:
    settings.load_profile("dev")
    dev, ci = settings.get_profile("dev").max_examples, settings.get_profile("ci").max_examples
    assert depth(400) == 400 * dev // ci < 400
    assert depth(40, least=10) == max(10, 40 * dev // ci)


@pytest.mark.usefixtures("profile")
def test_a_scaled_count_never_falls_below_its_floor_nor_rises_above_the_pin() -> None:
    settings.load_profile("dev")
    assert depth(15, least=4) == 4
    assert depth(3, least=10) == 3
