"""`dateline ingest INPUT... [--db PATH]`: extract articles not yet stored and write them to the corpus."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from ..store import DEFAULT_DB, open_store
from .common import add_pipeline_options, add_run_options, pipeline_from_args, runner_from_args, settings_from_args
from .progress import Progress

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from ..doc import Doc
    from ..pipeline import Pipeline
    from ..store.api import OnBatch, Store
    from ..store.writer import IngestStats

HELP = "extract articles and store them in a DuckDB corpus (re-running skips what is stored)"
EXIT_OK, EXIT_FAILURES = 0, 1


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the subcommand."""
    p = sub.add_parser("ingest", help=HELP, description=HELP + ". Inputs are read as by `dateline extract`; "
                       "articles whose id is already stored are skipped before any processing, each batch of whole "
                       "articles is written in one transaction, and failures go to the failures table. The pipeline runs on the runner of "
                       "`dateline extract` (--workers N: a Dask LocalCluster; --scheduler: a running cluster; --jobs N: "
                       "local processes; default: one process per core for large inputs), its records kept as shards "
                       "with --shards DIR. Exit status: 0, or 1 with --strict when a document failed.")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="files, directories or globs (.txt, .html, .jsonl(.gz), "
                   ".parquet, .warc(.gz)); '-' reads JSON Lines from stdin")
    p.add_argument("--db", default=DEFAULT_DB, help=f"the store (default: ./{DEFAULT_DB}; created when missing)")
    p.add_argument("--published", help="publication date (YYYY-MM-DD) for inputs that carry none")
    p.add_argument("--records", action="store_true",
                   help="inputs are article records from `dateline extract`: store them without extracting again")
    p.add_argument("--retry-failed", action="store_true", help="process again documents stored as failures")
    p.add_argument("--strict", action="store_true", help="exit 1 when any document failed")
    p.add_argument("-v", "--verbose", action="store_true", help="print a line after each committed batch")
    add_pipeline_options(p)
    add_run_options(p)
    p.add_argument("--shard-format", choices=["jsonl", "parquet"], default="jsonl",
                   help="format of the shards kept with --shards (default: jsonl)")
    p.add_argument("--in-process", action="store_true",
                   help="run the pipeline in this process, without the runner (no records round trip, no shards)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Ingest the inputs and report what was done."""
    on_batch = _report_batch if args.verbose else None
    with open_store(args.db) as store:
        if args.records:
            stats = store.ingest_records(args.inputs, args.batch_size, args.retry_failed, on_batch)
        elif not args.in_process:
            stats = _ingest_on_runner(store, args, on_batch)
        else:
            stats = store.ingest_inputs(args.inputs, LazyPipeline(args), args.published, args.batch_size,
                                        args.retry_failed, on_batch)
    print(f"dateline: {summary(stats)}; store {args.db}", file=sys.stderr)
    return EXIT_FAILURES if args.strict and stats.failures else EXIT_OK


def _ingest_on_runner(store: Store, args: argparse.Namespace, on_batch: OnBatch | None) -> IngestStats:
    """Extract on the runner the options ask for (Dask, a process pool, or this process), then store."""
    from ..distributed.ingest import ingest_with_runner

    settings = settings_from_args(args)
    progress = Progress("ingest", bool(settings["output.progress"]))
    try:
        with runner_from_args(args, settings, args.shard_format) as runner:
            return ingest_with_runner(store, runner, args.inputs, args.published, args.batch_size, args.retry_failed,
                                      on_batch, on_doc=lambda d: progress.update(d.error is not None))
    finally:
        progress.close()


class LazyPipeline:
    """The pipeline the options ask for, built at the first document that needs it (a re-run loads no model)."""

    def __init__(self, args: argparse.Namespace) -> None:
        from ..config import load_settings

        self._args = args
        self._pipeline: Pipeline | None = None
        self.settings = load_settings(args.config)  # the reading limits; model options do not change them

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        """Run the pipeline over docs."""
        if self._pipeline is None:
            self._pipeline = pipeline_from_args(self._args)
        return self._pipeline.pipe(docs, batch_size=batch_size)


def summary(stats: IngestStats) -> str:
    """One line of counts."""
    return (f"{stats.read} read, {stats.skipped} already stored, {stats.stored} stored "
            f"({stats.duplicates} near-duplicates), {stats.failures} failures, {stats.event_mentions} event mentions "
            f"({stats.events_new} new events, {stats.events_merged} merged)")


def _report_batch(stats: IngestStats) -> None:
    print(f"ingest: committed batch {stats.batches}: {summary(stats)}", file=sys.stderr, flush=True)
