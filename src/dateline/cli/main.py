"""The `dateline` console command: parses arguments and dispatches to one module per subcommand."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from ..errors import DatelineError
from . import extract, pipeline, schema, show, watch

COMMANDS = [extract, show, schema, pipeline, watch]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    parser = argparse.ArgumentParser(prog="dateline", description="Verifiable event data from news.")
    sub = parser.add_subparsers(dest="command", required=True)
    for module in COMMANDS:
        module.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.run(args))
    except DatelineError as e:
        print(f"dateline: error {e.code}: {e.message}", file=sys.stderr)
        return 3
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
