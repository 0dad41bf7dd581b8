"""`dateline eval`: score given predictions or run extraction over a gold file; print a table or JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from dateline.cli.main import main
from support import FIXTURES

GOLD = FIXTURES / "gold" / "articles.jsonl"


def write(path: Path, records: list[dict[str, Any]]) -> Path:
    """Write JSON Lines."""
    path.write_text("".join(json.dumps(r) + "\n" for r in records) + "not json\n", encoding="utf-8")
    return path


@pytest.fixture()
def gold_and_pred(tmp_path: Path) -> tuple[Path, Path]:
    """A two-record gold file and predictions for it (one time right, one missing)."""
    text = "On Friday and on Monday."
    gold = [{"id": "a", "text": text, "layers": ["times"],
             "times": [{"start": 3, "end": 9, "text": "Friday", "type": "DATE", "value": "2024-05-03"}]},
            {"id": "b", "text": text, "layers": ["times"],
             "times": [{"start": 17, "end": 23, "text": "Monday", "type": "DATE", "value": "2024-05-06"}]}]
    pred = [{"id": "a", "times": [{"start": 3, "end": 9, "type": "DATE", "value": "2024-05-03"}]}]
    return write(tmp_path / "gold.jsonl", gold), write(tmp_path / "pred.jsonl", pred)


def test_eval_scores_given_predictions_as_json(gold_and_pred: tuple[Path, Path], capsys: Any) -> None:
    gold, pred = gold_and_pred
    assert main(["eval", str(gold), "--pred", str(pred), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["summary"]["missing"] == 1 and out["summary"]["malformed_lines"] == 1
    assert (out["times"]["tp"], out["times"]["recall"], out["times"]["value_acc"]) == (1, 0.5, 1.0)


def test_eval_prints_the_table_and_honours_limit(gold_and_pred: tuple[Path, Path], capsys: Any) -> None:
    gold, pred = gold_and_pred
    assert main(["eval", str(gold), "--pred", str(pred), "--limit", "1", "--layers", "times"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[2].split() == ["summary", "gold_docs", "1"]
    assert ["times", "precision", "1.0000"] in [line.split() for line in lines]


@pytest.mark.parametrize("args", [["--layers", "speakers"], ["--layers", ","], ["--limit", "0"], ["--limit", "x"]])
def test_eval_refuses_bad_arguments(gold_and_pred: tuple[Path, Path], args: list[str]) -> None:
    gold, pred = gold_and_pred
    with pytest.raises(SystemExit) as e:
        main(["eval", str(gold), "--pred", str(pred), *args])
    assert e.value.code == 2


def test_eval_missing_file_exits_2(tmp_path: Path, capsys: Any) -> None:
    assert main(["eval", str(tmp_path / "nope.jsonl"), "--pred", str(tmp_path / "nope.jsonl")]) == 2
    assert "nope.jsonl" in capsys.readouterr().err


@pytest.mark.slow
def test_eval_runs_extraction_and_saves_predictions(tmp_path: Path, capsys: Any) -> None:
    saved = tmp_path / "pred.jsonl"
    assert main(["eval", str(GOLD), "--limit", "2", "--json", "--save-pred", str(saved), "--on-error", "raise"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["summary"] == {"gold_docs": 2, "pred_docs": 2, "missing": 0, "errors": 0, "text_mismatch": 0,
                              "no_id": 0, "duplicate_ids": 0, "malformed_lines": 0}
    assert set(out) >= {"places", "times", "quotes", "events", "duplicates"}
    records = [json.loads(line) for line in saved.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["fx-wire-kharkiv-drones", "fx-protest-nairobi-fuel-tax"]
