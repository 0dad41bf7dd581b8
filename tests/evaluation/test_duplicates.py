"""Duplicates layer: recall of gold repeated passages, in the seed style and the contract style."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.evaluation import evaluate

SEED_STYLE = {"span": {"start": 40, "end": 60, "text": "x" * 20}, "of": {"start": 0, "end": 20, "text": "x" * 20}}
CONTRACT_STYLE = {"start": 80, "end": 90, "text": "y" * 10, "duplicate_of": {"start": 60, "end": 70}}


@pytest.mark.parametrize("found,recall", [
    ([{"start": 45, "end": 50}, {"start": 80, "end": 85}], 1.0),
    ([{"start": 0, "end": 20}], 0.0),       # the first occurrence is not the repeat
    ([{"start": 45, "end": 50}], 0.5),
    ([], 0.0),
])
def test_duplicates_recall(found: list[dict[str, Any]], recall: float) -> None:
    gold = {"id": "d", "text": "z" * 100, "layers": ["duplicates"], "duplicates": [SEED_STYLE, CONTRACT_STYLE]}
    result = evaluate([gold], [{"id": "d", "duplicates": found}], ["duplicates"]).layers["duplicates"]
    assert (result["recall"], result["n_gold"], result["n_pred"]) == (recall, 2, len(found))
