"""Reading evaluation records: broken lines are counted, blank lines skipped, limits respected."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.evaluation.records import load_jsonl, parse_jsonl

LINES = ['{"id": "a"}', "", "not json", "[1, 2]", '{"id": "b"}', '{"id": "c"}']


@pytest.mark.parametrize("limit,ids,bad", [(None, ["a", "b", "c"], 2), (2, ["a", "b"], 2), (1, ["a"], 0)])
def test_records_parse_counts_bad_lines(limit: int | None, ids: list[str], bad: int) -> None:
    records, broken = parse_jsonl(LINES, limit)
    assert ([r["id"] for r in records], broken) == (ids, bad)


def test_records_load_reads_a_file_with_invalid_utf8(tmp_path: Path) -> None:
    path = tmp_path / "g.jsonl"
    path.write_bytes(b'{"id": "a", "text": "caf\xe9"}\n{"id": "b"}\n')
    records, broken = load_jsonl(path)
    assert [r["id"] for r in records] == ["a", "b"] and broken == 0
