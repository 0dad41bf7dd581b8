"""Options shared by the commands that run the pipeline."""

from __future__ import annotations

import argparse

from ..config import load_settings
from ..pipeline import Pipeline


def add_pipeline_options(p: argparse.ArgumentParser) -> None:
    """--config, --model, --on-error, --batch-size."""
    p.add_argument("--config", help="a TOML file overriding settings and the stage list")
    p.add_argument("--model", help="spaCy model package (default: setting nlp.model)")
    p.add_argument("--on-error", choices=["record", "raise"], default=None,
                   help="per-document failures: record them in the output (default) or stop")
    p.add_argument("--batch-size", type=int, default=32, help="documents per pipeline batch")


def pipeline_from_args(args: argparse.Namespace) -> Pipeline:
    """The pipeline the options ask for."""
    overrides = {}
    if args.model:
        overrides["nlp__model"] = args.model
    if args.on_error:
        overrides["pipeline__on_error"] = args.on_error
    return Pipeline(load_settings(args.config, **overrides))
