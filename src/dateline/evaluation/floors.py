"""Quality floors: per-metric minimums with a history, raised freely, lowered only with a recorded reason.

The floors file is {"margin": M, "floors": {"layer.metric": [entry, ...]}}; the last entry of a history is
the floor in force. An entry is {"value", "measured", "date"} plus "note" (raised, initial) or "reason"
(lowered). A history that steps down without a reason is refused (see `history_problems`).
"""

from __future__ import annotations

import datetime as dt
import json
import math
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

DEFAULT_MARGIN = 0.02  # floors sit this far under the measured value, so harmless noise does not fail CI
STEP = 1000  # floors are kept to three decimals, rounded down

Entry = dict[str, Any]


@dataclass(slots=True)
class Floors:
    """Every gated metric's floor history and the margin floors keep under measured values."""

    histories: dict[str, list[Entry]]
    margin: float = DEFAULT_MARGIN

    def floor(self, metric: str) -> float | None:
        """The floor in force for a metric (None when it has none)."""
        history = self.histories.get(metric)
        return float(history[-1]["value"]) if history else None

    def as_json(self) -> dict[str, Any]:
        """The file's JSON object."""
        return {"margin": self.margin, "floors": self.histories}


@dataclass(frozen=True, slots=True)
class Change:
    """One floor moved (or set for the first time): from, to, and the value measured."""

    metric: str
    old: float | None
    new: float
    measured: float


def load_floors(path: str | Path) -> Floors:
    """The floors of a file."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return Floors(histories=data.get("floors", {}), margin=float(data.get("margin", DEFAULT_MARGIN)))


def save_floors(floors: Floors, path: str | Path) -> None:
    """Write the floors file (stable key order, one entry per line for readable diffs)."""
    lines = ["{", f'  "margin": {json.dumps(floors.margin)},', '  "floors": {']
    metrics = sorted(floors.histories)
    for i, metric in enumerate(metrics):
        entries = [json.dumps(e, ensure_ascii=False) for e in floors.histories[metric]]
        body = ",\n      ".join(entries)
        lines.append(f"    {json.dumps(metric)}: [\n      {body}\n    ]{',' if i < len(metrics) - 1 else ''}")
    lines += ["  }", "}"]
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")


def floor_for(measured: float, margin: float) -> float:
    """The floor a measured value supports: margin below it, rounded down to three decimals, never below 0."""
    return max(0.0, math.floor((measured - margin) * STEP + 1e-9) / STEP)


def today() -> str:
    """Today's date, ISO."""
    return dt.date.today().isoformat()


def raise_floors(floors: Floors, measured: dict[str, float], date: str | None = None) -> list[Change]:
    """Raise every floor the measurement supports (and add missing ones); never lowers one."""
    changes = []
    for metric, value in sorted(measured.items()):
        old, new = floors.floor(metric), floor_for(value, floors.margin)
        if old is None or new > old:
            note = "initial" if old is None else "raised"
            floors.histories.setdefault(metric, []).append(
                {"value": new, "measured": round(value, 4), "date": date or today(), "note": note})
            changes.append(Change(metric, old, new, value))
    return changes


def lower_floor(floors: Floors, metric: str, measured: float, reason: str, to: float | None = None,
                date: str | None = None) -> Change:
    """Lower one floor (to `to`, else to what the measurement supports), recording why; ValueError otherwise."""
    if not reason.strip():
        raise ValueError("lowering a floor needs a reason")
    old = floors.floor(metric)
    if old is None:
        raise ValueError(f"{metric} has no floor to lower")
    new = floor_for(measured, floors.margin) if to is None else float(to)
    if not new < old:
        raise ValueError(f"{metric}: {new} is not below the floor {old}; raising needs no --lower")
    floors.histories[metric].append(
        {"value": new, "measured": round(measured, 4), "date": date or today(), "reason": reason.strip()})
    return Change(metric, old, new, measured)


def history_problems(floors: Floors) -> list[str]:
    """What is wrong with the histories: empty ones, bad values, and steps down without a recorded reason."""
    problems = []
    for metric, history in sorted(floors.histories.items()):
        if not history:
            problems.append(f"{metric}: empty history")
            continue
        values = [e.get("value") for e in history]
        if not all(isinstance(v, (int, float)) and not isinstance(v, bool) and 0 <= v <= 1 for v in values):
            problems.append(f"{metric}: every value must be a number in [0, 1]: {values}")
            continue
        for before, entry in pairwise(history):
            if entry["value"] < before["value"] and not str(entry.get("reason") or "").strip():
                problems.append(f"{metric}: lowered from {before['value']} to {entry['value']} "
                                f"({entry.get('date')}) without a recorded reason")
    return problems


def shortfalls(floors: Floors, measured: dict[str, float]) -> dict[str, tuple[float, float]]:
    """Metrics measured below their floor: metric -> (measured, floor)."""
    out = {}
    for metric, value in measured.items():
        floor = floors.floor(metric)
        if floor is not None and value < floor - 1e-9:
            out[metric] = (value, floor)
    return out
