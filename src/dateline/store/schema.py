"""The store's tables as numbered migrations, applied in order and recorded in `schema_version`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

import duckdb

from .compat import one
from .errors import E_SCHEMA, StoreError


@dataclass(frozen=True, slots=True)
class Migration:
    """One step of the schema: a version number, what it does, and its statements."""

    version: int
    name: str
    statements: tuple[str, ...]


_ACTOR = "STRUCT(entity VARCHAR, name VARCHAR, type VARCHAR, key VARCHAR, country VARCHAR, sector VARCHAR, " \
         "wikidata VARCHAR)"


def _events_view(rank: str) -> str:
    """The merged-events view; `rank` orders an event's mentions by how complete they are (best one speaks)."""
    return """CREATE OR REPLACE VIEW events AS
    WITH m AS (
        SELECT *, {rank} + coalesce(confidence, 0) - seq * 1e-12 AS completeness
        FROM event_mentions)
    SELECT event_id AS id, any_value(type) AS type, arg_max(mode, completeness) AS mode,
        arg_max(acled_event_type, completeness) AS acled_event_type,
        arg_max(acled_sub_event_type, completeness) AS acled_sub_event_type,
        arg_max(status, completeness) AS status,
        arg_max(date_start, completeness) AS date, min(date_start) AS date_start, max(date_end) AS date_end,
        arg_max(date_precision, completeness) AS date_precision,
        count(DISTINCT date_start) > 1 AS dates_conflict,
        arg_max(place_name, completeness) AS place, arg_max(geonameid, completeness) AS geonameid,
        arg_max(lat, completeness) AS lat, arg_max(lon, completeness) AS lon,
        arg_max(country, completeness) AS country, arg_max(admin1, completeness) AS admin1,
        arg_max(feature_code, completeness) AS feature_code,
        list_distinct(flatten(list([a.name for a in actors]))) AS actors,
        list_distinct(flatten(list([a.name for a in recipients]))) AS recipients,
        list_distinct(flatten(list([a.country for a in actors || recipients if a.country IS NOT NULL])))
            AS actor_countries,
        min(fatalities) AS fatalities, max(fatalities) AS fatalities_max,
        count(DISTINCT fatalities) > 1 AS fatalities_conflict,
        count(*) AS n_mentions, count(DISTINCT canonical_article_id) AS n_articles,
        count(DISTINCT article_id) AS n_copies, count(DISTINCT source) AS n_sources,
        list_distinct(list(source)) AS sources,
        min(published) AS first_reported, max(published) AS last_reported,
        max(confidence) AS confidence, arg_max(evidence, completeness) AS evidence, min(seq) AS seq
    FROM m GROUP BY event_id""".replace("{rank}", rank)


