"""Report: the scores of an evaluation, as a table, as JSON, or metric by metric."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SUMMARY = ("gold_docs", "pred_docs", "missing", "errors", "text_mismatch", "no_id", "duplicate_ids",
           "malformed_lines")
PLACES = 4


@dataclass(slots=True)
class Report:
    """A summary of the pairing of gold and predicted records, and the metrics of each scored layer."""

    summary: dict[str, int] = field(default_factory=lambda: dict.fromkeys(SUMMARY, 0))
    layers: dict[str, dict[str, Any]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        """{"summary": {...}, layer: {metric: value}}: the shape of score.py's output."""
        return {"summary": dict(self.summary), **{name: dict(m) for name, m in self.layers.items()}}

    def as_json(self) -> dict[str, Any]:
        """as_dict with floats rounded to four places (what `--json` prints)."""
        out: dict[str, Any] = rounded(self.as_dict())
        return out

    def metric(self, layer: str, name: str) -> Any:
        """One metric's value; None when the layer was not scored or has no such metric."""
        return self.layers.get(layer, {}).get(name)

    def table(self) -> str:
        """The scores as a plain-text table, one metric per line."""
        return table(self.as_dict())


def fmt(value: Any) -> str:
    """A metric value for the table."""
    if value is None:
        return "-"
    return f"{value:.{PLACES}f}" if isinstance(value, float) else str(value)


def table(result: dict[str, dict[str, Any]]) -> str:
    """{section: {metric: value}} as lines "section metric value"; confusions get a line each."""
    lines = [f"{'layer':<11} {'metric':<20} value", f"{'-' * 11} {'-' * 20} {'-' * 10}"]
    for section, metrics in result.items():
        name = section
        for metric, value in metrics.items():
            if metric == "confusions":
                for gold, pred, n in value:
                    lines.append(f"{name:<11} {'confused':<20} {gold} -> {pred}: {n}")
                    name = ""
                continue
            lines.append(f"{name:<11} {metric:<20} {fmt(value)}")
            name = ""
    return "\n".join(lines)


def rounded(x: Any) -> Any:
    """Floats rounded to four places, recursively."""
    if isinstance(x, float):
        return round(x, PLACES)
    if isinstance(x, dict):
        return {k: rounded(v) for k, v in x.items()}
    if isinstance(x, list):
        return [rounded(v) for v in x]
    return x
