"""Where watched articles go: a pluggable sink (JSON Lines now, the DuckDB store when it is installed)."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import IO, Protocol

from ..doc import Doc
from ..errors import ConfigError
from ..record import to_record


class Sink(Protocol):
    """Takes processed Docs (errors included) in batches; must be idempotent on Doc ids to be safe on restarts."""

    def write(self, docs: list[Doc]) -> None: ...

    def close(self) -> None: ...


class JsonlSink:
    """Appends contract records to a JSON Lines file ('-': standard output), flushed after every batch."""

    def __init__(self, path: str) -> None:
        self.own = path != "-"
        if self.own:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self.out: IO[str] = open(path, "a", encoding="utf-8") if self.own else sys.stdout  # noqa: SIM115

    def write(self, docs: list[Doc]) -> None:
        self.out.writelines(json.dumps(to_record(d), ensure_ascii=False) + "\n" for d in docs)
        self.out.flush()

    def close(self) -> None:
        if self.own:
            self.out.close()


class StoreSink:
    """Ingests into the DuckDB store (`dateline.store`); ids already stored are skipped by the store itself."""

    def __init__(self, path: str) -> None:
        try:
            from ..store import open_store
        except ImportError as e:
            raise ConfigError(f"the store is not available in this installation: {e}") from e
        self.store = open_store(path)

    def write(self, docs: list[Doc]) -> None:
        self.store.ingest(docs)

    def close(self) -> None:
        self.store.close()


# Sink kinds by name, for `--sink KIND:PATH`; add one here to plug in another destination.
SINKS: dict[str, Callable[[str], Sink]] = {"jsonl": JsonlSink, "store": StoreSink}


def open_sink(spec: str) -> Sink:
    """A sink from 'KIND:PATH' (jsonl, store), or from a bare path: .duckdb is the store, anything else JSON Lines."""
    kind, sep, rest = spec.partition(":")
    if sep and kind in SINKS:
        return SINKS[kind](rest)
    return SINKS["store" if spec.lower().endswith(".duckdb") else "jsonl"](spec)
