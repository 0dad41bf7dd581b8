"""Read-only queries the API pages through: every statement is fixed text with `?` parameters; user values are
only ever parameters, and the only identifiers spliced in come from the fixed tables below."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..store import Store
from ..store.query import EventFilter, compile_filter
from .plain import plain, rows

# Sort orders clients may ask for, by name; the SQL never contains anything else.
EVENT_ORDERS = {"reported": "seq, id", "date": "date_start NULLS LAST, seq, id",
                "-date": "date_start DESC NULLS LAST, seq, id", "sources": "n_articles DESC, seq, id"}
ARTICLE_COLUMNS = ("id, url, title, source, published, published_from, origin, dateline_place, n_chars, n_words, "
                   "canonical_id, similarity, ingested_at")


@dataclass(slots=True)
class Page:
    """One page of a list: its items, the total that matched, and where it starts."""

    items: list[dict[str, Any]]
    total: int
    limit: int
    offset: int

    def as_dict(self) -> dict[str, Any]:
        """The page as the API returns it."""
        nxt = self.offset + self.limit if self.offset + self.limit < self.total else None
        return {"items": self.items, "total": self.total, "limit": self.limit, "offset": self.offset,
                "next_offset": nxt}


@dataclass(slots=True)
class Where:
    """A conjunction of conditions and their parameters, built clause by clause."""

    clauses: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)

    def add(self, clause: str, *params: Any) -> None:
        """Add a condition (fixed SQL) with its parameters."""
        self.clauses.append(clause)
        self.params.extend(params)

    def sql(self) -> str:
        """The WHERE clause, or nothing."""
        return " WHERE " + " AND ".join(self.clauses) if self.clauses else ""


def like(text: str) -> str:
    """A LIKE pattern (ESCAPE '\\') matching text anywhere, literally."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def paged(store: Store, sql: str, params: list[Any], order: str, limit: int, offset: int) -> Page:
    """A page of a query's rows in a fixed order, and the total count."""
    total = store.sql(f"SELECT count(*) AS n FROM ({sql}) AS q", params)[0]["n"]
    items = store.sql(f"SELECT * FROM ({sql}) AS q ORDER BY {order} LIMIT ? OFFSET ?",
                      [*params, limit, offset])
    return Page(rows(items), int(total), limit, offset)


# ----- events


def events(store: Store, f: EventFilter, order: str, limit: int, offset: int, located: bool = False) -> Page:
    """Merged events passing the store's filters, one page."""
    f.limit = None
    sql, params = compile_filter(f, "events")
    if located:
        sql = f"SELECT * FROM ({sql}) AS e WHERE lat IS NOT NULL AND lon IS NOT NULL"
    return paged(store, sql, params, EVENT_ORDERS[order], limit, offset)


def event(store: Store, event_id: str) -> dict[str, Any] | None:
    """One merged event with every source mention (its article and evidence sentence); None when unknown."""
    found = store.sql("SELECT * FROM events WHERE id = ?", [event_id])
    if not found:
        return None
    out: dict[str, Any] = plain(found[0])
    out["mentions"] = rows(store.sql(
        "SELECT m.id AS mention_id, m.article_id, m.canonical_article_id, m.local_id, m.type, m.status, "
        "m.confidence, m.date_start, m.date_end, m.date_precision, m.place_name, m.lat, m.lon, m.country, "
        "m.actors, m.recipients, m.attributed_to, m.evidence_start, m.evidence_end, m.evidence, m.fatalities, "
        "m.published, m.source, m.url, m.title, m.copied, m.match_reason "
        "FROM event_mentions m WHERE m.event_id = ? ORDER BY m.seq, m.evidence_start", [event_id]))
    return out


def event_facets(store: Store) -> dict[str, Any]:
    """What the map's filters offer: event types, the most frequent actors, and the span of dates."""
    types = store.sql("SELECT type, count(*) AS n FROM events GROUP BY type ORDER BY n DESC, type")
    actors = store.sql("SELECT a AS name, count(*) AS n FROM events, unnest(actors || recipients) AS u(a) "
                       "GROUP BY a ORDER BY n DESC, a LIMIT 200")
    span = store.sql("SELECT min(coalesce(date_start, first_reported)) AS first, "
                     "max(coalesce(date_end, date_start, last_reported)) AS last FROM events")
    return {"types": rows(types), "actors": rows(actors), "dates": plain(span[0]) if span else None}


# ----- articles


def articles(store: Store, q: str | None, source: str | None, since: date | None, until: date | None,
             canonical_only: bool, limit: int, offset: int) -> Page:
    """Stored articles (newest ingest last) with their layer counts, one page."""
    w = Where()
    if q:
        w.add("(a.title ILIKE ? ESCAPE '\\' OR a.text ILIKE ? ESCAPE '\\')", like(q), like(q))
    if source:
        w.add("a.source = ?", source)
    if since:
        w.add("a.published >= ?", since)
    if until:
        w.add("a.published <= ?", until)
    if canonical_only:
        w.add("a.canonical_id IS NULL")
    cols = ", ".join(f"a.{c.strip()}" for c in ARTICLE_COLUMNS.split(","))
    sql = (f"SELECT {cols}, a.seq, "
           "(SELECT count(*) FROM entities e WHERE e.article_id = a.id) AS n_entities, "
           "(SELECT count(*) FROM places p WHERE p.article_id = a.id) AS n_places, "
           "(SELECT count(*) FROM quotes t WHERE t.article_id = a.id) AS n_quotes, "
           "(SELECT count(*) FROM event_mentions m WHERE m.article_id = a.id) AS n_events "
           f"FROM articles a{w.sql()}")
    return paged(store, sql, w.params, "seq", limit, offset)


