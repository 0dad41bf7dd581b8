"""Tally: what a layer scorer counts over documents (counters, samples, documents, malformed items)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class Tally:
    """The running counts of one layer; per-document tallies are merged into the layer's total."""

    n: Counter[str] = field(default_factory=Counter)
    samples: dict[str, list[Any]] = field(default_factory=dict)
    docs: int = 0
    malformed: int = 0

    def add(self, **counts: int) -> None:
        """Add named counts."""
        self.n.update(counts)

    def sample(self, name: str, value: Any) -> None:
        """Append one observation (a distance, a label pair) to a named sample."""
        self.samples.setdefault(name, []).append(value)

    def values(self, name: str) -> list[Any]:
        """The observations of a named sample (empty when there are none)."""
        return self.samples.get(name, [])

    def merge(self, other: Tally) -> None:
        """Add another tally's counts and samples to this one."""
        self.n.update(other.n)
        for name, values in other.samples.items():
            self.samples.setdefault(name, []).extend(values)
        self.docs += other.docs
        self.malformed += other.malformed
