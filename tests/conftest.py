"""Shared fixtures: the project's own pipeline, and the ../shared dev data (tests that need it skip without it)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from support import DEV, FIXTURES, ROOT, SHARED, assert_offsets, dev_file, read_jsonl

__all__ = ["DEV", "FIXTURES", "ROOT", "SHARED", "assert_offsets", "dev_file", "read_jsonl"]


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
