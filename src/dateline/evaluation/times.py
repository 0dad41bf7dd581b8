"""Times: time expression detection by overlap, then value and type of the matched ones."""

from __future__ import annotations

from .fields import Item, PredReader, clean, fold, gold_spans, same, spans_only
from .layer import Layer, Metrics
from .matching import greedy_match
from .metrics import prf, ratio
from .tally import Tally


def tally_times(gold: Item, pred: Item, read: PredReader, tally: Tally) -> None:
    """Count one document."""
    wanted, found = gold_spans(gold.get("times")), read.spans(pred.get("times"))
    pairs = greedy_match(spans_only(wanted), spans_only(found))
    tally.add(tp=len(pairs), gold=len(wanted), pred=len(found))
    for i, j in pairs:
        g, p = wanted[i][1], found[j][1]
        tally.add(value_ok=same(clean(g.get("value")), read.string(p.get("value"))),
                  type_ok=same(fold(g.get("type")), read.key(p.get("type"))))


def times_metrics(tally: Tally) -> Metrics:
    """Detection P/R/F1, value and type accuracy; value_f1 = value accuracy x F1 (TempEval-3 style)."""
    n = tally.n
    out: Metrics = prf(n["tp"], n["pred"], n["gold"])
    value_acc = ratio(n["value_ok"], n["tp"])
    out.update(tp=n["tp"], n_gold=n["gold"], n_pred=n["pred"], value_acc=value_acc,
               value_f1=(value_acc or 0.0) * out["f1"], type_acc=ratio(n["type_ok"], n["tp"]))
    return out


TIMES = Layer("times", tally_times, times_metrics, "time expressions: detection, TIMEX3 value and type")
