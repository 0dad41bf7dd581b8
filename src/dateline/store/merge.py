"""Cross-article event merging: each new event mention joins the best matching event or starts a new one."""

from __future__ import annotations

import math
from collections import OrderedDict, defaultdict
from collections.abc import Iterable
from typing import Any

import duckdb

from ..ids import digest
from .matching import Mention, Rules, match
from .shingles import words

WINDOW_WEEKS = 8  # candidates are looked up this many weeks either side of a mention's date
BLOCK_WEEKS = 16  # weeks are read from the table in blocks of this many (fewer, larger queries)
MAX_BUCKETS = 4096  # (type, week) buckets kept in memory
COPY_SIMILARITY = 0.5  # word overlap of two evidence sentences that makes one a copy of the other
_COLUMNS = ("id, event_id, article_id, seq, type, status, date_start, date_end, published, lat, lon, country, "
            "feature_code, actors, recipients, evidence_entities, evidence, evidence_start, evidence_end")

Copies = dict[str, "tuple[int, int] | None"]  # article id -> the span copied from it (None: the whole article)


class Bucket:
    """The mentions of one (type, week), indexed the two ways a match can start: by map cell and by actor.

    A match needs two points within km or a shared actor key or name (matching.match), so only mentions
    in neighbouring cells or sharing an actor are ever compared: the cost follows the matches, not the corpus.
    """

    def __init__(self, km: float) -> None:
        self.degrees = max(km / 111.0, 0.05)
        self.cells: dict[tuple[int, int], list[Mention]] = defaultdict(list)
        self.actors: dict[str, list[Mention]] = defaultdict(list)

    def add(self, m: Mention) -> None:
        """Index a mention."""
        if m.spot:
            assert m.lat is not None and m.lon is not None
            self.cells[self._cell(m.lat, m.lon)].append(m)
        for k in m.keys | {f"name:{n}" for n in m.names}:
            self.actors[k].append(m)

    def candidates(self, m: Mention) -> Iterable[Mention]:
        """Mentions that may match m: nearby points, and sharers of an actor."""
        if m.spot:
            assert m.lat is not None and m.lon is not None
            row, col = self._cell(m.lat, m.lon)
            reach = min(180, math.ceil(1 / max(math.cos(math.radians(m.lat)), 0.01)))
            for r in (row - 1, row, row + 1):
                for c in range(col - reach, col + reach + 1):
                    yield from self.cells.get((r, c), ())
        for k in m.keys | {f"name:{n}" for n in m.names}:
            yield from self.actors.get(k, ())

    def _cell(self, lat: float, lon: float) -> tuple[int, int]:
        return math.floor(lat / self.degrees), math.floor(lon / self.degrees)


