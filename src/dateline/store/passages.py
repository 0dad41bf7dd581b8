"""Passages for cross-article comparison: paragraphs, long ones cut into runs of sentences, from the text alone."""

from __future__ import annotations

import re

# A sentence ends at . ! ? (and closing quotes or brackets) followed by space and an opening capital or quote.
_SENTENCE_END = re.compile(r"""(?<=[.!?])["'”’»)\]]*\s+(?=["'“‘«(\[]?[A-Z0-9])""")
MIN_WORDS = 12  # shorter passages (headings, bylines, "Reuters") repeat everywhere and mean nothing
TARGET_WORDS = 60  # long paragraphs are cut into passages of about this many words


def passages(text: str) -> list[tuple[int, int]]:
    """(start, end) of the comparable passages of a text, in order; the same text always gives the same list."""
    from ..stages.segment import paragraphs

    out: list[tuple[int, int]] = []
    for start, end in paragraphs(text):
        out.extend(_cut(text, start, end))
    return [(s, e) for s, e in out if len(text[s:e].split()) >= MIN_WORDS]


def _cut(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A paragraph as one passage, or cut at sentence ends into runs of about TARGET_WORDS words."""
    if len(text[start:end].split()) <= TARGET_WORDS * 3 // 2:
        return [(start, end)]
    out: list[tuple[int, int]] = []
    run_start, words = start, 0
    pos = start
    for m in _SENTENCE_END.finditer(text, start, end):
        words += len(text[pos:m.start()].split())
        pos = m.end()
        if words >= TARGET_WORDS:
            out.append((run_start, m.start()))
            run_start, words = m.end(), 0
    if run_start < end:
        tail = (run_start, end)
        if out and len(text[run_start:end].split()) < MIN_WORDS:
            tail = (out.pop()[0], end)  # a short tail joins the run before it
        out.append(tail)
    return out
