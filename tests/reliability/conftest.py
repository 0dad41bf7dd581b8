"""Fixtures of the reliability suites: the default pipeline under the 'record' policy (as batch runs use it)."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture(scope="session")
def record_pipeline() -> Any:
    """The default pipeline with the 'record' error policy, loaded once per test session."""
    from dateline.config import load_settings
    from dateline.pipeline import Pipeline

    return Pipeline(load_settings(pipeline__on_error="record"))
