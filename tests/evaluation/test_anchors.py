"""Anchors: spans found by the strings they cover, never by counted offsets."""

from __future__ import annotations

import pytest

from dateline.evaluation.anchors import AnchorError, locate, locate_all, occurrences

TEXT = "Kharkiv was hit. Officials in Kharkiv said Kharkivska region was calm. In Kharkiv, on Tuesday, sirens."


@pytest.mark.parametrize("anchor,start,covered", [
    ("Officials", 17, "Officials"),
    ("Kharkiv#2", 30, "Kharkiv"),
    ("In [[Kharkiv]], on", 74, "Kharkiv"),
    ("on [[Tuesday]]", 86, "Tuesday"),
    ("sirens.", 95, "sirens."),
])
def test_anchors_locate_one_span(anchor: str, start: int, covered: str) -> None:
    found = locate(TEXT, anchor)
    assert (found.start, found.text) == (start, covered)
    assert TEXT[found.start:found.end] == found.text


@pytest.mark.parametrize("anchor,count", [("Kharkiv#*", 3), ("Kharkivska", 1), ("[[Kharkiv]] was#*", 1)])
def test_anchors_locate_all_whole_words(anchor: str, count: int) -> None:
    found = locate_all(TEXT, anchor)
    assert len(found) == count
    assert all(TEXT[f.start:f.end] == f.text for f in found)


@pytest.mark.parametrize("anchor,message", [
    ("Kharkiv", "occurs 3 times"),
    ("Odesa", "not in the text"),
    ("Kharkiv#4", "only 3"),
    ("In [[Kharkiv, on", "unclosed"),
    ("Kharkiv#*", "picks out 3"),
])
def test_anchors_refuse_missing_or_ambiguous(anchor: str, message: str) -> None:
    with pytest.raises(AnchorError, match=message):
        locate(TEXT, anchor)


@pytest.mark.parametrize("text,needle,starts", [
    ("IS and ISIS and IS.", "IS", [0, 16]),
    ("said: \"yes\" and \"yes\"", "\"yes\"", [6, 16]),
    ("", "x", []),
])
def test_anchors_occurrences_respect_word_edges(text: str, needle: str, starts: list[int]) -> None:
    assert occurrences(text, needle) == starts
