"""`dateline export FORMAT -o OUT`: the corpus as contract JSONL, PLOVER JSONL, ACLED CSV, GeoJSON or Parquet."""

from __future__ import annotations

import argparse
import sys

from ..store import DEFAULT_DB, open_store

HELP = "export the corpus: records (contract JSONL), plover (JSONL), acled (CSV), geojson, parquet (a directory)"
FORMATS = ("records", "plover", "acled", "geojson", "parquet")


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the subcommand."""
    p = sub.add_parser("export", help=HELP, description=HELP + ". records: one article record per line (plus "
                       "error records of failures); plover: one merged event per line; acled: merged events with "
                       "an ACLED sub-event type under ACLED's column names; geojson: a FeatureCollection of located "
                       "events; parquet: one file per table and one for the events view.")
    p.add_argument("format", choices=FORMATS, help="what to write")
    p.add_argument("-o", "--output", required=True, help="output file (a directory for parquet)")
    p.add_argument("--db", default=DEFAULT_DB, help=f"the store (default: ./{DEFAULT_DB})")
    p.add_argument("--canonical-only", action="store_true", help="records: leave out near-duplicate articles")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Write the export and say how much was written."""
    with open_store(args.db, read_only=True) as store:
        if args.format == "parquet":
            counts = store.export_parquet(args.output)
            detail = ", ".join(f"{name} {n}" for name, n in counts.items())
            print(f"dateline: wrote {len(counts)} Parquet files to {args.output} ({detail})", file=sys.stderr)
            return 0
        if args.format == "records":
            n = store.export_records(args.output, canonical_only=args.canonical_only)
        else:
            n = {"plover": store.export_plover, "acled": store.export_acled,
                 "geojson": store.export_geojson}[args.format](args.output)
    print(f"dateline: wrote {n} {args.format} rows to {args.output}", file=sys.stderr)
    return 0
