#!/usr/bin/env python3
"""Fit the toponym model (resources/places/toponym_model.json) on gold place annotations.

Each gazetteer match the recogniser considers becomes one example: positive when its span is a gold toponym,
negative when it overlaps no gold toponym and no ignore span; matches cutting across a gold span are left out.
The default training set is LGL (local news); GeoWebNews dev stays out of training so it measures the model.
Usage: python scripts/train_toponyms.py [GOLD.jsonl ...] [--out PATH] [--features-cache PATH]
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from dateline.config import load_settings  # noqa: E402
from dateline.gazetteer import load_gazetteer  # noqa: E402
from dateline.ingest import doc_from_text  # noqa: E402
from dateline.pipeline import Pipeline  # noqa: E402
from dateline.places import lexicon, prepare  # noqa: E402
from dateline.places.features import NAMES, features  # noqa: E402

DEFAULT_GOLD = ROOT.parent / "shared" / "data" / "dev" / "geo" / "lgl.jsonl"
OUT = ROOT / "src" / "dateline" / "resources" / "places" / "toponym_model.json"


def examples(gold_paths: list[Path]) -> tuple[list[list[float]], list[int]]:
    """Feature vectors and labels of every match in the gold documents."""
    pipe = Pipeline(load_settings(), stages=["segment", "dateline", "published", "nlp"])
    gaz, lex = load_gazetteer(), lexicon()
    xs, ys = [], []
    for path in gold_paths:
        for line in path.open(encoding="utf-8"):
            rec = json.loads(line)
            doc = pipe(doc_from_text(rec["text"], doc_id=rec["id"]))
            gold = [(p["start"], p["end"]) for p in rec.get("places", [])]
            ignore = [(p["start"], p["end"]) for p in rec.get("places_ignore", [])]
            prep = prepare(doc, gaz, lex)
            for c in prep.cands:
                entries = prep.found.get(c.key)
                if not entries:
                    continue
                span = (c.start, c.mention_end)
                if span in gold or (c.start, c.end) in gold:
                    label = 1
                elif any(s < span[1] and span[0] < e for s, e in gold + ignore):
                    continue
                else:
                    label = 0
                xs.append(features(c, entries, lex, prep.story, prep.surnames))
                ys.append(label)
    return xs, ys


def main() -> int:
    """Fit and write the model."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="*", type=Path, default=[DEFAULT_GOLD])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--features-cache", type=Path, help="reuse (or write) extracted examples here")
    ap.add_argument("--c", type=float, default=1.0, help="inverse L2 regularisation strength")
    args = ap.parse_args()
    if args.features_cache and args.features_cache.exists():
        xs, ys = pickle.loads(args.features_cache.read_bytes())
    else:
        xs, ys = examples(args.gold)
        if args.features_cache:
            args.features_cache.write_bytes(pickle.dumps((xs, ys)))
    from sklearn.linear_model import LogisticRegression

    clf = LogisticRegression(C=args.c, max_iter=2000)
    clf.fit(xs, ys)
    weights = {n: round(float(w), 4) for n, w in zip(NAMES, clf.coef_[0], strict=True)}
    model = {"bias": round(float(clf.intercept_[0]), 4), "weights": weights,
             "trained_on": [p.name for p in args.gold], "examples": len(ys), "positives": int(sum(ys))}
    args.out.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(f"{len(ys)} examples ({sum(ys)} positive); accuracy on them {clf.score(xs, ys):.3f}; wrote {args.out}")
    for n, w in sorted(weights.items(), key=lambda kv: -abs(kv[1])):
        print(f"  {n:20s} {w:+.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
