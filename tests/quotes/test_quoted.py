"""Quotations of an article: multi-paragraph quotes joined, standalone versus embedded quotations."""

from __future__ import annotations

import pytest

from dateline.doc import Doc
from dateline.quotes.quoted import quotations, standalone
from dateline.stages.segment import paragraphs


def doc_of(text: str) -> Doc:
    """A Doc with paragraphs and nothing else."""
    doc = Doc(text=text, id="t")
    doc.paragraphs = [doc.span(s, e) for s, e in paragraphs(text)]
    return doc


@pytest.mark.parametrize("text,expected", [
    ('"First part of it.\n\n"Second part," he said.', ['First part of it.\n\n"Second part,']),
    ('"Open and never closed.\n\nHe left.', ["Open and never closed."]),
    ('"Closed," he said.\n\n"Separate."', ["Closed,", "Separate."]),
    ('He said: "One."\n\n"Open.\n\n"Still open.\n\n"Closed."', ["One.", 'Open.\n\n"Still open.\n\n"Closed.']),
])
def test_quoted_paragraph_left_open_continues_in_the_next_opened_one(text: str, expected: list[str]) -> None:
    doc = doc_of(text)
    found = quotations(doc)
    assert [text[q.start:q.end] for q in found] == expected
    assert all(doc.span(q.start, q.end).text == text[q.start:q.end] for q in found)


def test_quoted_chain_records_its_paragraphs() -> None:
    doc = doc_of('"A.\n\n"B.\n\n"C," he said.')
    [q] = quotations(doc)
    assert (q.first, q.last, q.close_at) == (0, 2, doc.text.rindex('"'))


@pytest.mark.parametrize("text,expected", [
    ('"Alone," he said.', True),
    ('It ended. "Alone," he said.', True),
    ('He called it "a farce" twice.', False),
    ('They watched “Fox News Sunday,” then left.', False),
])
def test_quoted_standalone_or_inside_running_text(text: str, expected: bool) -> None:
    doc = doc_of(text)
    [q] = quotations(doc)
    assert standalone(text, q, 0) is expected
