"""Repeated paragraphs and quotes: Doc.duplicates and Quote.duplicate_of on hand-built documents."""

from __future__ import annotations

from dateline.doc import Doc, Quote
from dateline.quotes.repeats import mark_duplicates
from dateline.stages.segment import paragraphs
from support import assert_offsets

PARA = '"As for the draft constitution, it would be right to speak about an exchange of views," the diplomat said.'
TEXT = "\n\n".join([PARA, "Other news followed about the weather and the markets in the region today.",
                    PARA.replace("the diplomat said", "he added")])


def built() -> Doc:
    doc = Doc(text=TEXT, id="t")
    doc.paragraphs = [doc.span(s, e) for s, e in paragraphs(TEXT)]
    for i, p in enumerate((doc.paragraphs[0], doc.paragraphs[2]), 1):
        start = p.start + 1
        end = p.start + p.text.index(',"') + 1
        doc.quotes.append(Quote(f"Q{i}", doc.span(start, end), "direct"))
    return doc


def test_repeats_mark_the_later_paragraph_as_duplicate_of_the_first() -> None:
    doc = mark_duplicates(built())
    assert [(d.span, d.of) for d in doc.duplicates] == [(doc.paragraphs[2], doc.paragraphs[0])]
    assert_offsets(doc.to_record())


def test_repeats_mark_the_repeated_quote() -> None:
    doc = mark_duplicates(built())
    assert [q.duplicate_of for q in doc.quotes] == [None, "Q1"]


def test_repeats_nothing_repeated_nothing_marked() -> None:
    doc = Doc(text="One paragraph about something.\n\nAnother one about something else.", id="t")
    doc.paragraphs = [doc.span(s, e) for s, e in paragraphs(doc.text)]
    assert mark_duplicates(doc).duplicates == []


def test_repeats_a_quote_repeated_inside_a_new_paragraph_is_a_repeated_passage() -> None:
    quote = "This is a lifeline for the city, but it is a drop in the ocean"
    text = (f'Aid reached the city on Monday after weeks of delay on the main road. "{quote}," the director said.'
            f'\n\nA second convoy of forty trucks is being loaded in the port and should leave before the end of '
            f'the month if the road stays open. "{quote}," she repeated.')
    doc = Doc(text=text, id="t")
    doc.paragraphs = [doc.span(s, e) for s, e in paragraphs(text)]
    first, second = text.index(quote), text.rindex(quote)
    doc.quotes = [Quote("Q1", doc.span(first, first + len(quote)), "direct"),
                  Quote("Q2", doc.span(second, second + len(quote)), "direct")]
    mark_duplicates(doc)
    assert [(d.span.start, d.of.start) for d in doc.duplicates] == [(second, first)]
    assert doc.quotes[1].duplicate_of == "Q1"
