"""Lookups from article offsets to the entities and places mentioned there."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..doc import Doc


@dataclass(slots=True)
class MentionIndex:
    """Mentions (start, end, id) sorted by start, queried by character range."""

    starts: list[int]
    items: list[tuple[int, int, str]]

    @classmethod
    def build(cls, items: list[tuple[int, int, str]]) -> MentionIndex:
        """An index over (start, end, id) triples."""
        items = sorted(items)
        return cls([s for s, _, _ in items], items)

    def inside(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """Mentions lying wholly inside [start, end)."""
        lo = bisect_left(self.starts, start)
        hi = bisect_right(self.starts, end)
        return [m for m in self.items[lo:hi] if m[1] <= end]

    def overlapping(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """Mentions sharing a character with [start, end)."""
        hi = bisect_left(self.starts, end)
        return [m for m in self.items[max(0, hi - 64):hi] if m[1] > start]

    def before(self, offset: int, floor: int = 0) -> list[tuple[int, int, str]]:
        """Mentions ending at or before offset and starting at or after floor, in text order."""
        lo = bisect_left(self.starts, floor)
        hi = bisect_left(self.starts, offset)
        return [m for m in self.items[lo:hi] if m[1] <= offset]


def entity_index(doc: Doc) -> MentionIndex:
    """Every entity mention of the document."""
    return MentionIndex.build([(m.start, m.end, e.id) for e in doc.entities for m in e.mentions])


def place_index(doc: Doc) -> MentionIndex:
    """Every mention of a place that is not only the dateline's filing city."""
    return MentionIndex.build([(m.start, m.end, p.id) for p in doc.places if p.role != "dateline"
                               for m in p.mentions])
