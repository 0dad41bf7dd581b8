"""Stage `places`: invented news sentences end to end, offsets checked; the seed article against its gold."""

from __future__ import annotations

import json
from typing import Any

import pytest

from ..conftest import assert_offsets, dev_file

STAGES = ["segment", "dateline", "published", "nlp", "places"]


@pytest.fixture(scope="module")
def run() -> Any:
    from dateline.config import load_settings
    from dateline.doc import Doc
    from dateline.pipeline import Pipeline

    pipe = Pipeline(load_settings(pipeline__on_error="raise"), stages=STAGES)
    return lambda text: pipe(Doc(text=text, id="test"))


def _places(doc: Any) -> dict[str, Any]:
    rec = doc.to_record()
    assert_offsets(rec)
    return {m["text"]: p for p in rec["places"] for m in p["mentions"]}


@pytest.mark.slow
@pytest.mark.parametrize("text, surface, field, value", [
    ("BEIRUT (Reuters) - Syrian troops retook Palmyra on Sunday. Palmyra had been held by militants.", "Palmyra",
     "geonameid", 163808),
    ("Government forces shelled Idlib, the last rebel stronghold in Syria.", "Idlib", "geonameid", 169389),
    ("The mayor of Palmyra, New York, said the parade would go ahead.", "Palmyra", "admin1", "New York"),
    ("Jets struck targets near the T-4 airbase in central Syria.", "T-4 airbase", "geonameid", None),
    ("Police closed Royal Street in New Orleans on Friday.", "Royal Street", "admin1", "Louisiana"),
    ("Fighting in Myanmar went on as the Myanmar military shelled villages.", "Myanmar", "geonameid", 1327865),
])
def test_places_resolved(run: Any, text: str, surface: str, field: str, value: object) -> None:
    found = _places(run(text))
    assert surface in found
    assert found[surface][field] == value


@pytest.mark.slow
@pytest.mark.parametrize("text, role", [
    ("BEIRUT (Reuters) - Syrian troops retook Palmyra on Sunday.", "dateline"),
    ("BEIRUT (Reuters) - Protesters gathered in Beirut on Sunday.", None),
])
def test_places_dateline_role(run: Any, text: str, role: str | None) -> None:
    doc = run(text)
    beirut = next(p for p in doc.places if p.name == "Beirut")
    assert beirut.role == role


@pytest.mark.slow
@pytest.mark.parametrize("text, absent", [
    ("Michael Jordan scored 40 points as Chicago won.", "Jordan"),
    ("Said the minister: we will not give up.", "Said"),
    ("The Syrian army advanced on Monday.", "Syrian"),
    ("IS fighters withdrew overnight.", "IS"),
])
def test_places_not_places(run: Any, text: str, absent: str) -> None:
    assert absent not in _places(run(text))


@pytest.mark.slow
@pytest.mark.parametrize("text", ["", "\n\n", "😀😀😀 🚀", "مرحبا بالعالم في دمشق", "“Palmyra” — ‘Idlib’ …",
                                  "PALMYRA " * 3000, "Cafe\u0301 in Pa\u0301ris and Ro\u0308me"])
def test_places_bad_input(run: Any, text: str) -> None:
    _places(run(text))


@pytest.mark.slow
@pytest.mark.parametrize("text", ["Russian jets struck Idlib. Moscow said Idlib was a terrorist haven."])
def test_places_ids_in_order(run: Any, text: str) -> None:
    doc = run(text)
    assert [p.id for p in doc.places] == [f"P{i}" for i in range(1, len(doc.places) + 1)]
    starts = [p.mentions[0].start for p in doc.places]
    assert starts == sorted(starts)


@pytest.mark.dev
@pytest.mark.slow
@pytest.mark.parametrize("max_km", [161.0])
def test_places_seed_gold(run: Any, max_km: float) -> None:
    from dateline.places.geo import km

    gold = json.loads(dev_file("seed/seed.gold.jsonl").read_text(encoding="utf-8").splitlines()[0])
    doc = run(gold["text"])
    mentions = [(m, p) for p in doc.places for m in p.mentions]
    for g in gold["places"]:
        hit = [p for m, p in mentions if m.start < g["end"] and g["start"] < m.end]
        assert hit, f"missed {g['text']} at {g['start']}"
        assert km(g["lat"], g["lon"], hit[0].lat, hit[0].lon) <= max_km, g["text"]
    assert len(mentions) == len(gold["places"]), "no false positives in the seed"
