"""Events: matched on type and overlapping evidence, then date, place, status, actors and recipients."""

from __future__ import annotations

from typing import Any

from .fields import Item, PredReader, clean, finite, fold, gold_spans, same, spans_only
from .layer import Layer, Metrics
from .matching import greedy_match
from .metrics import haversine_km, prf, ratio
from .names import contains_either
from .tally import Tally

PRECISION_CHARS = {"day": 10, "month": 7, "year": 4}  # how much of an ISO date a precision compares
PLACE_KM = 50  # a predicted event place this close to the gold one is right
ROLES = ("actors", "recipients")


def evidence(event: Item) -> Any:
    """Where an event's span sits."""
    return event.get("evidence")


def tally_events(gold: Item, pred: Item, read: PredReader, tally: Tally) -> None:
    """Count one document."""
    wanted = gold_spans(gold.get("events"), evidence)
    found = read.spans(pred.get("events"), evidence)
    types = [read.key(e.get("type")) for _, e in found]
    pairs = greedy_match(spans_only(wanted), spans_only(found),
                         lambda i, j: same(fold(wanted[i][1].get("type")), types[j]))
    places = {p["id"]: p for p in read.dicts(pred.get("places")) if isinstance(p.get("id"), str)}
    names = read.entity_names(pred)
    tally.add(gold=len(wanted), pred=len(found), tp=len(pairs))
    for i, j in pairs:
        g, p = wanted[i][1], found[j][1]
        tally.add(date_ok=date_right(g.get("date"), p.get("date"), read),
                  place_ok=place_right(g.get("place"), p.get("place"), places, read),
                  status_ok=same(fold(g.get("status")), read.key(p.get("status"))))
        for role in ROLES:
            tally_role(role, g, p, names, read, tally)


def tally_role(role: str, gold_event: Item, pred_event: Item, names: dict[str, list[str]], read: PredReader,
               tally: Tally) -> None:
    """Count the gold actors (or recipients) named by a predicted one; an id stands for its entity's names."""
    refs = [read.string(r) for r in read.items(pred_event.get(role))]
    found = [name for r in refs if r for name in names.get(r, [r])]
    listed = gold_event.get(role)
    wanted = [a for a in listed if isinstance(a, str)] if isinstance(listed, list) else []
    tally.n[f"{role}_n"] += len(wanted)
    tally.n[f"{role}_ok"] += sum(any(contains_either(a, f) for f in found) for a in wanted)


def date_right(gold_date: Any, pred_date: Any, read: PredReader) -> bool:
    """Same date.start at the gold precision (day, month or year); a null gold date wants a null one."""
    if not isinstance(gold_date, dict):
        return pred_date is None
    if not isinstance(pred_date, dict):
        read.charge(pred_date is not None)
        return False
    n = PRECISION_CHARS.get(gold_date.get("precision"), 10)  # type: ignore[arg-type]
    want, got = clean(gold_date.get("start")) or "", read.string(pred_date.get("start")) or ""
    return len(got) >= n and got[:n] == want[:n]


def place_right(gold_place: Any, ref: Any, places: dict[str, Item], read: PredReader) -> bool:
    """Same GeoNames id, or within PLACE_KM of the gold coordinates; a null gold place wants a null one."""
    if not isinstance(gold_place, dict):
        return ref is None
    pred_place = places.get(ref) if isinstance(ref, str) else ref
    if not isinstance(pred_place, dict):
        read.charge(ref is not None)
        return False
    if same(gold_place.get("geonameid"), read.integer(pred_place.get("geonameid"))):
        return True
    glat, glon = finite(gold_place.get("lat")), finite(gold_place.get("lon"))
    plat, plon = read.number(pred_place.get("lat")), read.number(pred_place.get("lon"))
    if glat is None or glon is None or plat is None or plon is None:
        return False
    return haversine_km(glat, glon, plat, plon) <= PLACE_KM


def events_metrics(tally: Tally) -> Metrics:
    """P/R/F1 of (type, evidence) matches, then date, place and status accuracy and actor/recipient recall."""
    n = tally.n
    out: Metrics = prf(n["tp"], n["pred"], n["gold"])
    out.update(tp=n["tp"], n_gold=n["gold"], n_pred=n["pred"], date_acc=ratio(n["date_ok"], n["tp"]),
               place_acc=ratio(n["place_ok"], n["tp"]), actor_recall=ratio(n["actors_ok"], n["actors_n"]),
               recipient_recall=ratio(n["recipients_ok"], n["recipients_n"]),
               status_acc=ratio(n["status_ok"], n["tp"]))
    return out


EVENTS = Layer("events", tally_events, events_metrics, "events: type + evidence, then date, place, status, actors")
