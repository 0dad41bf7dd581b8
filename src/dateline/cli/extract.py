"""`dateline extract INPUT... -o OUT.jsonl`: article records as JSON Lines (or Parquet)."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterable

from ..distributed import Shard
from ..distributed.shards import open_output, output_format
from .common import add_pipeline_options, add_run_options, runner_from_args, settings_from_args
from .progress import Progress

HELP = ("extract article records (JSON Lines) from .txt, .html, .jsonl(.gz), .parquet and .warc(.gz) files, "
        "directories, globs, or '-' for stdin")
EXIT_OK, EXIT_RECORD_ERRORS, EXIT_USAGE, EXIT_FATAL = 0, 1, 2, 3


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the subcommand."""
    p = sub.add_parser("extract", help=HELP, description=HELP + ". Exit status: 0 when every input was read "
                       "(records may still carry an 'error'), 1 with --strict when any record has an error, "
                       "2 for bad arguments, 3 when the pipeline cannot start.")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="files, directories or globs; '-' reads JSON Lines "
                   "from stdin")
    p.add_argument("-o", "--output", default="-", help="output path: .jsonl, or .parquet for a Parquet file "
                   "('-': JSON Lines on stdout)")
    p.add_argument("--published", help="publication date (YYYY-MM-DD) for inputs that carry none")
    p.add_argument("--strict", action="store_true", help="exit 1 when any record has an error")
    add_pipeline_options(p)
    add_run_options(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Run extraction and write the records in input order."""
    settings = settings_from_args(args)
    progress = Progress("extract", bool(settings["output.progress"]))
    with runner_from_args(args, settings, output_format(args.output)) as runner:
        shards = runner.shards(runner.read(args.inputs, args.published))
        codes, reused = write_shards(shards, args.output, progress)
        where = runner.label
    progress.close()
    errors = sum(codes.values())
    detail = f" ({', '.join(f'{c} {n}' for c, n in codes.most_common())})" if errors else ""
    again = f", {reused} partitions reused from {args.shards}" if reused else ""
    print(f"dateline: {progress.n} records, {errors} with errors{detail}, {progress.seconds:.1f} s on {where}{again}",
          file=sys.stderr)
    return EXIT_RECORD_ERRORS if args.strict and errors else EXIT_OK


def write_shards(shards: Iterable[Shard], output: str, progress: Progress) -> tuple[Counter[str], int]:
    """Write the shards' records in order to the output; the error codes counted and the shards reused.

    The output is opened at the first shard, so a pipeline that cannot start leaves an existing file alone.
    """
    codes: Counter[str] = Counter()
    reused = 0
    out = None
    try:
        for shard in shards:
            out = out or open_output(output)
            out.write(list(shard.lines()))
            codes.update(shard.codes)
            reused += shard.resumed
            for i in range(shard.n):
                progress.update(i < shard.errors)  # only the count of failures matters on the status line
        out = out or open_output(output)  # no input at all still gives an (empty) output
    finally:
        if out is not None:
            out.close()
    return codes, reused
