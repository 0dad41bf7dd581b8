"""What the watcher has seen, kept in SQLite across restarts: feed validators and the fate of every article URL."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from types import TracebackType

SCHEMA = """
CREATE TABLE IF NOT EXISTS feeds (
    url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, checked_at REAL, status TEXT);
CREATE TABLE IF NOT EXISTS articles (
    key TEXT PRIMARY KEY,          -- normalised article URL (or the entry id when there is no link)
    url TEXT, feed TEXT, doc_id TEXT,
    status TEXT NOT NULL,          -- done | failed | retry
    attempts INTEGER NOT NULL DEFAULT 0, error TEXT, first_seen REAL, updated_at REAL);
"""
MAX_ATTEMPTS = 3


class SeenState:
    """Feed ETag/Last-Modified and per-article status; an article marked done or failed is never fetched again."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self.con = sqlite3.connect(self.path)
        self.con.executescript(SCHEMA)
        self.con.commit()

    def validators(self, feed: str) -> tuple[str | None, str | None]:
        """(ETag, Last-Modified) from the feed's last successful fetch."""
        row = self.con.execute("SELECT etag, last_modified FROM feeds WHERE url = ?", (feed,)).fetchone()
        return (row[0], row[1]) if row else (None, None)

    def feed_checked(self, feed: str, status: str, etag: str | None = None, last_modified: str | None = None,
                     keep_validators: bool = False) -> None:
        """Record a poll of a feed; new validators replace the old ones unless keep_validators."""
        old = self.validators(feed) if keep_validators else (etag, last_modified)
        self.con.execute("INSERT INTO feeds VALUES (?, ?, ?, ?, ?) ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, "
                         "last_modified = excluded.last_modified, checked_at = excluded.checked_at, "
                         "status = excluded.status", (feed, old[0], old[1], time.time(), status))
        self.con.commit()

    def unseen(self, keys: list[str]) -> list[str]:
        """The keys not yet done or failed (new ones, and ones waiting for a retry), in the given order."""
        if not keys:
            return []
        finished = set()
        for i in range(0, len(keys), 500):
            part = keys[i:i + 500]
            marks = ",".join("?" * len(part))
            finished.update(k for (k,) in self.con.execute(
                f"SELECT key FROM articles WHERE status != 'retry' AND key IN ({marks})", part))  # noqa: S608
        return [k for k in keys if k not in finished]

    def finish(self, key: str, url: str, feed: str, doc_id: str | None, error: str | None = None) -> None:
        """Mark an article done (or failed for good): it will not be fetched again."""
        self._upsert(key, url, feed, doc_id, "failed" if error else "done", error)

    def retry_later(self, key: str, url: str, feed: str, error: str) -> bool:
        """Count a transient failure; True when the article may be tried again, False once it has failed for good."""
        row = self.con.execute("SELECT attempts FROM articles WHERE key = ?", (key,)).fetchone()
        attempts = (row[0] if row else 0) + 1
        status = "retry" if attempts < MAX_ATTEMPTS else "failed"
        self._upsert(key, url, feed, None, status, error, attempts)
        return status == "retry"

    def _upsert(self, key: str, url: str, feed: str, doc_id: str | None, status: str, error: str | None,
                attempts: int | None = None) -> None:
        now = time.time()
        self.con.execute(
            "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET "
            "doc_id = excluded.doc_id, status = excluded.status, error = excluded.error, "
            "attempts = COALESCE(?, articles.attempts + 1), updated_at = excluded.updated_at",
            (key, url, feed, doc_id, status, attempts or 1, error, now, now, attempts))
        self.con.commit()

    def counts(self) -> dict[str, int]:
        """Articles by status."""
        return dict(self.con.execute("SELECT status, count(*) FROM articles GROUP BY status").fetchall())

    def close(self) -> None:
        """Close the database."""
        self.con.close()

    def __enter__(self) -> SeenState:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()
