"""Fixtures of the quotes tests: invented articles run through the default pipeline."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


@pytest.fixture(scope="session")
def analyse(pipeline: Any) -> Callable[[str], Any]:
    """A function running an invented article through the default pipeline (paragraphs by blank lines)."""
    from dateline.ingest import doc_from_text

    def run(text: str) -> Any:
        return pipeline(doc_from_text(text))

    return run


@pytest.fixture(scope="session")
def nlp(pipeline: Any) -> Any:
    """The project's spaCy model (loaded once, shared with the pipeline)."""
    from dateline.nlp import load_model

    return load_model(pipeline.settings["nlp.model"], tuple(pipeline.settings["nlp.disable"]))
