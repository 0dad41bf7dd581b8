"""Transactional ingest: whole articles (with their layers, duplicate links and merged events) per transaction."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields
from datetime import datetime, timezone
from typing import Any

import duckdb
import pyarrow as pa

from ..doc import Doc
from . import rows as R
from .compat import arrow_table, one
from .dedup import DedupResult, Deduplicator
from .matching import Rules
from .merge import Copies, EventMerger

TABLES = ("articles", "entities", "mentions", "places", "times", "quotes", "event_mentions", "failures",
          "article_bands", "passage_bands", "passage_duplicates")


@dataclass(slots=True)
class IngestStats:
    """What an ingest did."""

    read: int = 0  # documents offered
    skipped: int = 0  # already stored (or repeated in the input): not processed again
    stored: int = 0  # articles written
    duplicates: int = 0  # of which near-duplicates of an earlier article
    failures: int = 0  # documents with an error, written to the failures table
    event_mentions: int = 0
    events_new: int = 0  # mentions that started a new event
    events_merged: int = 0  # mentions that joined an existing event
    batches: int = 0

    def add(self, other: IngestStats) -> None:
        """Accumulate another batch's counts."""
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))

    def as_dict(self) -> dict[str, int]:
        """The counts by name."""
        return {f.name: getattr(self, f.name) for f in fields(self)}


class Writer:
    """Writes batches of processed Docs, each batch in one transaction (so never half an article)."""

    def __init__(self, con: duckdb.DuckDBPyConnection, rules: Rules | None = None, retry_failed: bool = False) -> None:
        self.con = con
        self.dedup = Deduplicator(con)
        self.merger = EventMerger(con, rules)
        self.retry_failed = retry_failed
        self._schemas = {t: arrow_table(con.sql(f"SELECT * FROM {t} LIMIT 0")).schema for t in TABLES}  # noqa: S608
        row = one(con, "SELECT greatest((SELECT max(seq) FROM articles), (SELECT max(seq) FROM failures))")
        self._seq = int(row[0]) + 1 if row and row[0] is not None else 0  # type: ignore[arg-type]
        self._seen: set[str] = set()

    def known(self, ids: list[str]) -> set[str]:
        """The ids among these that need no processing: stored articles (and failures unless retried)."""
        found = {r[0] for r in self.con.execute("SELECT id FROM articles WHERE list_contains(?, id)", [ids]
                                                ).fetchall()}
        if not self.retry_failed:
            found |= {r[0] for r in self.con.execute("SELECT id FROM failures WHERE list_contains(?, id)", [ids]
                                                     ).fetchall()}
        return found | (self._seen & set(ids))

    def write(self, docs: Iterable[Doc]) -> IngestStats:
        """Store one batch of processed Docs in one transaction; skips ids already stored."""
        batch = list(docs)
        stats = IngestStats(read=len(batch), batches=1)
        known = self.known([d.id for d in batch])
        tables: dict[str, list[Any]] = {t: [] for t in TABLES}
        now = datetime.now(timezone.utc).replace(tzinfo=None)
        written: list[str] = []
        self.con.execute("BEGIN TRANSACTION")
        try:
            for doc in batch:
                if doc.id in known or doc.id in written:
                    stats.skipped += 1
                    continue
                written.append(doc.id)
                if doc.error is not None:
                    tables["failures"].append(self._failure(doc, now))
                    stats.failures += 1
                else:
                    self._article(doc, now, tables, stats)
            self.con.execute("DELETE FROM failures WHERE list_contains(?, id)", [written])  # retried ones
            for table, rows in tables.items():
                if rows:
                    self._insert(table, rows)
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            self.dedup.rollback()
            self.merger.rollback()
            raise
        self.dedup.commit()
        self.merger.commit()
        self._seen.update(written)
        return stats

    def _article(self, doc: Doc, now: datetime, tables: dict[str, list[Any]], stats: IngestStats) -> None:
        """Queue the rows of one article: duplicate links first, then layers, then merged event mentions."""
        seq = self._next_seq()
        dup = self.dedup.check(doc.id, doc.text)
        tables["articles"].append(R.article_row(doc, seq, dup.canonical_id, dup.similarity, now))
        tables["entities"] += R.entity_rows(doc)
        tables["mentions"] += R.mention_rows(doc)
        tables["places"] += R.place_rows(doc)
        tables["times"] += R.time_rows(doc)
        tables["quotes"] += R.quote_rows(doc)
        for row in R.event_mention_rows(doc, seq, dup.canonical_id):
            self.merger.assign(row, _copies(dup, row))
            tables["event_mentions"].append(row)
            stats.event_mentions += 1
            if row["match_reason"] is None:
                stats.events_new += 1
            else:
                stats.events_merged += 1
        tables["article_bands"] += [{"key": k, "article_id": a} for k, a in dup.article_bands]
        tables["passage_bands"] += [{"key": k, "article_id": a, "start": s, "end": e}
                                    for k, a, s, e in dup.passage_bands]
        tables["passage_duplicates"] += [{"article_id": doc.id, "start": p.start, "end": p.end,
                                          "of_article_id": p.of_article, "of_start": p.of_start, "of_end": p.of_end,
                                          "similarity": p.similarity} for p in dup.passages]
        stats.stored += 1
        stats.duplicates += dup.canonical_id is not None

    def _failure(self, doc: Doc, now: datetime) -> dict[str, Any]:
        err = doc.error
        assert err is not None
        return {"id": doc.id, "seq": self._next_seq(), "origin": doc.origin, "code": err.code, "message": err.message,
                "stage": err.stage, "failed_at": now}

    def _next_seq(self) -> int:
        self._seq += 1
        return self._seq - 1

    def _insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        """Append rows through Arrow (one statement per table and batch: DuckDB is slow row by row)."""
        self.con.from_arrow(pa.Table.from_pylist(rows, schema=self._schemas[table])).insert_into(table)


def _copies(dup: DedupResult, row: dict[str, Any]) -> Copies:
    """The articles this event mention may be copied from: the canonical one, and sources of its passage."""
    copies: Copies = {}
    for p in dup.passages:
        if p.start < row["evidence_end"] and row["evidence_start"] < p.end:
            copies[p.of_article] = (p.of_start, p.of_end)
    if dup.canonical_id:
        copies[dup.canonical_id] = None
    return copies