def article(store: Store, article_id: str) -> dict[str, Any] | None:
    """One article's contract record with its text, the merged event of each of its events, and its duplicates."""
    found = store.sql(f"SELECT {ARTICLE_COLUMNS}, text, record FROM articles WHERE id = ?",
                      [article_id])
    if not found:
        return None
    row = found[0]
    record = json.loads(row["record"]) if row["record"] else {"id": article_id}
    record["text"] = row["text"]
    links = store.sql("SELECT local_id, event_id FROM event_mentions WHERE article_id = ? AND local_id IS NOT NULL",
                      [article_id])
    dups = store.sql("SELECT id, title, similarity FROM articles WHERE canonical_id = ? ORDER BY seq", [article_id])
    meta = {k: row[k] for k in ("canonical_id", "similarity", "ingested_at", "n_words")}
    return {"record": record, "event_ids": {r["local_id"]: r["event_id"] for r in links},
            "duplicates": rows(dups), "stored": plain(meta)}


# ----- entities, places, quotes


def entities(store: Store, q: str | None, type_: str | None, country: str | None, article_id: str | None,
             limit: int, offset: int) -> Page:
    """Entities across articles, grouped by actor key (else name and type), most mentioned first."""
    w = Where()
    if q:
        w.add("(e.name ILIKE ? ESCAPE '\\' OR list_contains(e.aliases, ?) OR e.key = ?)", like(q), q, q)
    if type_:
        w.add("upper(e.type) = upper(?)", type_)
    if country:
        w.add("upper(e.country) = upper(?)", country)
    if article_id:
        w.add("e.article_id = ?", article_id)
    sql = ("SELECT arg_max(e.name, e.n_mentions) AS name, e.type, any_value(e.key) AS key, "
           "arg_max(e.country, e.country IS NOT NULL) AS country, arg_max(e.sector, e.sector IS NOT NULL) AS sector, "
           "arg_max(e.wikidata, e.wikidata IS NOT NULL) AS wikidata, "
           "arg_max(e.description, e.description IS NOT NULL) AS description, "
           "count(DISTINCT e.article_id) AS n_articles, sum(e.n_mentions)::BIGINT AS n_mentions, "
           "list_distinct(list(e.article_id))[1:20] AS article_ids "
           f"FROM entities e{w.sql()} GROUP BY coalesce(e.key, lower(e.name)), e.type")
    return paged(store, sql, w.params, "n_mentions DESC, name", limit, offset)


def places(store: Store, q: str | None, country: str | None, article_id: str | None, limit: int,
           offset: int) -> Page:
    """Places across articles, grouped by GeoNames id (else name), most mentioned first, with their articles."""
    w = Where()
    if q:
        w.add("p.name ILIKE ? ESCAPE '\\'", like(q))
    if country:
        w.add("upper(p.country) = upper(?)", country)
    if article_id:
        w.add("p.article_id = ?", article_id)
    sql = ("SELECT any_value(p.name) AS name, p.geonameid, any_value(p.lat) AS lat, any_value(p.lon) AS lon, "
           "any_value(p.country) AS country, any_value(p.admin1) AS admin1, "
           "any_value(p.feature_code) AS feature_code, count(DISTINCT p.article_id) AS n_articles, "
           "sum(p.n_mentions)::BIGINT AS n_mentions, list_distinct(list(p.article_id))[1:20] AS article_ids, "
           "list({'id': a.id, 'title': a.title, 'published': a.published} ORDER BY a.seq)[1:20] AS articles "
           f"FROM places p JOIN articles a ON a.id = p.article_id{w.sql()} "
           "GROUP BY p.geonameid, CASE WHEN p.geonameid IS NULL THEN lower(p.name) END")
    return paged(store, sql, w.params, "n_mentions DESC, name", limit, offset)


def quotes(store: Store, speaker: str | None, q: str | None, article_id: str | None, limit: int,
           offset: int) -> Page:
    """Quotes with their speaker and article, in article order."""
    w = Where()
    if speaker:
        w.add("(t.speaker_name ILIKE ? ESCAPE '\\' OR t.speaker_text ILIKE ? ESCAPE '\\')", like(speaker),
              like(speaker))
    if q:
        w.add("t.text ILIKE ? ESCAPE '\\'", like(q))
    if article_id:
        w.add("t.article_id = ?", article_id)
    sql = ("SELECT t.article_id, t.quote_id, t.start, t.\"end\", t.text, t.kind, t.speaker_entity, "
           "t.speaker_name, t.speaker_text, t.cue_text, t.duplicate_of, a.title, a.source, a.published, a.seq "
           f"FROM quotes t JOIN articles a ON a.id = t.article_id{w.sql()}")
    return paged(store, sql, w.params, "seq, start", limit, offset)


def stats(store: Store) -> dict[str, Any]:
    """Row counts and the dates the corpus covers."""
    span = store.sql("SELECT min(published) AS first, max(published) AS last FROM articles")
    return {"counts": store.counts(), "published": plain(span[0]) if span else None}
