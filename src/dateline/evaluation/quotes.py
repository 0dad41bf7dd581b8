"""Quotes: detection (overlap of at least half the shorter span), by kind, then speaker attribution."""

from __future__ import annotations

from .fields import Item, Offsets, PredReader, gold_spans, offsets, spans_only
from .layer import Layer, Metrics
from .matching import greedy_match, overlap
from .metrics import prf, ratio
from .names import same_person
from .tally import Tally

KINDS = ("direct", "indirect")


def kind_of(quote: Item) -> str:
    """"direct", or "indirect" for everything else (mixed quotes are scored as indirect)."""
    return "direct" if quote.get("kind") == "direct" else "indirect"


def half_overlap(a: Offsets, b: Offsets) -> bool:
    """True when the spans share at least half of the shorter one."""
    return overlap(a, b) >= 0.5 * min(a[1] - a[0], b[1] - b[0])


def tally_quotes(gold: Item, pred: Item, read: PredReader, tally: Tally) -> None:
    """Count one document; an unmatched prediction counts against its own predicted kind."""
    wanted, found = gold_spans(gold.get("quotes")), read.spans(pred.get("quotes"))
    pairs = greedy_match(spans_only(wanted), spans_only(found),
                         lambda i, j: half_overlap(wanted[i][0], found[j][0]))
    matched = {j for _, j in pairs}
    names = read.entity_names(pred)
    tally.add(gold=len(wanted), pred=len(found), tp=len(pairs))
    tally.n.update(f"gold_{kind_of(q)}" for _, q in wanted)
    tally.n.update(f"fp_{kind_of(q)}" for j, (_, q) in enumerate(found) if j not in matched)
    for i, j in pairs:
        tally.n[f"tp_{kind_of(wanted[i][1])}"] += 1
        right = speaker_right(wanted[i][1], found[j][1], names, read)
        if right is not None:
            tally.add(speaker_n=1, speaker_ok=right)
        tally.add(e2e=right is not False)


def speaker_right(gold_quote: Item, pred_quote: Item, names: dict[str, list[str]], read: PredReader) -> bool | None:
    """Whether the predicted speaker is right: by name, else by the local mention; None when gold has neither."""
    speaker = pred_quote.get("speaker")
    if not isinstance(speaker, dict):
        read.charge(speaker is not None)
        speaker = {}
    gold_name = gold_quote.get("speaker")
    if isinstance(gold_name, str):
        entity = read.string(speaker.get("entity"))
        aliases = names.get(entity, []) if entity is not None else []
        candidates = [read.string(speaker.get("name")), *aliases]
        return any(same_person(gold_name, name) for name in candidates)
    mention = offsets(gold_quote.get("speaker_mention"))
    if mention is None:
        return None
    said_by = offsets(speaker)
    return said_by is not None and overlap(said_by, mention) > 0


def quotes_metrics(tally: Tally) -> Metrics:
    """P/R/F1 overall and per kind, speaker accuracy, and e2e F1 (span and speaker right)."""
    n = tally.n
    out: Metrics = prf(n["tp"], n["pred"], n["gold"])
    for k in KINDS:
        sub = prf(n[f"tp_{k}"], n[f"tp_{k}"] + n[f"fp_{k}"], n[f"gold_{k}"])
        out.update({f"{k}_{m}": v for m, v in sub.items()})
        out[f"{k}_n"] = n[f"gold_{k}"]
    out.update(tp=n["tp"], n_gold=n["gold"], n_pred=n["pred"], speaker_n=n["speaker_n"],
               speaker_acc=ratio(n["speaker_ok"], n["speaker_n"]),
               e2e_f1=prf(n["e2e"], n["pred"], n["gold"])["f1"])
    return out


QUOTES = Layer("quotes", tally_quotes, quotes_metrics, "quotes: detection by kind, speaker, end to end")
