"""`dateline ingest` on the runner (--jobs, --workers, --shards): the store an in-process ingest builds, once."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from dateline.cli.main import main
from dateline.store import open_store


@pytest.fixture()
def corpus(tmp_path: Path, stories: list[str]) -> Path:
    path = tmp_path / "news.jsonl"
    path.write_text("".join(json.dumps({"id": f"k{i}", "text": t, "published": "2024-05-06"}) + "\n"
                            for i, t in enumerate(stories)) + "{broken\n", encoding="utf-8")
    return path


def tables(db: Path) -> tuple[dict[str, int], list[tuple[Any, ...]]]:
    """Rows per table and the articles' ids, texts and layers' sizes."""
    with open_store(db, read_only=True) as store:
        rows = store.sql("SELECT a.id, a.text, a.canonical_id, "
                         "(SELECT count(*) FROM entities e WHERE e.article_id = a.id) AS ents, "
                         "(SELECT count(*) FROM event_mentions m WHERE m.article_id = a.id) AS evs "
                         "FROM articles a ORDER BY a.id")
        return store.counts(), [tuple(r.values()) for r in rows]


@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_ingest_cli_jobs_keeps_shards_and_skips_on_rerun(tmp_path: Path, corpus: Path, light_config: Path,
                                                         capsys: pytest.CaptureFixture[str], fmt: str) -> None:
    db, shards = tmp_path / "c.duckdb", tmp_path / "shards"
    args = ["ingest", str(corpus), "--db", str(db), "--config", str(light_config), "--jobs", "1",
            "--partition-size", "3", "--shards", str(shards), "--shard-format", fmt]
    assert main(args) == 0
    files = sorted(shards.glob(f"part-*.{fmt}"))
    assert len(files) == 3
    if fmt == "parquet":
        assert pq.read_table(files[0]).column("id").to_pylist() == ["k0", "k1", "k2"]
    assert main(args) == 0
    err = capsys.readouterr().err.splitlines()
    assert "8 read, 0 already stored, 7 stored" in err[0] and "1 failures" in err[0]
    assert "8 read, 8 already stored, 0 stored" in err[1]
    assert tables(db)[0]["articles"] == 7


@pytest.mark.slow
def test_ingest_cli_on_a_local_cluster_matches_in_process(tmp_path: Path, corpus: Path) -> None:
    """The default pipeline on 2 Dask workers stores the same rows as the pipeline run in this process."""
    base = [sys.executable, "-m", "dateline", "ingest", str(corpus)]
    plain = subprocess.run([*base, "--db", str(tmp_path / "plain.duckdb"), "--in-process"], capture_output=True,
                           text=True, timeout=900)
    assert plain.returncode == 0, plain.stderr
    dask = subprocess.run([*base, "--db", str(tmp_path / "dask.duckdb"), "--workers", "2", "--partition-size", "2",
                           "--shards", str(tmp_path / "shards"), "--shard-format", "parquet"],
                          capture_output=True, text=True, timeout=900)
    assert dask.returncode == 0, dask.stderr
    want, got = tables(tmp_path / "plain.duckdb"), tables(tmp_path / "dask.duckdb")
    assert got == want
    assert want[0]["entities"] > 0 and want[0]["failures"] == 1
    assert len(list((tmp_path / "shards").glob("part-*.parquet"))) == 4
