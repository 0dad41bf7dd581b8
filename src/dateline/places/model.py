"""The toponym model: logistic weights over the match features, shipped in resources/places/toponym_model.json."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .features import NAMES

MODEL_FILE = "toponym_model.json"


@dataclass(frozen=True, slots=True)
class ToponymModel:
    """Weights by feature name and a bias; `logit` gives the evidence that a match is a toponym."""

    weights: tuple[float, ...]
    bias: float

    def logit(self, x: list[float]) -> float:
        """Log-odds that the match is a toponym."""
        return self.bias + sum(w * v for w, v in zip(self.weights, x, strict=True))

    @staticmethod
    def probability(logit: float) -> float:
        """The probability of a log-odds."""
        return 1 / (1 + math.exp(-max(-30.0, min(30.0, logit))))


def model_from_dict(data: dict[str, object]) -> ToponymModel:
    """A model from its JSON form; features it lacks weigh nothing."""
    weights = data.get("weights", {})
    assert isinstance(weights, dict)
    return ToponymModel(tuple(float(weights.get(n, 0.0)) for n in NAMES), float(data.get("bias", 0.0)))  # type: ignore[arg-type]


@lru_cache(maxsize=1)
def toponym_model() -> ToponymModel:
    """The packaged model, loaded once per process."""
    text = resources.files("dateline.resources").joinpath("places", MODEL_FILE).read_text(encoding="utf-8")
    return model_from_dict(json.loads(text))
