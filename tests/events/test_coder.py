"""Tests for dateline.events.coder: one invented sentence per PLOVER type, ids, offsets, statements."""

from __future__ import annotations

import pytest

from dateline.events.coder import EventCoder
from support import assert_offsets

TYPED = [
    ("The two rival parties agreed on Monday to form a unity government.", "AGREE"),
    ("The foreign ministers of Chile and Peru met in Lima to discuss the border dispute.", "CONSULT"),
    ("The European Union praised the electoral commission for its handling of the vote.", "SUPPORT"),
    ("The military government lifted the nightly curfew in the northern provinces.", "CONCEDE"),
    ("Kenya extradited two suspected smugglers to Tanzania on Friday.", "COOPERATE"),
    ("Japan donated 500 tonnes of rice to flood victims in Bangladesh.", "AID"),
    ("Rebel fighters withdrew from the hilltop town after weeks of negotiations.", "RETREAT"),
    ("Opposition leaders urged the president to free the detained journalists.", "REQUEST"),
    ("The ministry accused the neighbouring state of funding armed groups.", "ACCUSE"),
    ("The rebels rejected the government's offer of a ceasefire.", "REJECT"),
    ("The dockers' union threatened to strike if wages are not raised.", "THREATEN"),
    ("Thousands of students marched through the capital to protest against tuition fees.", "PROTEST"),
    ("Canada imposed sanctions on three senior army officers.", "SANCTION"),
    ("The army deployed two battalions along the northern border.", "MOBILIZE"),
    ("Police arrested twelve activists outside the parliament building.", "COERCE"),
    ("Gunmen attacked a police station in the town, killing four officers.", "ASSAULT"),
]


@pytest.fixture(scope="module", params=["lexicon", "shipped"])
def coder(request) -> EventCoder:
    """The coder on the lexicon alone, and with the shipped weights."""
    return EventCoder(use_packaged=request.param == "shipped")


@pytest.mark.parametrize("text,expected", TYPED)
def test_coder_types_one_sentence_per_type(parsed_doc, coder: EventCoder, text: str, expected: str) -> None:
    doc = parsed_doc(text)
    events = coder.code(doc)
    assert events, text
    top = max(events, key=lambda e: e.confidence)
    assert top.type == expected
    doc.events = events
    assert_offsets(doc.to_record())


@pytest.mark.parametrize("text,speech,only_talk", [
    ("The spokesman said the weather was fine and the roads were open.", "said", True),
    ("In March 2016 the museum reopened its doors, officials noted.", "noted", False),
])
def test_coder_statements_are_not_events(parsed_doc, coder: EventCoder, text: str, speech: str,
                                         only_talk: bool) -> None:
    events = coder.code(parsed_doc(text))
    assert all(e.trigger is not None and e.trigger.text != speech for e in events)
    assert not (only_talk and events)


@pytest.mark.parametrize("text",
                         ["Rebels shelled the town. Police arrested two men. The ministers met in Oslo."])
def test_coder_ids_follow_text_order(parsed_doc, coder: EventCoder, text: str) -> None:
    events = coder.code(parsed_doc(text))
    assert [e.id for e in events] == [f"V{i}" for i in range(1, len(events) + 1)]
    assert [e.evidence.start for e in events] == sorted(e.evidence.start for e in events)
    assert all(0.0 <= e.confidence <= 1.0 for e in events)


@pytest.mark.parametrize("confidence,place,expected", [(0.6, None, True), (0.9, None, False), (0.6, "P1", False)])
def test_coder_fragment_is_a_doubtful_mention_naming_nothing(confidence: float, place: str | None,
                                                            expected: bool) -> None:
    from dateline.doc import Doc, Event
    from dateline.events.coder import fragment

    doc = Doc(text="in airstrikes", id="t")
    e = Event(id="", type="ASSAULT", evidence=doc.span(0, 13), confidence=confidence, place=place)
    assert fragment(e) is expected


@pytest.mark.parametrize("text", ["Gunmen attacked a police station in the town on Monday. The attack left four dead."])
def test_coder_retold_happening_is_one_event_with_every_mention(parsed_doc, coder: EventCoder, text: str) -> None:
    doc = parsed_doc(text)
    events = [e for e in coder.code(doc) if e.type == "ASSAULT"]
    assert len(events) == 1
    assert all(doc.text[m.start:m.end] == m.text for m in events[0].mentions)
    assert events[0].evidence in events[0].mentions and len(events[0].mentions) >= 2
