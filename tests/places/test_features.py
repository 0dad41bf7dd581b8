"""Features of a match: each says something specific about the candidate or its senses."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.gazetteer import ABBREVIATION, OFFICIAL
from dateline.places.features import NAMES, features
from dateline.places.lexicon import lexicon

from .conftest import SYRIA, TADMUR, cand, entry

STATE = entry("California", 36.7, -118.8, "US", "ADM1", 39_000_000, "US.CA", ABBREVIATION)
HAMLET = entry("Is", 58.79, 59.72, "RU", "PPL", 5_000, kind=OFFICIAL)


def _f(c: Any, entries: list, story: set[str] | None = None, surnames: set[str] | None = None) -> dict[str, float]:
    return dict(zip(NAMES, features(c, entries, lexicon(), story or set(), surnames or set()), strict=True))


@pytest.mark.parametrize("text, entries, name, value", [
    ("IS", [HAMLET], "short_code", 1.0),  # "IS" is no town called Is
    ("Us", [HAMLET], "short_lower", 1.0),
    ("Calif.", [STATE], "bad_abbreviation", 1.0),  # a state abbreviation out of the blue
    ("Syria", [SYRIA], "broad", 1.0),
    ("Palmyra", [TADMUR], "only_alternate", 1.0),
    ("Palmyra", [TADMUR], "broad", 0.0),
    ("Friday", [TADMUR], "stopname", 1.0),
])
def test_features_word_level(text: str, entries: list, name: str, value: float) -> None:
    assert _f(cand(text), entries)[name] == value


@pytest.mark.parametrize("prev, ok", [(",", True), ("in", True), ("the", False)])
def test_features_abbreviation_needs_comma(prev: str, ok: bool) -> None:
    assert _f(cand("Calif.", prev=prev), [STATE])["bad_abbreviation"] == (0.0 if ok else 1.0)


@pytest.mark.parametrize("story, value", [({"SY"}, 1.0), ({"US"}, 0.0), (set(), 0.0)])
def test_features_story_country(story: set[str], value: float) -> None:
    assert _f(cand("Palmyra"), [TADMUR], story)["story_country"] == value


@pytest.mark.parametrize("surnames, value", [({"jordan"}, 1.0), (set(), 0.0)])
def test_features_surname(surnames: set[str], value: float) -> None:
    assert _f(cand("Jordan", ner="PERSON"), [SYRIA], surnames=surnames)["surname"] == value


@pytest.mark.parametrize("kw", [{"ner": "GPE"}, {"inside": "PERSON"}, {"prev": "near"}])
def test_features_context_flags(kw: dict[str, str]) -> None:
    flag = {"ner": "ner_place", "inside": "inside_person", "prev": "prev_prep"}[next(iter(kw))]
    assert _f(cand("Palmyra", **kw), [TADMUR])[flag] == 1.0
    assert _f(cand("Palmyra"), [TADMUR])[flag] == 0.0
