"""Shards: deterministic names, atomic JSONL/Parquet writes that read back exactly, merged outputs."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from dateline.distributed.shards import Shard, codes_of, open_output, read_lines, shard_path, write_lines

LINES = [json.dumps({"id": "a1", "text": "Quiet day \"error\" here.", "url": None}),
         json.dumps({"id": "a2", "text": "", "error": {"code": "E_EMPTY", "message": "empty"}}),
         json.dumps({"id": "a3", "text": "Ünïcode ✓ نص", "published": "2020-01-01"}, ensure_ascii=False)]


@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_shards_round_trip_and_leave_no_temp_files(tmp_path: Path, fmt: str) -> None:
    path = shard_path(tmp_path, 7, "abc123", fmt)
    assert path.name == f"part-000007-abc123.{fmt}"
    write_lines(path, LINES)
    write_lines(path, LINES)  # a retried task writes the same file again
    assert list(read_lines(path)) == LINES
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


@pytest.mark.parametrize("fmt", ["csv", ""])
def test_shards_refuse_unknown_formats(tmp_path: Path, fmt: str) -> None:
    with pytest.raises(ValueError):
        shard_path(tmp_path, 0, "k", fmt)


@pytest.mark.parametrize("lines,expected", [(LINES, {"E_EMPTY": 1}), (LINES[:1], {}), ([], {})])
def test_shards_codes_count_only_real_errors(lines: list[str], expected: dict[str, int]) -> None:
    assert codes_of(lines) == expected


def test_shards_inline_payload_and_file_give_the_same_records(tmp_path: Path) -> None:
    path = tmp_path / "part-000000-k.jsonl"
    write_lines(path, LINES)
    inline = Shard(0, "k", 0, 3, payload="".join(x + "\n" for x in LINES).encode())
    on_disk = Shard(0, "k", 0, 3, path=str(path))
    assert list(inline.records()) == list(on_disk.records()) == [json.loads(x) for x in LINES]


@pytest.mark.parametrize("name", ["out.jsonl", "out.parquet"])
def test_shards_merged_output_keeps_order(tmp_path: Path, name: str) -> None:
    out = open_output(tmp_path / name)
    out.write(LINES[2:])
    out.write([])
    out.write(LINES[:2])
    out.close()
    expected = [json.loads(x)["id"] for x in LINES[2:] + LINES[:2]]
    if name.endswith(".parquet"):
        table = pq.read_table(tmp_path / name)
        assert table.column("id").to_pylist() == expected
        assert table.column("error").to_pylist() == [None, None, "E_EMPTY"]
    else:
        got = [json.loads(x)["id"] for x in (tmp_path / name).read_text(encoding="utf-8").splitlines()]
        assert got == expected
