"""Crash safety of the store: `dateline ingest` SIGKILLed at random points leaves a store a re-run completes.

A real subprocess writes a real DuckDB file, in batches of 4 so that kills land between and inside writes. Two
inputs keep it quick: 60 small stories through a tiny pipeline (segment, dateline, published: no model to load),
and 40 full contract records (entities, places, times, quotes) stored with `--records` (no pipeline at all).
"""

from __future__ import annotations

import json
import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from support import ROOT

KILLS = 20
_STORED = re.compile(rb"committed batch \d+: .*? (\d+) stored")
ARTICLES = 60
STORY = ("KAMPALA, May {n} (Sample Wire) - Police in the capital arrested {n} protesters on Tuesday after a march "
         "against fuel prices, a spokesman said.\n\nThe march began at the central market. Update {n}: officials "
         "said more details would follow.")


def _inputs(path: Path) -> Path:
    """60 articles (near-duplicates of one another, so duplicate links are written too) and one broken line."""
    with path.open("w", encoding="utf-8") as f:
        for i in range(ARTICLES):
            f.write(json.dumps({"id": f"a{i}", "text": STORY.format(n=i % 28 + 1), "published": "2024-05-07"}) + "\n")
            if i == ARTICLES // 2:
                f.write("{not json\n")  # a failure row, written in the middle of the run
    return path


def _records(path: Path, pipeline: Any) -> Path:
    """40 full records: the bundled samples through the real pipeline, copied under new ids; one broken line."""
    from dateline.extract import extract_inputs, records

    samples = [str(ROOT / "samples" / "articles.jsonl"), *map(str, sorted((ROOT / "samples").glob("*.txt")))]
    base = list(records(extract_inputs(samples, pipeline)))
    with path.open("w", encoding="utf-8") as f:
        for i in range(40):
            f.write(json.dumps({**base[i % len(base)], "id": f"r{i}"}) + "\n")
            if i == 20:
                f.write("{not json\n")
    return path


def _ingest(db: Path, inputs: Path, args: list[str]) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", "")}
    return subprocess.Popen([sys.executable, "-m", "dateline", "ingest", str(inputs), "--db", str(db), *args,
                             "--batch-size", "4", "-v"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


PER_ARTICLE = ("entities", "mentions", "places", "times", "quotes", "article_bands", "passage_bands")


def _counts(db: Path) -> dict[str, Any]:
    """Rows per table, the stored ids, and rows per article of each layer, read through the public store API."""
    from dateline.store import open_store

    with open_store(db, read_only=True) as store:
        ids = sorted(r["id"] for r in store.sql("SELECT id FROM articles"))
        rows = {t: {r["article_id"]: r["n"] for r in store.sql(
            f"SELECT article_id, count(*) AS n FROM {t} GROUP BY article_id")} for t in PER_ARTICLE}  # noqa: S608
        return {"counts": store.counts(), "ids": ids, "rows": rows}


def _whole_articles(after: dict[str, Any], clean: dict[str, Any]) -> None:
    """Every article in a killed store has all its rows in every layer, as many as in the clean store."""
    for t in PER_ARTICLE:
        assert {a: after["rows"][t].get(a, 0) for a in after["ids"]} == \
            {a: clean["rows"][t].get(a, 0) for a in after["ids"]}, t


def _run_to_end(db: Path, inputs: Path, args: list[str]) -> tuple[float, float]:
    """Seconds to the first committed batch and to the end of one uninterrupted run."""
    t0 = time.monotonic()
    proc = _ingest(db, inputs, args)
    assert proc.stderr is not None
    first = None
    for line in proc.stderr:
        if first is None and b"committed batch" in line:
            first = time.monotonic() - t0
    assert proc.wait(300) == 0
    return first or 0.0, time.monotonic() - t0


def _kill_after(proc: subprocess.Popen[bytes], batches: int, delay: float) -> bool:
    """SIGKILL the run `delay` s after its `batches`-th committed batch (0: after start-up); False if it ended."""
    assert proc.stderr is not None
    seen = stored = 0
    while seen < batches:
        line = proc.stderr.readline()
        if not line:
            proc.wait(60)
            return False
        m = _STORED.search(line)
        if m and int(m[1]) > stored:  # a batch that wrote articles (a re-run skips stored ones in batches too)
            seen, stored = seen + 1, int(m[1])
    time.sleep(delay)
    if proc.poll() is not None:
        return False
    proc.send_signal(signal.SIGKILL)
    proc.wait(60)
    return True


@pytest.mark.slow
@pytest.mark.parametrize("mode,kills", [("stories", KILLS), ("records", 10)])
def test_crash_sigkill_during_ingest_then_rerun_equals_a_clean_run(tmp_path: Path, request: pytest.FixtureRequest,
                                                                    mode: str, kills: int) -> None:
    if mode == "stories":
        config = tmp_path / "tiny.toml"
        config.write_text('[pipeline]\nstages = ["segment", "dateline", "published"]\n', encoding="utf-8")
        inputs, args, articles = _inputs(tmp_path / "in.jsonl"), ["--config", str(config)], ARTICLES
    else:
        inputs = _records(tmp_path / "records.jsonl", request.getfixturevalue("record_pipeline"))
        args, articles = ["--records"], 40
    first, total = _run_to_end(tmp_path / "clean.duckdb", inputs, args)
    clean = _counts(tmp_path / "clean.duckdb")
    assert clean["counts"]["articles"] == articles and clean["counts"]["failures"] == 1

    rng = random.Random(20261125)
    db = tmp_path / "crash.duckdb"
    killed = cycles = 0
    fresh = False
    progress: list[int] = []
    while killed < kills:
        if fresh:  # a new cycle from an empty store, so every kill lands in a store still being filled
            for p in tmp_path.glob("crash.duckdb*"):
                p.unlink()
            fresh = False
        # Kill during start-up, or just after a random committed batch: inside the next batch's work or commit.
        batches = rng.choice([0, 1, 1, 2, 3])
        delay = rng.uniform(0.5 * first, first) if batches == 0 else rng.uniform(0.0, 0.3)
        proc = _ingest(db, inputs, args)
        if _kill_after(proc, batches, delay):
            killed += 1
            after = _counts(db)  # the killed store opens and reads after every kill
            progress.append(after["counts"]["articles"])
            _whole_articles(after, clean)
            if after["counts"]["articles"] < articles:
                continue
            proc = _ingest(db, inputs, args)  # everything is stored: a re-run must change nothing
        assert proc.wait(300) == 0
        assert _counts(db) == clean  # a run that finished completed the store exactly
        cycles += 1
        fresh = True
    if not fresh:  # the last kill left a store being filled: a re-run completes it
        proc = _ingest(db, inputs, args)
        assert proc.wait(300) == 0
        assert _counts(db) == clean
        cycles += 1
    print(f"crash safety ({mode}): {killed} kills over {cycles} cycles; clean run {total:.1f} s; "
          f"articles stored after each kill {progress}; counts {clean['counts']}")
