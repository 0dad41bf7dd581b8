"""Events layer: type + overlapping evidence, then date at the gold precision, place, status, actors."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.evaluation import evaluate

TEXT = "Russian forces shelled Kharkiv on Tuesday. Talks were held in March."
GOLD = {"id": "d", "text": TEXT, "layers": ["events"], "events": [
    {"type": "ASSAULT", "evidence": {"start": 0, "end": 41, "text": TEXT[:41]},
     "date": {"start": "2024-03-12", "end": "2024-03-12", "precision": "day"},
     "place": {"name": "Kharkiv", "geonameid": 706483, "lat": 49.98, "lon": 36.25},
     "actors": ["Russia"], "recipients": ["Ukraine"], "status": "asserted"},
    {"type": "CONSULT", "evidence": {"start": 43, "end": 68, "text": TEXT[43:68]},
     "date": {"start": "2024-03", "end": "2024-03", "precision": "month"}, "place": None, "status": "historical"},
]}
PLACES = [{"id": "P1", "geonameid": 706483}, {"id": "P2", "geonameid": 1, "lat": 50.2, "lon": 36.3},
          {"id": "P3", "geonameid": 1, "lat": 51.0, "lon": 36.3}]
ENTITIES = [{"id": "E1", "name": "Russian Federation", "aliases": ["Russia"]}]


def score(events: Any) -> dict[str, Any]:
    """The events metrics of one prediction."""
    pred = {"id": "d", "events": events, "places": PLACES, "entities": ENTITIES}
    return evaluate([GOLD], [pred], ["events"]).layers["events"]


def assault(**fields: Any) -> dict[str, Any]:
    """A predicted ASSAULT on the first sentence."""
    return {"type": "assault", "evidence": {"start": 10, "end": 30}, **fields}


@pytest.mark.parametrize("events,tp", [
    ([assault()], 1), ([{**assault(), "type": "COERCE"}], 0), ([{**assault(), "evidence": {"start": 42, "end": 60}}], 0),
    ([{"type": "CONSULT", "evidence": {"start": 0, "end": 68}}, assault()], 2),
])
def test_events_match_on_type_and_evidence(events: list[dict[str, Any]], tp: int) -> None:
    assert score(events)["tp"] == tp


@pytest.mark.parametrize("date,right", [({"start": "2024-03-12"}, True), ({"start": "2024-03-11"}, False),
                                        ({"start": "2024-03"}, False), (None, False)])
def test_events_date_at_day_precision(date: Any, right: bool) -> None:
    assert score([assault(date=date)])["date_acc"] == float(right)


@pytest.mark.parametrize("date,right", [({"start": "2024-03-30"}, True), ({"start": "2024-04-01"}, False),
                                        (None, False)])
def test_events_date_at_month_precision(date: Any, right: bool) -> None:
    consult = {"type": "CONSULT", "evidence": {"start": 43, "end": 68}, "date": date}
    assert score([consult])["date_acc"] == float(right)


@pytest.mark.parametrize("place,right", [("P1", True), ("P2", True), ("P3", False), (None, False), ("P9", False)])
def test_events_place_by_id_or_within_50_km(place: Any, right: bool) -> None:
    assert score([assault(place=place)])["place_acc"] == float(right)


@pytest.mark.parametrize("actors,recipients,actor_recall,recipient_recall", [
    (["E1"], ["Ukraine's army"], 1.0, 1.0), (["Russian forces"], [], 1.0, 0.0), ([], ["E1"], 0.0, 0.0),
])
def test_events_actor_and_recipient_recall(actors: list[str], recipients: list[str], actor_recall: float,
                                           recipient_recall: float) -> None:
    result = score([assault(actors=actors, recipients=recipients)])
    assert (result["actor_recall"], result["recipient_recall"]) == (actor_recall, recipient_recall)


@pytest.mark.parametrize("status,right", [("Asserted", True), ("ongoing", False), (None, False)])
def test_events_status(status: Any, right: bool) -> None:
    assert score([assault(status=status)])["status_acc"] == float(right)
