"""Tests for dateline.events.evidence: the clause an event rests on."""

from __future__ import annotations

import pytest

from dateline.events.evidence import clause_chars
from dateline.events.frames import sentence_frames


@pytest.mark.parametrize("text,trigger,expected", [
    ("The rebels attacked the base, a spokesman told reporters.", "attacked", "The rebels attacked the base"),
    ("After the meeting of the two envoys in Oslo, fighting resumed.", "meeting",
     "After the meeting of the two envoys in Oslo"),
    ("Police arrested ten men and seized three rifles.", "arrested", "Police arrested ten men"),
])
def test_evidence_clause(sentence, text: str, trigger: str, expected: str) -> None:
    sent = sentence(text)
    frames = sentence_frames(sent)
    anchors = {f.anchor.i for f in frames}
    f = next(f for f in frames if f.trigger.text == trigger)
    s, e = clause_chars(f, anchors)
    assert sent.doc.text[s:e] == expected
