"""evaluate() against shared/eval/score.py: the same numbers on oracle, empty, perturbed and malformed predictions."""

from __future__ import annotations

import copy
import json
from types import ModuleType
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.evaluation import evaluate

from support import DEV, FIXTURES

from .conftest import as_prediction, assert_same_scores

GOLD = FIXTURES / "gold"
SEED = DEV / "seed" / "seed.gold.jsonl"
WEIRD = [None, "x", "", 3, -1, True, 1.5, float("nan"), [], {}, [1], {"start": "a"}]
KINDS = ["direct", "indirect", "mixed", "DIRECT", None]
TYPES = ["ASSAULT", "assault", "PROTEST", "CONSULT", "AGREE", "COERCE", None]
LABELS = ["AID", "REJECT", "Armed clash", "none", "Peaceful protest", "PROTEST"]
STATUSES = ["asserted", "ongoing", "Asserted ", "future", None]
DATES = ["2017-02-07", "2017-02", "2017", "2016-12-09", "", None]
NAMES = ["Alexander Kinshchak", "Kinshchak", "Mr Kinshchak", "Lavrov", "the ambassador", "Syrian Army", "IS", None]


def fixture_golds() -> list[dict[str, Any]]:
    """The project's own gold records (articles and snippets)."""
    return [json.loads(line) for path in sorted(GOLD.glob("*.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def extra_golds() -> list[dict[str, Any]]:
    """Hand-made records: one label in both schemes (one with an alternative), a quote nobody is named for."""
    return [
        {"id": "q1", "text": "Aid is coming, a notice on the wall read.", "layers": ["quotes"],
         "quotes": [{"start": 0, "end": 14, "text": "Aid is coming,", "kind": "indirect"}]},
        {"id": "l1", "text": "Troops shelled the town.", "layers": ["label"], "label": {"plover": "ASSAULT"}},
        {"id": "l2", "text": "Aid arrived.", "layers": ["label"], "label": {"plover": "AID"},
         "label_alt": {"plover": ["REJECT"]}},
        {"id": "l3", "text": "Crowds marched.", "layers": ["label"], "label": {"acled": "Peaceful protest"}},
        {"id": "l4", "text": "Rain fell.", "layers": ["label"], "label": {"acled": "none"}},
        {"id": "l5", "text": "Rebels clashed with the army.", "layers": ["label"], "label": {"acled": "Armed clash"}},
    ]


def all_golds() -> list[dict[str, Any]]:
    """Every gold record the comparison runs over (the seed too when ../shared is present)."""
    golds = fixture_golds() + extra_golds()
    if SEED.exists():
        golds += [json.loads(line) for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    return golds


def both(reference: ModuleType, golds: list[dict[str, Any]], preds: list[dict[str, Any]]) -> None:
    """Assert that our scores equal the reference scorer's."""
    theirs = reference.score(copy.deepcopy(golds), copy.deepcopy(preds))
    assert_same_scores(evaluate(golds, preds).as_dict(), theirs)


@pytest.mark.dev
@pytest.mark.parametrize("case", ["oracle", "empty", "missing", "errors"])
def test_scorer_equals_reference_on_plain_predictions(reference: ModuleType, case: str) -> None:
    golds = all_golds()
    preds = {
        "oracle": [as_prediction(g) for g in golds],
        "empty": [{"id": g["id"], "text": g["text"]} for g in golds],
        "missing": [as_prediction(g) for g in golds[::2]],
        "errors": [{"id": g["id"], "error": {"code": "E", "message": "m"}, "text": "other"} for g in golds],
    }[case]
    both(reference, golds, preds)


@pytest.mark.parametrize("layer", ["places", "times", "quotes", "events", "label", "duplicates"])
def test_scorer_oracle_is_perfect(layer: str) -> None:
    golds = all_golds()
    result = evaluate(golds, [as_prediction(g) for g in golds], [layer]).as_dict()[layer]
    headline = {"places": "f1", "times": "value_f1", "quotes": "e2e_f1", "events": "f1", "label": "accuracy",
                "duplicates": "recall"}[layer]
    assert result[headline] == 1.0
    assert result["malformed"] == 0


def offsets_near(draw: st.DrawFn, gold_spans: list[tuple[int, int]], size: int) -> dict[str, Any] | Any:
    """A span dict near a gold span, anywhere in the text, or something malformed."""
    how = draw(st.integers(0, 9))
    if how == 0:
        return draw(st.sampled_from(WEIRD))
    if how <= 3 and gold_spans:
        s, e = draw(st.sampled_from(gold_spans))
    elif how <= 7 and gold_spans:
        s, e = draw(st.sampled_from(gold_spans))
        reach = (e - s) // 2 + 3  # far enough to cross the half-overlap line both ways
        s, e = s + draw(st.integers(-reach, reach)), e + draw(st.integers(-reach, reach))
    else:
        s = draw(st.integers(-2, max(size, 1)))
        e = s + draw(st.integers(-1, 60))
    return {"start": s, "end": e}


def as_fields(x: Any) -> dict[str, Any]:
    """A span dict to spread into an item; a malformed value becomes a malformed start."""
    return x if isinstance(x, dict) else {"start": x, "end": 5}


def maybe(draw: st.DrawFn, values: list[Any]) -> Any:
    """A value from `values`, now and then something malformed."""
    return draw(st.sampled_from(WEIRD)) if draw(st.integers(0, 11)) == 0 else draw(st.sampled_from(values))


@st.composite
def prediction(draw: st.DrawFn, gold: dict[str, Any]) -> dict[str, Any]:
    """A random, sometimes malformed, prediction for a gold record."""
    size = len(gold["text"])
    spans = lambda key, at=lambda d: d: [(at(d)["start"], at(d)["end"]) for d in gold.get(key) or [] if at(d)]
    many = lambda make: [make() for _ in range(draw(st.integers(0, 6)))]
    near = lambda key, at=lambda d: d: as_fields(offsets_near(draw, spans(key, at), size))
    entities = [{"id": f"E{i}", "name": maybe(draw, NAMES), "aliases": maybe(draw, [[], ["IS", "Islamic State"]])}
                for i in range(draw(st.integers(0, 3)))]
    places = [{"id": f"P{i}", "geonameid": maybe(draw, [163808, 2017370, 1, None]),
               "lat": maybe(draw, [34.56, 60.0, 0.0, None]), "lon": maybe(draw, [38.28, 100.0, 0.0]),
               "mentions": [near("places") for _ in range(draw(st.integers(0, 3)))]}
              for i in range(draw(st.integers(0, 5)))]
    refs = [p["id"] for p in places] + ["P99", None]
    return {
        "id": gold["id"], "text": gold["text"], "entities": entities, "places": maybe(draw, [places]),
        "times": many(lambda: {**near("times"), "value": maybe(draw, DATES + ["PRESENT_REF", "P1D"]),
                               "type": maybe(draw, ["DATE", "date", "DURATION"])}),
        "quotes": many(lambda: {**near("quotes"), "kind": maybe(draw, KINDS),
                                "speaker": maybe(draw, [{"name": maybe(draw, NAMES), "entity": maybe(draw, ["E0", "E1"]),
                                                         **near("quotes", lambda q: q.get("speaker_mention"))}])}),
        "events": many(lambda: {"evidence": near("events", lambda e: e.get("evidence")),
                                "type": maybe(draw, TYPES + LABELS), "status": maybe(draw, STATUSES),
                                "confidence": maybe(draw, [0.1, 0.9, 0.5]),
                                "acled": maybe(draw, [None, {"sub_event_type": maybe(draw, LABELS)}]),
                                "date": maybe(draw, [None, {"start": maybe(draw, DATES)}]),
                                "place": maybe(draw, refs + [{"lat": 34.5, "lon": 38.3}]),
                                "actors": maybe(draw, [[], ["E0"], ["Syrian Army"], ["E1", "IS"]]),
                                "recipients": maybe(draw, [[], ["E2"], ["Islamic State"]])}),
        "duplicates": many(lambda: near("duplicates", lambda d: d.get("span", d))),
    }


@pytest.mark.dev
@pytest.mark.slow
@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_scorer_equals_reference_on_random_predictions(reference: ModuleType, data: st.DataObject) -> None:
    golds = all_golds()
    chosen = data.draw(st.lists(st.sampled_from(golds), min_size=1, max_size=4, unique_by=lambda g: g["id"]))
    preds = [data.draw(prediction(g)) for g in chosen]
    both(reference, chosen, preds)


def perturbed(gold: dict[str, Any], how: str) -> dict[str, Any]:
    """The oracle prediction changed in one systematic way (every other item, so both sides of a rule are seen)."""
    p = as_prediction(gold)
    odd = lambda items: [x for i, x in enumerate(items) if i % 2]
    if how == "drop":
        for key in ("places", "times", "quotes", "events", "duplicates"):
            p[key] = odd(p[key])
    elif how == "shift":
        for item in [m for pl in p["places"] for m in pl["mentions"]] + p["times"] + p["duplicates"]:
            item["start"] += 2
            item["end"] += 2
        for i, q in enumerate(p["quotes"]):  # across the half-overlap line: 60% and 40% of the span still covered
            move = (q["end"] - q["start"]) * (4 + 2 * (i % 2)) // 10
            q["start"], q["end"] = q["start"] + move, q["end"] + move
    elif how == "values":
        for t in odd(p["times"]):
            t["value"], t["type"] = "2099-01-01", " date "
        for i, q in enumerate(odd(p["quotes"])):
            q["kind"] = "indirect" if q.get("kind") == "direct" else "direct"
            surname = (q["speaker"].get("name") or "x").split()[-1]
            q["speaker"] = {"name": ["Someone Else", f"Dr. {surname}"][i % 2], "start": 0, "end": 1}
        ignored = gold.get("places_ignore") or []
        p["places"].append({"id": "PX", "mentions": ignored + [{"start": 0, "end": 1}]})
        for i, place in enumerate(p["places"]):
            if place.get("geonameid") and i % 2:
                place["geonameid"] += 1
            if place.get("lat") is not None:
                place["lat"] += [0.5, 1.2, 2.0][i % 3]  # about 55, 130 and 220 km off
        for i, e in enumerate(p["events"]):
            e["status"] = ["ASSERTED", "historical", e.get("status")][i % 3]
            e["date"] = [None, {"start": "2024"}, {"start": "2024-01-17"}, e.get("date")][i % 4]
            e["place"] = [None, "P0", e.get("place")][i % 3]
            e["actors"], e["recipients"] = e.get("recipients", []), e.get("actors", [])
            if e["id"] == "VL":  # the label event: an alternative label, another ACLED sub-event type
                e["type"], e["acled"] = "REJECT", {"sub_event_type": "Armed clash"}
    elif how == "malformed":
        p["entities"] = [7, {"id": 3}, {"id": "E0", "name": 5, "aliases": "x"}]
        for place in odd(p["places"]):
            place["lat"], place["geonameid"], place["mentions"] = "34.5", "163808", [{"start": "1", "end": 2}, 3]
        for t in odd(p["times"]):
            t["value"] = 2024
        for q in odd(p["quotes"]):
            q["speaker"] = ["not", "a", "dict"]
        for e in odd(p["events"]):
            e["date"], e["place"], e["actors"], e["confidence"] = "2024", 5, "E0", "high"
        p["duplicates"] = p["duplicates"] + [None, {"start": 5, "end": 5}]
    return p


@pytest.mark.dev
@pytest.mark.parametrize("how", ["drop", "shift", "values", "malformed"])
def test_scorer_equals_reference_on_perturbed_predictions(reference: ModuleType, how: str) -> None:
    golds = all_golds()
    preds = [perturbed(g, how) for g in golds]
    both(reference, golds, preds)
    assert evaluate(golds, preds).as_dict() != evaluate(golds, [as_prediction(g) for g in golds]).as_dict()
