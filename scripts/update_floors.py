#!/usr/bin/env python3
"""Raise the quality gate's floors (tests/quality_floors.json) to what the pipeline measures on the gold fixtures.

    python scripts/update_floors.py                  # measure, raise every floor the measurement supports
    python scripts/update_floors.py --dry-run        # show what would change
    python scripts/update_floors.py --scores S.json  # use a saved `dateline eval --json` report instead
    python scripts/update_floors.py --lower events.date_acc --reason "why" [--to 0.4]

Floors only go up unless --lower names a metric and --reason says why; the reason is kept in the history.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))  # this checkout's dateline, the one the floors belong to

from dateline.evaluation.floors import (Change, Floors, load_floors, lower_floor, raise_floors, save_floors,
                                        shortfalls)
from dateline.evaluation.gate import GATED_METRICS, gated_values, measure
from dateline.evaluation.report import Report

FLOORS = ROOT / "tests" / "quality_floors.json"
FIXTURES = ROOT / "tests" / "fixtures" / "gold"


def measured_values(scores: Path | None, fixtures: Path) -> dict[str, float]:
    """The gated metrics from a saved report, else from running the pipeline over the fixtures."""
    if scores is not None:
        data = json.loads(scores.read_text(encoding="utf-8"))
        report = Report(summary=data.pop("summary", {}), layers=data)
    else:
        from dateline.config import load_settings
        from dateline.pipeline import Pipeline

        report = measure(sorted(fixtures.glob("*.jsonl")), Pipeline(load_settings(pipeline__on_error="raise")))
    return gated_values(report)


def show(changes: list[Change], floors: Floors, measured: dict[str, float]) -> None:
    """Print what moved and what is below its floor."""
    for c in changes:
        old = "-" if c.old is None else f"{c.old:.3f}"
        print(f"{c.metric:<28} {old:>7} -> {c.new:.3f}   (measured {c.measured:.4f})")
    if not changes:
        print("no floor changes")
    for metric, (value, floor) in sorted(shortfalls(floors, measured).items()):
        print(f"BELOW FLOOR {metric:<24} measured {value:.4f} < floor {floor:.3f}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    """Command line."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--floors", type=Path, default=FLOORS)
    ap.add_argument("--fixtures", type=Path, default=FIXTURES, help="folder of gold *.jsonl files")
    ap.add_argument("--scores", type=Path, help="a `dateline eval --json` report to use instead of measuring")
    ap.add_argument("--margin", type=float, help="keep floors this far below measured values (saved in the file)")
    ap.add_argument("--lower", metavar="METRIC", help="lower this one floor (needs --reason)")
    ap.add_argument("--reason", default="", help="why a floor is lowered (recorded in its history)")
    ap.add_argument("--to", type=float, help="with --lower: the new floor (default: what is measured, less margin)")
    ap.add_argument("--dry-run", action="store_true", help="show the changes without writing the file")
    args = ap.parse_args(argv)
    if args.lower and not args.reason.strip():
        ap.error("--lower needs --reason")
    if args.lower and args.lower not in GATED_METRICS:
        ap.error(f"unknown metric {args.lower}; gated: {', '.join(GATED_METRICS)}")
    floors = load_floors(args.floors) if args.floors.exists() else Floors(histories={})
    if args.margin is not None:
        floors.margin = args.margin
    measured = measured_values(args.scores, args.fixtures)
    try:
        changes = [lower_floor(floors, args.lower, measured[args.lower], args.reason, args.to)] if args.lower \
            else raise_floors(floors, measured)
    except ValueError as e:
        ap.error(str(e))
    show(changes, floors, measured)
    if not args.dry_run:
        save_floors(floors, args.floors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
