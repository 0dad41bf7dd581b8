"""Evaluation: score dateline records against gold JSON Lines, layer by layer, as shared/eval/score.py does.

    from dateline.evaluation import evaluate, load_jsonl
    report = evaluate(gold_records, pred_records)      # a Report
    print(report.table()); report.metric("places", "f1")

`evaluate_file(GOLD, PRED=None)` runs the pipeline when no predictions are given (what `dateline eval` does).
"""

from .layers import LAYERS
from .predict import predict
from .records import load_jsonl
from .report import Report
from .runner import evaluate_file
from .scorer import evaluate

__all__ = ["LAYERS", "Report", "evaluate", "evaluate_file", "load_jsonl", "predict"]
