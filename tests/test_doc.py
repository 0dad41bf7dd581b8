"""Doc and Span: spans always equal their slice; lookups by offset."""

from __future__ import annotations

import pytest

from dateline.doc import Doc, Span


@pytest.mark.parametrize("text,start,end", [("Hello world", 0, 5), ("naïve café", 6, 10), ("🙂 ok", 0, 1), ("", 0, 0)])
def test_doc_span_equals_slice(text: str, start: int, end: int) -> None:
    doc = Doc(text=text, id="d")
    assert doc.span(start, end).text == text[start:end]


@pytest.mark.parametrize("start,end", [(-1, 2), (3, 2), (0, 99)])
def test_doc_span_refuses_offsets_outside_text(start: int, end: int) -> None:
    with pytest.raises(ValueError):
        Doc(text="short", id="d").span(start, end)


@pytest.mark.parametrize("offset,expected", [(0, 0), (4, 0), (5, None), (6, 1), (10, 1), (11, None)])
def test_doc_sentence_at_finds_containing_sentence(offset: int, expected: int | None) -> None:
    doc = Doc(text="Ones. Twos.", id="d")
    doc.sentences = [doc.span(0, 5), doc.span(6, 11)]
    found = doc.sentence_at(offset)
    assert found == (doc.sentences[expected] if expected is not None else None)


@pytest.mark.parametrize("a,b,overlaps", [((0, 3), (2, 5), True), ((0, 3), (3, 5), False), ((1, 2), (0, 9), True)])
def test_span_overlaps(a: tuple[int, int], b: tuple[int, int], overlaps: bool) -> None:
    assert Span(*a, "x").overlaps(Span(*b, "y")) is overlaps
