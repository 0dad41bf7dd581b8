"""Quotes layer: half-overlap matching, kinds, speakers by name (entities too) or by mention, end to end."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.evaluation import evaluate

TEXT = 'Governor Oleh Synenko said the drones hit a school. "We will rebuild," he said.'
GOLD = {"id": "d", "text": TEXT, "layers": ["quotes"], "quotes": [
    {"start": 27, "end": 51, "text": "the drones hit a school.", "kind": "indirect", "speaker": "Oleh Synenko",
     "speaker_mention": {"start": 9, "end": 21, "text": "Oleh Synenko"}},
    {"start": 53, "end": 68, "text": "We will rebuild", "kind": "direct", "speaker": None,
     "speaker_mention": {"start": 71, "end": 73, "text": "he"}},
]}


def quote(start: int, end: int, kind: str = "indirect", speaker: dict[str, Any] | None = None) -> dict[str, Any]:
    """A predicted quote."""
    return {"start": start, "end": end, "kind": kind, "speaker": speaker}


def score(quotes: Any, entities: Any = None) -> dict[str, Any]:
    """The quotes metrics of one prediction."""
    return evaluate([GOLD], [{"id": "d", "quotes": quotes, "entities": entities}], ["quotes"]).layers["quotes"]


@pytest.mark.parametrize("start,end,matched", [
    (27, 51, True), (27, 39, True),       # the shorter span lies inside the longer one
    (15, 39, True),                       # 12 of 24 characters: exactly half
    (14, 38, False),                      # 11 of 24: less than half
    (20, 30, False),
])
def test_quotes_half_overlap_rule(start: int, end: int, matched: bool) -> None:
    assert score([quote(start, end)])["tp"] == int(matched)


@pytest.mark.parametrize("speaker,entities,right", [
    ({"name": "Synenko"}, None, True),
    ({"name": "Governor Oleh Synenko"}, None, True),
    ({"name": "Oleh Petrenko"}, None, False),
    ({"entity": "E1"}, [{"id": "E1", "name": "O. Synenko", "aliases": []}], True),
    ({"start": 9, "end": 21}, None, False),    # gold names the speaker: only a name counts
])
def test_quotes_speaker_by_name(speaker: dict[str, Any], entities: Any, right: bool) -> None:
    result = score([quote(27, 51, speaker=speaker)], entities)
    assert (result["speaker_n"], result["speaker_acc"]) == (1, float(right))
    assert result["e2e_f1"] == pytest.approx(2 / 3 if right else 0.0)  # one of two gold quotes predicted


@pytest.mark.parametrize("speaker,right", [({"start": 71, "end": 73}, True), ({"start": 0, "end": 8}, False),
                                           ({"name": "he"}, False)])
def test_quotes_speaker_by_mention_when_gold_names_nobody(speaker: dict[str, Any], right: bool) -> None:
    assert score([quote(53, 68, "direct", speaker)])["speaker_acc"] == float(right)


def test_quotes_kinds_score_separately_and_mixed_counts_as_indirect() -> None:
    result = score([quote(27, 51, "mixed", {"name": "Synenko"}), quote(0, 8, "mixed")])  # the second matches nothing
    assert (result["indirect_precision"], result["indirect_recall"]) == (0.5, 1.0)
    assert (result["direct_precision"], result["direct_recall"]) == (0.0, 0.0)  # none predicted, one to find
    assert (result["direct_n"], result["indirect_n"]) == (1, 1)
