"""Confidence that an event is right: the typer's probability and syntax through a fitted logistic map."""

from __future__ import annotations

import json
import math
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .frames import Frame

RESOURCE = "dateline.resources.events"
DEPTH_DECAY = 0.8  # without a fitted map: each clause boundary above the event makes it less likely the point


@lru_cache(maxsize=2)
def load_calibration(name: str) -> dict[str, Any] | None:
    """The fitted calibration coefficients (None when none is shipped)."""
    f = resources.files(RESOURCE).joinpath(name)
    if not f.is_file():
        return None
    return json.loads(f.read_text(encoding="utf-8"))


def calibration_inputs(p: float, depth: int, frame: Frame, sentence_index: int = 0) -> list[float]:
    """The calibration map's inputs: logit of the typer's probability, depth, frame flags, and how early the
    sentence comes (news puts its main event first)."""
    p = min(max(p, 1e-6), 1 - 1e-6)
    from .frames import adjunct

    return [math.log(p / (1 - p)), float(min(depth, 4)), float(frame.anchor.pos_ in ("NOUN", "PROPN")),
            float(frame.speech is not None), float(frame.maybe or frame.future or frame.negated),
            float(sentence_index == 0), min(sentence_index, 10) / 10.0, float(bool(frame.via)),
            float(adjunct(frame))]


def calibrated(calibration: dict[str, Any] | None, p: float, depth: int, frame: Frame,
               sentence_index: int = 0) -> float:
    """A probability that the event is right (type and evidence), higher meaning more often right."""
    if not calibration:
        return max(0.0, min(1.0, p * DEPTH_DECAY ** min(depth, 4)))
    x = calibration_inputs(p, depth, frame, sentence_index)
    z = calibration["bias"] + sum(w * v for w, v in zip(calibration["weights"], x, strict=True))
    return 1.0 / (1.0 + math.exp(-z))
