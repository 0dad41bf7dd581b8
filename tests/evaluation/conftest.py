"""Evaluation test helpers: the reference scorer of ../shared/eval, and gold records turned into predictions."""

from __future__ import annotations

import importlib.util
import math
from types import ModuleType
from typing import Any

import pytest

from support import SHARED

REFERENCE = SHARED / "eval" / "score.py"


@pytest.fixture(scope="session")
def reference() -> ModuleType:
    """shared/eval/score.py imported as a module (the test skips when it is absent)."""
    if not REFERENCE.exists():
        pytest.skip(f"reference scorer not available: {REFERENCE}")
    spec = importlib.util.spec_from_file_location("reference_score", REFERENCE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def assert_same_scores(ours: Any, theirs: Any, where: str = "") -> None:
    """Equal structures; floats equal up to summation order (score.py sums macro-F1 in set order)."""
    if isinstance(theirs, float) and isinstance(ours, float):
        assert math.isclose(ours, theirs, rel_tol=1e-12, abs_tol=1e-12), f"{where}: {ours} != {theirs}"
    elif isinstance(theirs, dict):
        assert isinstance(ours, dict) and list(ours) == list(theirs), f"{where}: keys {list(ours)} != {list(theirs)}"
        for k in theirs:
            assert_same_scores(ours[k], theirs[k], f"{where}.{k}")
    elif isinstance(theirs, list):
        assert isinstance(ours, list) and len(ours) == len(theirs), f"{where}: {ours} != {theirs}"
        for i, (a, b) in enumerate(zip(ours, theirs, strict=True)):
            assert_same_scores(a, b, f"{where}[{i}]")
    else:
        assert type(ours) is type(theirs) and ours == theirs, f"{where}: {ours!r} != {theirs!r}"


def as_prediction(gold: dict[str, Any]) -> dict[str, Any]:
    """A contract record that says exactly what a gold record says (the oracle every layer scores perfectly on)."""
    places = [{"id": f"P{i}", "name": p.get("text"), "geonameid": p.get("geonameid"), "lat": p.get("lat"),
               "lon": p.get("lon"), "mentions": [{"start": p["start"], "end": p["end"], "text": p["text"]}]}
              for i, p in enumerate(gold.get("places") or [])]
    entities: list[dict[str, Any]] = []
    events = []
    for i, e in enumerate(gold.get("events") or []):
        place_ref = None
        if isinstance(e.get("place"), dict):
            place_ref = f"PE{i}"
            places.append({"id": place_ref, **{k: e["place"].get(k) for k in ("name", "geonameid", "lat", "lon")},
                           "mentions": []})
        roles: dict[str, list[str]] = {}
        for role in ("actors", "recipients"):
            roles[role] = []
            for name in e.get(role) or []:
                entities.append({"id": f"E{len(entities)}", "name": name, "aliases": [], "mentions": []})
                roles[role].append(entities[-1]["id"])
        events.append({"id": f"V{i}", "type": e["type"], "evidence": e["evidence"], "date": e.get("date"),
                       "place": place_ref, "status": e.get("status"), "confidence": 1.0, "acled": e.get("acled"),
                       **roles})
    label = gold.get("label") or {}
    for scheme, value in label.items():
        typed = {"type": value} if scheme == "plover" else {"type": "ASSAULT", "acled": {"sub_event_type": value}}
        events.append({"id": "VL", "evidence": {"start": 0, "end": 1}, "confidence": 1.0, **typed})
    quotes = [{"id": f"Q{i}", "start": q["start"], "end": q["end"], "text": q["text"], "kind": q.get("kind"),
               "speaker": {"name": q.get("speaker"), **(q.get("speaker_mention") or {})}, "cue": q.get("cue")}
              for i, q in enumerate(gold.get("quotes") or [])]
    duplicates = [{**d["span"], "duplicate_of": d["of"]} if "span" in d else d for d in gold.get("duplicates") or []]
    return {"id": gold["id"], "text": gold["text"], "places": places, "entities": entities,
            "times": list(gold.get("times") or []), "quotes": quotes, "events": events, "duplicates": duplicates}
