"""Exports open in their ecosystems: contract JSONL, PLOVER JSONL, ACLED CSV, GeoJSON, Parquet."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from dateline.doc import Doc
from dateline.record import from_record, to_record
from dateline.store import open_store
from dateline.store.acled import COLUMNS, disorder_type
from dateline.store.export import PARQUET_RELATIONS
from dateline.store.plover import QUAD
from dateline.schema import PLOVER_TYPES

ACLED_CODEBOOK = ("event_id_cnty event_date year time_precision disorder_type event_type sub_event_type actor1 "
                  "assoc_actor_1 inter1 actor2 assoc_actor_2 inter2 interaction civilian_targeting iso region "
                  "country admin1 admin2 admin3 location latitude longitude geo_precision source source_scale notes "
                  "fatalities tags timestamp").split()


@pytest.mark.parametrize("canonical_only", [False, True])
def test_export_records_round_trip(attack_store: Path, attack_corpus: list[Doc], tmp_path: Path,
                                   canonical_only: bool) -> None:
    out = tmp_path / "records.jsonl"
    with open_store(attack_store, read_only=True) as store:
        n = store.export_records(out, canonical_only=canonical_only)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert n == len(records) == len(attack_corpus)
    by_id = {d.id: d for d in attack_corpus}
    for rec in records:
        original = to_record(by_id[rec["id"]])
        assert to_record(from_record(rec)) == original  # nothing lost
        assert all(ev["merged_event"].startswith("ev-") for ev in rec["events"])
        for ev in rec["events"]:
            assert rec["text"][ev["evidence"]["start"]:ev["evidence"]["end"]] == ev["evidence"]["text"]


def test_export_parquet_opens_in_duckdb_and_pyarrow(attack_store: Path, tmp_path: Path) -> None:
    with open_store(attack_store, read_only=True) as store:
        counts = store.export_parquet(tmp_path / "pq")
        expected = store.counts()
    assert set(counts) == set(PARQUET_RELATIONS)
    con = duckdb.connect()
    for name, n in counts.items():
        path = tmp_path / "pq" / f"{name}.parquet"
        assert pq.read_table(path).num_rows == n == expected[name]
        assert con.execute("SELECT count(*) FROM read_parquet(?)", [str(path)]).fetchall()[0][0] == n
    merged = con.execute("SELECT n_articles FROM read_parquet(?) ORDER BY n_articles DESC",
                         [str(tmp_path / "pq" / "events.parquet")]).fetchall()
    assert [r[0] for r in merged] == [3, 1, 1]


def test_export_geojson_is_a_feature_collection(attack_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.geojson"
    with open_store(attack_store, read_only=True) as store:
        n = store.export_geojson(out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["type"] == "FeatureCollection" and len(doc["features"]) == n == 3
    for f in doc["features"]:
        assert f["type"] == "Feature" and isinstance(f["properties"], dict) and f["id"].startswith("ev-")
        geom = f["geometry"]
        assert geom["type"] == "Point" and len(geom["coordinates"]) == 2
        lon, lat = geom["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
    kandahar = next(f for f in doc["features"] if f["properties"]["place"] == "Kandahar")
    assert kandahar["geometry"]["coordinates"][0] > kandahar["geometry"]["coordinates"][1]  # [lon, lat] order
    assert kandahar["properties"]["n_articles"] == 3


def test_export_acled_uses_acled_columns(attack_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    with open_store(attack_store, read_only=True) as store:
        n = store.export_acled(out)
    with out.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        rows = list(reader)
        header = reader.fieldnames
    assert header == ACLED_CODEBOOK == list(COLUMNS)
    assert n == len(rows) == 3
    bombing = next(r for r in rows if r["location"] == "Kandahar")
    assert bombing["event_type"] == "Explosions/Remote violence" and bombing["sub_event_type"] == "Suicide bomb"
    assert bombing["disorder_type"] == "Political violence" and bombing["country"] == "Afghanistan"
    assert bombing["fatalities"] == "12" and bombing["iso"] == "4" and bombing["event_id_cnty"].startswith("AFG")
    assert bombing["actor1"] == "Islamic State" and bombing["inter1"] == "2"
    assert bombing["event_date"] == "2024-03-10" and bombing["year"] == "2024" and bombing["time_precision"] == "1"
    assert len(bombing["source"].split("; ")) == 3
    protest = next(r for r in rows if r["location"] == "Lagos")
    assert protest["disorder_type"] == "Demonstrations" and protest["inter1"] == "6"


def test_export_plover_records(attack_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "plover.jsonl"
    with open_store(attack_store, read_only=True) as store:
        n = store.export_plover(out)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert n == len(records) == 3
    for rec in records:
        assert {"id", "date", "source", "event", "event_loc", "event_text", "quad_code"} <= set(rec)
        assert rec["event"][0] in PLOVER_TYPES and rec["quad_code"] == QUAD[rec["event"][0]]
    bombing = next(r for r in records if r["num_articles"] == 3)
    assert [a["actor_text"] for a in bombing["source"]] == ["Islamic State"]
    assert bombing["event_loc"]["cc3"] == "AFG" and bombing["event_loc"]["latitude"] == pytest.approx(31.61, abs=0.1)
    assert sorted(m["dead"] for m in bombing["mentions"]) == [12, 12, 14] and bombing["dead"] == 12
    assert len(bombing["event_text"]) == 3


@pytest.mark.parametrize("event_type, sub, expected", [
    ("Protests", "Peaceful protest", "Demonstrations"),
    ("Protests", "Excessive force against protesters", "Political violence; Demonstrations"),
    ("Riots", "Mob violence", "Political violence"),
    ("Battles", "Armed clash", "Political violence"),
    ("Strategic developments", "Arrests", "Strategic developments"),
])
def test_export_acled_disorder_type(event_type: str, sub: str, expected: str) -> None:
    assert disorder_type(event_type, sub) == expected
