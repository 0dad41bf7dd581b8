"""`dateline pipeline`: show the stages, what each requires and assigns, and the settings."""

from __future__ import annotations

import argparse

from ..config import SETTINGS, load_settings
from ..pipeline import check_stages


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the subcommand."""
    p = sub.add_parser("pipeline", help="show the pipeline's stages and the settings")
    p.add_argument("--config", help="a TOML file overriding settings and the stage list")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Print the checked stage list, then every setting with its value and help."""
    settings = load_settings(args.config)
    for spec in check_stages(settings.stages):
        print(f"{spec.name:<11} requires {', '.join(spec.requires) or '-':<40} assigns {', '.join(spec.assigns)}")
        print(f"{'':<11} {spec.doc}")
    print()
    for s in SETTINGS:
        print(f"{s.name:<26} = {settings[s.name]!r:<28} {s.help}")
    return 0
