"""Whole-word occurrences of names and the overlap index."""

from __future__ import annotations

import pytest

from dateline.doc import EntityMention, Span
from dateline.entities.occurrences import Taken, occurrences


@pytest.mark.parametrize("text, names, expected", [
    ("Brun met Bruno and Brun-Vale; Brun left.", ["Brun"], [(0, 4), (30, 34)]),
    ("Free Rivers Front and Rivers", ["Rivers", "Free Rivers Front"], [(0, 17), (22, 28)]),
    ("", ["Brun"], []),
    ("BrunBrun", ["Brun"], []),
])
def test_occurrences_whole_words(text: str, names: list[str], expected: list[tuple[int, int]]) -> None:
    found = list(occurrences(text, names))
    assert [(s, e) for s, e, _ in found] == expected
    assert all(text[s:e] == name for s, e, name in found)


def test_occurrences_taken_overlaps() -> None:
    taken = Taken([EntityMention(Span(10, 20, "x" * 10), "ORG"), EntityMention(Span(0, 5, "x" * 5), "ORG")])
    assert [m.span.start for m in taken.overlapping(Span(4, 12, "x" * 8))] == [0, 10]
    assert taken.overlapping(Span(5, 10, "x" * 5)) == []
    taken.add(EntityMention(Span(6, 8, "xx"), "ORG"))
    assert [m.span.start for m in taken.overlapping(Span(5, 10, "x" * 5))] == [6]
