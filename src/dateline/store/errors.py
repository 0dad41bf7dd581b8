"""Errors of the store, with the stable codes the CLI and API report."""

from __future__ import annotations

from ..errors import DatelineError

E_SCHEMA = "E_SCHEMA"  # the database's schema version is not the one this code reads
E_LOCKED = "E_LOCKED"  # another process holds the database open for writing
E_SQL = "E_SQL"  # a read-only query failed (syntax, unknown table, a write attempted)
E_QUERY = "E_QUERY"  # a filter value that cannot be used (bad date, bad --near)


class StoreError(DatelineError):
    """The store cannot be opened or queried as asked."""

    code = "E_STORE"
