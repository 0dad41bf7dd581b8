"""Cues in a parse: lexicon lookup, the frames a cue fills, and the words of the cue phrase."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.quotes.cues import cue_of, find_cues, frames
from dateline.quotes.tokens import TokenIndex


def token(nlp: Any, text: str, word: str) -> Any:
    """The first token of the parse of text whose text is word."""
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize("text,word,frame", [
    ("She said that the talks would resume.", "said", "c"),
    ("The talks would resume, she said.", "said", "c"),
    ("The senator criticized the plan.", "criticized", "o"),
    ("The union called for new talks.", "called", "p:for"),
    ("The talks will resume, according to the ministry.", "according", "p:to"),
])
def test_cues_frames(nlp: Any, text: str, word: str, frame: str) -> None:
    assert frame in frames(token(nlp, text, word))


@pytest.mark.parametrize("text,word,span", [
    ("It is premature, the ambassador has warned.", "warned", "has warned"),
    ("He did not say that.", "say", "did not say"),
    ("He pointed out that the road was open.", "pointed", "pointed out"),
    ("The road is open, according to the police.", "according", "according to"),
    ("“It is over,” he went on.", "went", "went on"),
])
def test_cues_span_takes_auxiliaries_and_particles(nlp: Any, text: str, word: str, span: str) -> None:
    cue = cue_of(token(nlp, text, word), 0)
    assert cue is not None
    start, end = cue.span()
    assert text[start:end] == span


@pytest.mark.parametrize("text,word", [
    ("He has left the city.", "has"),
    ("The army went to the border.", "went"),
    ("The accord was signed.", "accord"),
    ("They ate the cake.", "ate"),
])
def test_cues_non_cues(nlp: Any, text: str, word: str) -> None:
    assert cue_of(token(nlp, text, word), 0) is None


def test_cues_find_cues_in_text_order_with_offsets(analyse: Any) -> None:
    doc = analyse("Intro line.\n\nShe said the talks would resume, and he added that the road was open.")
    cues = find_cues(TokenIndex(doc))
    assert [doc.text[c.start:c.span()[1]] for c in cues] == ["said", "added"]
