"""Layer: a named scorer, a function that tallies one document and one that turns a tally into metrics."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .fields import Item, PredReader
from .tally import Tally

Metrics = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Layer:
    """One scored layer: `tally(gold, pred, reader, tally)` counts a document, `metrics(tally)` reports."""

    name: str
    tally: Callable[[Item, Item, PredReader, Tally], None]
    metrics: Callable[[Tally], Metrics]
    doc: str
