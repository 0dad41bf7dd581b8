"""Places no gazetteer lists: facilities by head word, names the text calls places, placed by context."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.places.local import LocalName, focus, local_names, place_local, unlisted_names
from dateline.places.lexicon import lexicon
from dateline.places.recognize import Match

from .conftest import ATLANTA, GEORGIA_S, SYRIA, TADMUR, cand


@pytest.mark.parametrize("text, name, code", [
    ("Police closed Royal Street on Friday.", "Royal Street", "ST"),
    ("He was taken to Colchester General Hospital overnight.", "Colchester General Hospital", "HSP"),
])
def test_local_facilities(parse: Any, text: str, name: str, code: str) -> None:
    doc = parse(text)
    found = {doc.text[n.start:n.end]: n.feature_code for n in local_names(doc, [], lexicon())}
    assert found.get(name) == code


@pytest.mark.parametrize("text, name", [
    ("The Catholic Church is growing.", "Catholic Church"),
    ("A statue of Doctor of the Church St. Gregory was unveiled.", "Church St."),
    ("The Pew Research Center published a survey.", "Pew Research Center"),
])
def test_local_not_facilities(parse: Any, text: str, name: str) -> None:
    doc = parse(text)
    assert name not in {doc.text[n.start:n.end] for n in local_names(doc, [], lexicon())}


@pytest.mark.parametrize("text, name", [("They were displaced from Torkula village last week.", "Torkula village")])
def test_local_unlisted_settlements(parse: Any, text: str, name: str) -> None:
    doc = parse(text)
    names = {doc.text[n.start:n.end] for n in unlisted_names(doc, [], lexicon(), set())}
    assert name in names


@pytest.mark.parametrize("inner, expect", [([], "focus"), (["town"], "town"), (["region"], "focus")])
def test_local_place_local(inner: list[str], expect: str) -> None:
    town = Match(cand("Palmyra", 0), [TADMUR], 2.0)
    region = Match(cand("Syria", 0), [SYRIA], 2.0)
    chosen = {"palmyra": TADMUR, "syria": SYRIA, "atlanta": ATLANTA}
    matches = {"town": town, "region": region}
    name = LocalName(0, 20, "HSP", [matches[k] for k in inner])
    story_focus = TADMUR if expect == "focus" else ATLANTA
    got = place_local(name, chosen, story_focus)
    assert got is (TADMUR if expect in ("town", "focus") else None)


@pytest.mark.parametrize("region", [GEORGIA_S])
def test_local_focus_must_lie_in_named_region(region: Any) -> None:
    # "the Georgia State Capitol" in a story whose focus is Palmyra: the focus is elsewhere, so the state it is.
    name = LocalName(0, 20, "BLDG", [Match(cand("Georgia", 0), [region], 2.0)])
    assert place_local(name, {"georgia": region}, TADMUR) is region


@pytest.mark.parametrize("counts", [(3, 1)])
def test_local_focus_most_mentioned(counts: tuple[int, int]) -> None:
    ms = [Match(cand("Palmyra", i), [TADMUR], 2.0) for i in range(counts[0])]
    ms += [Match(cand("Atlanta", 100 + i), [ATLANTA], 2.0) for i in range(counts[1])]
    assert focus({"palmyra": TADMUR, "atlanta": ATLANTA}, ms) is TADMUR
