"""`dateline export`: every format writes a file its ecosystem reads."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from dateline.cli.main import main
from store.corpus import build_attack_store


@pytest.fixture(scope="module")
def attack_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding the store tests' attack corpus (opened read-only by the commands)."""
    return build_attack_store(tmp_path_factory.mktemp("cli-attack") / "attack.duckdb")


@pytest.mark.parametrize("fmt, name", [("records", "r.jsonl"), ("plover", "p.jsonl"), ("acled", "a.csv"),
                                       ("geojson", "g.geojson"), ("parquet", "pq")])
def test_export_formats(attack_db: Path, tmp_path: Path, fmt: str, name: str) -> None:
    out = tmp_path / name
    assert main(["export", fmt, "--db", str(attack_db), "-o", str(out)]) == 0
    if fmt in ("records", "plover"):
        rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        assert len(rows) == (5 if fmt == "records" else 3)
    elif fmt == "acled":
        with out.open(newline="", encoding="utf-8") as f:
            reader = csv.DictReader(f)
            assert reader.fieldnames is not None and reader.fieldnames[:3] == ["event_id_cnty", "event_date", "year"]
            assert len(list(reader)) == 3
    elif fmt == "geojson":
        assert json.loads(out.read_text(encoding="utf-8"))["type"] == "FeatureCollection"
    else:
        assert pq.read_table(out / "articles.parquet").num_rows == 5


@pytest.mark.parametrize("canonical_only", [True])
def test_export_records_canonical_only(tmp_path: Path, canonical_only: bool) -> None:
    from dateline.doc import Doc
    from dateline.store import open_store

    text = "Officials in Geneva said on Monday that the talks on the ceasefire would resume after a short pause. " * 3
    db = tmp_path / "c.duckdb"
    with open_store(db) as store:
        store.ingest([Doc(text=text, id="one"), Doc(text="Reprinted:\n\n" + text, id="two")])
    out = tmp_path / "r.jsonl"
    args = ["export", "records", "--db", str(db), "-o", str(out)] + (["--canonical-only"] if canonical_only else [])
    assert main(args) == 0
    assert [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()] == ["one"]
