"""Doc <-> the article record of CONTRACT.md (schema "dateline/1"): the one serialised form every interface emits."""

from __future__ import annotations

from typing import Any

from .doc import (Acled, Dateline, Doc, DocError, Duplicate, Entity, Event, EventDate, Place, Quote, Span, Speaker,
                  TimeExpr)

SCHEMA = "dateline/1"


def span_dict(s: Span | None) -> dict[str, Any] | None:
    """{"start", "end", "text"} of a span, or None."""
    return None if s is None else {"start": s.start, "end": s.end, "text": s.text}


def to_record(doc: Doc) -> dict[str, Any]:
    """The contract record of a document (an error record when it failed)."""
    rec: dict[str, Any] = {
        "schema": SCHEMA, "id": doc.id, "title": doc.title, "url": doc.url, "source": doc.source,
        "published": doc.published, "published_from": doc.published_from,
        "dateline": _dateline(doc.dateline), "text": doc.text,
        "entities": [_entity(e) for e in doc.entities],
        "places": [_place(p) for p in doc.places],
        "times": [_time(t) for t in doc.times],
        "quotes": [_quote(q) for q in doc.quotes],
        "events": [_event(e) for e in doc.events],
        "duplicates": [{"start": d.span.start, "end": d.span.end, "text": d.span.text,
                        "duplicate_of": span_dict(d.of)} for d in doc.duplicates],
    }
    if doc.error is not None:
        rec["error"] = {"code": doc.error.code, "message": doc.error.message, "stage": doc.error.stage}
    if doc.origin:
        rec["origin"] = doc.origin
    return rec


def _dateline(d: Dateline | None) -> dict[str, Any] | None:
    if d is None:
        return None
    return {"place": d.place, "date": d.date, "agency": d.agency, "region": d.region,
            "start": d.span.start, "end": d.span.end, "text": d.span.text}


def _entity(e: Entity) -> dict[str, Any]:
    return {"id": e.id, "name": e.name, "type": e.type, "aliases": e.aliases, "description": e.description,
            "country": e.country, "sector": e.sector, "wikidata": e.wikidata, "key": e.key,
            "mentions": [span_dict(m) for m in e.mentions]}


def _place(p: Place) -> dict[str, Any]:
    return {"id": p.id, "name": p.name, "geonameid": p.geonameid, "lat": p.lat, "lon": p.lon,
            "country": p.country, "admin1": p.admin1, "feature_code": p.feature_code, "role": p.role,
            "score": p.score, "mentions": [span_dict(m) for m in p.mentions]}


def _time(t: TimeExpr) -> dict[str, Any]:
    return {"start": t.span.start, "end": t.span.end, "text": t.span.text, "type": t.type, "value": t.value,
            "mod": t.mod, "anchor": span_dict(t.anchor)}


def _quote(q: Quote) -> dict[str, Any]:
    sp = q.speaker
    speaker = {"entity": sp.entity, "name": sp.name,
               "start": sp.mention.start if sp.mention else None, "end": sp.mention.end if sp.mention else None,
               "text": sp.mention.text if sp.mention else None}
    return {"id": q.id, "start": q.span.start, "end": q.span.end, "text": q.span.text, "kind": q.kind,
            "speaker": speaker, "cue": span_dict(q.cue), "duplicate_of": q.duplicate_of}


def _event(e: Event) -> dict[str, Any]:
    return {"id": e.id, "type": e.type, "mode": e.mode, "context": e.context,
            "acled": {"event_type": e.acled.event_type, "sub_event_type": e.acled.sub_event_type} if e.acled else None,
            "actors": e.actors, "recipients": e.recipients, "place": e.place,
            "date": {"start": e.date.start, "end": e.date.end, "precision": e.date.precision} if e.date else None,
            "status": e.status, "attributed_to": e.attributed_to, "evidence": span_dict(e.evidence),
            "trigger": span_dict(e.trigger), "confidence": round(e.confidence, 4),
            "mentions": [span_dict(m) for m in e.mentions]}


# ----- record -> Doc (the store and the API read records back)

def _span(d: dict[str, Any] | None, text: str) -> Span | None:
    """A Span from a record's {"start", "end"}, checked against the text."""
    if not d or d.get("start") is None:
        return None
    s, e = int(d["start"]), int(d["end"])
    return Span(s, e, text[s:e])


def from_record(rec: dict[str, Any]) -> Doc:
    """The Doc of a contract record (the inverse of to_record for every field it writes)."""
    text = rec.get("text") or ""
    sp = lambda d: _span(d, text)  # noqa: E731
    doc = Doc(text=text, id=rec["id"], title=rec.get("title"), url=rec.get("url"), source=rec.get("source"),
              published=rec.get("published"), published_from=rec.get("published_from"), origin=rec.get("origin"))
    if rec.get("dateline"):
        d = rec["dateline"]
        doc.dateline = Dateline(span=sp(d), place=d.get("place"), date=d.get("date"),  # type: ignore[arg-type]
                                agency=d.get("agency"), region=d.get("region"))
    doc.entities = [Entity(id=e["id"], name=e["name"], type=e["type"], mentions=[sp(m) for m in e["mentions"]],
                           aliases=e.get("aliases", []), description=e.get("description"), country=e.get("country"),
                           sector=e.get("sector"), wikidata=e.get("wikidata"), key=e.get("key"))
                    for e in rec.get("entities", [])]
    doc.places = [Place(id=p["id"], name=p["name"], geonameid=p.get("geonameid"), lat=p.get("lat"), lon=p.get("lon"),
                        country=p.get("country"), admin1=p.get("admin1"), feature_code=p.get("feature_code"),
                        mentions=[sp(m) for m in p["mentions"]], role=p.get("role"), score=p.get("score"))
                  for p in rec.get("places", [])]
    doc.times = [TimeExpr(span=sp(t), type=t["type"], value=t["value"], anchor=sp(t.get("anchor")),  # type: ignore[arg-type]
                          mod=t.get("mod")) for t in rec.get("times", [])]
    doc.quotes = [Quote(id=q["id"], span=sp(q), kind=q["kind"],  # type: ignore[arg-type]
                        speaker=Speaker(mention=sp(q.get("speaker")), entity=(q.get("speaker") or {}).get("entity"),
                                        name=(q.get("speaker") or {}).get("name")),
                        cue=sp(q.get("cue")), duplicate_of=q.get("duplicate_of")) for q in rec.get("quotes", [])]
    doc.events = [_event_from(e, sp) for e in rec.get("events", [])]
    doc.duplicates = [Duplicate(span=sp(d), of=sp(d["duplicate_of"])) for d in rec.get("duplicates", [])]  # type: ignore[arg-type]
    if rec.get("error"):
        err = rec["error"]
        doc.error = DocError(err.get("code", "E_UNKNOWN"), err.get("message", ""), err.get("stage"))
    return doc


def _event_from(e: dict[str, Any], sp: Any) -> Event:
    acled = e.get("acled")
    date = e.get("date")
    return Event(id=e["id"], type=e["type"], evidence=sp(e["evidence"]), confidence=float(e.get("confidence", 0.0)),
                 mode=e.get("mode"), context=e.get("context") or [],
                 acled=Acled(acled["event_type"], acled["sub_event_type"]) if acled else None,
                 actors=e.get("actors") or [], recipients=e.get("recipients") or [], place=e.get("place"),
                 date=EventDate(date["start"], date["end"], date["precision"]) if date else None,
                 status=e.get("status", "asserted"), attributed_to=e.get("attributed_to"), trigger=sp(e.get("trigger")),
                 mentions=[sp(m) for m in e.get("mentions") or []])
