"""Tests for dateline.events.continuation: a fight that names no party continues the one told just before."""

from __future__ import annotations

import pytest

from dateline.doc import Doc, Entity, Event

from dateline.events.continuation import fill_agentless

SENTENCES = ["The army attacked the rebels near the town.", "Heavy fighting raged near the base.",
             "Residents fled.", "Fighting went on.", "The militia shelled the rebels."]
TEXT = " ".join(SENTENCES)


def make_doc() -> Doc:
    doc = Doc(text=TEXT, id="t")
    starts = [TEXT.index(s) for s in SENTENCES]
    doc.sentences = [doc.span(s, s + len(x)) for s, x in zip(starts, SENTENCES, strict=True)]
    doc.paragraphs = list(doc.sentences)  # wire copy: one sentence per paragraph
    doc.entities = [Entity("E1", "army", "ORG", [doc.span(4, 8)], sector="MIL", key="XYZ_MIL"),
                    Entity("E2", "rebels", "GROUP", [doc.span(22, 28)], sector="REB", key="REBELS"),
                    Entity("E3", "residents", "GROUP", [], sector="CVL")]
    return doc


def ev(doc: Doc, phrase: str, actors: list[str], recipients: list[str], status: str = "ongoing") -> Event:
    start = doc.text.index(phrase)
    words = [w.strip(",") for w in phrase.split()]
    word = next(w for w in words if w.casefold() in ("attacked", "fighting", "shelled", "fled"))
    at = doc.text.index(word, start)
    return Event(id="", type="ASSAULT", evidence=doc.span(start, start + len(phrase)), confidence=0.8,
                 actors=actors, recipients=recipients, status=status, trigger=doc.span(at, at + len(word)))


def test_continuation_agentless_fight_takes_the_sides_before() -> None:
    doc = make_doc()
    stated, agentless = ev(doc, "army attacked the rebels", ["E1"], ["E2"]), ev(doc, "fighting raged", [], [])
    fill_agentless(doc, [agentless, stated])  # any order in, text order used
    assert (agentless.actors, agentless.recipients) == (["E1"], ["E2"])
    assert all(doc.text[m.start:m.end] == m.text for e in doc.entities for m in e.mentions)


@pytest.mark.parametrize(("phrase", "status", "stated_recipients", "filled"), [
    ("fighting raged", "historical", ["E2"], False),  # a fight of another time
    ("Fighting went on", "ongoing", ["E2"], False),   # three sentences later
    ("fighting raged", "ongoing", ["E3"], False),     # residents are no side of a fight
    ("fighting raged", "ongoing", [], False),          # one side only: nothing to continue
    ("Residents fled", "ongoing", ["E2"], False),       # no word for fighting: who did what is not the last fight's
])
def test_continuation_leaves_what_it_cannot_tell(phrase: str, status: str, stated_recipients: list[str],
                                                 filled: bool) -> None:
    doc = make_doc()
    agentless = ev(doc, phrase, [], [], status)
    fill_agentless(doc, [ev(doc, "army attacked the rebels", ["E1"], stated_recipients), agentless])
    assert bool(agentless.actors) is filled


def test_continuation_skips_a_clause_naming_a_party_and_stops_at_other_sides() -> None:
    doc = make_doc()
    named = ev(doc, "army attacked the rebels near the town", [], [])  # names the army itself
    fill_agentless(doc, [ev(doc, "The army attacked", ["E1"], ["E2"]), named])
    assert named.actors == []
    other = ev(doc, "Residents fled", ["E9"], [])  # another side's doing in between
    later = ev(doc, "Fighting went on", [], [])
    fill_agentless(doc, [ev(doc, "Heavy fighting raged", ["E1"], ["E2"]), other, later])
    assert later.actors == []
    fill_agentless(doc, [ev(doc, "Heavy fighting raged", ["E1"], ["E2"]), later])
    assert later.actors == ["E1"]  # without it, the fight goes on


@pytest.mark.parametrize("second,filled", [("Separately, fighting went on.", False),
                                           ("Fighting between rival clans went on.", False),
                                           ("In Sudan, fighting went on.", False), ("In the town, fighting went on.", True)])
def test_continuation_stops_where_the_story_turns(second: str, filled: bool) -> None:
    first = "The army attacked the rebels near the town."
    text = f"{first} {second}"
    doc = Doc(text=text, id="t")
    doc.sentences = [doc.span(0, len(first)), doc.span(len(first) + 1, len(text))]
    doc.paragraphs = [doc.span(0, len(text))]
    doc.entities = [Entity("E1", "army", "ORG", [doc.span(4, 8)], sector="MIL", key="XYZ_MIL"),
                    Entity("E2", "rebels", "GROUP", [doc.span(22, 28)], sector="REB", key="REBELS")]
    agentless = ev(doc, second.rstrip("."), [], [])
    fill_agentless(doc, [ev(doc, "army attacked the rebels", ["E1"], ["E2"]), agentless])
    assert bool(agentless.actors) is filled
