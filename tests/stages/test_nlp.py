"""Tests for the `nlp` stage: paragraphs parsed in chunks, the dateline apart from the story it opens."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.body import body_start
from dateline.ingest import doc_from_text
from dateline.nlp import parses
from support import assert_offsets


@pytest.mark.parametrize("text,subject", [
    ("Police clash with traders\n\nNAIROBI (Sample Wire) - Kenyan police fired tear gas at traders on Tuesday.",
     "police"),
    ("KANO, Nigeria, May 3 (AP) — Nigerian soldiers arrested 12 men near the market.", "soldiers"),
])
def test_nlp_parses_the_dateline_apart(pipeline: Any, text: str, subject: str) -> None:
    doc = pipeline(doc_from_text(text))
    assert doc.dateline is not None
    start = body_start(doc)
    assert start > doc.dateline.span.end and doc.text[start - 2:start].strip() in ("-", "—")
    parsed = parses(doc)
    body = next(p for p in parsed if p.offset == start)
    verb = next(t for t in body.sdoc if t.dep_ == "ROOT")
    assert [t.lower_ for t in verb.children if t.dep_ == "nsubj"] == [subject]
    for p in parsed:  # every chunk sits at its article offset
        assert doc.text[p.offset:p.offset + len(p.sdoc.text)] == p.sdoc.text
    assert_offsets(doc.to_record())
