"""The JSON Schema of the article record (`dateline schema` prints it; tests validate every record against it)."""

from __future__ import annotations

from typing import Any

from .record import SCHEMA

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
                "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
STATUSES = ("asserted", "ongoing", "historical", "future", "hypothetical", "negated")
QUOTE_KINDS = ("direct", "indirect", "mixed")
TIME_TYPES = ("DATE", "TIME", "DURATION", "SET")
PRECISIONS = ("day", "month", "year", "unknown")


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    return {"anyOf": [schema, {"type": "null"}]}


_STR = {"type": "string"}
_OSTR = _nullable(_STR)
_INT = {"type": "integer", "minimum": 0}
_OINT = _nullable(_INT)
_NUM = {"type": "number"}
_SPAN = {"type": "object", "required": ["start", "end", "text"],
         "properties": {"start": _INT, "end": _INT, "text": _STR}}
_OSPAN = _nullable(_SPAN)
_DATE = {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"}


def _obj(required: list[str], props: dict[str, Any]) -> dict[str, Any]:
    return {"type": "object", "required": required, "properties": props}


def record_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one article record."""
    entity = _obj(["id", "name", "type", "aliases", "mentions"], {
        "id": _STR, "name": _STR, "type": _STR, "aliases": {"type": "array", "items": _STR},
        "description": _OSTR, "country": _nullable({"type": "string", "pattern": "^[A-Z]{3}$"}),
        "sector": _OSTR, "wikidata": _nullable({"type": "string", "pattern": r"^Q\d+$"}), "key": _OSTR,
        "mentions": {"type": "array", "items": _SPAN}})
    place = _obj(["id", "name", "geonameid", "lat", "lon", "country", "admin1", "feature_code", "mentions"], {
        "id": _STR, "name": _STR, "geonameid": _OINT,
        "lat": _nullable({"type": "number", "minimum": -90, "maximum": 90}),
        "lon": _nullable({"type": "number", "minimum": -180, "maximum": 180}),
        "country": _nullable({"type": "string", "pattern": "^[A-Z]{2}$"}), "admin1": _OSTR, "feature_code": _OSTR,
        "role": _OSTR, "score": _nullable(_NUM), "mentions": {"type": "array", "items": _SPAN, "minItems": 1}})
    time = _obj(["start", "end", "text", "type", "value"], {
        "start": _INT, "end": _INT, "text": _STR, "type": {"enum": list(TIME_TYPES)}, "value": _STR,
        "mod": _OSTR, "anchor": _OSPAN})
    quote = _obj(["id", "start", "end", "text", "kind", "speaker", "cue", "duplicate_of"], {
        "id": _STR, "start": _INT, "end": _INT, "text": _STR, "kind": {"enum": list(QUOTE_KINDS)},
        "speaker": _obj(["entity", "name", "start", "end", "text"], {
            "entity": _OSTR, "name": _OSTR, "start": _OINT, "end": _OINT, "text": _OSTR}),
        "cue": _OSPAN, "duplicate_of": _OSTR})
    event = _obj(["id", "type", "mode", "context", "acled", "actors", "recipients", "place", "date", "status",
                  "attributed_to", "evidence", "confidence"], {
        "id": _STR, "type": {"enum": list(PLOVER_TYPES)}, "mode": _OSTR, "context": {"type": "array", "items": _STR},
        "acled": _nullable(_obj(["event_type", "sub_event_type"], {"event_type": _STR, "sub_event_type": _STR})),
        "actors": {"type": "array", "items": _STR}, "recipients": {"type": "array", "items": _STR},
        "place": _OSTR,
        "date": _nullable(_obj(["start", "end", "precision"], {
            "start": _STR, "end": _STR, "precision": {"enum": list(PRECISIONS)}})),
        "status": {"enum": list(STATUSES)}, "attributed_to": _OSTR, "evidence": _SPAN, "trigger": _OSPAN,
        "mentions": {"type": "array", "items": _SPAN}, "confidence": {"type": "number", "minimum": 0, "maximum": 1}})
    duplicate = _obj(["start", "end", "duplicate_of"], {
        "start": _INT, "end": _INT, "text": _STR, "duplicate_of": _SPAN})
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://dateline.invalid/schema/dateline-1.json",
        "title": "dateline article record",
        "type": "object",
        "required": ["schema", "id", "title", "url", "source", "published", "dateline", "text", "entities", "places",
                     "times", "quotes", "events", "duplicates"],
        "properties": {
            "schema": {"const": SCHEMA}, "id": _STR, "title": _OSTR, "url": _OSTR, "source": _OSTR,
            "published": _nullable(_DATE),
            "published_from": _nullable({"enum": ["given", "metadata", "dateline", "text"]}),
            "dateline": _nullable(_obj(["place", "date", "agency", "start", "end"], {
                "place": _OSTR, "date": _OSTR, "agency": _OSTR, "region": _OSTR, "start": _INT, "end": _INT,
                "text": _STR})),
            "text": _STR, "origin": _STR,
            "entities": {"type": "array", "items": entity}, "places": {"type": "array", "items": place},
            "times": {"type": "array", "items": time}, "quotes": {"type": "array", "items": quote},
            "events": {"type": "array", "items": event}, "duplicates": {"type": "array", "items": duplicate},
            "error": _obj(["code", "message"], {"code": {"type": "string", "pattern": "^E_[A-Z_]+$"},
                                               "message": _STR, "stage": _OSTR}),
        },
    }
