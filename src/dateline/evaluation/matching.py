"""Span matching: overlap of two spans and a greedy one-to-one matching of gold to predicted spans."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .fields import Offsets

Allowed = Callable[[int, int], bool]


def overlap(a: Offsets, b: Offsets) -> int:
    """Length of the overlap of two (start, end) spans (zero or negative when apart)."""
    return min(a[1], b[1]) - max(a[0], b[0])


def overlaps_any(s: Offsets, others: Sequence[Offsets]) -> bool:
    """True when s shares a character with any of the others."""
    return any(overlap(s, o) > 0 for o in others)


def greedy_match(gold: Sequence[Offsets], pred: Sequence[Offsets], allowed: Allowed | None = None) -> list[tuple[int, int]]:
    """Pairs (gold index, pred index), one-to-one, the longest overlaps first (ties by index)."""
    candidates = sorted(
        (-overlap(g, p), i, j)
        for i, g in enumerate(gold) for j, p in enumerate(pred)
        if overlap(g, p) > 0 and (allowed is None or allowed(i, j))
    )
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i not in used_gold and j not in used_pred:
            used_gold.add(i)
            used_pred.add(j)
            pairs.append((i, j))
    return pairs
