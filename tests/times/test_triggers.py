"""Trigger words and the windows rules run in."""

from __future__ import annotations

import pytest

from dateline.times.triggers import BEFORE, hits, windows


@pytest.mark.parametrize(("text", "category", "word"), [
    ("met on Tuesday", "weekday", "Tuesday"), ("in December", "month", "December"), ("three years", "unit", "years"),
    ("at 10:35", "clock", "10"), ("the 1990s", "decade", "1990"), ("in 2016", "year4", "2016"),
    ("on Christmas", "holiday", "Christmas"), ("right now", "vague", "now"),
])
def test_triggers_hits_categorise_words(text: str, category: str, word: str) -> None:
    found = hits(text)
    assert [text[s:e] for s, e in found[category]] == [word]


def test_triggers_holiday_words_must_be_capitalised() -> None:
    assert "holiday" not in hits("a new plan for good")


def test_triggers_windows_merge_and_end_at_white_space() -> None:
    text = "x" * 200 + " in December and January 2017 " + "y" * 200
    ws = windows(hits(text), ("month",), text)
    assert len(ws) == 1
    s, e = ws[0]
    assert s == text.index("December") - BEFORE
    assert e == len(text)  # the window runs to the end of the word it cuts


def test_triggers_windows_empty_without_triggers() -> None:
    assert windows(hits("nothing temporal here"), ("month", "weekday"), "nothing temporal here") == []
