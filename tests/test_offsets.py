"""Every span of every record points at its own text: on generated text (hypothesis) and on every dev set."""

from __future__ import annotations

from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.ingest import doc_from_record
from dateline.schema import record_schema
from support import DEV, assert_offsets, read_jsonl

WORDS = ["Palmyra", "Syria", "said", "he", "the", "army", "On", "December", "9", "2016", "IS", "Kinshchak", "\"",
         "“", "”", "'", "«", "»", ":", ".", ",", "-", "—", "\n", "\n\n", "MOSCOW,", "(Reuters)", "attacked", "may",
         "🙂", "عربي", "e\u0301", "\u00a0", "\u200f", "told", "TASS", "/TASS/.", "  ", "Jan.", "5", "yesterday"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(WORDS), st.text(min_size=1, max_size=6)), min_size=1, max_size=80))
def test_offsets_hold_on_generated_text(pipeline: Any, words: list[str]) -> None:
    text = " ".join(words)
    doc = doc_from_record({"id": "gen", "text": text}, origin="hypothesis")
    if doc.error is None:
        doc = pipeline(doc)
    rec = doc.to_record()
    assert rec["text"] == (text if doc.error is None or doc.error.stage != "ingest" else "")
    assert_offsets(rec)
    jsonschema.validate(rec, record_schema())


DEV_SETS = ["seed/seed.gold.jsonl", "geo/gwn-dev.jsonl", "geo/lgl.jsonl", "times/tbaq.jsonl",
            "quotes/polnear-dev.jsonl", "events/plover-gsr-dev.jsonl", "events/case2021-t2-dev.jsonl",
            "corpus/guardian-249.jsonl"]


@pytest.mark.slow
@pytest.mark.dev
@pytest.mark.parametrize("name", DEV_SETS)
def test_offsets_hold_on_every_dev_record(name: str) -> None:
    from dateline.config import load_settings
    from dateline.pipeline import Pipeline

    path = DEV / name
    if not path.exists():
        pytest.skip(f"dev data not available: {path}")
    pipe = Pipeline(load_settings(pipeline__on_error="record"))
    golds = list(read_jsonl(path))
    docs = pipe.pipe((doc_from_record(g, origin=name) for g in golds), batch_size=32)
    validator = jsonschema.Draft202012Validator(record_schema())
    for gold, doc in zip(golds, docs, strict=True):
        rec = doc.to_record()
        assert rec.get("error") is None, rec.get("error")
        assert rec["text"] == gold["text"]
        assert_offsets(rec)
        validator.validate(rec)
