#!/usr/bin/env python3
"""Benchmark of the quotes layer: the quotes and duplicates stages' time as a share of the whole pipeline's.

Usage: python benchmarks/quotes.py [INPUT.jsonl] [--limit N]
INPUT is JSON Lines with a `text` field (default: the 249-article Guardian corpus beside the project, if present).
Prints one JSON object: documents, words, seconds per stage, and the quotes layer's share of the pipeline and
of spaCy alone (both stages together, measured in the same run).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

DEFAULT_INPUT = ROOT.parent / "shared" / "data" / "dev" / "corpus" / "guardian-249.jsonl"
LAYER = ("quotes", "duplicates")


def main() -> int:
    """Run the default pipeline over the input and print the timings."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("input", nargs="?", type=Path, default=DEFAULT_INPUT)
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args()

    from dateline.config import load_settings
    from dateline.doc import Doc
    from dateline.pipeline import Pipeline

    with args.input.open(encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f if line.strip()][: args.limit]
    pipe = Pipeline(load_settings())
    docs = [Doc(text=t, id=str(i)) for i, t in enumerate(texts)]
    started = time.perf_counter()
    done = list(pipe.pipe(docs, batch_size=32))
    wall = time.perf_counter() - started
    total = sum(pipe.seconds.values())
    layer = sum(pipe.seconds[name] for name in LAYER)
    words = sum(len(t.split()) for t in texts)
    out = {
        "docs": len(texts), "words": words, "errors": sum(d.error is not None for d in done),
        "quotes_found": sum(len(d.quotes) for d in done), "duplicates_found": sum(len(d.duplicates) for d in done),
        "wall_s": round(wall, 2), "stage_s": {k: round(v, 3) for k, v in pipe.seconds.most_common()},
        "quotes_layer_s": round(layer, 3), "quotes_layer_ms_per_doc": round(1000 * layer / max(1, len(texts)), 2),
        "quotes_layer_share_of_pipeline": round(layer / max(1e-9, total), 4),
        "quotes_layer_vs_nlp": round(layer / max(1e-9, pipe.seconds["nlp"]), 4),
        "quotes_layer_words_per_s": round(words / max(1e-9, layer)),
    }
    print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
