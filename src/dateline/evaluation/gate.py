"""The quality gate's measurement: the gated metrics of a report, and the report of the pipeline on gold files."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ..pipeline import Pipeline
from .predict import predict
from .records import load_jsonl
from .report import Report
from .scorer import evaluate

# The metrics the gate pins, per layer (lower-is-better ones like median_km are left out).
GATED = {
    "places": ("f1", "acc161", "geonameid_acc"),
    "times": ("f1", "value_f1", "type_acc"),
    "quotes": ("f1", "direct_f1", "indirect_f1", "speaker_acc", "e2e_f1"),
    "events": ("f1", "date_acc", "place_acc", "status_acc", "actor_recall", "recipient_recall"),
    "label": ("accuracy", "macro_f1"),
    "duplicates": ("recall",),
}
GATED_METRICS = tuple(f"{layer}.{m}" for layer, metrics in GATED.items() for m in metrics)


def gated_values(report: Report) -> dict[str, float]:
    """layer.metric -> value for every gated metric; a metric with nothing to measure counts as 0."""
    return {f"{layer}.{m}": float(report.metric(layer, m) or 0.0) for layer, metrics in GATED.items()
            for m in metrics}


def measure(gold_paths: Iterable[Path], pipeline: Pipeline) -> Report:
    """The report of the pipeline over every record of the gold files."""
    golds = [rec for path in gold_paths for rec in load_jsonl(path)[0]]
    return evaluate(golds, list(predict(golds, pipeline)))
