"""Ingest throughput and store size, measured in one run: extract alone vs ingest vs the store's own share.

    python benchmarks/ingest.py [CORPUS.jsonl] [--limit N] [--json OUT]

Steps, on the same articles and one loaded pipeline: (1) extract: read + pipeline + records, as
`dateline extract` does; (2) ingest: the same plus writing to a fresh store; (3) store only: the records of
step 1 written to another fresh store, no NLP; (4) re-ingest: every article already stored (the skip path);
(5) with --scale K, the store alone on K copies of the records, each copy's letters Caesar-shifted (same
lengths, so every offset still holds; different strings, so neither compression nor dedup flatters it).
Reports articles/s, the ingest/extract ratio, and the database size per 1,000 articles.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "dev" / "corpus" / "guardian-249.jsonl"


def _limited(path: Path, limit: int | None, out: Path) -> Path:
    """The first `limit` lines of the corpus as a file of its own."""
    with path.open(encoding="utf-8") as src, out.open("w", encoding="utf-8") as dst:
        for i, line in enumerate(src):
            if limit is not None and i >= limit:
                break
            dst.write(line)
    return out


def _shift(value: Any, k: int) -> Any:
    """A record with every string's letters rotated by k (lengths kept, so offsets stay valid)."""
    if isinstance(value, str):
        return value.translate(_rotation(k))
    if isinstance(value, list):
        return [_shift(v, k) for v in value]
    if isinstance(value, dict):
        return {key: (v if key in ("schema", "type", "kind", "status", "precision") else _shift(v, k))
                for key, v in value.items()}
    return value


def _rotation(k: int) -> dict[int, int]:
    import string

    lo, up = string.ascii_lowercase, string.ascii_uppercase
    return str.maketrans(lo + up, lo[k:] + lo[:k] + up[k:] + up[:k])


def scale_store(records: Path, copies: int, tmp: Path, batch_size: int) -> dict[str, Any]:
    """The store alone on `copies` shifted copies of the records: throughput and size at a larger scale."""
    from dateline.store import open_store

    lines = records.read_text(encoding="utf-8").splitlines()
    scaled = tmp / "scaled.jsonl"
    with scaled.open("w", encoding="utf-8") as out:
        for k in range(1, copies + 1):
            for line in lines:
                rec = _shift(json.loads(line), k)
                rec["id"] = f"{rec['id']}-copy{k}"
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    db = tmp / "scaled.duckdb"
    t0 = time.perf_counter()
    with open_store(db) as store:
        stats = store.ingest_records([str(scaled)], batch_size=batch_size)
    seconds = time.perf_counter() - t0
    n = stats.stored
    return {"scaled_articles": n, "scaled_duplicates": stats.duplicates, "scaled_store_s": round(seconds, 2),
            "scaled_store_ms_per_article": round(1000 * seconds / max(n, 1), 1),
            "scaled_db_mb_per_1000_articles": round(_size(db) / max(n, 1) * 1000 / 2**20, 1)}


def _size(db: Path) -> int:
    """Bytes of the database file and its write-ahead log."""
    return sum(p.stat().st_size for p in (db, db.with_name(db.name + ".wal")) if p.exists())


def run(corpus: Path, limit: int | None, batch_size: int, scale: int = 0) -> dict[str, Any]:
    """Measure every step; returns the numbers."""
    from dateline.extract import extract_inputs, get_pipeline
    from dateline.record import to_record
    from dateline.store import open_store

    tmp = Path(tempfile.mkdtemp(prefix="dateline-bench-"))
    inp = _limited(corpus, limit, tmp / "input.jsonl")
    pipeline = get_pipeline(on_error="record")
    list(extract_inputs([str(inp)], pipeline, batch_size=batch_size))  # warm up: model, lexicons, caches

    t0 = time.perf_counter()
    records = tmp / "records.jsonl"
    with records.open("w", encoding="utf-8") as out:
        n = 0
        for doc in extract_inputs([str(inp)], pipeline, batch_size=batch_size):
            out.write(json.dumps(to_record(doc), ensure_ascii=False) + "\n")
            n += 1
    extract_s = time.perf_counter() - t0

    db = tmp / "ingest.duckdb"
    t0 = time.perf_counter()
    with open_store(db) as store:
        stats = store.ingest_inputs([str(inp)], pipeline, batch_size=batch_size)
        counts = store.counts()
    ingest_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    with open_store(db) as store:
        again = store.ingest_inputs([str(inp)], pipeline, batch_size=batch_size)
    reingest_s = time.perf_counter() - t0

    db2 = tmp / "store-only.duckdb"
    t0 = time.perf_counter()
    with open_store(db2) as store:
        store.ingest_records([str(records)], batch_size=batch_size)
    store_s = time.perf_counter() - t0

    size = _size(db)
    chars = sum(len(json.loads(line)["text"]) for line in records.open(encoding="utf-8"))
    return {
        "corpus": str(corpus), "articles": n, "chars": chars, "stored": stats.stored,
        "duplicates": stats.duplicates, "failures": stats.failures, "event_mentions": stats.event_mentions,
        "extract_s": round(extract_s, 2), "ingest_s": round(ingest_s, 2), "store_only_s": round(store_s, 2),
        "reingest_s": round(reingest_s, 2), "reingest_stored": again.stored,
        "extract_articles_per_s": round(n / extract_s, 2), "ingest_articles_per_s": round(n / ingest_s, 2),
        "store_only_articles_per_s": round(n / store_s, 1),
        "ingest_over_extract": round(ingest_s / extract_s, 3),
        "store_ms_per_article": round(1000 * store_s / max(n, 1), 1),
        "db_bytes": size, "db_mb_per_1000_articles": round(size / max(n, 1) * 1000 / 2**20, 1),
        "text_mb_per_1000_articles": round(chars / max(n, 1) * 1000 / 2**20, 1),
        "rows": counts, "tmp": str(tmp),
    } | (scale_store(records, scale, tmp, batch_size) if scale else {})


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its numbers."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS), help="a JSONL corpus (default: guardian-249)")
    p.add_argument("--limit", type=int, help="use only the first N articles")
    p.add_argument("--batch-size", type=int, default=32)
    p.add_argument("--scale", type=int, default=0, help="also store K letter-shifted copies of the records")
    p.add_argument("--json", help="also write the numbers to this file")
    args = p.parse_args(argv)
    if not Path(args.corpus).exists():
        print(f"benchmark: no corpus at {args.corpus}", file=sys.stderr)
        return 2
    result = run(Path(args.corpus), args.limit, args.batch_size, args.scale)
    for key in ("articles", "extract_articles_per_s", "ingest_articles_per_s", "ingest_over_extract",
                "store_only_articles_per_s", "store_ms_per_article", "reingest_s", "db_mb_per_1000_articles",
                "text_mb_per_1000_articles", "scaled_articles", "scaled_duplicates", "scaled_store_ms_per_article",
                "scaled_db_mb_per_1000_articles"):
        if key in result:
            print(f"{key:32} {result[key]}")
    print(f"{'rows':32} {result['rows']}")
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
