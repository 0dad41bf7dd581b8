"""Choosing toponyms among scored matches: overlaps, echoes of strong names."""

from __future__ import annotations

import pytest

from dateline.places.recognize import ACCEPT, ECHO, STRONG, Match, select

from .conftest import SYRIA, TADMUR, cand, entry

SANAA = entry("Sanaa", 15.35, 44.21, "YE", "PPLC", 1937451)


@pytest.mark.parametrize("short_score", [ACCEPT + 5, ACCEPT])
def test_recognize_longest_wins(short_score: float) -> None:
    long = Match(cand("T-4", 10, mention_end=21), [TADMUR], ACCEPT + 0.1)  # "T-4 airbase"
    short = Match(cand("T-4", 10), [TADMUR], short_score)
    assert select([short, long]) == [long]


@pytest.mark.parametrize("weak, kept", [(ECHO + 0.1, True), (ECHO - 0.1, False)])
def test_recognize_echo_of_strong_name(weak: float, kept: bool) -> None:
    strong = Match(cand("Palmyra", 0), [TADMUR], STRONG)
    echo = Match(cand("Palmyra", 50, ner="PERSON"), [TADMUR], weak)
    assert (echo in select([strong, echo])) is kept


@pytest.mark.parametrize("inside", ["PERSON"])
def test_recognize_no_echo_inside_person(inside: str) -> None:
    strong = Match(cand("Jordan", 0), [SYRIA], STRONG)
    echo = Match(cand("Jordan", 50, inside=inside), [SYRIA], ACCEPT - 0.5)
    assert select([strong, echo]) == [strong]


@pytest.mark.parametrize("scores", [[ACCEPT - 0.01]])
def test_recognize_below_threshold(scores: list[float]) -> None:
    assert select([Match(cand("Palmyra"), [TADMUR], s) for s in scores]) == []


@pytest.mark.parametrize("text, known", [("SANA", False), ("TASS", False), ("Sana", True)])
def test_recognize_organisation_acronyms_are_not_places(text: str, known: bool) -> None:
    from dateline.places.lexicon import lexicon
    from dateline.places.recognize import score_matches

    c = cand(text, all_caps=text.isupper())
    scored = score_matches([c], {c.key: [SANAA]}, lexicon(), set(), set())
    assert bool(scored) is known
