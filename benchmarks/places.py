#!/usr/bin/env python3
"""Benchmark of the places layer: gazetteer load time and memory, and the stage's time next to spaCy's.

Usage: python benchmarks/places.py [INPUT.jsonl] [--limit N] [--rebuild]
INPUT is JSON Lines with a `text` field (default: the GeoWebNews dev set beside the project, if present).
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

DEFAULT_INPUT = ROOT.parent / "shared" / "data" / "dev" / "geo" / "gwn-dev.jsonl"


def rss_mb() -> float:
    """Peak resident set size of this process so far, in MB (Linux reports KB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    """Measure and print one JSON object."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("input", nargs="?", type=Path, default=DEFAULT_INPUT)
    ap.add_argument("--limit", type=int, default=100)
    ap.add_argument("--rebuild", action="store_true", help="time a cold build of the embedded gazetteer too")
    args = ap.parse_args()
    out: dict[str, object] = {}
    from dateline.gazetteer import embedded, load_gazetteer

    if args.rebuild:
        t = time.perf_counter()
        embedded.build_embedded(embedded.cache_dir() / "gazetteer-benchmark.sqlite")
        out["gazetteer_build_s"] = round(time.perf_counter() - t, 2)
    base = rss_mb()
    t = time.perf_counter()
    gaz = load_gazetteer()
    out["gazetteer_load_s"] = round(time.perf_counter() - t, 3)
    out["gazetteer_rss_mb"] = round(rss_mb() - base, 1)
    out["gazetteer_file_mb"] = round(gaz.path.stat().st_size / 1e6, 1)
    out["gazetteer_places"] = gaz.reader.count()

    from dateline.config import load_settings
    from dateline.doc import Doc
    from dateline.pipeline import Pipeline

    texts = [json.loads(line)["text"] for line in args.input.open(encoding="utf-8")][: args.limit]
    pipe = Pipeline(load_settings(), stages=["segment", "dateline", "published", "nlp", "places"])
    docs = [Doc(text=t, id=str(i)) for i, t in enumerate(texts)]
    list(pipe.pipe(docs, batch_size=32))
    words = sum(len(t.split()) for t in texts)
    out.update(docs=len(texts), words=words, nlp_s=round(pipe.seconds["nlp"], 2),
               places_s=round(pipe.seconds["places"], 2),
               places_ms_per_doc=round(1000 * pipe.seconds["places"] / max(1, len(texts)), 2),
               places_vs_nlp=round(pipe.seconds["places"] / max(1e-9, pipe.seconds["nlp"]), 3),
               places_words_per_s=round(words / max(1e-9, pipe.seconds["places"])), peak_rss_mb=round(rss_mb(), 1))
    print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
