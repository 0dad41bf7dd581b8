"""Duplicates: recall of the gold duplicate spans among the predicted ones (by overlap)."""

from __future__ import annotations

from typing import Any

from .fields import Item, PredReader, gold_spans, spans_only
from .layer import Layer, Metrics
from .matching import greedy_match
from .metrics import prf
from .tally import Tally


def repeated_span(item: Item) -> Any:
    """The repeated span of a gold item: {"span", "of"} (seed style) or the item itself (contract style)."""
    return item.get("span", item)


def tally_duplicates(gold: Item, pred: Item, read: PredReader, tally: Tally) -> None:
    """Count one document."""
    wanted = gold_spans(gold.get("duplicates"), repeated_span)
    found = read.spans(pred.get("duplicates"))
    tally.add(found=len(greedy_match(spans_only(wanted), spans_only(found))), gold=len(wanted), pred=len(found))


def duplicates_metrics(tally: Tally) -> Metrics:
    """Recall of the gold duplicates."""
    n = tally.n
    return {"recall": prf(n["found"], n["pred"], n["gold"])["recall"], "n_gold": n["gold"], "n_pred": n["pred"]}


DUPLICATES = Layer("duplicates", tally_duplicates, duplicates_metrics, "repeated passages: recall")
