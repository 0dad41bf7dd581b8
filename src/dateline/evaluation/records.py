"""Reading JSON Lines records for evaluation: lines that are not JSON objects are counted, never fatal."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from .fields import Item


def load_jsonl(path: str | Path, limit: int | None = None) -> tuple[list[Item], int]:
    """The JSON objects of a JSON Lines file (the first `limit`), and how many lines were not JSON objects."""
    with open(path, encoding="utf-8", errors="replace") as f:
        return parse_jsonl(f, limit)


def parse_jsonl(lines: Iterable[str], limit: int | None = None) -> tuple[list[Item], int]:
    """The JSON objects among lines (the first `limit`), and how many non-blank lines were not JSON objects."""
    records: list[Item] = []
    bad = 0
    for line in lines:
        if limit is not None and len(records) >= limit:
            break
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except ValueError:
            rec = None
        if isinstance(rec, dict):
            records.append(rec)
        else:
            bad += 1
    return records, bad
