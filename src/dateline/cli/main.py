"""The `dateline` console command: parses arguments and dispatches to one module per subcommand."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence
from types import ModuleType

from ..errors import DatelineError

# Listed first in --help; every other module of dateline.cli with an `add_parser` follows alphabetically.
FIRST = ("extract", "show", "ingest", "query", "export", "eval")


def command_modules() -> list[ModuleType]:
    """The subcommand modules: each module of this package that defines `add_parser`."""
    from .. import cli

    names = [m.name for m in pkgutil.iter_modules(cli.__path__) if m.name != "main"]
    names.sort(key=lambda n: (FIRST.index(n) if n in FIRST else len(FIRST), n))
    modules = [importlib.import_module(f"{cli.__name__}.{n}") for n in names]
    return [m for m in modules if hasattr(m, "add_parser")]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    parser = argparse.ArgumentParser(prog="dateline", description="Verifiable event data from news.")
    sub = parser.add_subparsers(dest="command", required=True)
    for module in command_modules():
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
