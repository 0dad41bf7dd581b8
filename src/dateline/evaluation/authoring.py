"""Gold authoring: TOML article specs whose spans are anchors (see anchors.py) become gold JSON Lines records.

    python -m dateline.evaluation.authoring SRC_DIR OUT_DIR [--check]

Each sub-folder NAME of SRC_DIR becomes OUT_DIR/NAME.jsonl (its *.toml files in name order). A spec is one
record (top-level keys) or several ([[record]] tables). --check only compares and exits 1 when stale.
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .anchors import Found, locate, locate_all
from .layers import LAYERS

PLOVER = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
          "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
STATUSES = ("asserted", "ongoing", "historical", "future", "hypothetical", "negated")
TIME_TYPES = ("DATE", "TIME", "DURATION", "SET")
KINDS = ("direct", "indirect", "mixed")
PRECISION = {10: "day", 7: "month", 4: "year"}  # ISO date length -> precision
HEADER = ("id", "text", "published", "title", "source", "layers")
KEYS = {  # the keys each part of a spec may have: a misplaced key (TOML puts keys after a table into it) fails
    "record": {*HEADER, "dateline", "places_ignore", "place", "time", "quote", "event", "duplicate", "label"},
    "dateline": {"at", "place", "date", "agency"},
    "place": {"name", "at", "geonameid", "lat", "lon", "feature_code", "alt_geonameids"},
    "time": {"at", "type", "value"},
    "quote": {"at", "kind", "speaker", "speaker_mention", "cue"},
    "event": {"type", "mode", "evidence", "date", "place", "actors", "recipients", "status", "attributed_to", "acled"},
    "duplicate": {"span", "of"},
}

Spec = dict[str, Any]
Record = dict[str, Any]


class SpecError(ValueError):
    """A gold spec that cannot become a valid record."""


def build_record(spec: Spec) -> Record:
    """The gold record of one spec: anchors resolved to offsets, event places resolved to coordinates."""
    text = spec.get("text")
    if not isinstance(text, str) or not isinstance(spec.get("id"), str):
        raise SpecError("a spec needs a string 'id' and 'text'")
    layers = list(spec.get("layers") or [])
    unknown = set(layers) - set(LAYERS)
    if unknown:
        raise SpecError(f"{spec['id']}: unknown layers {sorted(unknown)}")
    check_keys(spec)
    rec: Record = {k: spec.get(k) for k in HEADER}
    rec["text"], rec["layers"] = text, layers
    if "dateline" in spec:
        d = spec["dateline"]
        rec["dateline"] = {**{k: d.get(k) for k in ("place", "date", "agency")}, **locate(text, d["at"]).as_dict()}
    places = {p["name"]: p for p in spec.get("place", [])}
    rec["places"] = [gold_place(p, found) for p in spec.get("place", []) for a in as_list(p["at"])
                     for found in locate_all(text, a)]
    rec["places_ignore"] = [found.as_dict() for a in spec.get("places_ignore", []) for found in locate_all(text, a)]
    rec["times"] = [gold_time(t, text) for t in spec.get("time", [])]
    rec["quotes"] = [gold_quote(q, text) for q in spec.get("quote", [])]
    rec["events"] = [gold_event(e, text, places) for e in spec.get("event", [])]
    rec["duplicates"] = [{"span": locate(text, d["span"]).as_dict(), "of": locate(text, d["of"]).as_dict()}
                         for d in spec.get("duplicate", [])]
    if "label" in spec:
        rec["label"] = dict(spec["label"])
    return rec


def check_keys(spec: Spec) -> None:
    """SpecError for a key that does not belong where it stands."""
    parts = [("record", spec), ("dateline", spec.get("dateline", {}))]
    parts += [(kind, item) for kind in ("place", "time", "quote", "event", "duplicate") for item in spec.get(kind, [])]
    for kind, part in parts:
        extra = set(part) - KEYS[kind]
        if extra:
            raise SpecError(f"{spec['id']}: unexpected keys {sorted(extra)} in a {kind}")


def as_list(x: str | list[str]) -> list[str]:
    """One anchor or a list of them, as a list."""
    return [x] if isinstance(x, str) else list(x)


def gold_place(p: Spec, found: Found) -> Record:
    """One gold toponym mention with its GeoNames entry."""
    return {**found.as_dict(), "name": p["name"], "geonameid": p.get("geonameid"), "lat": p.get("lat"),
            "lon": p.get("lon"), "feature_code": p.get("feature_code"), "alt_geonameids": p.get("alt_geonameids", [])}


def gold_time(t: Spec, text: str) -> Record:
    """One gold time expression."""
    if t["type"] not in TIME_TYPES:
        raise SpecError(f"time {t['at']!r}: type {t['type']!r} is not one of {TIME_TYPES}")
    return {**locate(text, t["at"]).as_dict(), "type": t["type"], "value": t["value"]}


def gold_quote(q: Spec, text: str) -> Record:
    """One gold quote: content, kind, canonical speaker, the local speaker mention and the cue."""
    if q["kind"] not in KINDS:
        raise SpecError(f"quote {q['at']!r}: kind {q['kind']!r} is not one of {KINDS}")
    mention, cue = (locate(text, q[k]).as_dict() if q.get(k) else None for k in ("speaker_mention", "cue"))
    return {**locate(text, q["at"]).as_dict(), "kind": q["kind"], "speaker": q.get("speaker"),
            "speaker_mention": mention, "cue": cue}


def gold_event(e: Spec, text: str, places: dict[str, Spec]) -> Record:
    """One gold event: PLOVER type, evidence span, date, place, actors, recipients, status."""
    if e["type"] not in PLOVER or e.get("status", "asserted") not in STATUSES:
        raise SpecError(f"event {e['evidence']!r}: bad type {e['type']!r} or status {e.get('status')!r}")
    place = None
    if e.get("place"):
        if e["place"] not in places:
            raise SpecError(f"event {e['evidence']!r}: place {e['place']!r} is not a [[place]] of the spec")
        p = places[e["place"]]
        place = {k: p.get(k) for k in ("name", "geonameid", "lat", "lon")}
    acled = e.get("acled")
    return {"type": e["type"], "mode": e.get("mode"), "evidence": locate(text, e["evidence"]).as_dict(),
            "date": event_date(e.get("date")), "place": place, "actors": e.get("actors", []),
            "recipients": e.get("recipients", []), "status": e.get("status", "asserted"),
            "attributed_to": e.get("attributed_to"),
            "acled": {"event_type": acled[0], "sub_event_type": acled[1]} if acled else None}


def event_date(value: str | None) -> Record | None:
    """{"start", "end", "precision"} from an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) or a start/end interval."""
    if not value:
        return None
    start, _, end = value.partition("/")
    end = end or start
    if len(start) not in PRECISION:
        raise SpecError(f"event date {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    return {"start": start, "end": end, "precision": PRECISION[len(start)]}


def read_specs(path: Path) -> list[Spec]:
    """The record specs of one TOML file."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return list(data["record"]) if "record" in data else [data]


