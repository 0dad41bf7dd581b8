"""Scaled ingest: the runner's records go into the store as an in-process ingest would put them, once."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from dateline.distributed import Runner
from dateline.distributed.ingest import ingest_with_runner
from dateline.pipeline import Pipeline
from dateline.store import open_store


@pytest.fixture()
def corpus(tmp_path: Path, stories: list[str]) -> Path:
    """A JSON Lines input of the stories (one repeated) and one broken line."""
    lines = [json.dumps({"id": f"n{i}", "text": t, "published": "2024-05-06"}) for i, t in enumerate(stories)]
    lines += [lines[0], "{broken"]
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def fingerprint(db: Path) -> tuple[dict[str, int], list[tuple[Any, ...]]]:
    """Row counts and the stored articles and failures (without ingest times)."""
    with open_store(db, read_only=True) as store:
        rows = store.sql("SELECT id, text, published, canonical_id FROM articles ORDER BY id")
        fails = store.sql("SELECT id, code FROM failures ORDER BY id")
        return store.counts(), [tuple(r.values()) for r in rows + fails]


def in_process(db: Path, corpus: Path, settings: Any) -> Any:
    with open_store(db) as store:
        return store.ingest_inputs([str(corpus)], Pipeline(settings), batch_size=3)


@pytest.mark.parametrize("partition_size,batch_size", [(1, 2), (3, 3), (16, 32)])
def test_ingest_with_runner_stores_what_in_process_ingest_stores(tmp_path: Path, corpus: Path, light_settings: Any,
                                                                 partition_size: int, batch_size: int) -> None:
    plain = in_process(tmp_path / "plain.duckdb", corpus, light_settings)
    with open_store(tmp_path / "run.duckdb") as store, \
            Runner(light_settings, processes=1, partition_size=partition_size) as runner:
        stats = ingest_with_runner(store, runner, [str(corpus)], batch_size=batch_size)
    assert fingerprint(tmp_path / "run.duckdb") == fingerprint(tmp_path / "plain.duckdb")
    assert (stats.read, stats.stored, stats.failures, stats.skipped) == (9, 7, 1, 1)
    assert (stats.stored, stats.failures) == (plain.stored, plain.failures)


def test_ingest_with_runner_rerun_starts_no_work(tmp_path: Path, corpus: Path, light_settings: Any) -> None:
    db = tmp_path / "c.duckdb"
    with open_store(db) as store, Runner(light_settings, processes=1) as runner:
        ingest_with_runner(store, runner, [str(corpus)])
    before = fingerprint(db)
    seen: list[Any] = []
    with open_store(db) as store, Runner(light_settings, processes=1) as runner:
        again = ingest_with_runner(store, runner, [str(corpus)], on_doc=seen.append)
        assert runner.label == "not started"  # every id was known: no pipeline was even loaded
    assert (again.read, again.skipped, again.stored) == (9, 9, 0) and seen == []
    assert fingerprint(db) == before


def test_ingest_with_runner_reuses_shards_after_a_lost_store(tmp_path: Path, corpus: Path,
                                                             light_settings: Any) -> None:
    shards = tmp_path / "shards"
    first: list[Any] = []
    with open_store(tmp_path / "a.duckdb") as store, \
            Runner(light_settings, processes=1, partition_size=2, shard_dir=str(shards),
                   on_shard=first.append) as runner:
        ingest_with_runner(store, runner, [str(corpus)])
    again: list[Any] = []
    with open_store(tmp_path / "b.duckdb") as store, \
            Runner(light_settings, processes=1, partition_size=2, shard_dir=str(shards),
                   on_shard=again.append) as runner:
        ingest_with_runner(store, runner, [str(corpus)])
    assert len(first) == 5 and not any(s.resumed for s in first)
    assert [s.resumed for s in again] == [True] * 5 and len(list(shards.glob("part-*.jsonl"))) == 5
    assert fingerprint(tmp_path / "b.duckdb") == fingerprint(tmp_path / "a.duckdb")


@pytest.mark.parametrize("retry", [False, True])
def test_ingest_with_runner_retries_failures_only_when_asked(tmp_path: Path, corpus: Path, light_settings: Any,
                                                             retry: bool) -> None:
    db = tmp_path / "c.duckdb"
    with open_store(db) as store, Runner(light_settings, processes=1) as runner:
        ingest_with_runner(store, runner, [str(corpus)])
    with open_store(db) as store, Runner(light_settings, processes=1) as runner:
        stats = ingest_with_runner(store, runner, [str(corpus)], retry_failed=retry)
    assert stats.failures == (1 if retry else 0) and stats.stored == 0
    assert fingerprint(db)[0]["failures"] == 1


def test_ingest_with_runner_reports_batches_with_skipped_counts(tmp_path: Path, corpus: Path,
                                                                light_settings: Any) -> None:
    db = tmp_path / "c.duckdb"
    with open_store(db) as store, Runner(light_settings, processes=1) as runner:
        ingest_with_runner(store, runner, [str(corpus)], batch_size=4)
    extra = corpus.with_name("more.jsonl")
    extra.write_text(corpus.read_text(encoding="utf-8") + json.dumps({"id": "new", "text": "Rain fell."}) + "\n",
                     encoding="utf-8")
    reports: list[Any] = []
    with open_store(db) as store, Runner(light_settings, processes=1) as runner:
        stats = ingest_with_runner(store, runner, [str(extra)], batch_size=4, on_batch=reports.append)
    assert (stats.read, stats.skipped, stats.stored) == (10, 9, 1)
    assert reports and reports[-1].stored == 1 and reports[-1].skipped == 9
