"""Shared fixtures: the project's own pipeline, and the ../shared dev data (tests that need it skip without it)."""

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


@pytest.fixture(scope="session")
def pipeline() -> Any:
    """The default pipeline with the 'raise' error policy, loaded once per test session."""
    from dateline.config import load_settings
    from dateline.pipeline import Pipeline

    return Pipeline(load_settings(pipeline__on_error="raise"))


@pytest.fixture(scope="session")
def seed_path() -> Path:
    """The reference TASS article (skips when ../shared is absent)."""
    return dev_file("seed/tass-2017-02-07-palmyra.txt")


@pytest.fixture(scope="session")
def seed_gold() -> dict[str, Any]:
    """The seed article's gold annotation."""
    return json.loads(dev_file("seed/tass-2017-02-07-palmyra.gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_doc(pipeline: Any, seed_path: Path) -> Any:
    """The seed article run through the default pipeline (no publication date given)."""
    from dateline.ingest import doc_from_text

    return pipeline(doc_from_text(seed_path.read_text(encoding="utf-8")))


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