def build_collection(folder: Path) -> str:
    """The JSON Lines text of every record specified in a folder's TOML files, in file-name order."""
    lines = []
    for path in sorted(folder.glob("*.toml")):
        try:
            lines += [json.dumps(build_record(spec), ensure_ascii=False) for spec in read_specs(path)]
        except (KeyError, ValueError) as e:  # tomllib errors, anchors and specs: name the file
            raise SpecError(f"{path}: {type(e).__name__}: {e}") from e
    return "".join(line + "\n" for line in lines)


def build(src: Path, out: Path, check: bool = False) -> list[Path]:
    """Write (or with check, compare) OUT/NAME.jsonl for each sub-folder NAME of src; returns the stale files."""
    stale = []
    for folder in sorted(p for p in src.iterdir() if p.is_dir()):
        target = out / f"{folder.name}.jsonl"
        content = build_collection(folder)
        if not target.exists() or target.read_text(encoding="utf-8") != content:
            stale.append(target)
            if not check:
                target.write_text(content, encoding="utf-8")
    return stale


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: build or check the gold collections."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("src", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--check", action="store_true", help="exit 1 when a collection is missing or out of date")
    args = ap.parse_args(argv)
    try:
        stale = build(args.src, args.out, args.check)
    except SpecError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    for path in stale:
        print(f"{'stale' if args.check else 'wrote'} {path}", file=sys.stderr)
    return int(args.check and bool(stale))


if __name__ == "__main__":
    sys.exit(main())
