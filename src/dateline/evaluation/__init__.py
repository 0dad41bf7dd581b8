"""Evaluation: score dateline records against gold JSON Lines, layer by layer, the way shared/eval/score.py does."""

from .layers import LAYERS
from .predict import predict
from .records import load_jsonl
from .report import Report
from .scorer import evaluate

__all__ = ["LAYERS", "Report", "evaluate", "load_jsonl", "predict"]
