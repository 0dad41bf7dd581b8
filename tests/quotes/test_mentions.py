"""Speaker mentions: subjects, noun phrases, relative 'who', participles, inverted and adjacent speakers."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.quotes.cues import cue_of
from dateline.quotes.mentions import speaker_mention


def mention(nlp: Any, text: str, word: str, lo: int = 0, hi: int | None = None) -> str | None:
    """The text of the speaker mention of the cue word in text."""
    t = next(t for t in nlp(text) if t.text == word)
    cue = cue_of(t, 0)
    assert cue is not None
    m = speaker_mention(cue, lo, hi)
    return text[m.start:m.end] if m else None


@pytest.mark.parametrize("text,word,expected", [
    ("The Russian ambassador to Syria has warned that the talks are premature.", "warned",
     "The Russian ambassador to Syria"),
    ("Russia's ambassador to Damascus stressed that the talks are premature.", "stressed",
     "Russia's ambassador to Damascus"),
    ("He said the talks were premature.", "said", "He"),
    ('"The talks are premature," said Victor Cha, a scholar.', "said", "Victor Cha"),
    ("The talks will resume, according to the Defence Ministry.", "according", "the Defence Ministry"),
    ("John Smith spoke for an hour, adding that the talks were premature.", "adding", "John Smith"),
    ("The report was written by a former official.", "written", "a former official"),
])
def test_mentions_speaker_of_cue(nlp: Any, text: str, word: str, expected: str) -> None:
    assert mention(nlp, text, word) == expected


def test_mentions_relative_pronoun_is_the_local_mention(nlp: Any) -> None:
    text = "The plan was backed by John Smith, who said the talks were premature."
    t = next(t for t in nlp(text) if t.text == "said")
    cue = cue_of(t, 0)
    assert cue is not None
    m = speaker_mention(cue)
    assert m is not None and text[m.start:m.end] == "who" and m.antecedent is not None
    assert m.antecedent.text == "Smith"


def test_mentions_expletive_it_is_no_speaker(nlp: Any) -> None:
    assert mention(nlp, "It was announced that the talks would resume.", "announced") is None


def test_mentions_speaker_must_lie_in_the_bounds(nlp: Any) -> None:
    text = '"My apologies, I am sorry," Quick said.'
    assert mention(nlp, text, "said", lo=text.index('," ') + 2) == "Quick"
