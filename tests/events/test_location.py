"""Tests for dateline.events.location: the event's place, never the dateline city, anaphors resolved."""

from __future__ import annotations

import pytest

from dateline.doc import Place
from dateline.events.location import anaphoric_place, clause_place, specificity
from dateline.events.mentions import place_index


def _place(doc, pid: str, name: str, code: str, role: str | None = None) -> Place:
    starts = [i for i in range(len(doc.text)) if doc.text.startswith(name, i)]
    return Place(pid, name, 1, 0.0, 0.0, feature_code=code, role=role,
                 mentions=[doc.span(s, s + len(name)) for s in starts])


def _token_at(doc):
    p = doc.analyses["spacy"][0]
    return lambda c: next((t for t in p.sdoc if p.offset + t.idx <= c < p.offset + t.idx + len(t.text)), None)


@pytest.mark.parametrize("text,expected", [
    ("KABUL, May 5 (Reuters) - Militants attacked a checkpoint near Jalalabad.", "P2"),
    ("KABUL, May 5 (Reuters) - Militants attacked a checkpoint near the Bagram airbase.", "P3"),
])
def test_location_clause_place_skips_the_dateline(parsed_doc, text: str, expected: str) -> None:
    doc = parsed_doc(text)
    doc.places = [_place(doc, "P1", "KABUL", "PPLC", role="dateline"), _place(doc, "P2", "Jalalabad", "PPLA"),
                  _place(doc, "P3", "Bagram airbase", "AIRB")]
    doc.places = [p for p in doc.places if p.mentions]
    start = text.index("Militants")
    assert clause_place(doc, place_index(doc), start, len(text), _token_at(doc)) == expected


@pytest.mark.parametrize("_", [None])
def test_location_anaphor_points_back(parsed_doc, _: None) -> None:
    text = "Fighting raged in Kunduz. Government troops retreated from the city on Friday."
    doc = parsed_doc(text)
    doc.places = [_place(doc, "P1", "Kunduz", "PPLA")]
    start = text.index("Government")
    sent = next(s for s in doc.analyses["spacy"][0].sdoc.sents if "retreated" in s.text)
    assert anaphoric_place(doc, place_index(doc), start, len(text), list(sent)) == "P1"
    assert anaphoric_place(doc, place_index(doc), 0, 25, list(doc.analyses["spacy"][0].sdoc[:5])) is None


@pytest.mark.parametrize("code,rank", [("AIRB", 0), ("PPL", 1), ("ADM1", 3), ("PCLI", 4), (None, 1)])
def test_location_specificity(code: str | None, rank: int) -> None:
    assert specificity(Place("P", "x", None, None, None, feature_code=code)) == rank


@pytest.mark.parametrize("text", ["Delegations met in Kazakhstan's capital on Monday. Astana is cold.",
                                  "Delegations met in the capital of Kazakhstan on Monday. Astana is cold."])
def test_location_capital_by_description(parsed_doc, text: str) -> None:
    from dateline.events.location import capital_place

    doc = parsed_doc(text)
    kz = _place(doc, "P1", "Kazakhstan", "PCLI")
    astana = _place(doc, "P2", "Astana", "PPLC")
    kz.country = astana.country = "KZ"
    doc.places = [kz, astana]
    sdoc = doc.analyses["spacy"][0].sdoc
    sent = next(iter(sdoc.sents))
    assert capital_place(doc, place_index(doc), list(sent), 0) == "P2"
