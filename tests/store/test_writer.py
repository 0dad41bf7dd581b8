"""Transactional, idempotent ingest: re-runs add nothing, a failed batch leaves nothing, failures are recorded."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from dateline.doc import Doc, DocError
from dateline.record import to_record
from dateline.store import open_store
from dateline.store import writer as writer_module


def _counts(path: Path) -> dict[str, int]:
    with open_store(path) as store:
        return store.counts()


@pytest.mark.parametrize("batch_size", [1, 3])
def test_writer_second_ingest_adds_nothing(store_path: Path, attack_corpus: list[Doc], batch_size: int) -> None:
    with open_store(store_path) as store:
        first = store.ingest(attack_corpus, batch_size=batch_size)
        counts = store.counts()
        second = store.ingest(attack_corpus, batch_size=batch_size)
        assert store.counts() == counts
    assert first.stored == len(attack_corpus) and second.stored == 0 and second.skipped == len(attack_corpus)
    with open_store(store_path) as store:  # and in a new session
        assert store.ingest(attack_corpus).stored == 0
        assert store.counts() == counts


@pytest.mark.parametrize("fail_at", ["event_mentions", "places", "article_bands"])
def test_writer_failed_batch_leaves_no_half_article(store_path: Path, attack_corpus: list[Doc], fail_at: str,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    with open_store(store_path) as clean:
        clean.ingest(attack_corpus)
        expected = clean.counts()
    broken = store_path.with_name("broken.duckdb")
    original = writer_module.Writer._insert

    def insert(self: Any, table: str, rows: list[dict[str, Any]]) -> None:
        original(self, table, rows)
        if table == fail_at and any(r.get("article_id") == "site-c" for r in rows):
            raise OSError("disk full")  # after some of the batch's rows are in

    monkeypatch.setattr(writer_module.Writer, "_insert", insert)
    with open_store(broken) as store:
        store.ingest(attack_corpus[:2], batch_size=2)
        with pytest.raises(OSError):
            store.ingest(attack_corpus[2:], batch_size=10)
        kept = store.counts()
        ids = {r["id"] for r in store.articles()}
        assert ids == {"wire-a", "paper-b"}
        orphans = store.sql("SELECT count(*) AS n FROM entities WHERE article_id NOT IN (SELECT id FROM articles)")
        assert orphans[0]["n"] == 0
        assert kept["event_mentions"] == 2
        monkeypatch.setattr(writer_module.Writer, "_insert", original)
        store.ingest(attack_corpus)  # the retry resumes
        assert store.counts() == expected


def test_writer_failures_recorded_once(store_path: Path, attack_corpus: list[Doc]) -> None:
    bad = Doc(text="", id="err-1", origin="input.jsonl:7", error=DocError("E_BAD_JSON", "line 7 is not JSON", "ingest"))
    stage = Doc(text="Some text.", id="a-2", error=DocError("E_STAGE", "boom", "places"))
    with open_store(store_path) as store:
        stats = store.ingest([bad, stage, attack_corpus[0], bad])
        again = store.ingest([bad, stage])
        failures = store.failures()
    assert stats.failures == 2 and stats.stored == 1 and again.failures == 0
    assert {(f["id"], f["code"], f["stage"]) for f in failures} == {("err-1", "E_BAD_JSON", "ingest"),
                                                                    ("a-2", "E_STAGE", "places")}


def test_writer_retry_failed_replaces_the_failure(store_path: Path, attack_corpus: list[Doc]) -> None:
    doc = attack_corpus[0]
    failed = Doc(text=doc.text, id=doc.id, error=DocError("E_TIMEOUT", "too slow", "events"))
    with open_store(store_path) as store:
        store.ingest([failed])
        assert store.ingest_records([], retry_failed=True).stored == 0
        stats = store._ingest([doc], None, 8, True, None)
        assert stats.stored == 1
        assert store.failures() == [] and [a["id"] for a in store.articles()] == [doc.id]


@pytest.mark.parametrize("as_record", [False, True])
def test_writer_accepts_docs_and_records(store_path: Path, attack_corpus: list[Doc], as_record: bool) -> None:
    items = [to_record(d) for d in attack_corpus] if as_record else attack_corpus
    with open_store(store_path) as store:
        stats = store.ingest(items)
        assert stats.stored == len(attack_corpus) and len(store.events()) == 3


def test_writer_row_ids_unique(store_path: Path, attack_corpus: list[Doc]) -> None:
    with open_store(store_path) as store:
        store.ingest(attack_corpus)
        store.ingest(attack_corpus)
        dup = store.sql("SELECT count(*) - count(DISTINCT (article_id, kind, owner_id, start, \"end\")) AS n "
                        "FROM mentions")
        assert dup[0]["n"] == 0
