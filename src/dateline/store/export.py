"""Exports: contract JSONL, PLOVER-style JSONL, ACLED-style CSV, GeoJSON of events, Parquet of every table."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

import duckdb
import pyarrow.parquet as pq

from ..record import SCHEMA
from .acled import COLUMNS as ACLED_COLUMNS
from .acled import acled_row
from .compat import arrow_reader
from .plover import plover_record
from .writer import TABLES

PARQUET_RELATIONS = (*TABLES, "events")
_FETCH = 512


def _dicts(cur: duckdb.DuckDBPyConnection) -> Iterator[dict[str, Any]]:
    """Rows of an executed query as dicts, fetched in chunks."""
    names = [d[0] for d in cur.description]
    while chunk := cur.fetchmany(_FETCH):
        for values in chunk:
            yield dict(zip(names, values))


def iter_records(con: duckdb.DuckDBPyConnection, canonical_only: bool = False,
                 failures: bool = True) -> Iterator[dict[str, Any]]:
    """The contract record of every stored article (in ingest order), then an error record per failure.

    Each record gets `canonical_id` (the article it duplicates, or null) and each event its `merged_event`.
    """
    cur = con.cursor().execute(
        "SELECT a.id, a.text, a.record, a.canonical_id, a.similarity, "
        "(SELECT list(struct_pack(l := m.local_id, e := m.event_id)) FROM event_mentions m "
        " WHERE m.article_id = a.id) AS merged "
        "FROM articles a WHERE NOT ? OR a.canonical_id IS NULL ORDER BY a.seq", [canonical_only])
    for row in _dicts(cur):
        rec = json.loads(row["record"])
        rec["text"] = row["text"]
        rec["canonical_id"] = row["canonical_id"]
        rec["similarity"] = row["similarity"]
        merged = {m["l"]: m["e"] for m in row["merged"] or []}
        for ev in rec.get("events", []):
            ev["merged_event"] = merged.get(ev.get("id"))
        yield rec
    if failures:
        cur = con.cursor().execute("SELECT id, origin, code, message, stage FROM failures ORDER BY seq")
        for f in _dicts(cur):
            yield {"schema": SCHEMA, "id": f["id"], "title": None, "url": None, "source": None, "published": None,
                   "dateline": None, "text": "", "entities": [], "places": [], "times": [], "quotes": [],
                   "events": [], "duplicates": [], "origin": f["origin"],
                   "error": {"code": f["code"], "message": f["message"], "stage": f["stage"]}}


def export_records(con: duckdb.DuckDBPyConnection, out: TextIO, canonical_only: bool = False) -> int:
    """Write contract records as JSON Lines; returns how many."""
    n = 0
    for rec in iter_records(con, canonical_only):
        out.write(json.dumps(rec, ensure_ascii=False, default=str) + "\n")
        n += 1
    return n


def iter_events(con: duckdb.DuckDBPyConnection, acled_only: bool = False) -> Iterator[tuple[dict[str, Any], list[
        dict[str, Any]], int | None]]:
    """(merged event, its mentions in ingest order, last ingest time as Unix seconds) for every event."""
    cur = con.cursor().execute(
        "SELECT e.*, (SELECT list(m ORDER BY m.seq, m.evidence_start) FROM event_mentions m "
        "             WHERE m.event_id = e.id) AS _mentions, "
        "(SELECT epoch(max(a.ingested_at))::BIGINT FROM event_mentions m JOIN articles a ON a.id = m.article_id "
        " WHERE m.event_id = e.id) AS _timestamp "
        "FROM events e WHERE NOT ? OR e.acled_sub_event_type IS NOT NULL ORDER BY e.seq", [acled_only])
    for row in _dicts(cur):
        mentions = row.pop("_mentions") or []
        yield row, mentions, row.pop("_timestamp")


def export_plover(con: duckdb.DuckDBPyConnection, out: TextIO) -> int:
    """Write one PLOVER-style JSON record per merged event; returns how many."""
    from .. import __version__  # here, not at the top: the package imports the store

    n = 0
    coder = f"dateline {__version__}"
    for event, mentions, _ in iter_events(con):
        out.write(json.dumps(plover_record(event, mentions, coder), ensure_ascii=False, default=str) + "\n")
        n += 1
    return n


def export_acled(con: duckdb.DuckDBPyConnection, out: TextIO) -> int:
    """Write ACLED-style CSV of the merged events that have an ACLED sub-event type; returns how many rows."""
    writer = csv.DictWriter(out, fieldnames=list(ACLED_COLUMNS), lineterminator="\n")
    writer.writeheader()
    n = 0
    for event, mentions, timestamp in iter_events(con, acled_only=True):
        writer.writerow(acled_row(event, mentions, timestamp))
        n += 1
    return n


def geojson_features(con: duckdb.DuckDBPyConnection) -> Iterator[dict[str, Any]]:
    """A GeoJSON Feature (a Point at [lon, lat]) per located merged event."""
    for event, mentions, _ in iter_events(con):
        if event.get("lat") is None or event.get("lon") is None:
            continue
        props = {k: _plain(event.get(k)) for k in (
            "type", "mode", "status", "date", "date_start", "date_end", "dates_conflict", "place", "geonameid",
            "country", "admin1", "actors", "recipients", "fatalities", "fatalities_max", "n_articles", "n_mentions",
            "sources", "acled_event_type", "acled_sub_event_type", "confidence", "evidence")}
        props["articles"] = sorted({m["article_id"] for m in mentions})
        yield {"type": "Feature", "id": event["id"],
               "geometry": {"type": "Point", "coordinates": [round(float(event["lon"]), 6),
                                                             round(float(event["lat"]), 6)]},
               "properties": props}


def export_geojson(con: duckdb.DuckDBPyConnection, out: TextIO) -> int:
    """Write a GeoJSON FeatureCollection of the located events (streamed); returns how many features."""
    out.write('{"type": "FeatureCollection", "features": [\n')
    n = 0
    for feature in geojson_features(con):
        out.write((",\n" if n else "") + json.dumps(feature, ensure_ascii=False))
        n += 1
    out.write("\n]}\n")
    return n


def export_parquet(con: duckdb.DuckDBPyConnection, directory: str | Path) -> dict[str, int]:
    """Write every table (and the events view) to DIRECTORY/<name>.parquet; returns rows per file."""
    target = Path(directory)
    target.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    for name in PARQUET_RELATIONS:
        reader = arrow_reader(con.cursor().sql(f"SELECT * FROM {name}"))  # noqa: S608 -- fixed names
        n = 0
        with pq.ParquetWriter(target / f"{name}.parquet", reader.schema, compression="zstd") as pw:
            for batch in reader:
                pw.write_batch(batch)
                n += batch.num_rows
        counts[name] = n
    return counts


def _plain(value: Any) -> Any:
    """JSON-ready values: dates as ISO strings."""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value
