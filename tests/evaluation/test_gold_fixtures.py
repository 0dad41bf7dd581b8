"""The project's own gold (tests/fixtures/gold): every span is exact, the specs and the JSON Lines agree."""

from __future__ import annotations

import json
from typing import Any

import pytest

from dateline.evaluation.authoring import KINDS, PLOVER, STATUSES, TIME_TYPES, build
from dateline.evaluation.layers import LAYERS
from support import FIXTURES

GOLD = FIXTURES / "gold"


def records() -> list[dict[str, Any]]:
    """Every record of every fixture collection."""
    return [json.loads(line) for path in sorted(GOLD.glob("*.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def spans(x: Any, where: str = "") -> list[tuple[str, dict[str, Any]]]:
    """Every span dict (start, end, text) below x, with its path."""
    found = []
    if isinstance(x, dict):
        if "start" in x and "end" in x and "text" in x:  # event dates have start/end too, but no text
            found.append((where, x))
        for k, v in x.items():
            found += spans(v, f"{where}.{k}")
    elif isinstance(x, list):
        for i, v in enumerate(x):
            found += spans(v, f"{where}[{i}]")
    return found


RECORDS = records()
ARTICLES = [r for r in RECORDS if "label" not in r["layers"]]


def test_gold_fixtures_are_built_from_their_specs() -> None:
    assert build(GOLD / "src", GOLD, check=True) == [], "run: python -m dateline.evaluation.authoring " \
        "tests/fixtures/gold/src tests/fixtures/gold"


def test_gold_fixtures_have_enough_articles() -> None:
    assert 12 <= len(ARTICLES) <= 20
    assert len({r["id"] for r in RECORDS}) == len(RECORDS)


@pytest.mark.parametrize("rec", RECORDS, ids=[r["id"] for r in RECORDS])
def test_gold_fixtures_every_span_is_exact(rec: dict[str, Any]) -> None:
    text = rec["text"]
    found = [(w, d) for k, v in rec.items() if k != "text" for w, d in spans(v, k)]
    for where, d in found:
        assert isinstance(d["start"], int) and isinstance(d["end"], int), where
        assert 0 <= d["start"] < d["end"] <= len(text), where
        assert text[d["start"]:d["end"]] == d["text"], f"{where}: {d['start']}:{d['end']} != {d['text']!r}"
    assert found or rec["layers"] == ["label"]


@pytest.mark.parametrize("rec", ARTICLES, ids=[r["id"] for r in ARTICLES])
def test_gold_fixtures_annotations_are_well_formed(rec: dict[str, Any]) -> None:
    assert set(rec["layers"]) <= set(LAYERS)
    ignore = [(i["start"], i["end"]) for i in rec["places_ignore"]]
    for p in rec["places"]:
        assert isinstance(p["geonameid"], int)
        assert not any(p["start"] < e and s < p["end"] for s, e in ignore), f"{p['text']} is also ignored"
    assert all(t["type"] in TIME_TYPES and t["value"] for t in rec["times"])
    assert all(q["kind"] in KINDS for q in rec["quotes"])
    assert all(e["type"] in PLOVER and e["status"] in STATUSES for e in rec["events"])
