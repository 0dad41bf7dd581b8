"""Mention compatibility: dates, places and actors decide whether two mentions are one event."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from dateline.store.matching import Mention, Rules, haversine_km, match


def mention(**kw: Any) -> Mention:
    base: dict[str, Any] = dict(id="m", event_id="e", article_id="a", seq=0, status="asserted",
                                start=date(2024, 3, 10), end=date(2024, 3, 10), published=date(2024, 3, 10),
                                lat=31.61, lon=65.71, country="AF", feature_code="PPLA",
                                keys=frozenset({"key:taliban"}), names=frozenset({"taliban"}),
                                countries=frozenset({"AFG"}))
    base.update(kw)
    return Mention(**base)


@pytest.mark.parametrize("other, expected", [
    ({}, True),
    ({"start": date(2024, 3, 11), "end": date(2024, 3, 11)}, True),
    ({"start": date(2024, 3, 13), "end": date(2024, 3, 13)}, False),
    ({"start": None, "end": None, "published": date(2024, 3, 12)}, True),  # undated, reported two days later
    ({"start": None, "end": None, "published": date(2024, 4, 30)}, False),
    ({"lat": 31.7, "lon": 65.8}, True),
    ({"lat": 34.43, "lon": 70.45}, False),
    ({"lat": 33.0, "lon": 65.0, "feature_code": "PCLI"}, True),  # the country, not a spot: no conflict
    ({"feature_code": "PCLI", "keys": frozenset(), "names": frozenset()}, False),  # a centroid is not "near"
    ({"country": "PK", "lat": None, "lon": None}, False),
    ({"lat": None, "lon": None, "country": None}, True),  # same actors, same day, place unknown
    ({"lat": None, "lon": None, "country": None, "keys": frozenset(), "names": frozenset({"someone else"})}, False),
    ({"status": "future"}, False),
    ({"start": None, "end": None, "published": None}, True),  # no time at all: place and actors must both agree
    ({"start": None, "end": None, "published": None, "keys": frozenset(), "names": frozenset()}, False),
])
def test_matching_rules(other: dict[str, Any], expected: bool) -> None:
    result = match(mention(), mention(id="n", **other), Rules())
    assert (result is not None) == expected
    if result is not None:
        assert result[0] > 0 and result[1]


@pytest.mark.parametrize("a, b", [(mention(), mention(id="n", start=date(2024, 3, 11), end=date(2024, 3, 11)))])
def test_matching_is_symmetric(a: Mention, b: Mention) -> None:
    assert match(a, b, Rules()) == match(b, a, Rules())


@pytest.mark.parametrize("p, q, km", [((31.6133, 65.7101), (31.6133, 65.7101), 0.0),
                                      ((0.0, 0.0), (0.0, 1.0), 111.2), ((51.5, -0.12), (48.86, 2.35), 342.2)])
def test_matching_haversine(p: tuple[float, float], q: tuple[float, float], km: float) -> None:
    assert haversine_km(*p, *q) == pytest.approx(km, abs=1.0)


@pytest.mark.parametrize("km, merged", [(5.0, False), (50.0, True)])
def test_matching_distance_rule_is_a_setting(km: float, merged: bool) -> None:
    a, b = mention(keys=frozenset(), names=frozenset()), mention(id="n", lat=31.7, lon=65.8, keys=frozenset(),
                                                                 names=frozenset())
    assert (match(a, b, Rules(km=km)) is not None) == merged


@pytest.mark.parametrize("other, candidate", [
    ({"lat": 31.7, "lon": 65.8, "keys": frozenset(), "names": frozenset()}, True),  # a nearby point
    ({"lat": 34.4, "lon": 70.4, "keys": frozenset(), "names": frozenset()}, False),  # far, no shared actor
    ({"lat": 34.4, "lon": 70.4}, True),  # far, but the same actor
    ({"lat": 64.1, "lon": -21.9, "keys": frozenset(), "names": frozenset()}, False),
])
def test_matching_bucket_prunes_candidates(other: dict[str, Any], candidate: bool) -> None:
    from dateline.store.merge import Bucket

    bucket = Bucket(Rules().km)
    stored = mention(id="n", **other)
    bucket.add(stored)
    assert (stored in list(bucket.candidates(mention()))) == candidate
