"""Quotations of an article: top-level quoted stretches, joined across paragraphs by the open-paragraph convention."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..doc import Doc
from .marks import MARKS, scan, top_level

_SENTENCE_END = ".!?…:"


@dataclass(slots=True)
class Quoted:
    """A quotation: content offsets (outer marks excluded) and where it opens, closes and which paragraphs it spans."""

    start: int
    end: int
    open_at: int
    close_at: int | None  # the last closing mark; None when the last paragraph ended with it open
    first: int  # paragraph index of the opening mark
    last: int  # paragraph index of the end
    parts: list[tuple[int, int]] = field(default_factory=list)  # content per paragraph, marks excluded

    def words(self, text: str) -> int:
        """Number of words in the content."""
        return len(text[self.start:self.end].split())


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """(start, end) moved inwards past white space."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def quotations(doc: Doc) -> list[Quoted]:
    """Every top-level quotation in text order; a paragraph left open continues in the next one opened."""
    text = doc.text
    out: list[Quoted] = []
    for pi, para in enumerate(doc.paragraphs):
        for m in top_level(scan(text, para.start, para.end)):
            start, end = _trimmed(text, m.start, m.end)
            if start >= end:
                continue
            prev = out[-1] if out else None
            if (prev is not None and prev.close_at is None and prev.last == pi - 1 and m.open_at == para.start):
                prev.end, prev.close_at, prev.last = end, m.close_at, pi
                prev.parts.append((start, end))
                continue
            out.append(Quoted(start, end, m.open_at, m.close_at, pi, pi, [(start, end)]))
    return out


def standalone(text: str, q: Quoted, paragraph_start: int) -> bool:
    """True when the quotation opens a paragraph or a sentence, rather than sitting inside running text."""
    i = q.open_at
    while i > paragraph_start and (text[i - 1].isspace() or text[i - 1] in MARKS):
        i -= 1
    return i <= paragraph_start or text[i - 1] in _SENTENCE_END
