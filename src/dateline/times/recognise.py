"""The cascade: every rule's matches, the longest non-overlapping ones kept, each resolved in text order."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from . import dates, days, durations, periods, quarters, sets, triggers, vague  # noqa: F401  -- registers rules
from .rules import RULES, Context, Found, Rule, TenseFn

_TRAILING = " \t\n\r\u00a0,;:"
log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Mention:
    """A recognised time expression: text offsets, TIMEX3 type, value and mod, and the rule that found it."""

    start: int
    end: int
    type: str
    value: str
    mod: str | None
    rule: str


@dataclass(frozen=True, slots=True)
class _Candidate:
    """One rule match before selection."""

    start: int
    end: int
    rule: Rule
    match: re.Match[str]


def candidates(text: str) -> list[_Candidate]:
    """Every non-empty match of every rule, each rule tried only in windows around its trigger words."""
    found = triggers.hits(text)
    out = []
    for r in RULES:
        for ws, we in triggers.windows(found, r.needs, text):
            for m in r.pattern.finditer(text, ws, we):
                if m.end() > m.start():
                    out.append(_Candidate(m.start(), m.end(), r, m))
    return out


def select(cands: Sequence[_Candidate], size: int) -> list[_Candidate]:
    """The longest candidates that do not overlap (ties: the earlier rule, then the earlier match), in text order."""
    taken = bytearray(size + 1)
    chosen = []
    for c in sorted(cands, key=lambda c: (c.start - c.end, c.rule.order, c.start)):
        if taken.find(1, c.start, c.end) == -1:
            taken[c.start:c.end] = b"\x01" * (c.end - c.start)
            chosen.append(c)
    chosen.sort(key=lambda c: c.start)
    return chosen


def recognise(text: str, dct: date | None = None, tense_of: TenseFn | None = None,
              anchored: Sequence[tuple[int, int]] = ()) -> list[Mention]:
    """The time expressions of a text, normalised against the publication date `dct` (None: leave relative
    values underspecified). `tense_of(start, end)` gives the governing verb's tense; spans in `anchored`
    (the dateline) are dates of publication."""
    if not text:
        return []
    cands = candidates(text)
    while True:
        ctx = Context(dct, text, tense_of)
        failed: set[int] = set()
        out: list[Mention] = []
        for c in select(cands, len(text)):
            ctx.anchored = any(s <= c.start and c.end <= e for s, e in anchored)
            ctx.match_start = c.start
            found = _resolve(c, ctx)
            if found is None:
                failed.add(id(c))
                continue
            mention = _mention(text, c, found)
            if mention is not None:
                out.append(mention)
            if found.refer:
                ctx.remember(found.period, c.end, c.start)
        if not failed:
            return out
        cands = [c for c in cands if id(c) not in failed]


def _resolve(c: _Candidate, ctx: Context) -> Found | None:
    """The rule's reading of its match; a rule that trips over an odd match rejects it (logged) rather than
    costing the document every other time expression."""
    try:
        return c.rule.resolve(c.match, ctx)
    except (IndexError, KeyError, ValueError, TypeError, AttributeError, OverflowError) as e:
        log.warning("times rule %s failed on %r: %s", c.rule.name, c.match.group()[:80], e)
        return None


def _mention(text: str, c: _Candidate, found: Found) -> Mention | None:
    """The mention of a resolved candidate, its span narrowed as the rule asked and trimmed of spaces."""
    start = found.start if found.start is not None else c.start
    end = found.end if found.end is not None else c.end
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    while start < end and text[start] in _TRAILING:
        start += 1
    if start >= end:
        return None
    return Mention(start, end, found.type, found.value, found.mod, c.rule.name)
