"""Label: one label per document, the type (plover) or ACLED sub-event type (acled) of the most confident event."""

from __future__ import annotations

from collections import Counter

from .fields import Item, PredReader, fold
from .layer import Layer, Metrics
from .metrics import prf, ratio
from .tally import Tally

NONE = "none"  # the label of a document without an event (or whose event has no label)
TOP_CONFUSIONS = 10


def tally_label(gold: Item, pred: Item, read: PredReader, tally: Tally) -> None:
    """Count one document; a prediction equal to one of the gold's label_alt values counts as right."""
    label = gold.get("label")
    if not isinstance(label, dict) or not label:
        return
    scheme, want = next(iter(label.items()))
    got = predicted_label(pred, scheme, read)
    alternatives = {fold(a) for a in (gold.get("label_alt") or {}).get(scheme) or []}
    tally.sample("labels", (got if got in alternatives else fold(want), got))


def predicted_label(pred: Item, scheme: str, read: PredReader) -> str:
    """The label key of the most confident predicted event; "none" without an event or a label."""
    events = read.dicts(pred.get("events"))
    if not events:
        return NONE
    top = max(events, key=lambda e: read.number(e.get("confidence")) or 0.0)
    if scheme == "plover":
        return read.key(top.get("type")) or NONE
    acled = top.get("acled")
    if not isinstance(acled, dict):
        read.charge(acled is not None)
        return NONE
    return read.key(acled.get("sub_event_type")) or NONE


def label_metrics(tally: Tally) -> Metrics:
    """Accuracy, macro-F1 over the gold classes, and the most frequent confusions as [gold, pred, n]."""
    pairs: list[tuple[str, str]] = tally.values("labels")
    f1s = [class_f1(c, pairs) for c in sorted({g for g, _ in pairs})]
    confusions = Counter((g, p) for g, p in pairs if g != p).most_common(TOP_CONFUSIONS)
    return {"n": len(pairs), "accuracy": ratio(sum(g == p for g, p in pairs), len(pairs)),
            "macro_f1": ratio(sum(f1s), len(f1s)), "confusions": [[g, p, k] for (g, p), k in confusions]}


def class_f1(c: str, pairs: list[tuple[str, str]]) -> float:
    """F1 of one class over (gold, predicted) pairs."""
    tp = sum(g == c and p == c for g, p in pairs)
    return prf(tp, sum(p == c for _, p in pairs), sum(g == c for g, _ in pairs))["f1"]


LABEL = Layer("label", tally_label, label_metrics, "one label per document: accuracy, macro-F1, confusions")
