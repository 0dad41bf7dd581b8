"""Paragraph segmentation: blank lines, single line breaks, wrapped lines, trimmed spans."""

from __future__ import annotations

import pytest

from dateline.stages.segment import paragraphs


@pytest.mark.parametrize("text,expected", [
    ("One.\n\nTwo.", ["One.", "Two."]),
    ("One.\nTwo.\nThree.", ["One.", "Two.", "Three."]),
    ("  Padded.  \n\n\u00a0Nbsp.\u00a0", ["Padded.", "Nbsp."]),
    ("A sentence that was\nwrapped here.\n\nNext para.", ["A sentence that was\nwrapped here.", "Next para."]),
    ("Title\n\nA line ending.\nNew para starts.", ["Title", "A line ending.", "New para starts."]),
    ("", []),
    ("\n\n \n", []),
])
def test_segment_paragraphs(text: str, expected: list[str]) -> None:
    spans = paragraphs(text)
    assert [text[s:e] for s, e in spans] == expected
    assert all(not text[s].isspace() and not text[e - 1].isspace() for s, e in spans)
