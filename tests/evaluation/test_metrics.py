"""Metric arithmetic: P/R/F1 with empty sides, ratios, great-circle distance."""

from __future__ import annotations

import pytest

from dateline.evaluation.metrics import haversine_km, prf, ratio


@pytest.mark.parametrize("tp,n_pred,n_gold,p,r,f1", [
    (3, 4, 6, 0.75, 0.5, 0.6),
    (0, 0, 0, 1.0, 1.0, 1.0),     # nothing to find, nothing found
    (0, 0, 5, 0.0, 0.0, 0.0),     # nothing found
    (0, 3, 0, 0.0, 0.0, 0.0),     # only false alarms
])
def test_metrics_prf(tp: int, n_pred: int, n_gold: int, p: float, r: float, f1: float) -> None:
    assert prf(tp, n_pred, n_gold) == pytest.approx({"precision": p, "recall": r, "f1": f1})


@pytest.mark.parametrize("a,b,out", [(1, 4, 0.25), (3, 0, None)])
def test_metrics_ratio(a: int, b: int, out: float | None) -> None:
    assert ratio(a, b) == out


@pytest.mark.parametrize("a,b,km", [
    ((55.75204, 37.61781), (46.73239, -117.00017), 8375),   # Moscow to Moscow, Idaho
    ((49.98177, 36.25475), (49.98177, 36.25475), 0),
    ((0.0, 0.0), (0.0, 180.0), 20015),
])
def test_metrics_haversine_km(a: tuple[float, float], b: tuple[float, float], km: float) -> None:
    assert haversine_km(*a, *b) == pytest.approx(km, abs=15)
