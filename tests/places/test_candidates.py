"""Candidate spans from the parse: capitalised runs, their sub-spans, and the context around each."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.places.candidates import candidates
from dateline.places.lexicon import lexicon


def _cands(parse: Any, text: str) -> dict[str, Any]:
    doc = parse(text)
    out = {}
    for c in candidates(doc, lexicon()):
        assert doc.text[c.start:c.end] == c.text
        out.setdefault(c.text, c)
    return out


@pytest.mark.parametrize("text, expected", [
    ("Fighting raged near the T-4 airbase on Monday.", {"T-4"}),
    ("He flew from Rostov-on-Don to Bosnia and Herzegovina.", {"Rostov-on-Don", "Bosnia and Herzegovina"}),
    ("Militants left al-Hol camp.", {"al-Hol", "Hol"}),
    ("Officials in Washington, D.C. said so.", {"Washington", "D.C.", "Washington, D.C."}),
])
def test_candidates_spans(parse: Any, text: str, expected: set[str]) -> None:
    assert expected <= set(_cands(parse, text))


@pytest.mark.parametrize("text, name, mention", [
    ("Fighting raged near the T-4 airbase on Monday.", "T-4", "T-4 airbase"),
    ("Shelling hit Idlib province again.", "Idlib", "Idlib province"),
])
def test_candidates_keyword_joins(parse: Any, text: str, name: str, mention: str) -> None:
    doc = parse(text)
    c = next(c for c in candidates(doc, lexicon()) if c.text == name)
    assert doc.text[c.start:c.mention_end] == mention


@pytest.mark.parametrize("text, name, prev", [("Fighting raged near the T-4 airbase.", "T-4", "near"),
                                              ("The army entered Palmyra.", "Palmyra", "entered")])
def test_candidates_previous_word(parse: Any, text: str, name: str, prev: str) -> None:
    assert _cands(parse, text)[name].prev == prev


@pytest.mark.parametrize("text, name", [("The Syrian army advanced.", "Syrian")])
def test_candidates_skip_demonyms(parse: Any, text: str, name: str) -> None:
    assert name not in _cands(parse, text)


@pytest.mark.parametrize("text, name, before, after", [
    ("Michael O'Leary spoke in Dublin.", "Michael", False, True),
    ("Shares of Bank of Valletta rose.", "Valletta", True, False),
])
def test_candidates_run_position(parse: Any, text: str, name: str, before: bool, after: bool) -> None:
    c = _cands(parse, text)[name]
    assert (c.run_before, c.run_after) == (before, after)


@pytest.mark.parametrize("text", ["", "   ", "😀 🚀", "مرحبا بالعالم", "e\u0301te\u0301 a\u0300 Pa\u0301ris"])
def test_candidates_odd_text(parse: Any, text: str) -> None:
    _cands(parse, text)  # no crash, offsets checked inside
