"""Tests for dateline.events.attribution: events in quotes belong to the speaker; talk is no event."""

from __future__ import annotations

import pytest

from dateline.doc import Entity, Quote, Speaker
from dateline.events.coder import EventCoder


@pytest.mark.parametrize("text,quoted,by_mention", [
    ('"Our forces repelled the attack on the village," the general said.',
     "Our forces repelled the attack on the village,", False),
    ('The general said: "Our troops will not withdraw from the valley."',
     "Our troops will not withdraw from the valley.", False),
    # the quotes layer knows the speaker only by its local mention, in another paragraph
    ('The general spoke to reporters at the base.\n\n"Our forces repelled the attack on the village."',
     "Our forces repelled the attack on the village.", True),
])
def test_attribution_events_in_quotes_go_to_the_speaker(parsed_doc, text: str, quoted: str,
                                                        by_mention: bool) -> None:
    doc = parsed_doc(text)
    s = text.index(quoted)
    g = text.lower().index("the general")
    mention = doc.span(g, g + 11)
    doc.entities = [Entity("E1", "the general", "PERSON", mentions=[mention])]
    speaker = Speaker(mention=mention) if by_mention else Speaker(entity="E1")
    doc.quotes = [Quote("Q1", doc.span(s, s + len(quoted)), "direct", speaker=speaker)]
    events = EventCoder(use_packaged=False).code(doc)
    assert events and all(e.attributed_to == "E1" for e in events)


@pytest.mark.parametrize("text", ["Kinshchak told reporters that the weather in the region was mild."])
def test_attribution_bare_statement_is_no_event(parsed_doc, text: str) -> None:
    doc = parsed_doc(text)
    assert EventCoder(use_packaged=False).code(doc) == []


@pytest.mark.parametrize("text", ["Rebels seized the airport, the ambassador Ivan Petrov told TASS."])
def test_attribution_reported_speech_goes_to_the_reporter(parsed_doc, text: str) -> None:
    doc = parsed_doc(text)
    s = text.index("Ivan Petrov")
    doc.entities = [Entity("E1", "Ivan Petrov", "PERSON", mentions=[doc.span(s, s + 11)])]
    events = EventCoder(use_packaged=False).code(doc)
    assert [e.attributed_to for e in events] == ["E1"]

