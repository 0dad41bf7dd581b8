"""Stage `duplicates`: registered, marks repeated paragraphs and quotes; the seed's two repeats."""

from __future__ import annotations

from typing import Any

import pytest

from dateline import registry
from dateline.doc import Doc
from dateline.stages.segment import paragraphs


@pytest.mark.parametrize("name,requires,assigns", [("duplicates", ("paragraphs", "quotes"), ("duplicates",))])
def test_duplicates_stage_is_registered(name: str, requires: tuple[str, ...], assigns: tuple[str, ...]) -> None:
    spec = registry.get(name)
    assert spec is not None and (spec.requires, spec.assigns) == (requires, assigns)


@pytest.mark.parametrize("repeats,expected", [(1, 0), (2, 1), (3, 2)])
def test_duplicates_stage_marks_each_repeat(pipeline: Any, repeats: int, expected: int) -> None:
    para = "The convoy reached the besieged city on Monday after three days on the mountain road."
    text = "\n\n".join([para] * repeats + ["A different closing paragraph about the weather in the region."])
    doc = Doc(text=text, id="t")
    doc.paragraphs = [doc.span(s, e) for s, e in paragraphs(text)]
    stage = registry.get("duplicates").factory(pipeline.settings)  # type: ignore[union-attr]
    stage(doc)
    assert len(doc.duplicates) == expected
    assert all(d.of == doc.paragraphs[0] for d in doc.duplicates)


@pytest.mark.dev
def test_duplicates_seed_both_repeated_paragraphs(seed_doc: Any, seed_gold: Any) -> None:
    for g in seed_gold["duplicates"]:
        span, of = g["span"], g["of"]
        assert any(d.span.start <= span["start"] < d.span.end and d.of.start <= of["start"] < d.of.end
                   for d in seed_doc.duplicates), g
    by_id = {q.id: q for q in seed_doc.quotes}
    repeated = [q for q in seed_doc.quotes if q.duplicate_of]
    assert len(repeated) == 2 and all(by_id[q.duplicate_of].span.start < q.span.start for q in repeated)
