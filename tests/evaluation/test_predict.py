"""Predictions for gold records, and evaluate_file over the project's own gold."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from dateline.evaluation import predict
from dateline.evaluation.runner import evaluate_file

from support import FIXTURES, assert_offsets

GOLD = FIXTURES / "gold" / "articles.jsonl"


@pytest.mark.slow
def test_predict_keeps_order_ids_and_text(pipeline: Any) -> None:
    golds = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()[:3]]
    golds.append({"id": "broken", "title": "no text"})
    preds = list(predict(golds, pipeline))
    assert [p["id"] for p in preds] == [g["id"] for g in golds]
    assert [p["text"] for p in preds[:3]] == [g["text"] for g in golds[:3]]
    assert preds[3]["error"]["code"] and not preds[0].get("error")
    for p in preds:
        assert_offsets(p)


@pytest.mark.slow
def test_predict_evaluate_file_with_and_without_predictions(pipeline: Any, tmp_path: Path) -> None:
    saved = tmp_path / "pred.jsonl"
    extracted = evaluate_file(GOLD, limit=2, pipeline=pipeline, save_to=saved)
    reread = evaluate_file(GOLD, saved, limit=2)
    assert extracted.as_dict() == reread.as_dict()
    assert extracted.summary["gold_docs"] == 2
