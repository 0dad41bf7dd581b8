"""Great-circle distance."""

from __future__ import annotations

import pytest

from dateline.places.geo import km


@pytest.mark.parametrize("a, b, expect", [((34.5624, 38.28402), (33.5102, 36.29128), 215),
                                          ((0, 0), (0, 180), 20015), ((51.5, -0.12), (51.5, -0.12), 0)])
def test_geo_km(a: tuple[float, float], b: tuple[float, float], expect: float) -> None:
    assert abs(km(*a, *b) - expect) < 5
