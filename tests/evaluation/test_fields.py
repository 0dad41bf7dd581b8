"""Field readers: offsets, numbers, keys; malformed prediction fields are counted, never fatal."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.evaluation.fields import PredReader, finite, fold, gold_spans, offsets
from dateline.evaluation.tally import Tally


@pytest.mark.parametrize("x,out", [({"start": 1, "end": 4}, (1, 4)), ({"start": 4, "end": 4}, None),
                                   ({"start": True, "end": 4}, None), ({"start": "1", "end": 4}, None),
                                   ({"start": -1, "end": 4}, None), ("1:4", None)])
def test_fields_offsets_only_for_valid_int_spans(x: Any, out: tuple[int, int] | None) -> None:
    assert offsets(x) == out


@pytest.mark.parametrize("x,out", [(3, 3.0), (2.5, 2.5), (True, None), ("3", None), (float("inf"), None)])
def test_fields_finite(x: Any, out: float | None) -> None:
    assert finite(x) == out


@pytest.mark.parametrize("x,out", [(" ASSAULT ", "assault"), ("Straße", "strasse"), (5, None)])
def test_fields_fold(x: Any, out: str | None) -> None:
    assert fold(x) == out


def test_fields_gold_spans_skip_invalid_silently() -> None:
    items = [{"start": 0, "end": 3}, {"start": 5, "end": 2}, "x", {"evidence": {"start": 1, "end": 2}}]
    assert [s for s, _ in gold_spans(items)] == [(0, 3)]
    assert [s for s, _ in gold_spans(items[3:], lambda d: d.get("evidence"))] == [(1, 2)]


@pytest.mark.parametrize("call,value,out,charged", [
    ("items", None, [], 0), ("items", "x", [], 1), ("dicts", [{}, 3, "a"], [{}], 2),
    ("number", None, None, 0), ("number", "1.5", None, 1), ("integer", 163808, 163808, 0),
    ("integer", 1.0, None, 1), ("string", " x ", "x", 0), ("string", 7, None, 1), ("key", "ASSAULT", "assault", 0),
])
def test_fields_reader_charges_malformed_values(call: str, value: Any, out: Any, charged: int) -> None:
    tally = Tally()
    assert getattr(PredReader(tally), call)(value) == out
    assert tally.malformed == charged


def test_fields_reader_entity_names_with_aliases() -> None:
    tally = Tally()
    pred = {"entities": [{"id": "E1", "name": "Islamic State", "aliases": ["IS", 4]}, {"id": 2, "name": "x"}, 5]}
    assert PredReader(tally).entity_names(pred) == {"E1": ["Islamic State", "IS"]}
    assert tally.malformed == 1
