"""Filters over merged events and their mentions, compiled to SQL with parameters (never pasted user text)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from .errors import E_QUERY, StoreError

# Columns the filters read, per relation; identifiers come only from here.
_RELATIONS = {
    "events": {"evidence_of": "id", "time_lo": "coalesce(date_end, date_start, last_reported)",
               "time_hi": "coalesce(date_start, date_end, first_reported)"},
    "event_mentions": {"evidence_of": "event_id", "time_lo": "coalesce(date_end, date_start, published)",
                       "time_hi": "coalesce(date_start, date_end, published)"},
}
EVENT_COLUMNS = ("id", "type", "date", "date_start", "date_end", "place", "country", "lat", "lon", "actors",
                 "recipients", "fatalities", "n_articles", "n_mentions", "n_sources", "status", "acled_sub_event_type",
                 "confidence", "evidence")
MENTION_COLUMNS = ("event_id", "article_id", "canonical_article_id", "type", "date_start", "date_end", "place_name",
                   "country", "lat", "lon", "actors", "recipients", "fatalities", "source", "published", "copied",
                   "match_reason", "evidence_start", "evidence_end", "evidence")


@dataclass(slots=True)
class EventFilter:
    """What `dateline query` and Store.events() can filter on."""

    types: list[str] | None = None
    actor: str | None = None  # substring of an actor's or recipient's name, or an actor key
    country: str | None = None  # ISO alpha-2, alpha-3 or a country name: the place's or an actor's country
    since: date | None = None
    until: date | None = None
    near: tuple[float, float, float] | None = None  # lat, lon, km
    text: str | None = None  # substring of any mention's evidence sentence
    event_id: str | None = None
    limit: int | None = None


def compile_filter(f: EventFilter, relation: str = "events") -> tuple[str, list[Any]]:
    """SQL selecting the relation's rows that pass the filter, and its parameters."""
    rel = _RELATIONS[relation]
    where: list[str] = []
    params: list[Any] = []
    if f.types:
        where.append("list_contains(?, type)")
        params.append([t.upper() for t in f.types])
    if f.event_id:
        where.append(f"{rel['evidence_of']} = ?")
        params.append(f.event_id)
    if f.actor:
        where.append(f"{rel['evidence_of']} IN (SELECT m.event_id FROM event_mentions m, "
                     "unnest(m.actors || m.recipients) AS u(a) "
                     "WHERE a.name ILIKE ? ESCAPE '\\' OR a.key = ? OR a.wikidata = ?)")
        params += [f"%{_escape(f.actor)}%", f.actor, f.actor]
    if f.country:
        a2, a3 = country_codes(f.country)
        where.append(f"{rel['evidence_of']} IN (SELECT m.event_id FROM event_mentions m "
                     "WHERE upper(m.country) = ? OR list_contains([a.country for a in m.actors || m.recipients], ?))")
        params += [a2, a3]
    if f.since:
        where.append(f"{rel['time_lo']} >= ?")
        params.append(f.since)
    if f.until:
        where.append(f"{rel['time_hi']} <= ?")
        params.append(f.until)
    if f.near:
        lat, lon, km = f.near
        where.append("lat IS NOT NULL AND 2 * 6371.0088 * asin(least(1, sqrt(pow(sin(radians(lat - ?) / 2), 2) "
                     "+ cos(radians(?)) * cos(radians(lat)) * pow(sin(radians(lon - ?) / 2), 2)))) <= ?")
        params += [lat, lat, lon, km]
    if f.text:
        where.append(f"{rel['evidence_of']} IN (SELECT m.event_id FROM event_mentions m "
                     "WHERE m.evidence ILIKE ? ESCAPE '\\')")
        params.append(f"%{_escape(f.text)}%")
    order = "seq" if relation == "events" else "seq, evidence_start"
    sql = f"SELECT * FROM {relation}" + (" WHERE " + " AND ".join(where) if where else "") + f" ORDER BY {order}"
    if f.limit is not None:
        sql += " LIMIT ?"
        params.append(int(f.limit))
    return sql, params


def _escape(text: str) -> str:
    """A LIKE pattern matching the text literally."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def country_codes(value: str) -> tuple[str, str]:
    """(alpha-2, alpha-3) of a country given by either code or by name; StoreError when unknown."""
    import pycountry

    v = value.strip()
    try:
        c = (pycountry.countries.get(alpha_2=v.upper()) if len(v) == 2 else
             pycountry.countries.get(alpha_3=v.upper()) if len(v) == 3 else None)
        if c is None:
            c = pycountry.countries.lookup(v)
    except LookupError:
        c = None
    if c is None:
        raise StoreError(f"unknown country {value!r}: give an ISO code or an English name", E_QUERY)
    return c.alpha_2, c.alpha_3


def parse_near(value: str) -> tuple[float, float, float]:
    """LAT,LON,KM -> numbers; StoreError when malformed or out of range."""
    try:
        lat, lon, km = (float(x) for x in value.split(","))
    except ValueError:
        raise StoreError(f"--near wants LAT,LON,KM (e.g. 36.2,37.1,50), not {value!r}", E_QUERY) from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180 and km >= 0):
        raise StoreError(f"--near out of range: {value!r}", E_QUERY)
    return lat, lon, km


def parse_date(value: str | None) -> date | None:
    """YYYY-MM-DD (or YYYY-MM, YYYY: the first day) -> date; StoreError when malformed."""
    if not value:
        return None
    v = value.strip()
    padded = v + "-01-01" if len(v) == 4 else v + "-01" if len(v) == 7 else v
    try:
        return date.fromisoformat(padded)
    except ValueError:
        raise StoreError(f"not a date (YYYY-MM-DD): {value!r}", E_QUERY) from None
