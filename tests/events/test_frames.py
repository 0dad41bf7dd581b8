"""Tests for dateline.events.frames: triggers composed with light verbs, governors, modals and the future."""

from __future__ import annotations

import pytest

from dateline.events.frames import depth, sentence_frames


def main_frame(sentence, text: str):
    frames = sentence_frames(sentence(text))
    assert frames, f"no frame in {text!r}"
    return min(frames, key=lambda f: (depth(f), -f.weight))


@pytest.mark.parametrize("text,expected", [
    ("The army launched a major offensive against the rebels.", "ASSAULT"),
    ("The government lifted sanctions on the neighbouring country.", "CONCEDE"),
    ("The two delegations suspended their talks.", "SANCTION"),
    ("The union threatened to occupy the factory.", "THREATEN"),
    ("The militia refused to hand over its weapons.", "REJECT"),
    ("Opposition leaders urged the president to release the prisoners.", "REQUEST"),
    ("The ministry accused the rival state of shelling villages.", "ACCUSE"),
    ("The province promised to provide emergency aid to the farmers.", "AGREE"),
    ("The council says it is willing to withdraw its troops.", "AGREE"),
    ("The government must release the detained reporters.", "REQUEST"),
])
def test_frames_composition(sentence, text: str, expected: str) -> None:
    assert main_frame(sentence, text).type == expected


@pytest.mark.parametrize("text,flag", [
    ("The rebels may start a new offensive.", "maybe"),
    ("Police did not arrest the protesters.", "negated"),
    ("The ministers will meet in Geneva.", "future"),
])
def test_frames_modality_flags(sentence, text: str, flag: str) -> None:
    assert getattr(main_frame(sentence, text), flag)


@pytest.mark.parametrize("text", [
    "The minister said the economy was growing.",
    "A spokesman declined to comment.",
    "The report noted that prices rose in March 2019.",
])
def test_frames_saying_is_not_doing(sentence, text: str) -> None:
    assert sentence_frames(sentence(text)) == []


@pytest.mark.parametrize("text,word", [("Army units supported by the air force shelled the ridge.",
                                        "supported")])
def test_frames_descriptive_participles_are_background(sentence, text: str, word: str) -> None:
    frames = sentence_frames(sentence(text))
    assert all(f.trigger.text != word for f in frames)
    assert any(f.type == "ASSAULT" for f in frames)


@pytest.mark.parametrize("text,speech", [("The rebels attacked the base, a spokesman told reporters.",
                                          "told")])
def test_frames_reporting_verb(sentence, text: str, speech: str) -> None:
    f = main_frame(sentence, text)
    assert f.speech is not None and f.speech.text == speech and depth(f) == 0


@pytest.mark.parametrize("text,trigger", [
    ("Norway will send arms if the kingdom is attacked.", "attacked"),
    ("Troops stayed on alert to forestall more violence.", "violence"),
    ("Rebels formed a new coalition to fight the army.", "fight"),
])
def test_frames_conditions_purposes_and_prevention_are_hypothetical(sentence, text: str, trigger: str) -> None:
    f = next(f for f in sentence_frames(sentence(text)) if f.trigger.text == trigger)
    assert f.maybe


@pytest.mark.parametrize("text", ["Aid workers visited the detention centre on Monday.",
                                  "The ministry did not respond to a request for comment.",
                                  "The liberation of the city"])
def test_frames_things_named_after_events_are_not_events(sentence, text: str) -> None:
    assert {f.trigger.text for f in sentence_frames(sentence(text))} <= {"visited"}


@pytest.mark.parametrize("text,word,expected", [
    ("Thousands gathered outside the ministry on Friday.", "gathered", True),
    ("Investigators were gathering evidence at the scene.", "gathering", False),
    ("Artillery hit the village overnight.", "hit", True),
    ("The minister hit back at comments by the senator.", "hit", False),
])
def test_frames_idioms_that_name_no_event(sentence, text: str, word: str, expected: bool) -> None:
    assert (word in {f.trigger.text for f in sentence_frames(sentence(text))}) is expected
