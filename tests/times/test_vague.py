"""PRESENT_REF, PAST_REF and FUTURE_REF as TimeBank annotates them."""

from __future__ import annotations

import pytest

from .conftest import find, spans


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("The army is now making attempts to seize the initiative.", "now", "PRESENT_REF"),
    ("It is hard to say at this moment, the ambassador noted.", "this moment", "PRESENT_REF"),
    ("The company currently owns 72% of the unit.", "currently", "PRESENT_REF"),
    ("The current crisis worries investors.", "current", "PRESENT_REF"),
    ("Prices are high these days.", "these days", "PRESENT_REF"),
    ("The party recently won 13 percent.", "recently", "PAST_REF"),
    ("Groups have used such tactics in the past.", "the past", "PAST_REF"),
    ("There were sell programs in past years too.", "past years", "PAST_REF"),
    ("Kidnappings have risen in recent years.", "recent years", "PAST_REF"),
    ("Whether it helps society in the future remains to be seen.", "the future", "FUTURE_REF"),
    ("The firm plans an offering in the near future.", "the near future", "FUTURE_REF"),
    ("The economy will slow in coming months.", "coming months", "FUTURE_REF"),
    ("Islam will one day be the second largest religion.", "one day", "FUTURE_REF"),
])
def test_vague_references(text: str, phrase: str, value: str) -> None:
    m = find(text, phrase)
    assert phrase in text[m.start:m.end]
    assert (m.type, m.value) == ("DATE", value)


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("Officials have voiced concern in recent months.", "recent months", "PXM"),
    ("Fighting intensified in recent days.", "recent days", "PXD"),
])
def test_vague_recent_short_units_are_durations(text: str, phrase: str, value: str) -> None:
    m = find(text, phrase)
    assert (m.type, m.value) == ("DURATION", value)


@pytest.mark.parametrize("text", [
    "The now-defunct airline sued.", "The current account deficit widened.", "The future of Europe is at stake.",
    "The past five days were calm.",
])
def test_vague_non_references(text: str) -> None:
    found = spans(text)
    assert not [s for s in found if s in ("now", "current", "the future", "the past")]
