"""`dateline extract INPUT... -o OUT.jsonl`: article records as JSON Lines."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from contextlib import nullcontext
from typing import IO

from ..extract import extract_inputs
from ..pipeline import Pipeline
from ..record import to_record
from .common import add_pipeline_options, pipeline_from_args
from .progress import Progress

HELP = "extract article records (JSON Lines) from .txt, .html, .jsonl(.gz) files or '-' for stdin"
EXIT_OK, EXIT_RECORD_ERRORS, EXIT_USAGE, EXIT_FATAL = 0, 1, 2, 3


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the subcommand."""
    p = sub.add_parser("extract", help=HELP, description=HELP + ". Exit status: 0 when every input was read "
                       "(records may still carry an 'error'), 1 with --strict when any record has an error, "
                       "2 for bad arguments, 3 when the pipeline cannot start.")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="files to read; '-' reads JSON Lines from stdin")
    p.add_argument("-o", "--output", default="-", help="output JSONL path ('-': stdout)")
    p.add_argument("--published", help="publication date (YYYY-MM-DD) for inputs that carry none")
    p.add_argument("--strict", action="store_true", help="exit 1 when any record has an error")
    add_pipeline_options(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Run extraction and write the records."""
    pipeline = pipeline_from_args(args)
    out_cm: IO[str] | nullcontext[IO[str]]
    out_cm = nullcontext(sys.stdout) if args.output == "-" else open(args.output, "w", encoding="utf-8")
    errors = write_records(pipeline, args.inputs, out_cm, args.published, args.batch_size)
    return EXIT_RECORD_ERRORS if args.strict and errors else EXIT_OK


def write_records(pipeline: Pipeline, inputs: list[str], out_cm: IO[str] | nullcontext[IO[str]],
                  published: str | None, batch_size: int) -> int:
    """Extract every input into the output stream; report a summary on stderr; return the error count."""
    progress = Progress("extract", bool(pipeline.settings["output.progress"]))
    codes: Counter[str] = Counter()
    with out_cm as out:
        for doc in extract_inputs(inputs, pipeline, published, batch_size):
            out.write(json.dumps(to_record(doc), ensure_ascii=False) + "\n")
            if doc.error:
                codes[doc.error.code] += 1
            progress.update(doc.error is not None)
    progress.close()
    errors = sum(codes.values())
    detail = f" ({', '.join(f'{c} {n}' for c, n in codes.most_common())})" if errors else ""
    print(f"dateline: {progress.n} records, {errors} with errors{detail}, {progress.seconds:.1f} s", file=sys.stderr)
    return errors
