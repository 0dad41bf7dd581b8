"""The corpus as a Python object: open_store(path) -> Store with ingest, queries and exports."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Protocol

import duckdb

from ..doc import Doc
from ..errors import E_BAD_JSON
from ..ids import digest
from ..ingest.records import error_doc
from ..record import from_record
from . import DEFAULT_DB
from . import export as X
from .compat import one
from .errors import E_LOCKED, E_SQL, StoreError
from .matching import Rules
from .query import MENTION_COLUMNS, EventFilter, compile_filter
from .schema import check_version, migrate
from .writer import TABLES, IngestStats, Writer

if TYPE_CHECKING:
    import pandas as pd

    from ..config import Settings

OnBatch = Callable[[IngestStats], None]


class Processor(Protocol):
    """What ingest needs of a pipeline: its settings (reading limits) and `pipe`."""

    settings: Settings

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]: ...


class Store:
    """A DuckDB corpus of articles, their layers, near-duplicate links and merged events."""

    def __init__(self, path: str | Path = DEFAULT_DB, read_only: bool = False, rules: Rules | None = None) -> None:
        self.path, self.read_only, self.rules = str(path), read_only, rules
        try:
            if read_only:
                self.con = duckdb.connect(self.path, read_only=True, config={"enable_external_access": False})
            else:
                self.con = duckdb.connect(self.path)
        except duckdb.IOException as e:
            code = E_LOCKED if "lock" in str(e).lower() else "E_STORE"
            raise StoreError(f"cannot open the store {self.path}: {e}", code) from e
        if read_only:
            check_version(self.con)
        else:
            migrate(self.con)
        self._writer: Writer | None = None

    # ----- ingest

    def ingest(self, docs: Iterable[Doc | dict[str, Any]], batch_size: int = 32,
               on_batch: OnBatch | None = None, retry_failed: bool = False) -> IngestStats:
        """Store already processed Docs or contract records (no pipeline runs); known ids are skipped."""
        return self._ingest((d if isinstance(d, Doc) else from_record(d) for d in docs), None, batch_size,
                            retry_failed, on_batch)

    def known(self, ids: list[str], retry_failed: bool = False) -> set[str]:
        """The ids among these that ingest would skip: stored articles, and failures unless they are retried."""
        return self._writer_for(retry_failed).known(ids)

    def ingest_inputs(self, inputs: Iterable[str], pipeline: Processor | None = None, published: str | None = None,
                      batch_size: int = 32, retry_failed: bool = False, on_batch: OnBatch | None = None) -> IngestStats:
        """Read inputs as `dateline extract` does, run the pipeline on articles not yet stored, store them."""
        from ..extract import get_pipeline, read_options
        from ..ingest import read_inputs

        pipe = pipeline or get_pipeline(on_error="record")
        docs = read_inputs(inputs, read_options(pipe.settings, published))  # type: ignore[arg-type]
        return self._ingest(docs, pipe, batch_size, retry_failed, on_batch)

    def ingest_records(self, paths: Iterable[str], batch_size: int = 32, retry_failed: bool = False,
                       on_batch: OnBatch | None = None) -> IngestStats:
        """Store contract records from JSON Lines files (the output of `dateline extract`) without re-extracting."""
        return self._ingest(read_records(paths), None, batch_size, retry_failed, on_batch)

    def _ingest(self, docs: Iterable[Doc], pipeline: Processor | None, batch_size: int, retry_failed: bool,
                on_batch: OnBatch | None) -> IngestStats:
        """Check ids before any processing, run the pipeline on the new ones, write each batch in a transaction."""
        writer = self._writer_for(retry_failed)
        total = IngestStats()
        it = iter(docs)
        while chunk := list(islice(it, max(1, batch_size))):
            known = writer.known([d.id for d in chunk])
            todo, seen = [], set()
            for d in chunk:
                if d.id not in known and d.id not in seen:
                    todo.append(d)
                    seen.add(d.id)
            if pipeline is not None and todo:
                todo = list(pipeline.pipe(todo, batch_size=batch_size))
            stats = writer.write(todo)
            stats.read += len(chunk) - len(todo)
            stats.skipped += len(chunk) - len(todo)
            total.add(stats)
            if on_batch:
                on_batch(total)
        return total

    def _writer_for(self, retry_failed: bool) -> Writer:
        """The writer (kept across calls: it remembers ids written in this session), rebuilt when the mode changes."""
        self._require_writable()
        if self._writer is None or self._writer.retry_failed != retry_failed:
            self._writer = Writer(self.con, self.rules, retry_failed)
        return self._writer

    # ----- queries

    def events(self, *, type: str | list[str] | None = None, actor: str | None = None,  # noqa: A002
               country: str | None = None, since: Any = None, until: Any = None,
               near: tuple[float, float, float] | None = None, text: str | None = None, limit: int | None = None,
               as_frame: bool = False) -> list[dict[str, Any]] | pd.DataFrame:
        """Merged events passing the filters, as dicts or a pandas DataFrame."""
        f = _filter(type, actor, country, since, until, near, text, limit)
        return self._run(*compile_filter(f, "events"), as_frame=as_frame)

    def mentions(self, event_id: str | None = None, *, type: str | list[str] | None = None, actor: str | None = None,
                 country: str | None = None, since: Any = None, until: Any = None,
                 near: tuple[float, float, float] | None = None, text: str | None = None, limit: int | None = None,
                 as_frame: bool = False) -> list[dict[str, Any]] | pd.DataFrame:
        """Event mentions (one per source article, with its evidence sentence) of the events passing the filters."""
        f = _filter(type, actor, country, since, until, near, text, limit)
        f.event_id = event_id
        return self._run(*compile_filter(f, "event_mentions"), as_frame=as_frame)

    def articles(self, canonical_only: bool = False, with_text: bool = False,
                 as_frame: bool = False) -> list[dict[str, Any]] | pd.DataFrame:
        """Stored articles in ingest order (duplicates carry their canonical_id)."""
        cols = "id, url, title, source, published, origin, n_chars, n_words, canonical_id, similarity, ingested_at"
        sql = f"SELECT {cols}{', text' if with_text else ''} FROM articles WHERE NOT ? OR canonical_id IS NULL " \
              "ORDER BY seq"  # noqa: S608 -- fixed columns
        return self._run(sql, [canonical_only], as_frame=as_frame)

    def failures(self, as_frame: bool = False) -> list[dict[str, Any]] | pd.DataFrame:
        """Documents that could not be processed, with their error codes."""
        return self._run("SELECT * FROM failures ORDER BY seq", [], as_frame=as_frame)

    def counts(self) -> dict[str, int]:
        """Rows per table, and merged events."""
        out = {}
        for t in (*TABLES, "events"):
            row = one(self.con, f"SELECT count(*) FROM {t}")  # noqa: S608 -- fixed names
            out[t] = int(row[0]) if row else 0
        return out

    def sql(self, query: str, params: list[Any] | None = None, as_frame: bool = False) -> list[dict[str, Any]] | Any:
        """Run SQL on this store's connection (read-only when the store was opened read-only)."""
        return self._run(query, params or [], as_frame=as_frame)

    def _run(self, sql: str, params: list[Any], as_frame: bool) -> list[dict[str, Any]] | pd.DataFrame:
        try:
            cur = self.con.cursor().execute(sql, params)
            return cur.df() if as_frame else list(X._dicts(cur))
        except duckdb.Error as e:
            raise StoreError(f"query failed: {e}", E_SQL) from e

    # ----- exports

    def export_records(self, path: str | Path, canonical_only: bool = False) -> int:
        """Contract records (JSON Lines) of every article, then the failures."""
        with open(path, "w", encoding="utf-8") as out:
            return X.export_records(self.con, out, canonical_only)

    def export_plover(self, path: str | Path) -> int:
        """PLOVER-style JSON Lines, one record per merged event."""
        with open(path, "w", encoding="utf-8") as out:
            return X.export_plover(self.con, out)

    def export_acled(self, path: str | Path) -> int:
        """ACLED-style CSV of the events with an ACLED sub-event type."""
        with open(path, "w", encoding="utf-8", newline="") as out:
            return X.export_acled(self.con, out)

    def export_geojson(self, path: str | Path) -> int:
        """GeoJSON FeatureCollection of the located merged events."""
        with open(path, "w", encoding="utf-8") as out:
            return X.export_geojson(self.con, out)

    def export_parquet(self, directory: str | Path) -> dict[str, int]:
        """One Parquet file per table (and the events view) in a directory."""
        return X.export_parquet(self.con, directory)

    # ----- lifetime

    def close(self) -> None:
        """Close the connection (a checkpoint folds the write-ahead log into the file)."""
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def _require_writable(self) -> None:
        if self.read_only:
            raise StoreError("the store is open read-only", "E_STORE")


def read_records(paths: Iterable[str]) -> Iterator[Doc]:
    """Docs from contract records in JSON Lines files; a broken line becomes an error Doc."""
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for lineno, line in enumerate(f, 1):
                if not line.strip():
                    continue
                origin = f"{path}:{lineno}"
                try:
                    rec = json.loads(line)
                    yield from_record(rec)
                except (ValueError, KeyError, TypeError, IndexError) as e:
                    yield error_doc(E_BAD_JSON, f"line {lineno} is not a contract record: {e}", origin,
                                    "err-" + digest("record", line))


def _filter(type_: str | list[str] | None, actor: str | None, country: str | None, since: Any, until: Any,
            near: tuple[float, float, float] | None, text: str | None, limit: int | None) -> EventFilter:
    from .query import parse_date

    types = [type_] if isinstance(type_, str) else type_
    return EventFilter(types=types, actor=actor, country=country,
                       since=parse_date(since) if isinstance(since, str) else since,
                       until=parse_date(until) if isinstance(until, str) else until,
                       near=near, text=text, limit=limit)


__all__ = ["MENTION_COLUMNS", "Store", "read_records"]
