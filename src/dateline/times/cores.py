"""Shared sub-patterns with their readers: calendar dates ("Feb. 7, 2017", "9 December") and day references
("Tuesday", "yesterday", "January 23-24") that other rules embed (times of day, parts of day)."""

from __future__ import annotations

import re
from datetime import timedelta

from ..calendar import month_number, safe_date
from .grammar import DAY, DAYNUM, MONTH, S, SPOKEN_YEAR, WEEKDAY, YEAR
from .lexicon import ordinal, spoken_year
from .resolve import weekday_date, year_of
from .rules import Context
from .values import Period, day

RANGE_SEP = r"(?:[\s\u00a0]*[-‐–—][\s\u00a0]*)"  # "Jan. 23-24"; "from Aug. 26 to Oct. 20" are two dates
WHICH_DAY = r"(?:last|next|this|this\s+coming|this\s+past|coming|past|previous|the\s+previous|the\s+following)"
_WEEKDAY_NUM = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


def md(p: str) -> str:
    """Month-first date, optionally a day range and a year: "Jan. 23-24", "March eighth, 1998"."""
    return (rf"(?:(?:{WHICH_DAY}{S})?(?P<{p}wd>{WEEKDAY}),?{S})?(?P<{p}m>{MONTH}){S}(?:the{S})?(?P<{p}d>{DAY})(?!\w)"
            rf"(?:{RANGE_SEP}(?:(?P<{p}m2>{MONTH}){S})?(?P<{p}d2>{DAYNUM})(?!\w))?"
            rf"(?:,?{S}(?P<{p}y>{YEAR}|{SPOKEN_YEAR}))?")


def dm(p: str) -> str:
    """Day-first date: "7 February 2017", "the 9th of December", "23-24 January"."""
    return (rf"(?:(?P<{p}wd>{WEEKDAY}),?{S})?(?:the{S})?(?P<{p}d>{DAYNUM}|{DAY}(?={S}of))"
            rf"(?:{RANGE_SEP}(?P<{p}d2>{DAYNUM}))?{S}(?:of{S})?(?P<{p}m>{MONTH})"
            rf"(?:,?{S}(?P<{p}y>{YEAR}))?")


def weekday_ref(p: str) -> str:
    """A weekday with an optional "last"/"next" and "early"/"late": "last Tuesday", "early Friday"."""
    return rf"(?:(?P<{p}which>{WHICH_DAY}){S})?(?P<{p}w>{WEEKDAY})"


def day_ref(p: str) -> str:
    """Any reference to one day: a date, a weekday, today, yesterday or tomorrow."""
    return (rf"(?:{md(p + 'a')}|{dm(p + 'b')}|{weekday_ref(p + 'c')}|"
            rf"(?P<{p}rel>today|yesterday|tomorrow|tonight))")


def weekday_number(name: str) -> int | None:
    """0 for Monday ... 6 for Sunday, from a name or abbreviation."""
    return _WEEKDAY_NUM.get(name.lower()[:3])


def year_value(text: str | None) -> int | None:
    """A written year: "1998" or "nineteen ninety-eight"."""
    if not text:
        return None
    if text.isdigit():
        return int(text)
    return spoken_year(text)


def read_date(m: re.Match[str], p: str, ctx: Context) -> tuple[Period, Period | None] | None:
    """The day (and range end) of a matched md/dm date, its year from the text or else anchored."""
    month = month_number(m[p + "m"])
    dom = ordinal(m[p + "d"])
    if month is None or dom is None or not 1 <= dom <= 31:
        return None
    year = year_value(m[p + "y"])
    if m[p + "y"] and year is None:
        return None
    end_month = month_number(m[p + "m2"]) if m.groupdict().get(p + "m2") else month
    end_dom = ordinal(m[p + "d2"]) if m[p + "d2"] else None
    if end_dom is not None and (end_month is None or not 1 <= end_dom <= 31):
        return None
    if end_dom is not None and end_month == month and end_dom <= dom:
        return None  # "March 12-3" is not a range of days
    if year is None:
        wd = weekday_number(m[p + "wd"]) if m[p + "wd"] else None
        year = year_of(ctx, m.start(p + "m") if m[p + "m"] else m.start(), m.end(), month, dom, wd)
    if year is None:
        start = Period("day", None, month * 100 + dom)
        end = Period("day", None, (end_month or month) * 100 + end_dom) if end_dom else None
        return start, end
    first = safe_date(year, month, dom)
    if first is None:
        return None
    last = None
    if end_dom is not None and end_month is not None:
        end_year = year + 1 if end_month < month else year
        found = safe_date(end_year, end_month, end_dom)
        if found is None:
            return None
        last = day(found)
    return day(first), last


def read_weekday(m: re.Match[str], p: str, ctx: Context) -> Period | None:
    """The day of a matched weekday reference, anchored by "last"/"next" and the tense."""
    wd = weekday_number(m[p + "w"])
    if wd is None:
        return None
    which = re.sub(r"\s+", " ", (m[p + "which"] or "").lower()).replace("the ", "")
    if which == "previous" and ctx.last is not None and ctx.last.gran == "day" and ctx.last.day:
        ref = ctx.last.day
        return day(ref - timedelta(days=(ref.weekday() - wd) % 7 or 7))
    found = weekday_date(ctx, m.start(p + "w"), m.end(), wd, which)
    if found is None:
        return Period("weekday", None, wd + 1)
    return day(found)


def read_day_ref(m: re.Match[str], p: str, ctx: Context) -> Period | None:
    """The day of a matched day_ref (its first day, for a range)."""
    if m[p + "am"]:
        found = read_date(m, p + "a", ctx)
        return found[0] if found else None
    if m[p + "bm"]:
        found = read_date(m, p + "b", ctx)
        return found[0] if found else None
    if m[p + "cw"]:
        return read_weekday(m, p + "c", ctx)
    rel = (m[p + "rel"] or "").lower()
    if ctx.dct is None:
        return Period("day", None, 0)
    shift = {"yesterday": -1, "tomorrow": 1}.get(rel, 0)
    return day(ctx.dct + timedelta(days=shift))

