"""Stage `quotes`: registered under its name, robust to any text, and the seed article's quotes and speakers."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline import registry
from dateline.doc import Doc
from dateline.quotes.marks import MARKS
from support import assert_offsets


def _match(gold: tuple[int, int], pred: tuple[int, int]) -> bool:
    """The scorer's rule: the spans overlap by at least half the shorter one."""
    overlap = min(gold[1], pred[1]) - max(gold[0], pred[0])
    return overlap > 0 and overlap >= 0.5 * min(gold[1] - gold[0], pred[1] - pred[0])


@pytest.mark.parametrize("name,requires,assigns", [("quotes", ("sentences", "entities"), ("quotes",))])
def test_quotes_stage_is_registered(name: str, requires: tuple[str, ...], assigns: tuple[str, ...]) -> None:
    spec = registry.get(name)
    assert spec is not None and (spec.requires, spec.assigns) == (requires, assigns)


@pytest.mark.parametrize("text", ["", "No quotes at all here.", '"A quotation standing alone without any cue at all."'])
def test_quotes_stage_without_a_parse(pipeline: Any, text: str) -> None:
    from dateline.stages.segment import paragraphs

    doc = Doc(text=text, id="t")
    doc.paragraphs = [doc.span(s, e) for s, e in paragraphs(text)]
    stage = registry.get("quotes").factory(pipeline.settings)  # type: ignore[union-attr]
    stage(doc)
    assert [q.kind for q in doc.quotes] == (["direct"] if text.startswith('"') else [])
    assert all(q.speaker.mention is None for q in doc.quotes)


_PIECES = st.sampled_from([*sorted(MARKS), " ", "\n\n", ".", ",", ":", "said", "he said", "John Smith", "the",
                           "minister", "that", "war", "😀", "\u05d0", "e\u0301", "according to"])


@pytest.mark.slow
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_PIECES, min_size=1, max_size=60).map(" ".join))
def test_quotes_random_text_with_random_marks(pipeline: Any, text: str) -> None:
    from dateline.ingest import doc_from_text

    if not text.strip():
        return
    doc = pipeline(doc_from_text(text))
    rec = doc.to_record()
    assert_offsets(rec)
    for q in doc.quotes:
        assert 0 <= q.span.start < q.span.end <= len(text) and q.span.text == text[q.span.start:q.span.end]
        if q.speaker.mention is not None:
            assert q.speaker.mention.text == text[q.speaker.mention.start:q.speaker.mention.end]


@pytest.mark.dev
def test_quotes_seed_every_gold_quote_found_and_spoken_by_kinshchak(seed_doc: Any, seed_gold: Any) -> None:
    preds = [(q.span.start, q.span.end) for q in seed_doc.quotes]
    for g in seed_gold["quotes"]:
        matches = [q for q in seed_doc.quotes if _match((g["start"], g["end"]), (q.span.start, q.span.end))]
        assert matches, f"gold quote not found: {g['text'][:60]!r} among {preds}"
        assert any(q.speaker.name == "Alexander Kinshchak" for q in matches), g["text"][:60]
    assert_offsets(seed_doc.to_record())


@pytest.mark.dev
def test_quotes_seed_kinshchak_described_by_his_role(seed_doc: Any) -> None:
    person = next(e for e in seed_doc.entities if e.name == "Alexander Kinshchak")
    assert person.description == "Russian ambassador to Syria"


@pytest.mark.parametrize("unit", ['"We will win the war now." ', "“«„ ", "' ", '"a" "b c d e f" '])
def test_quotes_thousands_of_marks_in_one_huge_paragraph_stay_fast(pipeline: Any, unit: str) -> None:
    import time

    from dateline.quotes import find_quotes
    from dateline.quotes.repeats import mark_duplicates

    text = unit * (200_000 // len(unit))
    doc = Doc(text=text, id="t")
    doc.paragraphs = [doc.span(0, len(text.rstrip()))]
    started = time.process_time()  # CPU seconds: a quadratic blow-up shows, a busy machine does not
    doc.quotes = find_quotes(doc)
    mark_duplicates(doc)
    assert time.process_time() - started < 20
    assert all(q.span.text == text[q.span.start:q.span.end] for q in doc.quotes)
