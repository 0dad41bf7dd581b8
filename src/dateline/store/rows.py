"""Doc -> table rows: one article's entities, mentions, places, times, quotes and event mentions."""

from __future__ import annotations

import json
from bisect import bisect_left
from datetime import date, datetime
from typing import Any

from ..countries import alpha3
from ..doc import Doc, Entity, Event, Place
from ..ids import digest
from ..record import to_record
from .figures import casualties
from .matching import coarse

Row = dict[str, Any]
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})


def iso_date(value: str | None) -> date | None:
    """A date from YYYY-MM-DD (or the start of an ISO timestamp); None when absent or impossible."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def article_row(doc: Doc, seq: int, canonical_id: str | None, similarity: float | None,
                now: datetime) -> Row:
    """The articles row; `record` keeps the whole contract record (minus the text) for exact export."""
    record = to_record(doc)
    record.pop("text", None)
    d = doc.dateline
    return {"id": doc.id, "seq": seq, "url": doc.url, "title": doc.title, "source": doc.source,
            "published": iso_date(doc.published), "published_from": doc.published_from, "origin": doc.origin,
            "dateline_place": d.place if d else None, "dateline_agency": d.agency if d else None,
            "text": doc.text, "n_chars": len(doc.text), "n_words": len(doc.text.split()),
            "text_hash": digest("text", doc.text, size=32), "canonical_id": canonical_id, "similarity": similarity,
            "record": json.dumps(record, ensure_ascii=False), "ingested_at": now}


def entity_rows(doc: Doc) -> list[Row]:
    """One row per canonical entity."""
    return [{"article_id": doc.id, "entity_id": e.id, "name": e.name, "type": e.type, "key": e.key,
             "country": e.country, "sector": e.sector, "wikidata": e.wikidata, "description": e.description,
             "aliases": list(e.aliases), "n_mentions": len(e.mentions)} for e in doc.entities]


def mention_rows(doc: Doc) -> list[Row]:
    """One row per mention of an entity or a place (the spans every fact points back to)."""
    rows = [{"article_id": doc.id, "kind": "entity", "owner_id": e.id, "start": m.start, "end": m.end,
             "text": m.text} for e in doc.entities for m in e.mentions if m is not None]
    rows += [{"article_id": doc.id, "kind": "place", "owner_id": p.id, "start": m.start, "end": m.end,
              "text": m.text} for p in doc.places for m in p.mentions if m is not None]
    return rows


def place_rows(doc: Doc) -> list[Row]:
    """One row per resolved place."""
    return [{"article_id": doc.id, "place_id": p.id, "name": p.name, "geonameid": p.geonameid, "lat": p.lat,
             "lon": p.lon, "country": p.country, "admin1": p.admin1, "feature_code": p.feature_code, "role": p.role,
             "score": p.score, "n_mentions": len(p.mentions)} for p in doc.places]


def time_rows(doc: Doc) -> list[Row]:
    """One row per temporal expression."""
    return [{"article_id": doc.id, "start": t.span.start, "end": t.span.end, "text": t.span.text, "type": t.type,
             "value": t.value, "mod": t.mod} for t in doc.times]


def quote_rows(doc: Doc) -> list[Row]:
    """One row per quote, with its speaker and cue spans."""
    rows = []
    for q in doc.quotes:
        sp, cue = q.speaker, q.cue
        rows.append({"article_id": doc.id, "quote_id": q.id, "start": q.span.start, "end": q.span.end,
                     "text": q.span.text, "kind": q.kind, "speaker_entity": sp.entity, "speaker_name": sp.name,
                     "speaker_start": sp.mention.start if sp.mention else None,
                     "speaker_end": sp.mention.end if sp.mention else None,
                     "speaker_text": sp.mention.text if sp.mention else None,
                     "cue_start": cue.start if cue else None, "cue_end": cue.end if cue else None,
                     "cue_text": cue.text if cue else None, "duplicate_of": q.duplicate_of})
    return rows


def event_mention_rows(doc: Doc, seq: int, canonical_id: str | None) -> list[Row]:
    """One row per event of the article; `event_id` and the match fields are left for the merger."""
    named = _entity_mentions(doc)
    return [_event_mention(doc, e, seq, canonical_id, named) for e in doc.events if e.evidence is not None]


def _entity_mentions(doc: Doc) -> list[tuple[int, int, str]]:
    """(start, end, entity id) of every mention of a non-place entity, by start."""
    return sorted((m.start, m.end, ent.id) for ent in doc.entities if ent.type not in PLACE_TYPES
                  for m in ent.mentions if m is not None)


def event_mention_id(article_id: str, event: Event) -> str:
    """The row id of an event mention: its article, type and evidence offsets (stable across re-runs)."""
    ev = event.evidence
    return "m-" + digest(article_id, event.type, str(ev.start), str(ev.end), event.id, size=20)


def _event_mention(doc: Doc, e: Event, seq: int, canonical_id: str | None,
                   named: list[tuple[int, int, str]]) -> Row:
    place, place_source = _place_of(doc, e)
    start, end = iso_date(e.date.start) if e.date else None, iso_date(e.date.end) if e.date else None
    if start and end and end < start:
        start, end = end, start
    ref = start or iso_date(doc.published)
    killed, injured = casualties(e.evidence.text)
    return {
        "id": event_mention_id(doc.id, e), "event_id": None, "article_id": doc.id,
        "canonical_article_id": canonical_id or doc.id, "local_id": e.id, "seq": seq,
        "type": e.type, "mode": e.mode, "context": list(e.context or []),
        "acled_event_type": e.acled.event_type if e.acled else None,
        "acled_sub_event_type": e.acled.sub_event_type if e.acled else None,
        "status": e.status, "confidence": float(e.confidence),
        "date_start": start, "date_end": end or start, "date_precision": e.date.precision if e.date else None,
        "ref_week": ref.toordinal() // 7 if ref else None,
        "place_id": place.id if place else None, "place_name": place.name if place else None,
        "geonameid": place.geonameid if place else None, "lat": place.lat if place else None,
        "lon": place.lon if place else None, "country": place.country if place else None,
        "admin1": place.admin1 if place else None, "feature_code": place.feature_code if place else None,
        "actors": [_actor(doc, a) for a in e.actors], "recipients": [_actor(doc, a) for a in e.recipients],
        "attributed_to": _name(doc.entity(e.attributed_to)),
        "evidence_start": e.evidence.start, "evidence_end": e.evidence.end, "evidence": e.evidence.text,
        "fatalities": killed, "injured": injured, "published": iso_date(doc.published), "source": doc.source,
        "url": doc.url, "title": doc.title, "copied": False, "match_score": None, "match_reason": None,
        "place_source": place_source, "evidence_entities": _evidence_entities(doc, e, named),
    }


def _place_of(doc: Doc, e: Event) -> tuple[Place | None, str | None]:
    """The event's place, else a place named in its evidence, else the article's only place (and which)."""
    if e.place:
        return doc.place(e.place), "event"
    ev = e.evidence
    for p in doc.places:
        if p.lat is not None and p.role != "dateline" and any(m is not None and m.overlaps(ev) for m in p.mentions):
            return p, "sentence"
    located = {p.geonameid or p.id: p for p in doc.places
               if p.lat is not None and p.role != "dateline" and not coarse(p.feature_code)}
    if len(located) == 1:
        return next(iter(located.values())), "article"
    return None, None


def _evidence_entities(doc: Doc, e: Event, named: list[tuple[int, int, str]]) -> list[dict[str, str | None]]:
    """Actors named in the evidence sentence besides the event's own (places aside): a fallback for matching."""
    own = set(e.actors) | set(e.recipients)
    ev = e.evidence
    hi = bisect_left(named, (ev.end,))
    found = dict.fromkeys(eid for start, end, eid in named[:hi] if end > ev.start and eid not in own)
    return [_actor(doc, eid) for eid in found]


def _actor(doc: Doc, entity_id: str) -> dict[str, str | None]:
    """An actor as stored: the article's entity id plus what identifies it across articles."""
    e = doc.entity(entity_id)
    if e is None:
        return {"entity": entity_id, "name": entity_id, "type": None, "key": None, "country": None, "sector": None,
                "wikidata": None}
    return {"entity": e.id, "name": e.name, "type": e.type, "key": e.key, "country": _country(e),
            "sector": e.sector, "wikidata": e.wikidata}


def _country(e: Entity) -> str | None:
    """The entity's ISO alpha-3 country (records may carry alpha-2)."""
    if e.country and len(e.country) == 2:
        return alpha3(e.country)
    return e.country


def _name(e: Entity | None) -> str | None:
    return e.name if e else None
