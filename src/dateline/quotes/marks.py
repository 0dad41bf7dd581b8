"""Quote marks: which characters open and close quotations, paired per paragraph into quoted stretches."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Marks by role. Straight marks are decided by their neighbours; curly ones mostly by shape, but
# „…“ (German), ”…” (Swedish) and »…« (Danish) reuse closing shapes as openers, so shape is only a hint.
DOUBLE_OPEN = frozenset("“„‟«❝〝")
DOUBLE_CLOSE = frozenset("”»❞〞")
DOUBLE_ANY = frozenset('"＂')
SINGLE_OPEN = frozenset("‘‚‛‹")
SINGLE_CLOSE = frozenset("’›")
SINGLE_ANY = frozenset("'")
DOUBLE = DOUBLE_OPEN | DOUBLE_CLOSE | DOUBLE_ANY
SINGLE = SINGLE_OPEN | SINGLE_CLOSE | SINGLE_ANY
MARKS = DOUBLE | SINGLE
_MARK = re.compile("[" + re.escape("".join(sorted(MARKS | {"`"}))) + "]")
MAX_DEPTH = 6  # deeper nesting is noise (a run of stray marks), not quotation
_BEFORE_OPEN = frozenset("([{<—–-/:;,") | MARKS
_AFTER_CLOSE = frozenset(".,;:!?)]}>—–-/…") | MARKS


@dataclass(frozen=True, slots=True)
class Marked:
    """A quoted stretch: content offsets (marks excluded), where its marks are, and its nesting depth."""

    start: int
    end: int
    open_at: int
    close_at: int | None  # None: the paragraph ended with the quotation still open
    depth: int
    double: bool


def _opening_context(text: str, i: int, lo: int, hi: int, width: int = 1) -> bool:
    """True when text[i] sits where an opening mark goes: after space or opening punctuation, before a word."""
    before = text[i - 1] if i > lo else " "
    after = text[i + width] if i + width < hi else " "
    return (before.isspace() or before in _BEFORE_OPEN) and not after.isspace()


def _closing_context(text: str, i: int, lo: int, hi: int, width: int = 1) -> bool:
    """True when text[i] sits where a closing mark goes: after a word or punctuation, before space or punctuation."""
    before = text[i - 1] if i > lo else " "
    after = text[i + width] if i + width < hi else " "
    return not before.isspace() and (after.isspace() or after in _AFTER_CLOSE)


def _apostrophe(text: str, i: int, lo: int, hi: int) -> bool:
    """True for a single mark inside a word (don't, O'Brien) or eliding digits ('90s)."""
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    return (before.isalnum() and after.isalnum()) or (before.isspace() and after.isdigit())


def _role(text: str, i: int, lo: int, hi: int, stack: list[tuple[int, bool]], width: int = 1) -> str | None:
    """'open', 'close' or None (not a quotation mark here) for the mark at i, given the open marks."""
    ch = text[i]
    double = width == 2 or ch in DOUBLE
    open_here = any(d == double for _, d in stack)
    opening = _opening_context(text, i, lo, hi, width)
    closing = _closing_context(text, i, lo, hi, width)
    if width == 2:  # '' and `` typed for double marks: `` only opens
        if ch == "`":
            return "open" if opening or not closing else None
        return "close" if open_here and (closing or not opening) else "open" if opening else None
    if not double and _apostrophe(text, i, lo, hi):
        return None
    if ch in DOUBLE_OPEN or ch in SINGLE_OPEN:
        # „…“ and stray “ typed for ”: an opener shape closes when it stands where a closer goes.
        if open_here and stack[-1][1] == double and closing and not opening:
            return "close"
        return "open" if opening or not closing else None
    if ch in DOUBLE_CLOSE or ch in SINGLE_CLOSE:
        if open_here:
            return "close" if closing or not opening else "open" if len(stack) < MAX_DEPTH else None
        # ”Quote” and »Quote«: a closer shape opens when nothing is open and it stands before a word.
        return "open" if opening and not closing and (double or text[i + 1:i + 2].isalpha()) else None
    if ch == "`":
        return None  # a lone backtick is not a quotation mark
    # Straight marks: the neighbours decide; between two words it is noise.
    if open_here and (closing or not opening):
        return "close"
    if opening:
        return "open" if double or text[i + 1:i + 2].isalnum() else None
    return None


def _width(text: str, i: int, end: int) -> int:
    """2 for a doubled straight single mark or backtick pair ('' and ``, typed for a double mark), else 1."""
    return 2 if text[i] in "'`" and i + 1 < end and text[i + 1] == text[i] else 1


def scan(text: str, start: int, end: int) -> list[Marked]:
    """The quoted stretches of text[start:end] (one paragraph), nested ones included, in order of opening."""
    stack: list[tuple[int, bool, int]] = []  # (offset of the opening mark, is double, width)
    found: list[Marked] = []
    skip_to = start
    for hit in _MARK.finditer(text, start, end):
        i = hit.start()
        if i < skip_to:
            continue  # the second character of a doubled mark
        width = _width(text, i, end)
        skip_to = i + width
        double = width == 2 or text[i] in DOUBLE
        role = _role(text, i, start, end, [(a, d) for a, d, _ in stack], width)
        if role == "open" and len(stack) < MAX_DEPTH:
            stack.append((i, double, width))
        elif role == "close":
            j = max(k for k, (_, d, _) in enumerate(stack) if d == double)
            at, _, w = stack[j]
            del stack[j:]  # marks opened inside and never closed were not quotation marks
            if double or sum(c.isalnum() for c in text[at + w:i]) > 1:  # rock 'n' roll
                found.append(Marked(at + w, i, at, i, j, double))
    # A double quotation still open at the paragraph end runs to it (the multi-paragraph convention).
    for j, (at, double, w) in enumerate(stack):
        if double and all(d is False for _, d, _ in stack[:j]):
            found.append(Marked(at + w, end, at, None, j, True))
            break
    return sorted((m for m in found if m.start < m.end), key=lambda m: m.open_at)


def top_level(marked: list[Marked]) -> list[Marked]:
    """The outermost stretches: nested ones (a title inside a quotation) belong to their container."""
    out: list[Marked] = []
    for m in marked:
        if out and out[-1].open_at < m.open_at and (out[-1].close_at is None or m.open_at < out[-1].close_at):
            continue
        out.append(m)
    return out
