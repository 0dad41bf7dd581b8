"""Places layer: detection with places_ignore, then distance and GeoNames id of the matched toponyms."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.evaluation import evaluate

TEXT = "Russian jets hit Kharkiv and Sumy, officials in Kyiv said."
KHARKIV = {"start": 17, "end": 24, "text": "Kharkiv", "geonameid": 706483, "lat": 49.98, "lon": 36.25}
SUMY = {"start": 29, "end": 33, "text": "Sumy", "geonameid": 692194, "lat": 50.92, "lon": 34.80,
        "alt_geonameids": [692196]}
GOLD = {"id": "d", "text": TEXT, "layers": ["places"], "places": [KHARKIV, SUMY],
        "places_ignore": [{"start": 0, "end": 7, "text": "Russian"}]}


def place(start: int, end: int, gid: Any = None, lat: Any = None, lon: Any = None) -> dict[str, Any]:
    """A predicted place with one mention."""
    return {"id": f"P{start}", "geonameid": gid, "lat": lat, "lon": lon, "mentions": [{"start": start, "end": end}]}


def score(places: Any) -> dict[str, Any]:
    """The places metrics of one prediction."""
    return evaluate([GOLD], [{"id": "d", "places": places}], ["places"]).layers["places"]


@pytest.mark.parametrize("places,tp,fp,fn", [
    ([place(17, 24), place(29, 33)], 2, 0, 0),
    ([place(0, 7)], 0, 0, 2),                        # inside a places_ignore span: neither right nor wrong
    ([place(48, 52)], 0, 1, 2),                      # "Kyiv" is not gold here: a false alarm
    ([place(17, 21), place(20, 24)], 1, 1, 1),       # two predictions, one gold span
    (None, 0, 0, 2),
])
def test_places_detection_counts(places: Any, tp: int, fp: int, fn: int) -> None:
    result = score(places)
    assert (result["tp"], result["fp"], result["fn"]) == (tp, fp, fn)


@pytest.mark.parametrize("pred,acc161,gid_acc", [
    (place(29, 33, 692194, 50.92, 34.80), 1.0, 1.0),
    (place(29, 33, 692196, 52.0, 34.80), 1.0, 1.0),     # an alternative id; 120 km off still counts
    (place(29, 33, 1, 53.0, 34.80), 0.0, 0.0),          # 230 km off, wrong id
    (place(29, 33, "692194"), 0.0, 0.0),                # no coordinates: the maximum error
])
def test_places_resolution(pred: dict[str, Any], acc161: float, gid_acc: float) -> None:
    result = score([pred])
    assert (result["acc161"], result["geonameid_acc"], result["resolved_n"]) == (acc161, gid_acc, 1)


def test_places_missing_coordinates_cost_half_the_earth() -> None:
    assert score([place(17, 24)])["median_km"] == pytest.approx(20038.0)


def test_places_malformed_fields_are_counted() -> None:
    result = score([place(17, 24, "706483", "49.9", 36.25), "Sumy", {"mentions": "x"}])
    assert result["malformed"] == 4 and result["tp"] == 1
