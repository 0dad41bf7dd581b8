"""Times layer: detection by overlap, exact value, case-insensitive type; value_f1 = value accuracy x F1."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.evaluation import evaluate

TEXT = "On Tuesday, for three days, officials said last week."
GOLD = {"id": "d", "text": TEXT, "layers": ["times"], "times": [
    {"start": 3, "end": 10, "text": "Tuesday", "type": "DATE", "value": "2024-03-12"},
    {"start": 16, "end": 26, "text": "three days", "type": "DURATION", "value": "P3D"},
]}


def score(times: Any) -> dict[str, Any]:
    """The times metrics of one prediction."""
    return evaluate([GOLD], [{"id": "d", "times": times}], ["times"]).layers["times"]


@pytest.mark.parametrize("times,f1,value_acc,type_acc", [
    ([{"start": 0, "end": 10, "value": "2024-03-12", "type": "date"},
      {"start": 16, "end": 26, "value": " P3D ", "type": "DURATION"}], 1.0, 1.0, 1.0),
    ([{"start": 3, "end": 10, "value": "2024-03-13", "type": "TIME"}], 2 / 3, 0.0, 0.0),
    ([{"start": 43, "end": 52, "value": "2024-W10", "type": "DATE"}], 0.0, None, None),
])
def test_times_detection_value_type(times: list[dict[str, Any]], f1: float, value_acc: float | None,
                                    type_acc: float | None) -> None:
    result = score(times)
    assert result["f1"] == pytest.approx(f1)
    assert (result["value_acc"], result["type_acc"]) == (value_acc, type_acc)
    assert result["value_f1"] == pytest.approx((value_acc or 0.0) * f1)


def test_times_non_string_value_is_malformed_and_wrong() -> None:
    result = score([{"start": 3, "end": 10, "value": 2024, "type": "DATE"}])
    assert (result["value_acc"], result["malformed"]) == (0.0, 1)