class EventMerger:
    """Assigns event ids to event mention rows, reading candidates from the store by (type, week)."""

    def __init__(self, con: duckdb.DuckDBPyConnection, rules: Rules | None = None) -> None:
        self.con = con
        self.rules = rules or Rules()
        self._buckets: OrderedDict[tuple[str, int | None], Bucket] = OrderedDict()
        self._pending: list[dict[str, Any]] = []

    def assign(self, row: dict[str, Any], copies: Copies) -> None:
        """Set the row's event_id (and why): a copy's original event, else the best match, else a new event."""
        found = self._copy_of(row, copies)
        if found is not None:
            row["event_id"], row["match_score"], row["match_reason"], row["copied"] = found, 10.0, "copy", True
        else:
            mention = Mention.from_row(row)
            best: tuple[float, int, str, str] | None = None
            seen: set[str] = set()
            for other in self._candidates(row["type"], row["ref_week"], mention):
                if other.id == mention.id or other.id in seen:
                    continue
                seen.add(other.id)
                m = match(mention, other, self.rules)
                if m is not None and (best is None or (m[0], -other.seq) > (best[0], best[1])):
                    best = (m[0], -other.seq, str(other.event_id), m[1])
            if best is not None:
                row["event_id"], row["match_score"], row["match_reason"] = best[2], best[0], best[3]
            else:
                row["event_id"] = "ev-" + digest("event", row["id"], size=20)
        self._pending.append(row)
        self._bucket(row["type"], row["ref_week"]).add(Mention.from_row(row))

    def commit(self) -> None:
        """The batch is stored: its mentions stay in the cache."""
        self._pending.clear()

    def rollback(self) -> None:
        """The batch was not stored: forget every cached bucket (they reload from the table)."""
        self._pending.clear()
        self._buckets.clear()

    def _copy_of(self, row: dict[str, Any], copies: Copies) -> str | None:
        """The event of the same-type mention this one copies (from its canonical article or a copied passage)."""
        if not copies:
            return None
        mine = set(words(row["evidence"] or ""))
        best: tuple[float, str] | None = None
        for other in self._mentions_of(list(copies), row["type"]):
            span = copies.get(other["article_id"])
            if span is not None and not (other["evidence_start"] < span[1] and span[0] < other["evidence_end"]):
                continue
            theirs = set(words(other["evidence"] or ""))
            overlap = len(mine & theirs) / max(1, len(mine | theirs))
            if overlap >= COPY_SIMILARITY and (best is None or overlap > best[0]):
                best = (overlap, other["event_id"])
        return best[1] if best else None

    def _mentions_of(self, article_ids: list[str], type_: str) -> Iterable[dict[str, Any]]:
        """Stored and pending mentions of these articles with this type."""
        yield from (r for r in self._pending if r["article_id"] in article_ids and r["type"] == type_)
        cur = self.con.execute(f"SELECT {_COLUMNS} FROM event_mentions "  # noqa: S608 -- fixed column list
                               "WHERE list_contains(?, article_id) AND type = ?", [article_ids, type_])
        names = [d[0] for d in cur.description]
        for values in cur.fetchall():
            yield dict(zip(names, values))

    def _candidates(self, type_: str, week: int | None, mention: Mention) -> Iterable[Mention]:
        """Cached mentions of this type within the window around the week that may match (loading missing weeks)."""
        if week is None:
            return list(self._bucket(type_, None).candidates(mention))
        weeks = range(week - WINDOW_WEEKS, week + WINDOW_WEEKS + 1)
        missing = {w // BLOCK_WEEKS for w in weeks if (type_, w) not in self._buckets}
        if missing:
            self._load(type_, [w for b in sorted(missing) for w in range(b * BLOCK_WEEKS, (b + 1) * BLOCK_WEEKS)
                               if (type_, w) not in self._buckets])
        return [m for w in weeks for m in self._bucket(type_, w).candidates(mention)]

    def _bucket(self, type_: str, week: int | None) -> Bucket:
        key = (type_, week)
        if key not in self._buckets:
            self._load(type_, [week])
        self._buckets.move_to_end(key)
        while len(self._buckets) > MAX_BUCKETS:
            self._buckets.popitem(last=False)
        return self._buckets[key]

    def _load(self, type_: str, weeks: list[int | None]) -> None:
        """Read the stored mentions of these (type, week) buckets."""
        for w in weeks:
            self._buckets[(type_, w)] = Bucket(self.rules.km)
        if weeks == [None]:
            cur = self.con.execute(f"SELECT {_COLUMNS}, ref_week FROM event_mentions "  # noqa: S608
                                   "WHERE type = ? AND ref_week IS NULL", [type_])
        else:
            cur = self.con.execute(f"SELECT {_COLUMNS}, ref_week FROM event_mentions "  # noqa: S608
                                   "WHERE type = ? AND list_contains(?, ref_week)", [type_, weeks])
        names = [d[0] for d in cur.description]
        pending = {r["id"]: r for r in self._pending if r["type"] == type_ and r["ref_week"] in weeks}
        for values in cur.fetchall():
            row = dict(zip(names, values))
            if row["id"] not in pending:
                self._buckets[(type_, row["ref_week"])].add(Mention.from_row(row))
        for row in pending.values():  # this batch's mentions are not in the table yet
            self._buckets[(type_, row["ref_week"])].add(Mention.from_row(row))
