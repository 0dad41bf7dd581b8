"""Content of reported speech from the parse: clauses, inverted order, 'according to', objects."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.quotes.content import content, prepositional, trim
from dateline.quotes.cues import cue_of


@pytest.mark.parametrize("text,word,expected", [
    ("She said that the talks would resume in Geneva.", "said", "the talks would resume in Geneva"),
    ("The talks would resume in Geneva, she said.", "said", "The talks would resume in Geneva"),
    ("The road is open again, according to the police.", "according", "The road is open again"),
    ("According to the police, the road is open again.", "According", "the road is open again"),
    ("The senator criticized the plan for its cost.", "criticized", "the plan for its cost"),
    ("The union called for new talks with the government.", "called", "new talks with the government"),
    ("He promised to rebuild the bridge.", "promised", "to rebuild the bridge"),
])
def test_content_of_each_frame(nlp: Any, text: str, word: str, expected: str) -> None:
    t = next(t for t in nlp(text) if t.text == word)
    cue = cue_of(t, 0)
    assert cue is not None
    found = content(cue, text)
    assert found is not None and text[found[1][0]:found[1][1]] == expected


def test_content_offsets_are_article_offsets(nlp: Any) -> None:
    article = "Headline.\n\nShe said that the road was open."
    offset = article.index("She")
    t = next(t for t in nlp(article[offset:]) if t.text == "said")
    cue = cue_of(t, offset)
    assert cue is not None
    _, (start, end) = content(cue, article) or ("", (0, 0))
    assert article[start:end] == "the road was open"


@pytest.mark.parametrize("text,start,end,expected", [
    ("  , the road -- ", 0, 16, (4, 12)),
    (" ,;: ", 0, 5, None),
])
def test_content_trim(text: str, start: int, end: int, expected: tuple[int, int] | None) -> None:
    assert trim(text, start, end) == expected


def test_content_prepositional_keeps_what_was_asked(nlp: Any) -> None:
    text = "The UN called on both sides to stop fighting."
    cue = cue_of(next(t for t in nlp(text) if t.text == "called"), 0)
    assert cue is not None
    found = prepositional(cue, "on")
    assert found is not None and text[found[0]:found[1]] == "both sides to stop fighting"
