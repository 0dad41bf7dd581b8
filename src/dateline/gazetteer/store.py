"""The gazetteer file: a SQLite database of places and their name keys, written once and read by every worker."""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

from .names import name_key

FORMAT = "dateline-gazetteer/1"
SCHEMA = """
CREATE TABLE place (
    id INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT NOT NULL, lat REAL, lon REAL, country TEXT,
    admin1 TEXT, feature_class TEXT, feature_code TEXT, population INTEGER NOT NULL DEFAULT 0);
CREATE TABLE name (key TEXT NOT NULL, place INTEGER NOT NULL, kind INTEGER NOT NULL,
    PRIMARY KEY (key, place)) WITHOUT ROWID;
CREATE TABLE admin1 (code TEXT PRIMARY KEY, name TEXT NOT NULL, place INTEGER);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE INDEX place_code ON place (feature_code);
"""
# How a name belongs to a place: its own name, an alternate, or an abbreviation/code ("U.S.", "Calif.").
OFFICIAL, ALTERNATE, ABBREVIATION = 0, 1, 2
_BATCH = 900  # stays under SQLite's bound-parameter limit on old builds


class Entry(NamedTuple):
    """One gazetteer place as a lookup returns it; `kind` says how the looked-up name belongs to it."""

    id: int
    geonameid: int | None
    name: str
    lat: float
    lon: float
    country: str | None
    admin1: str | None
    feature_class: str | None
    feature_code: str | None
    population: int
    kind: int = OFFICIAL


class GazetteerWriter:
    """Builds a gazetteer file: places, their names and admin1 names; `close` makes it visible atomically."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        self.tmp.unlink(missing_ok=True)
        self.db = sqlite3.connect(self.tmp)
        self.db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + SCHEMA)
        self.next_id = 1 << 40  # ids of places without a GeoNames id stay clear of real ones

    def add_place(self, name: str, lat: float, lon: float, *, geonameid: int | None = None,
                  country: str | None = None, admin1: str | None = None, feature_class: str | None = None,
                  feature_code: str | None = None, population: int = 0) -> int | None:
        """Add a place (ignored when its GeoNames id is already in); returns its row id or None."""
        if geonameid is not None:
            pid = geonameid
        else:
            self.next_id += 1
            pid = self.next_id
        cur = self.db.execute("INSERT OR IGNORE INTO place VALUES (?,?,?,?,?,?,?,?,?,?)",
                              (pid, geonameid, name, lat, lon, country, admin1, feature_class, feature_code,
                               int(population or 0)))
        return pid if cur.rowcount else None

    def add_names(self, place: int, names: Iterable[str], kind: int = ALTERNATE) -> None:
        """Add name keys for a place; a key already present keeps its stronger kind."""
        rows = {(k, place, kind) for k in map(name_key, names) if k}
        self.db.executemany("INSERT INTO name VALUES (?,?,?) ON CONFLICT(key, place) DO UPDATE "
                            "SET kind = min(kind, excluded.kind)", rows)

    def add_admin1(self, code: str, name: str, place: int | None = None) -> None:
        """Record the name of an admin1 code ("SY.12" -> "Idlib")."""
        self.db.execute("INSERT OR REPLACE INTO admin1 VALUES (?,?,?)", (code, name, place))

    def country_of(self, place: int) -> str | None:
        """The country code of a place added before (None when absent or without one)."""
        row = self.db.execute("SELECT country FROM place WHERE id = ?", (place,)).fetchone()
        return row[0] if row else None

    def has(self, geonameid: int) -> bool:
        """True when a place with this GeoNames id was added."""
        return self.db.execute("SELECT 1 FROM place WHERE id = ?", (geonameid,)).fetchone() is not None

    def close(self, meta: dict[str, str] | None = None) -> Path:
        """Write metadata, compact, and move the file into place."""
        rows = {"format": FORMAT, **(meta or {})}
        self.db.executemany("INSERT OR REPLACE INTO meta VALUES (?,?)", rows.items())
        self.db.commit()
        self.db.execute("VACUUM")
        self.db.close()
        os.replace(self.tmp, self.path)
        return self.path

    def abort(self) -> None:
        """Drop the half-built file."""
        self.db.close()
        self.tmp.unlink(missing_ok=True)


class GazetteerReader:
    """Read-only access to a gazetteer file; safe to share between threads, cheap to reopen in each process."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        uri = f"file:{self.path.resolve()}?mode=ro&immutable=1"
        self.db = sqlite3.connect(uri, uri=True, check_same_thread=False)
        self.lock = threading.Lock()  # threaded workers (Dask) share one connection
        meta = dict(self.db.execute("SELECT key, value FROM meta"))
        if meta.get("format") != FORMAT:
            raise ValueError(f"{path} is not a {FORMAT} file")
        self.meta = meta
        self.admin1_names = dict(self.db.execute("SELECT code, name FROM admin1"))

    def lookup(self, keys: Iterable[str]) -> dict[str, list[Entry]]:
        """Name key -> matching places, for every key that names at least one place."""
        keys = sorted(set(keys))
        out: dict[str, list[Entry]] = {}
        for i in range(0, len(keys), _BATCH):
            chunk = keys[i:i + _BATCH]
            sql = ("SELECT n.key, p.id, p.geonameid, p.name, p.lat, p.lon, p.country, p.admin1, p.feature_class, "
                   "p.feature_code, p.population, n.kind FROM name n JOIN place p ON p.id = n.place "
                   f"WHERE n.key IN ({','.join('?' * len(chunk))})")
            with self.lock:
                rows = self.db.execute(sql, chunk).fetchall()
            for key, *row in rows:
                out.setdefault(key, []).append(Entry(*row))
        return out

    def get(self, place_id: int) -> Entry | None:
        """The place with this row id (its GeoNames id when it has one)."""
        row = self.db.execute("SELECT id, geonameid, name, lat, lon, country, admin1, feature_class, feature_code, "
                              "population FROM place WHERE id = ?", (place_id,)).fetchone()
        return Entry(*row) if row else None

    def by_code(self, feature_codes: Iterable[str]) -> list[Entry]:
        """Every place with one of these feature codes (countries, continents: small sets)."""
        codes = list(feature_codes)
        sql = ("SELECT id, geonameid, name, lat, lon, country, admin1, feature_class, feature_code, population "
               f"FROM place WHERE feature_code IN ({','.join('?' * len(codes))})")
        return [Entry(*row) for row in self.db.execute(sql, codes)]

    def count(self) -> int:
        """How many places the file holds."""
        return int(self.db.execute("SELECT count(*) FROM place").fetchone()[0])

    def close(self) -> None:
        """Close the connection."""
        self.db.close()
