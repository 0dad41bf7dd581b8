"""Tense of the governing verb: from the spaCy parse, and from cue words when there is no parse."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.times.tense import lexical_tense


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    ("The leaders will meet on Thursday.", "Thursday", "FUTURE"),
    ("The rebels attacked the town on Friday.", "Friday", "PAST"),
    ("The company is expected to close the deal Monday.", "Monday", "FUTURE"),
    ("He is in Moscow today.", "today", "PRESENT"),
    ("Tuesday.", "Tuesday", None),
])
def test_tense_lexical_fallback(text: str, phrase: str, expected: str | None) -> None:
    start = text.index(phrase)
    assert lexical_tense(text, start, start + len(phrase)) == expected


@pytest.fixture(scope="module")
def parsed() -> Any:
    """A function parsing one sentence into a Doc with spaCy analyses and a TenseIndex over it."""
    from dateline.config import load_settings
    from dateline.ingest import doc_from_text
    from dateline.pipeline import Pipeline
    from dateline.times.tense import TenseIndex

    pipe = Pipeline(load_settings(pipeline__on_error="raise"), stages=["segment", "dateline", "published", "nlp"])

    def parse(text: str) -> Any:
        doc = pipe(doc_from_text(text, published="2017-02-07"))
        return TenseIndex(doc)

    return parse


@pytest.mark.slow
@pytest.mark.parametrize(("text", "phrase", "expected"), [
    ("The leaders will meet on Thursday in Geneva.", "Thursday", "FUTURE"),
    ("The rebels attacked the town on Friday.", "Friday", "PAST"),
    ("The talks, set to resume Monday, were postponed.", "Monday", "FUTURE"),
    ("The offer had been due to expire Friday evening.", "Friday", "PAST"),
    ("Saddam Hussein on Friday tried to scare other Arab states.", "Friday", "PAST"),
    ("The company has scheduled a news conference Thursday.", "Thursday", "FUTURE"),
    ("Officials said it may have been responsible for a drop on Wednesday.", "Wednesday", "PAST"),
    ("The trust is to resume trading in Paris Tuesday.", "Tuesday", "FUTURE"),
    ("The army is making attempts now to seize the initiative.", "now", "PRESENT"),
    ("A ceasefire brokered in January collapsed after three weeks.", "January", "PAST"),
    ("Rioters set fire to two cars in the port on Thursday night.", "Thursday", "PAST"),
    ("The council set the vote for Thursday.", "Thursday", "FUTURE"),
    ("The mayor invited the envoy to visit the city in the spring.", "spring", "FUTURE"),
])
def test_tense_from_the_parse(parsed: Any, text: str, phrase: str, expected: str) -> None:
    index = parsed(text)
    start = text.index(phrase)
    assert index(start, start + len(phrase)) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "phrase", "expected"), [
    ("The company changed its name in December.", "December", True),
    ("The rebels attacked the town in March.", "March", True),
    ("Officials told reporters of a 20 percent increase in fuel prices in December.", "December", False),
    ("Rebels proposed a ceasefire starting in December.", "December", False),
    ("The union will strike in December.", "December", False),
    ("The vote was moved to November.", "November", False),  # moved there: may lie ahead
    ("Opposition leaders called for protests in November.", "November", False),  # asked for, not done
])
def test_tense_on_past_verb_tells_verbal_from_nominal(parsed: Any, text: str, phrase: str, expected: bool) -> None:
    index = parsed(text)
    start = text.index(phrase)
    assert index.on_past_verb(start, start + len(phrase)) is expected
