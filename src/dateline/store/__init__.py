"""The corpus: an embedded DuckDB store with idempotent ingest, near-duplicate links, merged events and exports.

Tables (schema.py, versioned migrations): articles (text, contract record, canonical_id of a near-duplicate),
entities, mentions, places, times, quotes, event_mentions (one row per event per source article, with its
evidence sentence and its own date, place and figures; `event_id` is the merged event), failures (error codes),
passage_duplicates, and the LSH bands; the `events` view has one row per merged event.

    with open_store("corpus.duckdb") as store:
        store.ingest_inputs(["news.jsonl"])          # or store.ingest(docs_or_records)
        store.events(type="ASSAULT", country="SY", since="2017-01-01", as_frame=True)
        store.export_acled("events.csv")

Importing this package is cheap: DuckDB, Arrow and datasketch load when a store is opened.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api import Store
    from .matching import Rules

DEFAULT_DB = "dateline.duckdb"
_LAZY = {"Store": "api", "StoreError": "errors", "Rules": "matching", "IngestStats": "writer"}


def open_store(path: str | Path = DEFAULT_DB, read_only: bool = False, rules: Rules | None = None) -> Store:
    """Open (creating and migrating when writable) the store at path; read-only stores cannot touch files."""
    from .api import Store

    return Store(path, read_only=read_only, rules=rules)


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["DEFAULT_DB", "IngestStats", "Rules", "Store", "StoreError", "open_store"]
