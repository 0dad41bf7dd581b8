"""Anchors: the clause a time governs, and the look-ups other layers use."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.doc import Doc, TimeExpr
from dateline.times.anchor import clause_of, times_for, times_in


def _doc() -> Doc:
    """A hand-built document with two sentences and three times."""
    text = "On Monday the army attacked. Talks resume next week, he said on Tuesday."
    doc = Doc(text=text, id="t")
    doc.sentences = [doc.span(0, 28), doc.span(29, len(text))]
    first, second = doc.sentences
    talks = doc.span(29, text.index(","))
    doc.times = [
        TimeExpr(doc.span(3, 9), "DATE", "2017-02-06", anchor=first),
        TimeExpr(doc.span(text.index("next week"), text.index("next week") + 9), "DATE", "2017-W07", anchor=talks),
        TimeExpr(doc.span(text.index("Tuesday"), text.index("Tuesday") + 7), "DATE", "2017-02-07", anchor=second),
    ]
    return doc


@pytest.mark.parametrize(("which", "values"), [(0, ["2017-02-06"]), (1, ["2017-W07", "2017-02-07"])])
def test_anchor_times_in_sentence(which: int, values: list[str]) -> None:
    doc = _doc()
    assert [t.value for t in times_in(doc, doc.sentences[which])] == values


def test_anchor_times_for_prefers_the_innermost_anchor() -> None:
    doc = _doc()
    resume = doc.text.index("resume")
    assert [t.value for t in times_for(doc, doc.span(resume, resume + 6))] == ["2017-W07", "2017-02-07"]
    said = doc.text.index("said")
    assert [t.value for t in times_for(doc, doc.span(said, said + 4))] == ["2017-02-07"]


def test_anchor_clause_without_parse_is_the_sentence() -> None:
    doc = _doc()
    assert clause_of(doc, None, 3, 9) == doc.sentences[0]


@pytest.mark.slow
def test_anchor_clause_from_the_parse(pipeline: Any) -> None:
    from dateline.ingest import doc_from_text

    text = "The envoy said on Tuesday that the talks, which failed in March, would resume next week."
    doc = pipeline(doc_from_text(text, published="2017-02-07"))
    by_text = {t.span.text: t for t in doc.times}
    march = by_text["March"]
    assert march.anchor is not None and "failed in March" in march.anchor.text
    assert march.anchor.text != doc.sentences[0].text
    for t in doc.times:
        assert t.anchor is not None and t.anchor.start <= t.span.start and t.span.end <= t.anchor.end
