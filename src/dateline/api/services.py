"""What the routes work with: the store, the pipeline and the fetcher, each behind a lock (neither a DuckDB
connection nor a spaCy pipeline is safe to share between threads), plus the token policy."""

from __future__ import annotations

import secrets
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from .fetch import Fetcher, FetchLimits
from .netguard import AddressPolicy
from .settings import ServeSettings

if TYPE_CHECKING:
    from ..pipeline import Pipeline
    from ..store import Store


class Services:
    """The server's shared objects; the store opens at start, the pipeline at the first document."""

    def __init__(self, settings: ServeSettings, store: Store | None = None, pipeline: Pipeline | None = None,
                 fetcher: Fetcher | None = None) -> None:
        self.settings = settings
        self._store = store
        self._pipeline = pipeline
        self.fetcher = fetcher or Fetcher(AddressPolicy.from_cidrs(settings.fetch_allow),
                                          FetchLimits(settings.fetch_timeout, settings.fetch_max_bytes,
                                                      settings.fetch_max_redirects))
        self._store_lock = threading.RLock()
        self._pipeline_lock = threading.Lock()
        self.token, self.token_generated = _token_for(settings)

    # ----- store

    def open(self) -> None:
        """Open the store (at app start-up)."""
        if self._store is None:
            from ..store import open_store

            self._store = open_store(self.settings.db, read_only=self.settings.read_only)

    def close(self) -> None:
        """Close the store (at shut-down)."""
        if self._store is not None:
            self._store.close()
            self._store = None

    @contextmanager
    def store(self) -> Iterator[Store]:
        """The store, held by this thread for the block."""
        with self._store_lock:
            if self._store is None:
                self.open()
            assert self._store is not None
            yield self._store

    @property
    def writable(self) -> bool:
        """Whether ingest may write."""
        return not self.settings.read_only

    # ----- pipeline

    @contextmanager
    def pipeline(self) -> Iterator[Pipeline]:
        """The pipeline (built once, on first use), held by this thread for the block."""
        with self._pipeline_lock:
            if self._pipeline is None:
                from ..config import load_settings
                from ..pipeline import Pipeline

                self._pipeline = Pipeline(load_settings(self.settings.config or None, pipeline__on_error="record"))
            yield self._pipeline


def _token_for(settings: ServeSettings) -> tuple[str | None, bool]:
    """(token, generated): the configured token; on a loopback bind without one a random one; else None."""
    if settings.token:
        return settings.token, False
    if settings.loopback:
        return secrets.token_urlsafe(24), True
    return None, False  # a public bind without a token: every write is refused
