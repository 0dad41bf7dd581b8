"""evaluate(): pairing by id, the summary, the layers each gold record lists, the safety net."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.evaluation import evaluate
from dateline.evaluation.layer import Layer
from dateline.evaluation.scorer import tally_document
from dateline.evaluation.tally import Tally

GOLDS = [{"id": "a", "text": "A.", "layers": ["times"], "times": []},
         {"id": 7, "text": "B.", "layers": ["times", "quotes", "speakers"], "times": [], "quotes": []},
         {"id": "c", "text": "C.", "layers": []}]


def test_evaluate_summary_pairs_predictions_by_id() -> None:
    preds: list[dict[str, Any]] = [{"id": "a", "text": "other"}, {"id": "7", "error": {"code": "E"}}, {"id": "a"},
                                   {"text": "no id"}, {"id": True}]
    summary = evaluate(GOLDS, preds, malformed_lines=3).summary
    assert summary == {"gold_docs": 3, "pred_docs": 5, "missing": 1, "errors": 1, "text_mismatch": 1, "no_id": 2,
                       "duplicate_ids": 1, "malformed_lines": 3}


def test_evaluate_scores_only_the_layers_a_record_lists() -> None:
    report = evaluate(GOLDS, [])
    assert list(report.layers) == ["times", "quotes"]
    assert (report.layers["times"]["docs"], report.layers["quotes"]["docs"]) == (2, 1)
    assert list(evaluate(GOLDS, [], ["quotes"]).layers) == ["quotes"]


def test_evaluate_refuses_unknown_layers() -> None:
    with pytest.raises(ValueError, match="unknown layers: speakers"):
        evaluate(GOLDS, [], ["speakers"])


def test_evaluate_safety_net_scores_a_crashing_prediction_as_empty() -> None:
    def fragile(gold: Any, pred: Any, read: Any, tally: Tally) -> None:
        tally.add(seen=1)
        if pred:
            raise RuntimeError("unreadable")

    tally = tally_document(Layer("x", fragile, lambda t: {}, ""), {}, {"weird": 1})
    assert (tally.n["seen"], tally.malformed, tally.docs) == (1, 1, 1)
