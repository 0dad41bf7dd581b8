"""Anchoring underspecified times to the publication date: which year a "December 9" is, which "Tuesday"."""

from __future__ import annotations

from datetime import date, timedelta

from .rules import FUTURE, PAST, Context
from .values import Period


def direction(ctx: Context, start: int, end: int) -> int:
    """-1 when the governing verb is past, +1 when future, 0 when present or unknown."""
    t = ctx.tense(start, end)
    return -1 if t == PAST else 1 if t == FUTURE else 0


def year_of(ctx: Context, start: int, end: int, month: int, day: int | None = None) -> int | None:
    """The year of a month (and day) written without one: past tense looks back, future forward,
    otherwise the occurrence nearest the publication date."""
    dct = ctx.dct
    if dct is None:
        return None
    if ctx.anchored:
        return _nearest_year(dct, month, day)
    sign = direction(ctx, start, end)
    here = (month, day or 0)
    now = (dct.month, dct.day if day else 0)
    if sign < 0:
        return dct.year if here <= now else dct.year - 1
    if sign > 0:
        return dct.year if here >= now else dct.year + 1
    return _nearest_year(dct, month, day)


def _nearest_year(dct: date, month: int, day: int | None) -> int:
    """The year putting month/day closest to dct (ties go to the past: news reports what happened)."""
    best, best_gap = dct.year, None
    for year in (dct.year - 1, dct.year, dct.year + 1):
        try:
            d = date(year, month, day or 15)
        except ValueError:
            d = date(year, month, 28)
        gap = abs((d - dct).days) - (1 if d <= dct else 0)
        if best_gap is None or gap < best_gap:
            best, best_gap = year, gap
    return best


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
    if which in ("next", "coming", "this coming"):
        return dct + timedelta(days=ahead or 7)
    if which == "following":
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
