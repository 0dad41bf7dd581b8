"""The evaluation package's public names."""

from __future__ import annotations

import pytest

from dateline import evaluation


def test_init_exports_what_was_meant() -> None:
    assert sorted(evaluation.__all__) == ["LAYERS", "Report", "evaluate", "evaluate_file", "load_jsonl", "predict"]


@pytest.mark.parametrize("name", evaluation.__all__)
def test_init_every_export_exists(name: str) -> None:
    assert getattr(evaluation, name) is not None


def test_init_layers_in_report_order() -> None:
    assert list(evaluation.LAYERS) == ["places", "times", "quotes", "events", "label", "duplicates"]
