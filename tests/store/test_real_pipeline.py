"""The hand-built corpora through the real pipeline: skipped while the events layer finds no events."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from dateline.ingest import doc_from_text
from dateline.store import open_store
from store.corpus import ATTACK_TEXTS, syndicated_texts

PUBLISHED = {"wire-a": "2024-03-10", "paper-b": "2024-03-11", "site-c": "2024-03-12", "other-protest": "2024-03-10",
             "other-attack": "2024-03-10"}


@pytest.mark.slow
def test_real_pipeline_attack_stories_merge(store_path: Path, pipeline: Any) -> None:
    docs = [pipeline(doc_from_text(text, doc_id=k, published=PUBLISHED[k], source=k))
            for k, text in ATTACK_TEXTS.items()]
    if not any(e.type == "ASSAULT" for d in docs for e in d.events):
        pytest.skip("the events layer finds no events yet")
    with open_store(store_path) as store:
        store.ingest(docs)
        bombings = [e for e in store.events(type="ASSAULT", near=(31.61, 65.71, 50.0))]
        sources = {m["article_id"] for e in bombings for m in store.mentions(e["id"])}
    assert {"wire-a", "paper-b", "site-c"} <= sources
    assert max(e["n_articles"] for e in bombings) == 3


@pytest.mark.slow
def test_real_pipeline_syndicated_copies(store_path: Path, pipeline: Any) -> None:
    docs = [pipeline(doc_from_text(text, doc_id=k, published="2024-04-23", source=k))
            for k, text in syndicated_texts().items()]
    with open_store(store_path) as store:
        store.ingest(docs)
        canon = {a["id"]: a["canonical_id"] for a in store.articles()}
        copied = store.sql("SELECT count(*) AS n FROM event_mentions WHERE copied")[0]["n"]
        extra = store.sql("SELECT count(*) AS n FROM events e WHERE NOT EXISTS (SELECT 1 FROM event_mentions m "
                          "WHERE m.event_id = e.id AND m.article_id IN ('wire-original', 'other-story'))")[0]["n"]
    assert canon == {"wire-original": None, "daily-copy": "wire-original", "portal-copy": "wire-original",
                     "other-story": None}
    original_events = sum(1 for d in docs if d.id == "wire-original" for _ in d.events)
    if original_events:
        assert copied > 0  # the copies' events joined the original's as sources
    assert extra <= 3  # only what the copies add (their own boilerplate) may start events
