"""Options shared by the commands that run the pipeline."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from ..config import Settings, load_settings
from ..pipeline import Pipeline

if TYPE_CHECKING:
    from ..distributed import OnShard, Runner


def add_pipeline_options(p: argparse.ArgumentParser) -> None:
    """--config, --model, --on-error, --batch-size."""
    p.add_argument("--config", help="a TOML file overriding settings and the stage list")
    p.add_argument("--model", help="spaCy model package (default: setting nlp.model)")
    p.add_argument("--on-error", choices=["record", "raise"], default=None,
                   help="per-document failures: record them in the output (default) or stop")
    p.add_argument("--batch-size", type=int, default=32, help="documents per pipeline batch")


def settings_from_args(args: argparse.Namespace) -> Settings:
    """The settings the options ask for."""
    overrides = {}
    if args.model:
        overrides["nlp__model"] = args.model
    if args.on_error:
        overrides["pipeline__on_error"] = args.on_error
    return load_settings(args.config, **overrides)


def pipeline_from_args(args: argparse.Namespace) -> Pipeline:
    """The pipeline the options ask for."""
    return Pipeline(settings_from_args(args))


def add_run_options(p: argparse.ArgumentParser) -> None:
    """--workers, --scheduler, --jobs, --shards, --partition-size: where and how the pipeline runs."""
    g = p.add_argument_group("scale-out")
    where = g.add_mutually_exclusive_group()
    where.add_argument("--workers", type=_positive, metavar="N",
                       help="run on a Dask LocalCluster of N worker processes (one thread each)")
    where.add_argument("--scheduler", metavar="tcp://HOST:8786", help="run on an existing Dask cluster")
    where.add_argument("--jobs", type=_positive, metavar="N",
                       help="local processes without Dask (default: one per core when the input is large, "
                       "else 1)")
    g.add_argument("--shards", metavar="DIR", help="keep each partition's records in DIR (part-NNNNNN-KEY.jsonl "
                   "or .parquet); a re-run reuses the shards already there")
    g.add_argument("--partition-size", type=_positive, default=16, metavar="N",
                   help="documents per task (default 16: small tasks keep workers evenly busy; with --shards on "
                   "millions of documents take more, so there are fewer files)")


def runner_from_args(args: argparse.Namespace, settings: Settings, shard_format: str = "jsonl",
                     on_shard: OnShard | None = None) -> Runner:
    """The Runner the options ask for (start it with `with`)."""
    from ..distributed import Runner

    return Runner(settings, workers=args.workers, scheduler=args.scheduler, processes=args.jobs,
                  partition_size=args.partition_size, batch_size=args.batch_size, shard_dir=args.shards,
                  shard_format=shard_format, on_shard=on_shard)


def _positive(value: str) -> int:
    """An integer >= 1 for argparse."""
    n = int(value)
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {n}")
    return n
