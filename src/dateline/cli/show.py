"""`dateline show OUT.jsonl`: a readable summary of article records (what was found, who said what, events)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, TextIO

HELP = "print a readable summary of article records"


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the subcommand."""
    p = sub.add_parser("show", help=HELP, description=HELP)
    p.add_argument("records", help="a JSONL file of records ('-': stdin)")
    p.add_argument("--quotes", type=int, default=3, help="quotes to show per article")
    p.add_argument("--events", type=int, default=6, help="events to show per article")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Print the summary of every record."""
    stream = sys.stdin if args.records == "-" else open(args.records, encoding="utf-8")
    with stream:
        for line in stream:
            if line.strip():
                summarise(json.loads(line), sys.stdout, args.quotes, args.events)
    return 0


def _short(text: str, n: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n - 1] + "…"


def summarise(rec: dict[str, Any], out: TextIO, n_quotes: int = 3, n_events: int = 6) -> None:
    """Write one record's summary."""
    title = rec.get("title") or _short(rec.get("text", ""), 70)
    out.write(f"\n== {title}\n   id {rec['id']}")
    if rec.get("error"):
        out.write(f"\n   ERROR {rec['error']['code']}: {rec['error']['message']}\n")
        return
    dl = rec.get("dateline")
    pub = f"{rec.get('published')} ({rec.get('published_from')})" if rec.get("published") else "unknown"
    out.write(f" | published {pub}")
    if dl:
        out.write(f" | dateline {dl.get('place') or '-'} / {dl.get('date') or '-'} / {dl.get('agency') or '-'}")
    out.write(f"\n   {len(rec['entities'])} entities, {len(rec['places'])} places, {len(rec['times'])} times, "
              f"{len(rec['quotes'])} quotes, {len(rec['events'])} events\n")
    people = [e["name"] for e in rec["entities"] if e["type"] == "PERSON"]
    if people:
        out.write(f"   people: {', '.join(people[:8])}\n")
    places = {p["id"]: p for p in rec["places"]}
    if places:
        out.write("   places: " + ", ".join(f"{p['name']} ({p.get('country') or '?'})" for p in places.values()) + "\n")
    names = {e["id"]: e["name"] for e in rec["entities"]}
    for q in rec["quotes"][:n_quotes]:
        who = (q.get("speaker") or {}).get("name") or (q.get("speaker") or {}).get("text") or "?"
        out.write(f"   quote [{q['kind']}] {who}: \"{_short(q['text'], 70)}\"\n")
    for e in sorted(rec["events"], key=lambda e: -e.get("confidence", 0))[:n_events]:
        actors = ", ".join(names.get(a, a) for a in e["actors"]) or "?"
        targets = ", ".join(names.get(a, a) for a in e["recipients"])
        place = places.get(e.get("place") or "", {}).get("name", "-")
        date = (e.get("date") or {}).get("start", "-")
        out.write(f"   event {e['type']:<9} {actors}{' -> ' + targets if targets else ''} | {place} | {date} | "
                  f"{e['status']} | {e.get('confidence', 0):.2f}: {_short(e['evidence']['text'], 60)}\n")
