"""Learn cue frames from attribution gold: which (lemma, part of speech, frame) reports content, and how reliably.

`python -m dateline.quotes.learn GOLD.jsonl [GOLD.jsonl ...] > src/dateline/resources/quotes/cues-learned.tsv`
parses the gold texts with the project's spaCy model and writes one row per lemma with the frames whose
content matched a gold attribution's content at least `--precision` of the time (and `--min` times).
Only lemmas, frames and counts are written: no text of the gold data.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..doc import Doc
from ..nlp import parses
from .content import content
from .cues import Cue, frames
from .lexicon import CueEntry

Key = tuple[str, str, str]  # lemma, VERB|NOUN, frame
_POS = {"VERB": "VERB", "AUX": "VERB", "NOUN": "NOUN"}


def _matches(span: tuple[int, int], gold: tuple[int, int]) -> bool:
    """The scorer's rule: overlap of at least half the shorter span."""
    overlap = min(span[1], gold[1]) - max(span[0], gold[0])
    return overlap > 0 and overlap >= 0.5 * min(span[1] - span[0], gold[1] - gold[0])


def count(doc: Doc, quotes: list[dict[str, Any]], seen: Counter[Key], right: Counter[Key]) -> None:
    """Add one parsed document's frame occurrences (seen) and those that found a gold attribution (right)."""
    cues = [(q["cue"]["start"], q["cue"]["end"], (q["start"], q["end"])) for q in quotes if q.get("cue")]
    for p in parses(doc):
        for t in p.sdoc:
            pos = _POS.get(t.pos_)
            if pos is None or t.dep_ in ("aux", "auxpass") or not t.lemma_.isalpha():
                continue
            start = p.offset + t.idx
            golds = [g for s, e, g in cues if s <= start < e]
            lemma = t.lemma_.casefold()
            for frame in frames(t):
                if frame == "n":
                    continue
                entry = CueEntry(lemma, "learned", frozenset({frame}), pos)
                found = content(Cue(t, p.offset, entry, (frame,)), doc.text)
                key = (lemma, pos, frame)
                seen[key] += 1
                if found is not None and any(_matches(found[1], g) for g in golds):
                    right[key] += 1


def rows(seen: Counter[Key], right: Counter[Key], precision: float, minimum: int) -> Iterator[str]:
    """TSV rows (lemma, kind, frames, pos, evidence) of the frames that pass both thresholds."""
    kept: dict[tuple[str, str], list[str]] = {}
    for (lemma, pos, frame), n in sorted(seen.items()):
        r = right[lemma, pos, frame]
        if r >= minimum and r / n >= precision:
            kept.setdefault((lemma, pos), []).append(f"{frame}={r}/{n}")
    for (lemma, pos), found in sorted(kept.items()):
        names = " ".join(f.split("=")[0] for f in found)
        yield f"{lemma}\tlearned\t{names}\t{pos}\t{' '.join(found)}"


def learn(pairs: Iterable[tuple[Doc, list[dict[str, Any]]]], precision: float = 0.4,
          minimum: int = 4) -> list[str]:
    """The learned lexicon rows from parsed documents paired with their gold quotes."""
    seen: Counter[Key] = Counter()
    right: Counter[Key] = Counter()
    for doc, quotes in pairs:
        count(doc, quotes, seen, right)
    return list(rows(seen, right, precision, minimum))


def _parsed(paths: list[Path]) -> Iterator[tuple[Doc, list[dict[str, Any]]]]:
    """Gold documents parsed by the segment and nlp stages, with their quotes."""
    from ..config import load_settings
    from ..ingest import doc_from_text
    from ..pipeline import Pipeline

    pipeline = Pipeline(load_settings(pipeline__on_error="raise"), stages=["segment", "nlp"])
    for path in paths:
        with path.open(encoding="utf-8") as f:
            golds = [json.loads(line) for line in f if line.strip()]
        docs = pipeline.pipe(doc_from_text(g["text"]) for g in golds)
        for doc, g in zip(docs, golds, strict=True):
            yield doc, g.get("quotes") or []


def main(argv: list[str] | None = None) -> int:
    """Command line: learn from gold files, write TSV rows to standard output."""
    parser = argparse.ArgumentParser(prog="python -m dateline.quotes.learn", description=__doc__)
    parser.add_argument("gold", nargs="+", type=Path)
    parser.add_argument("--precision", type=float, default=0.4)
    parser.add_argument("--min", type=int, default=4, dest="minimum")
    args = parser.parse_args(argv)
    print("# Learned cue frames: lemma <TAB> kind <TAB> frames <TAB> pos <TAB> right/seen per frame")
    print(f"# python -m dateline.quotes.learn --precision {args.precision} --min {args.minimum} <gold files>")
    for row in learn(_parsed(args.gold), args.precision, args.minimum):
        print(row)
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
