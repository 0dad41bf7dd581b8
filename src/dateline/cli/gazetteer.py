"""`dateline gazetteer import|info|lookup`: build a gazetteer from GeoNames dumps, show the one in use, look names up."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from ..config import load_settings
from ..errors import ConfigError

HELP = "build a gazetteer from GeoNames dumps, show the gazetteer in use, look names up"


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the subcommand and its own subcommands."""
    p = sub.add_parser("gazetteer", help=HELP, description=HELP + ".")
    own = p.add_subparsers(dest="gazetteer_command", required=True)
    imp = own.add_parser("import", help="build a gazetteer file from GeoNames dumps (set gazetteer.path to use it)",
                         description="Build a gazetteer from GeoNames dumps. PLACES are allCountries.txt, cities*.txt "
                                     "or per-country files (XX.txt, .zip accepted). The result replaces the embedded "
                                     "gazetteer when the setting gazetteer.path (or DATELINE_GAZETTEER_PATH) names it.")
    imp.add_argument("places", nargs="+", type=Path, metavar="PLACES")
    imp.add_argument("-o", "--output", type=Path, required=True, help="gazetteer file to write (SQLite)")
    imp.add_argument("--alternate-names", type=Path, help="alternateNamesV2.txt (else each row's own alternates)")
    imp.add_argument("--admin1", type=Path, help="admin1CodesASCII.txt (names of first-level divisions)")
    imp.add_argument("--country-info", type=Path, help="countryInfo.txt (capitals)")
    imp.add_argument("--classes", default="APHLTSV", help="GeoNames feature classes to keep (default APHLTSV)")
    imp.add_argument("--min-population", type=int, default=0, help="smallest town (class P) kept")
    imp.add_argument("--languages", default=",en,abbr",
                     help="alternate-name languages kept, comma-separated ('' = unspecified; default ',en,abbr')")
    imp.add_argument("--no-supplement", action="store_true", help="leave out dateline's curated supplement")
    imp.set_defaults(run=run_import)
    info = own.add_parser("info", help="show the gazetteer in use (building the embedded one if needed)")
    info.add_argument("--config", help="a TOML file overriding settings")
    info.set_defaults(run=run_info)
    look = own.add_parser("lookup", help="print the places a name may refer to, as JSON Lines")
    look.add_argument("names", nargs="+")
    look.add_argument("--config", help="a TOML file overriding settings")
    look.set_defaults(run=run_lookup)


def run_import(args: argparse.Namespace) -> int:
    """Import the dumps."""
    from ..gazetteer.geonames import ImportOptions, import_geonames

    for path in [*args.places, args.alternate_names, args.admin1, args.country_info]:
        if path is not None and not path.exists():
            raise ConfigError(f"no such file: {path}")
    opts = ImportOptions(classes=frozenset(args.classes.upper()), min_population=args.min_population,
                         languages=frozenset(x.strip() for x in args.languages.split(",")),
                         include_supplement=not args.no_supplement)
    report = import_geonames(args.places, args.output, alternate_names=args.alternate_names, admin1=args.admin1,
                             country_info=args.country_info, opts=opts)
    print(f"{args.output}: {report.places} places, {report.names} names ({report.skipped} rows skipped). "
          f"Use it with gazetteer.path = \"{args.output}\" in a config file or DATELINE_GAZETTEER_PATH.")
    return 0


def _gazetteer(config: str | None) -> object:
    from ..gazetteer import load_gazetteer

    return load_gazetteer(str(load_settings(config)["gazetteer.path"] or ""))


def run_info(args: argparse.Namespace) -> int:
    """Print where the gazetteer in use lives and what it holds."""
    gaz = _gazetteer(args.config)
    reader = gaz.reader  # type: ignore[attr-defined]
    print(json.dumps({"path": str(reader.path), "places": reader.count(), **reader.meta}, indent=2))
    return 0


def run_lookup(args: argparse.Namespace) -> int:
    """Print every sense of each name."""
    from ..gazetteer import name_key

    gaz = _gazetteer(args.config)
    found = gaz.lookup([name_key(n) for n in args.names])  # type: ignore[attr-defined]
    for name in args.names:
        for e in sorted(found.get(name_key(name), []), key=lambda e: -e.population):
            print(json.dumps({"query": name, **e._asdict()}, ensure_ascii=False))
    return 0