_V1 = (
    """CREATE TABLE articles (
        id VARCHAR PRIMARY KEY, seq BIGINT NOT NULL, url VARCHAR, title VARCHAR, source VARCHAR,
        published DATE, published_from VARCHAR, origin VARCHAR, dateline_place VARCHAR, dateline_agency VARCHAR,
        text VARCHAR NOT NULL, n_chars INTEGER, n_words INTEGER, text_hash VARCHAR,
        canonical_id VARCHAR, similarity DOUBLE,
        record JSON, ingested_at TIMESTAMP)""",
    """CREATE TABLE entities (
        article_id VARCHAR NOT NULL, entity_id VARCHAR NOT NULL, name VARCHAR, type VARCHAR, key VARCHAR,
        country VARCHAR, sector VARCHAR, wikidata VARCHAR, description VARCHAR, aliases VARCHAR[],
        n_mentions INTEGER)""",
    """CREATE TABLE mentions (
        article_id VARCHAR NOT NULL, kind VARCHAR NOT NULL, owner_id VARCHAR NOT NULL,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, text VARCHAR)""",
    """CREATE TABLE places (
        article_id VARCHAR NOT NULL, place_id VARCHAR NOT NULL, name VARCHAR, geonameid BIGINT,
        lat DOUBLE, lon DOUBLE, country VARCHAR, admin1 VARCHAR, feature_code VARCHAR, role VARCHAR,
        score DOUBLE, n_mentions INTEGER)""",
    """CREATE TABLE times (
        article_id VARCHAR NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text VARCHAR,
        type VARCHAR, value VARCHAR, mod VARCHAR)""",
    """CREATE TABLE quotes (
        article_id VARCHAR NOT NULL, quote_id VARCHAR NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        text VARCHAR, kind VARCHAR, speaker_entity VARCHAR, speaker_name VARCHAR, speaker_start INTEGER,
        speaker_end INTEGER, speaker_text VARCHAR, cue_start INTEGER, cue_end INTEGER, cue_text VARCHAR,
        duplicate_of VARCHAR)""",
    f"""CREATE TABLE event_mentions (
        id VARCHAR PRIMARY KEY, event_id VARCHAR NOT NULL, article_id VARCHAR NOT NULL,
        canonical_article_id VARCHAR NOT NULL, local_id VARCHAR, seq BIGINT NOT NULL,
        type VARCHAR NOT NULL, mode VARCHAR, context VARCHAR[], acled_event_type VARCHAR,
        acled_sub_event_type VARCHAR, status VARCHAR, confidence DOUBLE,
        date_start DATE, date_end DATE, date_precision VARCHAR, ref_week INTEGER,
        place_id VARCHAR, place_name VARCHAR, geonameid BIGINT, lat DOUBLE, lon DOUBLE, country VARCHAR,
        admin1 VARCHAR, feature_code VARCHAR,
        actors {_ACTOR}[], recipients {_ACTOR}[], attributed_to VARCHAR,
        evidence_start INTEGER, evidence_end INTEGER, evidence VARCHAR,
        fatalities INTEGER, injured INTEGER, published DATE, source VARCHAR, url VARCHAR, title VARCHAR,
        copied BOOLEAN, match_score DOUBLE, match_reason VARCHAR)""",
    """CREATE TABLE failures (
        id VARCHAR PRIMARY KEY, seq BIGINT NOT NULL, origin VARCHAR, code VARCHAR NOT NULL, message VARCHAR,
        stage VARCHAR, failed_at TIMESTAMP)""",
    """CREATE TABLE article_bands (key BIGINT NOT NULL, article_id VARCHAR NOT NULL)""",
    """CREATE TABLE passage_bands (key BIGINT NOT NULL, article_id VARCHAR NOT NULL, start INTEGER NOT NULL,
        "end" INTEGER NOT NULL)""",
    """CREATE TABLE passage_duplicates (
        article_id VARCHAR NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        of_article_id VARCHAR NOT NULL, of_start INTEGER NOT NULL, of_end INTEGER NOT NULL, similarity DOUBLE)""",
    # One row per merged event; conflicting details stay in event_mentions, one row per source.
    _events_view("(lat IS NOT NULL)::INTEGER * 4 + (date_start IS NOT NULL)::INTEGER * 2"),
)


# Where a mention's place came from (the event itself, a place named in its sentence, the article's only place)
# and the entities named in its sentence: matching falls back on them when the event layer left a gap.
_V2 = (
    "ALTER TABLE event_mentions ADD COLUMN place_source VARCHAR",
    f"ALTER TABLE event_mentions ADD COLUMN evidence_entities {_ACTOR}[]",
    _events_view("coalesce(place_source = 'event', false)::INTEGER * 8 + (lat IS NOT NULL)::INTEGER * 4 "
                 "+ (date_start IS NOT NULL)::INTEGER * 2"),
)

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "articles, layers, events, failures, near-duplicate bands", _V1),
    Migration(2, "event mentions: place source and the entities of the evidence sentence", _V2),
)
SCHEMA_VERSION = MIGRATIONS[-1].version


def current_version(con: duckdb.DuckDBPyConnection) -> int:
    """The highest applied migration (0 for an empty database)."""
    found = one(con, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'")
    if not found or not found[0]:
        return 0
    row = one(con, "SELECT max(version) FROM schema_version")
    return int(row[0]) if row and row[0] is not None else 0  # type: ignore[arg-type]


def migrate(con: duckdb.DuckDBPyConnection) -> int:
    """Apply every pending migration, each in its own transaction; returns the version reached."""
    version = current_version(con)
    if version > SCHEMA_VERSION:
        raise StoreError(f"the store has schema version {version}, newer than this dateline knows "
                          f"({SCHEMA_VERSION}): upgrade dateline", E_SCHEMA)
    for m in MIGRATIONS:
        if m.version <= version:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            if version == 0:  # in the first migration's transaction: a killed first open leaves nothing
                con.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name VARCHAR, "
                            "applied_at TIMESTAMP)")
            for statement in m.statements:
                con.execute(statement)
            con.execute("INSERT INTO schema_version VALUES (?, ?, ?)",
                        [m.version, m.name, datetime.now(timezone.utc).replace(tzinfo=None)])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        version = m.version
    return version


def check_version(con: duckdb.DuckDBPyConnection) -> None:
    """StoreError unless the (read-only) store is at exactly this code's schema version."""
    version = current_version(con)
    if version != SCHEMA_VERSION:
        raise StoreError(f"the store has schema version {version}, this dateline reads version {SCHEMA_VERSION}"
                          + (": open it once for writing to migrate it" if version < SCHEMA_VERSION else ""),
                          E_SCHEMA)
