"""Quality floors: raised freely, lowered only with a recorded reason, and a history that shows it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from dateline.evaluation.floors import (Floors, floor_for, history_problems, load_floors, lower_floor,
                                        raise_floors, save_floors, shortfalls)
from dateline.evaluation.gate import GATED_METRICS

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "update_floors.py"


def entry(value: float, **extra: Any) -> dict[str, Any]:
    """A history entry."""
    return {"value": value, "measured": value, "date": "2024-01-01", **extra}


@pytest.mark.parametrize("measured,margin,floor", [(0.8765, 0.02, 0.856), (0.01, 0.02, 0.0), (1.0, 0.0, 1.0),
                                                   (0.5, 0.1, 0.4)])
def test_floors_floor_for_rounds_down_under_the_margin(measured: float, margin: float, floor: float) -> None:
    assert floor_for(measured, margin) == floor


def test_floors_raise_only_goes_up_and_adds_missing() -> None:
    floors = Floors({"places.f1": [entry(0.5)], "times.f1": [entry(0.7)]}, margin=0.0)
    changes = raise_floors(floors, {"places.f1": 0.6, "times.f1": 0.2, "quotes.f1": 0.3}, date="2024-02-02")
    assert [(c.metric, c.old, c.new) for c in changes] == [("places.f1", 0.5, 0.6), ("quotes.f1", None, 0.3)]
    assert floors.floor("times.f1") == 0.7
    assert floors.histories["quotes.f1"][-1]["note"] == "initial"
    assert history_problems(floors) == []


@pytest.mark.parametrize("reason,to,message", [("", 0.1, "needs a reason"), ("  ", 0.1, "needs a reason"),
                                               ("model swap", 0.9, "not below")])
def test_floors_lower_refuses_without_reason_or_when_not_lower(reason: str, to: float, message: str) -> None:
    floors = Floors({"events.f1": [entry(0.5)]})
    with pytest.raises(ValueError, match=message):
        lower_floor(floors, "events.f1", 0.3, reason, to)
    assert floors.floor("events.f1") == 0.5


def test_floors_lower_records_the_reason() -> None:
    floors = Floors({"events.f1": [entry(0.5)]}, margin=0.02)
    change = lower_floor(floors, "events.f1", 0.41, "new event taxonomy", date="2024-03-03")
    assert (change.old, change.new) == (0.5, 0.39)
    assert floors.histories["events.f1"][-1] == {"value": 0.39, "measured": 0.41, "date": "2024-03-03",
                                                  "reason": "new event taxonomy"}
    assert history_problems(floors) == []


@pytest.mark.parametrize("history,problem", [
    ([entry(0.5), entry(0.4)], "without a recorded reason"),
    ([entry(0.5), entry(0.4, note="raised")], "without a recorded reason"),
    ([entry(0.5), entry(0.4, reason="x"), entry(0.3)], "from 0.4 to 0.3"),
    ([], "empty history"),
    ([entry(1.5)], "number in [0, 1]"),
    ([{"value": "0.5"}], "number in [0, 1]"),
])
def test_floors_history_problems_catch_silent_lowering(history: list[dict[str, Any]], problem: str) -> None:
    problems = history_problems(Floors({"quotes.f1": history}))
    assert len(problems) == 1 and problem in problems[0]


def test_floors_shortfalls_name_metrics_below_floor() -> None:
    floors = Floors({"places.f1": [entry(0.5)], "times.f1": [entry(0.5)]})
    assert shortfalls(floors, {"places.f1": 0.49, "times.f1": 0.5, "label.accuracy": 0.0}) == {
        "places.f1": (0.49, 0.5)}


def test_floors_save_and_load_round_trip(tmp_path: Path) -> None:
    floors = Floors({"b.x": [entry(0.1), entry(0.2, note="raised")], "a.y": [entry(0.3)]}, margin=0.01)
    save_floors(floors, tmp_path / "f.json")
    again = load_floors(tmp_path / "f.json")
    assert again.histories == floors.histories and again.margin == 0.01
    assert list(json.loads((tmp_path / "f.json").read_text())["floors"]) == ["a.y", "b.x"]


def run_script(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """scripts/update_floors.py on a saved report (no pipeline run)."""
    scores = tmp_path / "scores.json"
    scores.write_text(json.dumps({"summary": {}, "places": {"f1": 0.8, "acc161": 0.7}, "label": {"accuracy": 0.5}}))
    return subprocess.run([sys.executable, str(SCRIPT), "--floors", str(tmp_path / "floors.json"),
                           "--scores", str(scores), *args], capture_output=True, text=True, check=False)


def test_floors_script_raises_then_refuses_silent_lowering(tmp_path: Path) -> None:
    assert run_script(tmp_path, "--dry-run").returncode == 0
    assert not (tmp_path / "floors.json").exists()
    assert run_script(tmp_path).returncode == 0
    floors = load_floors(tmp_path / "floors.json")
    assert set(floors.histories) == set(GATED_METRICS)
    assert floors.floor("places.f1") == 0.78 and floors.floor("times.f1") == 0.0
    refused = run_script(tmp_path, "--lower", "places.f1", "--to", "0.5")
    assert refused.returncode == 2 and "--reason" in refused.stderr
    lowered = run_script(tmp_path, "--lower", "places.f1", "--to", "0.5", "--reason", "gazetteer swap")
    assert lowered.returncode == 0, lowered.stderr
    history = load_floors(tmp_path / "floors.json").histories["places.f1"]
    assert [e["value"] for e in history] == [0.78, 0.5] and history[-1]["reason"] == "gazetteer swap"
