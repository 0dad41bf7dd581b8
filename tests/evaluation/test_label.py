"""Label layer: the most confident event's type or ACLED sub-event type; accuracy, macro-F1, confusions."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.evaluation import evaluate


def gold(i: int, scheme: str, label: str, alt: list[str] | None = None) -> dict[str, Any]:
    """A one-label gold record."""
    rec = {"id": str(i), "text": "x", "layers": ["label"], "label": {scheme: label}}
    return {**rec, "label_alt": {scheme: alt}} if alt else rec


def pred(i: int, *events: dict[str, Any]) -> dict[str, Any]:
    """A prediction with these events."""
    return {"id": str(i), "events": list(events)}


def ev(type_: str, confidence: Any, sub: str | None = None) -> dict[str, Any]:
    """A predicted event."""
    return {"type": type_, "confidence": confidence, "acled": {"sub_event_type": sub} if sub else None}


@pytest.mark.parametrize("golds,preds,accuracy", [
    ([gold(1, "plover", "PROTEST")], [pred(1, ev("ASSAULT", 0.4), ev("protest", 0.9))], 1.0),
    ([gold(1, "plover", "PROTEST")], [pred(1, ev("ASSAULT", 0.9), ev("PROTEST", "high"))], 0.0),
    ([gold(1, "plover", "AID", ["REJECT"])], [pred(1, ev("REJECT", 1.0))], 1.0),
    ([gold(1, "acled", "none")], [pred(1)], 1.0),
    ([gold(1, "acled", "Armed clash")], [pred(1, ev("ASSAULT", 1.0, "armed clash"))], 1.0),
    ([gold(1, "acled", "Armed clash")], [pred(1, ev("ASSAULT", 1.0))], 0.0),
])
def test_label_most_confident_event(golds: list[dict[str, Any]], preds: list[dict[str, Any]], accuracy: float) -> None:
    assert evaluate(golds, preds, ["label"]).layers["label"]["accuracy"] == accuracy


def test_label_macro_f1_and_confusions() -> None:
    golds = [gold(1, "plover", "PROTEST"), gold(2, "plover", "PROTEST"), gold(3, "plover", "ASSAULT")]
    preds = [pred(1, ev("PROTEST", 1)), pred(2, ev("ASSAULT", 1)), pred(3, ev("ASSAULT", 1))]
    result = evaluate(golds, preds, ["label"]).layers["label"]
    assert result["macro_f1"] == pytest.approx((2 / 3 + 2 / 3) / 2)
    assert result["confusions"] == [["protest", "assault", 1]]
