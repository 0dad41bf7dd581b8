"""`dateline schema`: print the JSON Schema of the article record."""

from __future__ import annotations

import argparse
import json

from ..schema import record_schema


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the subcommand."""
    p = sub.add_parser("schema", help="print the JSON Schema of the article record")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Print the schema."""
    print(json.dumps(record_schema(), indent=2))
    return 0
