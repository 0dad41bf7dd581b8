"""`dateline query`: merged events (or their mentions) by filters, or read-only SQL, as a table, JSONL or CSV."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from contextlib import nullcontext
from typing import IO, Any

from ..store import DEFAULT_DB, open_store
from ..store.query import EVENT_COLUMNS, MENTION_COLUMNS, parse_near

HELP = "query the corpus: events by type, actor, country, dates, place or text, or read-only SQL"
CELL = 48  # widest table cell before it is cut


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the subcommand."""
    p = sub.add_parser("query", help=HELP, description=HELP + ". The store is opened read-only: no query can "
                       "change it or touch other files. Tables: articles, entities, mentions, places, times, "
                       "quotes, event_mentions, failures, passage_duplicates; view: events.")
    p.add_argument("--db", default=DEFAULT_DB, help=f"the store (default: ./{DEFAULT_DB})")
    p.add_argument("--type", action="append", help="PLOVER event type (repeatable)")
    p.add_argument("--actor", help="an actor's or recipient's name (substring) or actor key")
    p.add_argument("--country", help="country of the place or of an actor (ISO code or name)")
    p.add_argument("--since", help="events on or after this date (YYYY-MM-DD)")
    p.add_argument("--until", help="events on or before this date (YYYY-MM-DD)")
    p.add_argument("--near", help="LAT,LON,KM: events within KM of a point")
    p.add_argument("--text", help="a phrase of an evidence sentence")
    p.add_argument("--mentions", action="store_true", help="list each source's mention instead of merged events")
    p.add_argument("--limit", type=int, help="at most this many rows")
    p.add_argument("--sql", help="run this read-only SQL instead of the filters")
    p.add_argument("--param", action="append", default=[], help="a value for a '?' in --sql (repeatable)")
    p.add_argument("--format", choices=["table", "jsonl", "csv"], default="table", help="output format")
    p.add_argument("--all-columns", action="store_true", help="every column, not the usual selection")
    p.add_argument("-o", "--output", default="-", help="output path ('-': stdout)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Run the query and write its rows."""
    with open_store(args.db, read_only=True) as store:
        if args.sql:
            rows = store.sql(args.sql, args.param)
            columns = list(rows[0]) if rows else []
        else:
            filters = dict(type=args.type, actor=args.actor, country=args.country, since=args.since,
                           until=args.until, near=parse_near(args.near) if args.near else None, text=args.text,
                           limit=args.limit)
            rows = store.mentions(**filters) if args.mentions else store.events(**filters)
            default = MENTION_COLUMNS if args.mentions else EVENT_COLUMNS
            columns = list(rows[0]) if rows and args.all_columns else list(default)
    out_cm: IO[str] | nullcontext[IO[str]]
    out_cm = nullcontext(sys.stdout) if args.output == "-" else open(args.output, "w", encoding="utf-8", newline="")
    with out_cm as out:
        WRITERS[args.format](rows, columns, out)
    return 0


def _plain(value: Any) -> Any:
    """A cell for text output: lists joined, actor structs by name, dates as ISO."""
    if isinstance(value, list):
        return "; ".join(str(_plain(v)) for v in value)
    if isinstance(value, dict):
        return value.get("name") or json.dumps(value, default=str)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return "" if value is None else value


def write_jsonl(rows: list[dict[str, Any]], columns: list[str], out: IO[str]) -> None:
    """One JSON object per row."""
    for r in rows:
        out.write(json.dumps({c: r.get(c) for c in columns}, ensure_ascii=False, default=str) + "\n")


def write_csv(rows: list[dict[str, Any]], columns: list[str], out: IO[str]) -> None:
    """CSV with a header."""
    w = csv.writer(out, lineterminator="\n")
    w.writerow(columns)
    for r in rows:
        w.writerow([_plain(r.get(c)) for c in columns])


def write_table(rows: list[dict[str, Any]], columns: list[str], out: IO[str]) -> None:
    """Aligned columns for a terminal, long cells cut."""
    cells = [[_cut(str(_plain(r.get(c)))) for c in columns] for r in rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    out.write("  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip() + "\n")
    for row in cells:
        out.write("  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip() + "\n")
    out.write(f"({len(rows)} rows)\n")


def _cut(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= CELL else text[:CELL - 1] + "…"


WRITERS = {"table": write_table, "jsonl": write_jsonl, "csv": write_csv}
