"""Test helpers importable from any test module: dev-data paths (skipping when absent) and the offset checker."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEV = SHARED / "data" / "dev"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def dev_file(relative: str) -> Path:
    """A file of ../shared/data/dev; the test is skipped when it is absent."""
    path = DEV / relative
    if not path.exists():
        pytest.skip(f"dev data not available: {path}")
    return path


def read_jsonl(path: Path, limit: int | None = None) -> Iterator[dict[str, Any]]:
    """The objects of a JSON Lines file (the first `limit` of them)."""
    with path.open(encoding="utf-8") as f:
        for i, line in enumerate(f):
            if limit is not None and i >= limit:
                return
            if line.strip():
                yield json.loads(line)



def assert_offsets(record: dict[str, Any]) -> None:
    """Every span in a record satisfies text[start:end] == span text."""
    text = record["text"]

    def check(d: Any, where: str) -> None:
        if isinstance(d, dict):
            if isinstance(d.get("start"), int) and isinstance(d.get("end"), int) and isinstance(d.get("text"), str):
                if d is not record:
                    assert text[d["start"]:d["end"]] == d["text"], f"{where}: {d['start']}:{d['end']} != {d['text']!r}"
            for k, v in d.items():
                if k != "text":
                    check(v, f"{where}.{k}")
        elif isinstance(d, list):
            for i, v in enumerate(d):
                check(v, f"{where}[{i}]")

    check(record, "record")
