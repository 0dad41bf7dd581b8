"""Fixtures for the runner tests: a light pipeline (no spaCy) from a config file, and small invented stories."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

STORIES = [
    "BERLIN (Reuters) - Workers at two car plants walked out on Monday over pay, a union spokeswoman said.",
    "Heavy snow closed the main road between the two towns on Friday, police said.",
    "CAIRO, March 3 (AFP) - The central bank raised interest rates by two points on Thursday.",
    "Fishermen protested outside the port authority on Tuesday, demanding lower fuel prices.",
    "LIMA (AP) - A magnitude 5.1 earthquake shook southern Peru early on Sunday, with no damage reported.",
    "The city council voted on Wednesday to extend the night bus service until next spring.",
    "OTTAWA (Reuters) - Canada will send two more aircraft to help fight the wildfires, the minister said.",
]


@pytest.fixture()
def light_config(tmp_path: Path) -> Path:
    """A config whose pipeline needs no spaCy model (fast to load in every worker)."""
    path = tmp_path / "light.toml"
    path.write_text('[pipeline]\nstages = ["segment", "dateline", "published"]\n', encoding="utf-8")
    return path


@pytest.fixture()
def light_settings(light_config: Path) -> Any:
    from dateline.config import load_settings

    return load_settings(light_config)


@pytest.fixture(scope="session")
def stories() -> list[str]:
    return list(STORIES)


@pytest.fixture()
def story_docs() -> list[Any]:
    from dateline.ingest import doc_from_text

    return [doc_from_text(t, doc_id=f"s{i}", published="2020-05-0{}".format(i % 9 + 1) if i % 2 else None)
            for i, t in enumerate(STORIES)]
