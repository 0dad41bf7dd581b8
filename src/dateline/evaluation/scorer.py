"""evaluate(): pair predictions with gold records by id and score every layer each gold record lists."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from .fields import Item, PredReader
from .layer import Layer
from .layers import chosen_layers
from .report import Report
from .tally import Tally


def evaluate(gold_records: Iterable[Item], pred_records: Iterable[Item], layers: Sequence[str] | None = None,
             malformed_lines: int = 0) -> Report:
    """Score predictions against gold records; a gold record is scored only on the layers it lists."""
    golds, preds = list(gold_records), list(pred_records)
    report = Report()
    by_id = index_predictions(preds, report.summary)
    chosen = chosen_layers(list(layers) if layers is not None else None)
    tallies = {layer.name: Tally() for layer in chosen}
    report.summary.update(gold_docs=len(golds), malformed_lines=malformed_lines)
    for gold in golds:
        pred = by_id.get(str(gold.get("id")))
        if pred is None:
            report.summary["missing"] += 1
            pred = {}
        report.summary["errors"] += bool(pred.get("error"))
        report.summary["text_mismatch"] += isinstance(pred.get("text"), str) and pred["text"] != gold.get("text")
        for layer in chosen:
            if layer.name in (gold.get("layers") or []):
                tallies[layer.name].merge(tally_document(layer, gold, pred))
    for layer in chosen:
        t = tallies[layer.name]
        if t.docs:
            report.layers[layer.name] = {**layer.metrics(t), "docs": t.docs, "malformed": t.malformed}
    return report


def index_predictions(preds: list[Item], summary: dict[str, int]) -> dict[str, Item]:
    """Predictions by id (the first of repeated ids); counts predictions, missing and repeated ids in summary."""
    by_id: dict[str, Item] = {}
    summary["pred_docs"] = len(preds)
    for pred in preds:
        pid: Any = pred.get("id")
        if not isinstance(pid, (str, int)) or isinstance(pid, bool):
            summary["no_id"] += 1
        elif str(pid) in by_id:
            summary["duplicate_ids"] += 1
        else:
            by_id[str(pid)] = pred
    return by_id


def tally_document(layer: Layer, gold: Item, pred: Item) -> Tally:
    """One document's tally; a prediction the layer cannot read is scored as empty and counted as malformed."""
    tally = Tally(docs=1)
    try:
        layer.tally(gold, pred, PredReader(tally), tally)
    except Exception:  # noqa: BLE001 -- the safety net: a prediction must never crash the scorer
        tally = Tally(docs=1, malformed=1)
        layer.tally(gold, {}, PredReader(tally), tally)
    return tally
