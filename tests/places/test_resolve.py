"""One sense per name, chosen with the story as context."""

from __future__ import annotations

from collections import Counter

import pytest

from dateline.places.recognize import Match
from dateline.places.resolve import collapse_divisions, country_sense, resolve

from .conftest import (ATLANTA, GEORGIA_C, GEORGIA_S, IDLIB_CITY, IDLIB_GOV, NEW_YORK, PALMYRA_NY, SYRIA, TADMUR,
                       cand)


def _resolve(*matches: Match, demonyms: Counter[str] | None = None) -> dict[str, int | None]:
    chosen = resolve(list(matches), demonyms or Counter(), None, [])
    return {k: e.geonameid for k, e in chosen.items()}


@pytest.mark.parametrize("context", [[], [Match(cand("Syria", 100), [SYRIA], 3.0)]])
def test_resolve_palmyra_is_tadmur(context: list[Match]) -> None:
    assert _resolve(Match(cand("Palmyra"), [PALMYRA_NY, TADMUR], 2.0), *context)["palmyra"] == 163808


@pytest.mark.parametrize("qualifier_text", ["New York"])
def test_resolve_qualifier_wins(qualifier_text: str) -> None:
    # "Palmyra, New York": the name after the comma places the town.
    c = cand("Palmyra", qualifier_start=9)
    q = cand(qualifier_text, 9)
    assert _resolve(Match(c, [PALMYRA_NY, TADMUR], 2.0), Match(q, [NEW_YORK], 3.0))["palmyra"] == 5130045


@pytest.mark.parametrize("others, demonyms, expect", [
    ([], Counter(), 614540),  # a country name means the country
    ([Match(cand("Atlanta", 50), [ATLANTA], 3.0)], Counter(), 4197000),  # in a story about Atlanta, the state
    ([Match(cand("Atlanta", 50), [ATLANTA], 3.0)], Counter({"GE": 3}), 614540),  # unless Georgians are in it
])
def test_resolve_georgia(others: list[Match], demonyms: Counter[str], expect: int) -> None:
    got = _resolve(Match(cand("Georgia"), [GEORGIA_C, GEORGIA_S], 3.0), *others, demonyms=demonyms)
    assert got["georgia"] == expect


@pytest.mark.parametrize("admin_keyword, expect", [(False, {169389}), (True, {169387, 169389})])
def test_resolve_collapse_divisions(admin_keyword: bool, expect: set[int]) -> None:
    assert {e.geonameid for e in collapse_divisions([IDLIB_CITY, IDLIB_GOV], admin_keyword)} == expect


@pytest.mark.parametrize("countries, expect", [(Counter(), 614540), (Counter({"US": 4}), None),
                                               (Counter({"US": 4, "GE": 1}), 614540)])
def test_resolve_country_sense(countries: Counter[str], expect: int | None) -> None:
    got = country_sense([GEORGIA_C, GEORGIA_S], countries)
    assert (got.geonameid if got else None) == expect


@pytest.mark.parametrize("key", ["palmyra"])
def test_resolve_one_sense_per_name(key: str) -> None:
    ms = [Match(cand("Palmyra", s), [PALMYRA_NY, TADMUR], 2.0) for s in (0, 40, 80)]
    chosen = resolve(ms, Counter(), None, [])
    assert list(chosen) == [key]


@pytest.mark.parametrize("town_pop, keep_state", [(1_200, True), (2_000_000, False)])
def test_resolve_collapse_needs_a_real_town(town_pop: int, keep_state: bool) -> None:
    from .conftest import entry

    state = entry("Minnesota", 46.25, -94.25, "US", "ADM1", 5_000_000, "US.MN")
    town = entry("Minnesota", 44.5, -95.9, "US", "PPL", town_pop, "US.MN")
    assert (state in collapse_divisions([state, town], False)) is keep_state
