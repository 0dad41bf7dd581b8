"""Publication date: given first, else the dateline's date with the year the story implies, else the text."""

from __future__ import annotations

import pytest

from dateline.doc import Dateline, Doc, Span
from dateline.stages.published import infer_published


def doc_with(text: str, dateline_date: str | None) -> Doc:
    doc = Doc(text=text, id="t")
    if dateline_date:
        doc.dateline = Dateline(span=Span(0, 1, text[:1]), place="X", date=dateline_date)
    return doc


@pytest.mark.parametrize("text,dateline_date,expected", [
    ("On January 20, 2017, reports said ...", "February 7", ("2017-02-07", "dateline")),
    ("Last seen on December 28, 2016, he ...", "January 3", ("2017-01-03", "dateline")),
    ("The 2019 budget was passed.", "March 3", ("2019-03-03", "dateline")),
    ("Talks on 5 May 2021 failed.", None, ("2021-05-05", "text")),
    ("Nothing dated here.", "March 3", None),
    ("Nothing dated here.", None, None),
    ("It happened on February 30, 2020.", None, None),
])
def test_published_inference(text: str, dateline_date: str | None, expected: tuple[str, str] | None) -> None:
    assert infer_published(doc_with(text, dateline_date)) == expected
