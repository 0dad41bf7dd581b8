"""The quality gate: the pipeline on the project's own gold fixtures must stay at or above every pinned floor.

Floors live in tests/quality_floors.json with their history. Raise them with `python scripts/update_floors.py`;
lower one only with `--lower METRIC --reason "..."` (the reason is recorded and checked here).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from dateline.evaluation.floors import Floors, history_problems, load_floors
from dateline.evaluation.gate import GATED_METRICS, gated_values, measure
from support import FIXTURES

FLOORS_FILE = Path(__file__).resolve().parent / "quality_floors.json"
GOLD = sorted((FIXTURES / "gold").glob("*.jsonl"))


@pytest.fixture(scope="module")
def floors() -> Floors:
    """The pinned floors."""
    return load_floors(FLOORS_FILE)


@pytest.fixture(scope="module")
def measured(pipeline: Any) -> dict[str, float]:
    """The gated metrics of the default pipeline on the gold fixtures (measured once)."""
    return gated_values(measure(GOLD, pipeline))


def test_quality_gate_has_gold_to_measure() -> None:
    assert [p.name for p in GOLD] == ["articles.jsonl", "snippets.jsonl"]


def test_quality_gate_floors_never_dropped_silently(floors: Floors) -> None:
    assert history_problems(floors) == []


def test_quality_gate_every_gated_metric_has_a_floor(floors: Floors) -> None:
    missing = [m for m in GATED_METRICS if floors.floor(m) is None]
    assert missing == [], "add them with: python scripts/update_floors.py"


@pytest.mark.slow
@pytest.mark.parametrize("metric", GATED_METRICS)
def test_quality_gate_metric_meets_its_floor(metric: str, floors: Floors, measured: dict[str, float]) -> None:
    floor = floors.floor(metric)
    assert floor is not None
    assert measured[metric] >= floor - 1e-9, (
        f"{metric} fell to {measured[metric]:.4f}, below its floor {floor:.3f} "
        "(fix the regression, or lower the floor with scripts/update_floors.py --lower METRIC --reason ...)")
