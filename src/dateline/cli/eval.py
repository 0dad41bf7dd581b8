"""`dateline eval GOLD.jsonl`: run extraction over a gold file (or read predictions) and print the scores."""

from __future__ import annotations

import argparse
import json
import sys

from ..evaluation.layers import LAYERS
from ..evaluation.runner import evaluate_file
from .common import add_pipeline_options, pipeline_from_args

HELP = "score extraction against a gold JSON Lines file, layer by layer (as shared/eval/score.py does)"
EXIT_OK, EXIT_USAGE = 0, 2


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the subcommand."""
    p = sub.add_parser("eval", help=HELP, description=HELP + ". Exit status: 0 when scored, 2 for bad arguments.")
    p.add_argument("gold", metavar="GOLD.jsonl", help="gold records (each lists the layers it annotates)")
    p.add_argument("--pred", metavar="PRED.jsonl", help="score these records instead of running extraction")
    p.add_argument("--layers", type=layer_list, default=None,
                   help=f"comma-separated layers to score (default: all of {','.join(LAYERS)})")
    p.add_argument("--json", action="store_true", help="print one JSON object {section: {metric: value}}")
    p.add_argument("--limit", type=positive, metavar="N", help="score only the first N gold records")
    p.add_argument("--save-pred", metavar="PATH", help="write the extracted records here (without --pred)")
    add_pipeline_options(p)
    p.set_defaults(run=run)


def layer_list(value: str) -> list[str]:
    """A comma-separated list of known layer names."""
    names = [x.strip() for x in value.split(",") if x.strip()]
    unknown = sorted(set(names) - set(LAYERS))
    if unknown or not names:
        raise argparse.ArgumentTypeError(f"unknown layers {', '.join(unknown) or '(none given)'}; "
                                         f"known: {', '.join(LAYERS)}")
    return names


def positive(value: str) -> int:
    """A positive integer."""
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"expected a positive integer, not {value!r}")
    return n


def run(args: argparse.Namespace) -> int:
    """Score and print the table (or JSON)."""
    pipeline = None if args.pred else pipeline_from_args(args)
    try:
        report = evaluate_file(args.gold, args.pred, layers=args.layers, limit=args.limit, pipeline=pipeline,
                               save_to=args.save_pred, batch_size=args.batch_size)
    except OSError as e:
        print(f"dateline eval: {e}", file=sys.stderr)
        return EXIT_USAGE
    print(json.dumps(report.as_json(), indent=1) if args.json else report.table())
    return EXIT_OK
