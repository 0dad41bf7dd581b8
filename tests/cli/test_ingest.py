"""`dateline ingest`: idempotent, resumable after a kill, failures recorded."""

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

from dateline.cli.main import main
from dateline.store import open_store

SRC = Path(__file__).resolve().parents[2] / "src"

CITIES = ["Mosul", "Aleppo", "Kabul", "Mogadishu", "Tripoli", "Sanaa", "Goma", "Bamako", "Kharkiv", "Maiduguri"]
ACTORS = ["the army", "rebel fighters", "police", "a local militia", "government troops", "protesters",
          "the interior ministry", "aid agencies", "tribal elders", "the opposition coalition"]
ACTIONS = ["clashed with", "negotiated with", "accused", "met", "attacked", "criticised", "supported", "warned"]
DETAILS = ["after weeks of rising tension", "according to a statement", "witnesses said", "officials confirmed",
           "in a rare public appearance", "despite a ceasefire agreed last month", "local media reported"]


def invented_corpus(n: int, seed: int = 7) -> list[dict[str, Any]]:
    """n short news-like articles, each with its own mix of places, actors and details."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        sentences = []
        for _ in range(rng.randint(3, 6)):
            a, b = rng.sample(ACTORS, 2)
            sentences.append(f"In {rng.choice(CITIES)}, {a} {rng.choice(ACTIONS)} {b} on day {rng.randint(1, 28)}, "
                             f"{rng.choice(DETAILS)}, and {rng.randint(2, 90)} people were reported {rng.choice(['hurt', 'detained', 'missing', 'displaced'])}.")
        out.append({"id": f"story-{i}", "text": " ".join(sentences), "published": f"2024-05-{1 + i % 28:02d}",
                    "source": rng.choice(["Wire", "Daily", "Post"])})
    return out


def _write_jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _fingerprint(db: Path) -> tuple[dict[str, int], list[tuple[Any, ...]]]:
    with open_store(db, read_only=True) as store:
        rows = store.sql("SELECT a.id, a.canonical_id, (SELECT count(*) FROM entities e WHERE e.article_id = a.id), "
                         "(SELECT count(*) FROM mentions m WHERE m.article_id = a.id), "
                         "(SELECT count(*) FROM passage_duplicates p WHERE p.article_id = a.id) AS n "
                         "FROM articles a ORDER BY a.id")
        return store.counts(), [tuple(r.values()) for r in rows]


@pytest.mark.parametrize("as_records", [True])
def test_ingest_twice_adds_nothing(tmp_path: Path, as_records: bool, capsys: pytest.CaptureFixture[str]) -> None:
    from dateline.record import to_record
    from dateline.ingest import doc_from_text

    recs = [to_record(doc_from_text(r["text"], doc_id=r["id"], published=r["published"]))
            for r in invented_corpus(12)]
    inp = _write_jsonl(tmp_path / "records.jsonl", recs)
    db = tmp_path / "c.duckdb"
    assert main(["ingest", "--records", str(inp), "--db", str(db)]) == 0
    first = _fingerprint(db)
    assert main(["ingest", "--records", str(inp), "--db", str(db)]) == 0
    assert _fingerprint(db) == first and first[0]["articles"] == 12
    err = capsys.readouterr().err
    assert "12 already stored, 0 stored" in err


def test_ingest_pipeline_and_failures(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = [json.dumps(r) for r in invented_corpus(3)] + ["{not json", json.dumps({"title": "no text"})]
    inp = tmp_path / "mixed.jsonl"
    inp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    txt = tmp_path / "note.txt"
    txt.write_text("The foreign minister met his counterpart in Vienna on Tuesday.", encoding="utf-8")
    db = tmp_path / "c.duckdb"
    assert main(["ingest", str(inp), str(txt), "--db", str(db), "--strict"]) == 1  # two inputs failed
    assert main(["ingest", str(inp), str(txt), "--db", str(db)]) == 0
    with open_store(db, read_only=True) as store:
        counts = store.counts()
        codes = sorted(f["code"] for f in store.failures())
        entities = store.sql("SELECT count(*) AS n FROM entities")[0]["n"]
    assert counts["articles"] == 4 and codes == ["E_BAD_JSON", "E_NO_TEXT"] and entities > 0
    assert "6 read, 6 already stored, 0 stored" in capsys.readouterr().err.splitlines()[-1]


@pytest.mark.slow
def test_ingest_killed_run_resumes_without_duplicates(tmp_path: Path) -> None:
    records = invented_corpus(60)
    inp = _write_jsonl(tmp_path / "corpus.jsonl", records)
    env = dict(os.environ, PYTHONPATH=str(SRC))
    cmd = [sys.executable, "-m", "dateline", "ingest", str(inp), "--batch-size", "4", "-v"]

    clean = tmp_path / "clean.duckdb"
    subprocess.run(cmd + ["--db", str(clean)], env=env, check=True, capture_output=True)

    killed = tmp_path / "killed.duckdb"
    proc = subprocess.Popen(cmd + ["--db", str(killed)], env=env, stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    committed = 0
    for line in proc.stderr:
        if line.startswith("ingest: committed batch"):
            committed += 1
            if committed == 3:
                break
    time.sleep(random.Random(1).uniform(0.05, 0.4))  # land somewhere inside a later batch
    proc.send_signal(signal.SIGKILL)
    assert proc.wait() == -signal.SIGKILL
    with open_store(killed, read_only=True) as store:
        partial = store.counts()["articles"]
        orphans = store.sql("SELECT count(*) AS n FROM mentions WHERE article_id NOT IN (SELECT id FROM articles)")
    assert 0 < partial < len(records) and partial % 4 == 0  # only whole batches
    assert orphans[0]["n"] == 0

    subprocess.run(cmd + ["--db", str(killed)], env=env, check=True, capture_output=True)
    assert _fingerprint(killed) == _fingerprint(clean)
