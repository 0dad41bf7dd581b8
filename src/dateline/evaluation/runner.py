"""Evaluate a gold file: read given predictions or run the pipeline over the gold texts, then score."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from ..pipeline import Pipeline
from .fields import Item
from .predict import predict
from .records import load_jsonl
from .report import Report
from .scorer import evaluate


def evaluate_file(gold_path: str | Path, pred_path: str | Path | None = None, *, layers: Sequence[str] | None = None,
                  limit: int | None = None, pipeline: Pipeline | None = None, save_to: str | Path | None = None,
                  batch_size: int = 32) -> Report:
    """Score the first `limit` gold records against PRED (or against the pipeline's output, saved to save_to)."""
    golds, _ = load_jsonl(gold_path, limit)
    if pred_path is not None:
        preds, bad_lines = load_jsonl(pred_path)
    else:
        preds, bad_lines = list(predict(golds, pipeline or Pipeline(), batch_size, origin=str(gold_path))), 0
        if save_to is not None:
            write_jsonl(preds, save_to)
    return evaluate(golds, preds, layers, malformed_lines=bad_lines)


def write_jsonl(records: list[Item], path: str | Path) -> None:
    """Write records as JSON Lines."""
    with open(path, "w", encoding="utf-8") as f:
        f.writelines(json.dumps(rec, ensure_ascii=False) + "\n" for rec in records)
