"""Every occurrence of a set of names in a text, without compiling one regular expression per document."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator

from ..doc import EntityMention, Span


def occurrences(text: str, names: Iterable[str]) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) for each whole-word occurrence of a name, left to right and without overlaps (the
    longer name wins). str.find per name keeps the scan in C: a document has tens of names, not thousands."""
    hits: list[tuple[int, int, str]] = []
    for name in names:
        if not name:
            continue
        start = text.find(name)
        while start >= 0:
            end = start + len(name)
            if not (start > 0 and _joins(text[start - 1]) or end < len(text) and _joins(text[end])):
                hits.append((start, end, name))
            start = text.find(name, start + 1)
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    last_end = 0
    for start, end, name in hits:
        if start >= last_end:
            yield start, end, name
            last_end = end


def _joins(c: str) -> bool:
    """True for a character that would make a hit part of a longer word."""
    return c.isalnum() or c in "-_"


class Taken:
    """Sorted non-overlapping spans with an overlap query in log time."""

    def __init__(self, mentions: list[EntityMention]) -> None:
        self.items = sorted(mentions, key=lambda m: m.span.start)
        self.starts = [m.span.start for m in self.items]

    def overlapping(self, span: Span) -> list[EntityMention]:
        i = bisect_left(self.starts, span.end)
        out = []
        while i > 0 and self.items[i - 1].span.end > span.start:
            i -= 1
            if self.items[i].span.start < span.end:
                out.append(self.items[i])
        return out[::-1]

    def add(self, m: EntityMention) -> None:
        i = bisect_left(self.starts, m.span.start)
        self.starts.insert(i, m.span.start)
        self.items.insert(i, m)
