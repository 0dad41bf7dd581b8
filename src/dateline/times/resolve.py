"""Anchoring underspecified times to the publication date: which year a "December 9" is, which "Tuesday"."""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..calendar import safe_date

from .rules import FUTURE, PAST, PRESENT, Context
from .values import Period


# How many days before and after the publication date a date written without its year may fall, by tense:
# news mostly reports the past, yet deadlines and schedules ("extended to Nov. 20") look ahead.
_WINDOWS: dict[str | None, tuple[int, int]] = {PAST: (320, 45), FUTURE: (3, 360), PRESENT: (240, 120), None: (240, 120),
                                               "SINCE": (365, 0)}
_AHEAD_CUES = re.compile(r"(?:effective|payable|due|expires?|expiring|scheduled\s+for|set\s+for|slated\s+for|"
                         r"(?<=[a-z,] )(?:until|till)|"
                         r"planned\s+for|deadline\s+of|no\s+later\s+than)[\s\u00a0]+(?:on[\s\u00a0]+)?"
                         r"(?:the[\s\u00a0]+)?$", re.IGNORECASE)
_WEAK_AHEAD_CUES = re.compile(r"(?:until|till|through|by|starting|beginning|ahead\s+of|as\s+(?:soon|early)\s+as)"
                              r"[\s\u00a0]+(?:on[\s\u00a0]+)?$", re.IGNORECASE)
_PAST_PERFECT = re.compile(r"\b(?:had|'d)\b", re.IGNORECASE)
_BEHIND_CUES = re.compile(r"(?:since|until\s+last)[\s\u00a0]+(?:on[\s\u00a0]+)?$", re.IGNORECASE)


def tense_at(ctx: Context, start: int, end: int) -> str | None:
    """The tense deciding an underspecified time: a preposition of deadline ("effective", "until") looks
    ahead (weakly: a past verb wins over "until"), "since" looks back, else the tense of the governing verb."""
    befores = [ctx.text[max(0, at - 30):at] for at in {start, min(start, ctx.match_start)}]
    if any(_AHEAD_CUES.search(b) for b in befores):
        # a past perfect puts the deadline behind the story: "it had been due to expire Friday"
        return PAST if any(_PAST_PERFECT.search(b) for b in befores) and ctx.tense(start, end) == PAST else FUTURE
    if any(_BEHIND_CUES.search(b) for b in befores):
        return "SINCE"
    tense = ctx.tense(start, end)
    if any(_WEAK_AHEAD_CUES.search(b) for b in befores):
        return None if tense == PAST else FUTURE
    return tense


def direction(ctx: Context, start: int, end: int) -> int:
    """-1 when the governing verb is past, +1 when future, 0 when present or unknown."""
    t = tense_at(ctx, start, end)
    return -1 if t in (PAST, "SINCE") else 1 if t == FUTURE else 0


def year_of(ctx: Context, start: int, end: int, month: int, day: int | None = None,
            weekday: int | None = None) -> int | None:
    """The year of a month (and day) written without one: the occurrence nearest the publication date within
    a window that the tense shifts back or ahead; a weekday written with the date must agree."""
    dct = ctx.dct
    if dct is None:
        return None
    begun = range_start(ctx, start)
    if begun is not None:  # "from March to May": the end of a range follows its start
        return begun[0] if (month, day or 1) >= begun[1:] else begun[0] + 1
    tense = tense_at(ctx, start, end)
    back, ahead = (183, 183) if ctx.anchored else _WINDOWS[tense]
    told_past = tense == PAST and day is None and not ctx.anchored and ctx.on_past_verb(start, end)
    best: tuple[bool, bool, bool, int, int] | None = None
    for year in (dct.year - 1, dct.year, dct.year + 1):
        first = safe_date(year, month, day or 1) or safe_date(year, month, 28)
        last = first if day else (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1))
        if first is None or last is None:
            continue
        gap = (first - dct).days if first > dct else (last - dct).days if last < dct else 0
        wrong_day = weekday is not None and first.weekday() != weekday
        # a whole month told in the past has begun by the story's date: "changed in December" (in October)
        unbegun = told_past and first > dct
        key = (wrong_day, unbegun, not -back <= gap <= ahead, abs(gap), year)
        if best is None or key < best:
            best = key
    return best[4] if best else None


_CALENDAR_WORD = re.compile(r"\d|(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|"
                            r"AUG|SEP|OCT|NOV|DEC)")
_RANGE_LINK = re.compile(r"[\s\u00a0]*(?:to|until|till|through|thru|and|or|[-‐–—])[\s\u00a0]*", re.IGNORECASE)


def range_start(ctx: Context, start: int) -> tuple[int, int, int] | None:
    """(year, month, day) of the month or day written just before start and linked to it by "to", "and" or a
    dash ("from [March] to May", "between [Aug. 26] and Oct. 20"), else None."""
    p = ctx.last
    if p is None or p.year is None or not 0 <= start - ctx.last_at <= 12:
        return None
    if not _RANGE_LINK.fullmatch(ctx.text, ctx.last_at, start) or \
            not _CALENDAR_WORD.search(ctx.text, max(0, ctx.last_from), ctx.last_at):
        return None  # "a revision Friday to December's figures" links no range
    if p.gran == "day" and p.day is not None:
        return p.day.year, p.day.month, p.day.day
    if p.gran == "month":
        return p.year, p.index, 1
    return None


def weekday_date(ctx: Context, start: int, end: int, weekday: int, which: str = "") -> date | None:
    """The date of a weekday named without a date: "last" and "next" skip the current day, bare names
    follow the tense (past or unknown: the latest such day up to today; future: the next from today)."""
    dct = ctx.dct
    if dct is None:
        return None
    back = (dct.weekday() - weekday) % 7
    ahead = (weekday - dct.weekday()) % 7
    if which in ("last", "past", "this past", "previous"):
        return dct - timedelta(days=back or 7)
    if which in ("next", "coming", "this coming", "following"):
        return dct + timedelta(days=ahead or 7)
    if direction(ctx, start, end) > 0:
        return dct + timedelta(days=ahead)
    return dct - timedelta(days=back)


def quarter_year(ctx: Context, start: int, end: int, quarter: int) -> int | None:
    """The year of "the third quarter": this year, unless that quarter has not begun and the verb is past."""
    dct = ctx.dct
    if dct is None:
        return None
    current = (dct.month - 1) // 3 + 1
    if quarter > current and direction(ctx, start, end) <= 0 and _reporting(ctx, quarter, current):
        return dct.year - 1
    return dct.year


def _reporting(ctx: Context, quarter: int, current: int) -> bool:
    """True when a later-numbered quarter must be last year's (early in the year, results are reported)."""
    return current == 1 and quarter == 4 or quarter - current >= 2


def season_year(ctx: Context, start: int, end: int, season: int) -> int | None:
    """The year of a season named without one, by tense like months (SP=0, SU=1, FA=2, WI=3)."""
    if season == 3 and ctx.dct is not None and ctx.dct.month == 12:
        return ctx.dct.year
    return year_of(ctx, start, end, (4, 7, 10, 1)[season])


def reference(ctx: Context, at: int) -> Period | None:
    """The period anaphoric expressions ("that day", "the following year") refer to: the latest one mentioned."""
    return ctx.last if ctx.last is not None and at - ctx.last_at < 3000 else None
