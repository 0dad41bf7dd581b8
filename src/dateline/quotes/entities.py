"""The article's canonical entities indexed by the offsets of their mentions."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Collection

from ..doc import Doc, Entity


class EntityIndex:
    """Entity mentions in text order: which entity covers, starts at, or precedes an offset."""

    def __init__(self, doc: Doc) -> None:
        rows = sorted((m.start, m.end, e) for e in doc.entities for m in e.mentions)
        self.rows = rows
        self.starts = [r[0] for r in rows]

    def overlapping(self, start: int, end: int) -> list[Entity]:
        """Entities with a mention overlapping [start, end), in text order."""
        lo = bisect_left(self.starts, start - 200)
        hi = bisect_left(self.starts, end)
        return [e for s, t, e in self.rows[lo:hi] if s < end and start < t]

    def containing(self, start: int, end: int, types: Collection[str] | None = None) -> Entity | None:
        """The entity with a mention covering [start, end) (of the given types), or None."""
        for e in self.overlapping(start, end):
            if types is not None and e.type not in types:
                continue
            if any(m.start <= start and end <= m.end for m in e.mentions):
                return e
        return None

    def starting(self, start: int, types: Collection[str] | None = None) -> Entity | None:
        """The entity with a mention beginning exactly at start (of the given types), or None."""
        i = bisect_left(self.starts, start)
        while i < len(self.rows) and self.rows[i][0] == start:
            e = self.rows[i][2]
            if types is None or e.type in types:
                return e
            i += 1
        return None

    def ending(self, end: int, types: Collection[str] | None = None) -> Entity | None:
        """The entity with a mention ending exactly at end (of the given types), or None."""
        for s, t, e in self.rows[bisect_left(self.starts, end - 200):bisect_left(self.starts, end)]:
            if t == end and (types is None or e.type in types):
                return e
        return None

    def before(self, offset: int, types: Collection[str], limit: int = 0) -> list[tuple[int, Entity]]:
        """(mention start, entity) of mentions of these types starting before offset, nearest first."""
        i = bisect_right(self.starts, offset - 1)
        out = []
        for s, _, e in reversed(self.rows[:i]):
            if e.type in types:
                out.append((s, e))
                if limit and len(out) >= limit:
                    break
        return out
