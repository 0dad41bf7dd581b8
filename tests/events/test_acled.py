"""Tests for dateline.events.acled: codebook cues, the actor's kind, and the gate by PLOVER type."""

from __future__ import annotations

import pytest

from dateline.events.acled import COMPATIBLE, cue_scores, learned_sub_event, rule_sub_event
from dateline.events.evidence import clause_tokens
from dateline.events.frames import depth, sentence_frames
from dateline.events.labels import ACLED


def rule_of(sentence, text: str) -> str | None:
    sent = sentence(text)
    frames = sentence_frames(sent)
    f = min(frames, key=lambda f: (depth(f), -f.weight))
    clause = clause_tokens(f, {g.anchor.i for g in frames})
    return rule_sub_event(f, clause, list(sent), f.type)[0]


@pytest.mark.parametrize("text,expected", [
    ("Government troops recaptured the town from the rebels.", "Government regains territory"),
    ("Rebel fighters overran the town after a week of fighting.", "Non-state actor overtakes territory"),
    ("Warplanes bombed a market in the north, killing six.", "Air/drone strike"),
    ("A suicide bomber blew himself up outside a mosque.", "Suicide bomb"),
    ("Police fired tear gas to disperse the protesters.", "Protest with intervention"),
    ("Police arrested four opposition activists.", "Arrests"),
    ("Thousands rallied peacefully in the capital.", "Peaceful protest"),
    ("Rioters torched cars and pelted police with stones.", "Violent demonstration"),
    ("Gunmen abducted two aid workers on the highway.", "Abduction/forced disappearance"),
    ("The two sides agreed a ceasefire on Sunday.", "Agreement"),
    ("The foreign ministers met in Rome.", None),
])
def test_acled_rules(sentence, text: str, expected: str | None) -> None:
    assert rule_of(sentence, text) == expected


@pytest.mark.parametrize("words,sub", [(["throw", "the", "stone"], "Violent demonstration"),
                                       (["air", "strike"], "Air/drone strike"), (["grenade"], "Grenade")])
def test_acled_cue_scores(words: list[str], sub: str) -> None:
    scores = cue_scores(words)
    assert max(scores, key=scores.get) == sub


@pytest.mark.parametrize("probs,plover,expected", [
    ({"Armed clash": 0.6, "none": 0.3}, "ASSAULT", "Armed clash"),
    ({"Armed clash": 0.2, "none": 0.7}, "ASSAULT", None),
    ({"Armed clash": 0.9, "none": 0.1}, "CONSULT", None),
])
def test_acled_learned_is_gated_by_type(probs: dict[str, float], plover: str, expected: str | None) -> None:
    assert learned_sub_event(probs, plover)[0] == expected


@pytest.mark.parametrize("plover", sorted(COMPATIBLE))
def test_acled_compatible_names_are_acled_names(plover: str) -> None:
    assert COMPATIBLE[plover] <= set(ACLED)


@pytest.mark.parametrize("types,expected", [(["PROTEST", "COERCE"], True), (["PROTEST", "CONSULT"], False)])
def test_acled_pool_shares_evidence_within_an_incident(types: list[str], expected: bool) -> None:
    from dateline.events.acled import pool

    probs = [{"Peaceful protest": 0.8, "Protest with intervention": 0.2, "none": 0.0},
             {"Peaceful protest": 0.0, "Protest with intervention": 1.0, "none": 0.0}]
    pooled = pool(probs, types)
    moved = pooled[0]["Protest with intervention"] > probs[0]["Protest with intervention"]
    assert moved is expected
