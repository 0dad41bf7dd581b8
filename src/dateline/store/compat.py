"""DuckDB's Arrow methods under the names of the installed version (1.x and 2.x differ)."""

from __future__ import annotations

import duckdb
import pyarrow as pa


def arrow_table(rel: duckdb.DuckDBPyRelation) -> pa.Table:
    """The relation as an Arrow table."""
    if hasattr(rel, "to_arrow_table"):
        return rel.to_arrow_table()
    return rel.arrow()  # duckdb < 1.4


def arrow_reader(rel: duckdb.DuckDBPyRelation, batch_rows: int = 65_536) -> pa.RecordBatchReader:
    """The relation as a stream of Arrow record batches."""
    if hasattr(rel, "to_arrow_reader"):
        return rel.to_arrow_reader(batch_rows)
    return rel.fetch_arrow_reader(batch_rows)  # duckdb < 1.4


def one(con: duckdb.DuckDBPyConnection, sql: str, params: list[object] | None = None) -> tuple[object, ...] | None:
    """The first row of a query, or None (fetching all rows leaves no open result behind, as DuckDB 2 wants)."""
    rows = con.execute(sql, params or []).fetchall()
    return rows[0] if rows else None
