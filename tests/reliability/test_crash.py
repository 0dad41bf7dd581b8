"""Crash safety of the store: `dateline ingest` SIGKILLed at random points leaves a store a re-run completes.

A real subprocess writes a real DuckDB file. To stay quick it runs a tiny pipeline (segment, dateline, published:
no model to load) over 60 small articles in batches of 4, so a kill lands inside a write most of the time.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from support import ROOT

KILLS = 20
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


def _ingest(db: Path, inputs: Path, config: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", "")}
    return subprocess.Popen([sys.executable, "-m", "dateline", "ingest", str(inputs), "--db", str(db), "--config",
                             str(config), "--batch-size", "4", "-v"], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)


def _counts(db: Path) -> dict[str, Any]:
    """Rows per table and the stored ids, read through the public store API."""
    from dateline.store import open_store

    with open_store(db, read_only=True) as store:
        ids = sorted(r["id"] for r in store.sql("SELECT id FROM articles"))
        return {"counts": store.counts(), "ids": ids}


def _run_to_end(db: Path, inputs: Path, config: Path) -> tuple[float, float]:
    """Seconds to the first committed batch and to the end of one uninterrupted run."""
    t0 = time.monotonic()
    proc = _ingest(db, inputs, config)
    assert proc.stderr is not None
    first = None
    for line in proc.stderr:
        if first is None and b"committed batch" in line:
            first = time.monotonic() - t0
    assert proc.wait(300) == 0
    return first or 0.0, time.monotonic() - t0


@pytest.mark.slow
def test_crash_sigkill_during_ingest_then_rerun_equals_a_clean_run(tmp_path: Path) -> None:
    config = tmp_path / "tiny.toml"
    config.write_text('[pipeline]\nstages = ["segment", "dateline", "published"]\n', encoding="utf-8")
    inputs = _inputs(tmp_path / "in.jsonl")
    first, total = _run_to_end(tmp_path / "clean.duckdb", inputs, config)
    clean = _counts(tmp_path / "clean.duckdb")
    assert clean["counts"]["articles"] == ARTICLES and clean["counts"]["failures"] == 1

    rng = random.Random(20261125)
    db = tmp_path / "crash.duckdb"
    kills = cycles = 0
    while kills < KILLS:
        proc = _ingest(db, inputs, config)
        time.sleep(rng.uniform(0.8 * first, first + 0.6 * (total - first)))  # inside the writes, mostly
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            proc.wait(60)
            kills += 1
            _counts(db)  # the killed store opens and reads after every kill
        else:
            assert proc.returncode == 0
            assert _counts(db) == clean  # a run that finished on its own completed the store
            cycles += 1
            for p in tmp_path.glob("crash.duckdb*"):
                p.unlink()  # start a fresh cycle so later kills land inside writes again
    proc = _ingest(db, inputs, config)
    assert proc.wait(300) == 0
    assert _counts(db) == clean
    print(f"crash safety: {kills} kills over {cycles + 1} cycles; clean run {total:.1f} s; counts {clean['counts']}")
