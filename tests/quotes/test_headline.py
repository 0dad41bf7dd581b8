"""Headline attributions: "Name: claim" headlines are the named speaker's claim; labels and places are not."""

from __future__ import annotations

import pytest

from dateline.doc import Doc, Entity, Place
from dateline.quotes.headline import headline_quote

BODY = "\n\nThe story goes on here."


def make(headline: str, entity: str | None = None, place: str | None = None) -> Doc:
    text = headline + BODY
    doc = Doc(text=text, id="t")
    doc.paragraphs = [doc.span(0, len(headline)), doc.span(len(headline) + 2, len(text))]
    if entity:
        s = text.index(entity)
        doc.entities = [Entity("E1", f"Mike {entity}", "PERSON", [doc.span(s, s + len(entity))])]
    if place:
        s = text.index(place)
        doc.places = [Place("P1", place, 1, 0.0, 0.0, mentions=[doc.span(s, s + len(place))])]
    return doc


def test_headline_colon_attribution() -> None:
    doc = make("Pence: Flowers Won’t Be at Debate.", entity="Pence")
    q = headline_quote(doc, [])
    assert q is not None and q.kind == "indirect"
    assert doc.text[q.span.start:q.span.end] == q.span.text == "Flowers Won’t Be at Debate"
    assert q.speaker.entity == "E1" and q.speaker.mention is not None
    assert doc.text[q.speaker.mention.start:q.speaker.mention.end] == "Pence"


@pytest.mark.parametrize("headline,place", [
    ("The Latest: Trump urges supporters to monitor polling places", None),  # a section label
    ("Exclusive: Rebels seize the airport", None),
    ("Syria: Five killed in shelling near Idlib", "Syria"),  # a place is the topic, not a speaker
    ("Rebels seize the airport after a week of fighting", None),  # no colon
])
def test_headline_no_attribution(headline: str, place: str | None) -> None:
    assert headline_quote(make(headline, place=place), []) is None


def test_headline_already_quoted_or_too_long() -> None:
    doc = make("Poll: Voters Abandon the Party")
    assert headline_quote(doc, [(6, 12)]) is None
    assert headline_quote(make("Poll: " + "word " * 60), []) is None
