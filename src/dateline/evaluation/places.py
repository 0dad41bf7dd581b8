"""Places: toponym detection by span overlap, then resolution of the matched ones (distance, GeoNames id)."""

from __future__ import annotations

import statistics

from .fields import Item, PredReader, finite, gold_spans, spans_only
from .layer import Layer, Metrics
from .matching import greedy_match, overlaps_any
from .metrics import MAX_KM, haversine_km, prf, ratio
from .tally import Tally

WITHIN_KM = 161  # 100 miles, the usual geoparsing threshold


def tally_places(gold: Item, pred: Item, read: PredReader, tally: Tally) -> None:
    """Count one document; an unmatched prediction overlapping a places_ignore span is neither right nor wrong."""
    wanted = gold_spans(gold.get("places"))
    ignore = spans_only(gold_spans(gold.get("places_ignore")))
    found = [(s, place) for place in read.dicts(pred.get("places")) for s, _ in read.spans(place.get("mentions"))]
    pairs = greedy_match(spans_only(wanted), spans_only(found))
    matched = {j for _, j in pairs}
    stray = sum(j not in matched and not overlaps_any(s, ignore) for j, (s, _) in enumerate(found))
    tally.add(tp=len(pairs), fn=len(wanted) - len(pairs), fp=stray)
    for i, j in pairs:
        tally_resolution(wanted[i][1], found[j][1], read, tally)


def tally_resolution(gold_place: Item, pred_place: Item, read: PredReader, tally: Tally) -> None:
    """Distance (a missing coordinate costs MAX_KM) and GeoNames id of one matched toponym."""
    glat, glon = finite(gold_place.get("lat")), finite(gold_place.get("lon"))
    plat, plon = read.number(pred_place.get("lat")), read.number(pred_place.get("lon"))
    if glat is not None and glon is not None:
        missing = plat is None or plon is None
        tally.sample("km", MAX_KM if missing else haversine_km(glat, glon, plat, plon))  # type: ignore[arg-type]
    ids = {gold_place.get("geonameid"), *(gold_place.get("alt_geonameids") or [])} - {None}
    if ids:
        tally.add(gid_n=1, gid_ok=read.integer(pred_place.get("geonameid")) in ids)


def places_metrics(tally: Tally) -> Metrics:
    """Detection P/R/F1, then acc@161 km, median km and GeoNames id accuracy of the matched toponyms."""
    n, km = tally.n, tally.values("km")
    out: Metrics = prf(n["tp"], n["tp"] + n["fp"], n["tp"] + n["fn"])
    out.update(tp=n["tp"], fp=n["fp"], fn=n["fn"], resolved_n=len(km),
               acc161=ratio(sum(k <= WITHIN_KM for k in km), len(km)),
               median_km=statistics.median(km) if km else None,
               geonameid_n=n["gid_n"], geonameid_acc=ratio(n["gid_ok"], n["gid_n"]))
    return out


PLACES = Layer("places", tally_places, places_metrics, "toponyms: detection, acc@161 km, median km, GeoNames id")
