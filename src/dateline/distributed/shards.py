"""Shards: the records of one partition as JSONL or Parquet, written atomically under deterministic names."""

from __future__ import annotations

import json
import os
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FORMATS = ("jsonl", "parquet")
# Parquet shards keep the whole record as JSON (lossless) next to the columns people filter on.
COLUMNS = ("id", "url", "title", "source", "published", "error", "record")


@dataclass(slots=True)
class Shard:
    """What one partition produced: its records (in `payload` or in the file at `path`) and how the work went."""

    index: int
    key: str
    first: int  # input position of its first record
    n: int
    codes: dict[str, int] = field(default_factory=dict)  # error code -> records with it
    seconds: dict[str, float] = field(default_factory=dict)  # stage -> seconds spent on this partition
    wall: float = 0.0
    cpu: float = 0.0  # CPU seconds of the worker process on this partition (wall minus waiting for a core)
    worker: str = ""  # host:pid that ran it
    peak_rss_mb: float = 0.0  # that process's peak resident memory so far
    payload: bytes | None = None  # JSON Lines, when there is no shard directory
    path: str | None = None
    resumed: bool = False  # the shard file was already there from an earlier run

    @property
    def errors(self) -> int:
        """Records with an error."""
        return sum(self.codes.values())

    def lines(self) -> Iterator[str]:
        """The records as JSON strings (no newline), in input order."""
        if self.payload is not None:
            yield from self.payload.decode("utf-8").splitlines()
        elif self.path is not None:
            yield from read_lines(Path(self.path))

    def records(self) -> Iterator[dict[str, Any]]:
        """The records, in input order."""
        for line in self.lines():
            yield json.loads(line)


def shard_path(directory: str | Path, index: int, key: str, fmt: str) -> Path:
    """The shard file of a partition: its number orders the merge, its key ties it to content and settings."""
    if fmt not in FORMATS:
        raise ValueError(f"shard format must be one of {FORMATS}, not {fmt!r}")
    return Path(directory) / f"part-{index:06d}-{key}.{fmt}"


def write_lines(path: Path, lines: list[str]) -> None:
    """Write records to a shard (format by suffix) through a temporary file and an atomic rename."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.tmp")
    try:
        if path.suffix == ".parquet":
            import pyarrow.parquet as pq

            pq.write_table(table(lines), tmp)
        else:
            with tmp.open("w", encoding="utf-8") as f:
                f.writelines(line + "\n" for line in lines)
        os.replace(tmp, path)  # a retried or duplicated task writes the same bytes under the same name
    finally:
        tmp.unlink(missing_ok=True)


def read_lines(path: Path) -> Iterator[str]:
    """The records of a shard as JSON strings."""
    if path.suffix == ".parquet":
        import pyarrow.parquet as pq

        yield from pq.read_table(path, columns=["record"]).column("record").to_pylist()
    else:
        with path.open(encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    yield line.rstrip("\n")


def table(lines: list[str]) -> Any:
    """A pyarrow Table of records: a few plain columns and the full record as JSON."""
    import pyarrow as pa

    recs = [json.loads(line) for line in lines]
    cols: dict[str, list[Any]] = {c: [r.get(c) for r in recs] for c in COLUMNS[:5]}
    cols["error"] = [(r.get("error") or {}).get("code") for r in recs]
    cols["record"] = lines
    return pa.table(cols, schema=parquet_schema())


def parquet_schema() -> Any:
    """The fixed schema of Parquet shards and merged Parquet output (every column a nullable string)."""
    import pyarrow as pa

    return pa.schema([(c, pa.string()) for c in COLUMNS])


def codes_of(lines: list[str]) -> dict[str, int]:
    """Error code counts of records given as JSON strings."""
    out: dict[str, int] = {}
    for line in lines:
        if '"error"' in line:  # cheap filter: most records have none
            err = json.loads(line).get("error")
            if err:
                out[err["code"]] = out.get(err["code"], 0) + 1
    return out


class ParquetOutput:
    """Merged Parquet output: shards appended in order to one file (one row group per shard)."""

    def __init__(self, path: str | Path) -> None:
        import pyarrow.parquet as pq

        self.writer = pq.ParquetWriter(str(path), parquet_schema())

    def write(self, lines: list[str]) -> None:
        """Append records given as JSON strings."""
        if lines:
            self.writer.write_table(table(lines))

    def close(self) -> None:
        """Finish the file (its footer is written here)."""
        self.writer.close()


class JsonlOutput:
    """Merged JSON Lines output: a file, or standard output for '-'."""

    def __init__(self, path: str | Path) -> None:
        self.own = str(path) != "-"
        self.stream = open(path, "w", encoding="utf-8") if self.own else sys.stdout  # noqa: SIM115

    def write(self, lines: list[str]) -> None:
        """Append records given as JSON strings, flushed so readers of a pipe see them now."""
        self.stream.writelines(line + "\n" for line in lines)
        self.stream.flush()

    def close(self) -> None:
        """Close the file (standard output stays open)."""
        if self.own:
            self.stream.close()


def open_output(path: str | Path) -> JsonlOutput | ParquetOutput:
    """The merged output for a path: Parquet for .parquet, else JSON Lines ('-': stdout)."""
    return ParquetOutput(path) if output_format(path) == "parquet" else JsonlOutput(path)


def output_format(path: str | Path) -> str:
    """'parquet' for a .parquet path, else 'jsonl'."""
    return "parquet" if str(path).lower().endswith(".parquet") else "jsonl"
