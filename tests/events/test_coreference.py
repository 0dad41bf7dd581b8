"""Tests for dateline.events.coreference: co-referring mentions of one happening become one event."""

from __future__ import annotations

import re

import pytest

from dateline.doc import Doc, Entity, Event, EventDate, Place
from dateline.events.coreference import actors_agree, dates_agree, merge_mentions, places_agree

TEXT = ("Police fired tear gas at protesters in Harare on Monday. The crackdown drew condemnation. "
        "Later, police fired at a crowd in Bulawayo. Talks may resume in Geneva.")


def make_doc() -> Doc:
    doc = Doc(text=TEXT, id="t", published="2020-05-06")
    starts = [0] + [m.end() for m in re.finditer(r"\. ", TEXT)]
    doc.sentences = [doc.span(s, e - 1) for s, e in zip(starts, [*starts[1:], len(TEXT) + 1], strict=True)]
    doc.entities = [Entity(id="E1", name="police", type="ORG", country="ZWE", sector="POL"),
                    Entity(id="E2", name="protesters", type="GROUP", sector="CVL"),
                    Entity(id="E3", name="army", type="ORG", country="ZWE", sector="MIL")]
    doc.places = [Place(id="P1", name="Harare", geonameid=1, lat=-17.83, lon=31.05, country="ZW", feature_code="PPLC"),
                  Place(id="P2", name="Bulawayo", geonameid=2, lat=-20.15, lon=28.58, country="ZW", feature_code="PPLA"),
                  Place(id="P3", name="Zimbabwe", geonameid=3, lat=-19.0, lon=29.75, country="ZW", feature_code="PCLI")]
    return doc


def event(doc: Doc, phrase: str, **kw) -> Event:
    start = doc.text.index(phrase)
    span = doc.span(start, start + len(phrase))
    word = phrase.split()[1] if " " in phrase else phrase
    ws = doc.text.index(word, start)
    return Event(id="", type=kw.pop("type", "COERCE"), evidence=span, confidence=kw.pop("confidence", 0.7),
                 trigger=doc.span(ws, ws + len(word)), **kw)


def test_coreference_merges_a_retold_happening_and_keeps_every_span() -> None:
    doc = make_doc()
    first = event(doc, "Police fired tear gas at protesters in Harare on Monday", actors=["E1"], recipients=["E2"],
                  place="P1", date=EventDate("2020-05-04", "2020-05-04", "day"), confidence=0.6)
    retold = event(doc, "The crackdown", confidence=0.8)
    out = merge_mentions(doc, [retold, first])
    assert len(out) == 1
    merged = out[0]
    assert merged.evidence == first.evidence and merged.confidence == pytest.approx(0.8)
    assert [m.text for m in merged.mentions] == [first.evidence.text, retold.evidence.text]
    for m in merged.mentions:
        assert doc.text[m.start:m.end] == m.text


@pytest.mark.parametrize("change", [
    {"place": "P2"},                                                  # another city
    {"date": EventDate("2020-05-01", "2020-05-01", "day")},           # another day
    {"status": "hypothetical"},                                       # not told as real
    {"type": "ASSAULT"},                                              # another kind of event
    {"actors": ["E2"]},                                               # someone else did it
])
def test_coreference_keeps_incompatible_mentions_apart(change: dict) -> None:
    doc = make_doc()
    a = event(doc, "Police fired tear gas at protesters in Harare on Monday", actors=["E1"], place="P1",
              date=EventDate("2020-05-04", "2020-05-04", "day"))
    b = event(doc, "police fired at a crowd in Bulawayo", actors=["E1"], place="P1",
              date=EventDate("2020-05-04", "2020-05-04", "day"))
    for k, v in change.items():
        setattr(b, k, v)
    assert len(merge_mentions(doc, [a, b])) == 2


@pytest.mark.parametrize("a,b,expected", [("P1", "P1", True), ("P1", "P2", False), ("P1", "P3", None),
                                          (None, "P2", None)])
def test_coreference_places_agree(a: str | None, b: str | None, expected: bool | None) -> None:
    assert places_agree(make_doc(), a, b) is expected


@pytest.mark.parametrize("a,b,expected", [(["E1"], ["E1", "E2"], True), (["E1"], ["E3"], False),
                                          ([], ["E3"], None)])
def test_coreference_actors_agree(a: list[str], b: list[str], expected: bool | None) -> None:
    assert actors_agree(make_doc(), a, b) is expected


@pytest.mark.parametrize("da,db,expected", [
    (("2020-05-04", "2020-05-04", "day"), ("2020-05-04", "2020-05-04", "day"), True),
    (("2020-05-04", "2020-05-04", "day"), ("2020-05-05", "2020-05-05", "day"), False),
    (("2020-05-01", "2020-05-31", "month"), ("2020-05-04", "2020-05-04", "day"), None),
    (None, ("2020-05-04", "2020-05-04", "day"), None),
])
def test_coreference_dates_agree(da: tuple | None, db: tuple | None, expected: bool | None) -> None:
    doc = make_doc()
    a = event(doc, "The crackdown", date=EventDate(*da) if da else None)
    b = event(doc, "The crackdown", date=EventDate(*db) if db else None)
    assert dates_agree(a, b) is expected


@pytest.mark.parametrize("events", [[]])
def test_coreference_empty(events: list[Event]) -> None:
    assert merge_mentions(make_doc(), events) == []


def test_coreference_unrelated_mentions_far_apart_stay_apart() -> None:
    doc = make_doc()
    a = event(doc, "The crackdown")
    b = event(doc, "Talks may resume in Geneva", type="COERCE")
    assert len(merge_mentions(doc, [a, b])) == 2


@pytest.mark.parametrize("phrase,expected", [("The crackdown", 1), ("drew condemnation", 2)])
def test_coreference_only_definite_bare_mentions_point_back(phrase: str, expected: int) -> None:
    doc = make_doc()
    first = event(doc, "Police fired tear gas at protesters in Harare on Monday", actors=["E1"], place="P1")
    later = event(doc, phrase)
    later.trigger = doc.span(later.evidence.end - 4, later.evidence.end)  # no shared trigger word
    assert len(merge_mentions(doc, [first, later])) == expected


@pytest.mark.parametrize("gap_sentences, expected", [(2, 1), (5, 2)])
def test_coreference_bare_definite_mention_reaches_back_a_few_sentences(gap_sentences: int, expected: int) -> None:
    filler = "Residents stayed indoors. " * gap_sentences
    text = f"Police fired tear gas at protesters in Harare on Monday. {filler}The crackdown drew condemnation."
    doc = Doc(text=text, id="t", published="2020-05-06")
    starts = [0] + [m.end() for m in re.finditer(r"\. ", text)]
    doc.sentences = [doc.span(s, e - 1) for s, e in zip(starts, [*starts[1:], len(text) + 1], strict=True)]
    doc.entities = [Entity(id="E1", name="police", type="ORG", country="ZWE", sector="POL")]
    doc.places = [Place(id="P1", name="Harare", geonameid=1, lat=-17.83, lon=31.05, country="ZW", feature_code="PPLC")]
    first = event(doc, "Police fired tear gas at protesters in Harare on Monday", actors=["E1"], place="P1")
    later = event(doc, "The crackdown")
    later.trigger = doc.span(later.evidence.end - 4, later.evidence.end)  # no shared trigger word
    assert len(merge_mentions(doc, [first, later])) == expected
