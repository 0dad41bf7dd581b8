"""TIMEX3 values as calendar intervals: what an event dated by a time expression covers (first day, last day,
precision), for the events layer's `date` field."""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..calendar import safe_date
from ..doc import EventDate

_DAY = re.compile(r"(\d{4})-(\d\d)-(\d\d)(?:T.*)?$")
_MONTH = re.compile(r"(\d{4})-(\d\d)$")
_YEAR = re.compile(r"(\d{4})$")
_DECADES = re.compile(r"(\d{2,3})$")
_WEEK = re.compile(r"(\d{4})-W(\d\d?)(-WE)?$")
_QUARTER = re.compile(r"(\d{4})-Q([1-4])$")
_HALF = re.compile(r"(\d{4})-H([12])$")
_SEASON = re.compile(r"(\d{4})-(SP|SU|FA|WI)$")
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def _month_end(year: int, month: int) -> date:
    """The last day of a month (month may run past 12 into the next year)."""
    y, m = year + (month - 1) // 12, (month - 1) % 12 + 1
    return date(y + m // 12, m % 12 + 1, 1) - timedelta(days=1)


def interval(value: str) -> EventDate | None:
    """The interval a TIMEX3 date value covers, or None for values that name no calendar interval
    (durations, sets, PRESENT_REF, underspecified XXXX values). Ranges "a/b" run from a's start to b's end."""
    if "/" in value:
        first, _, last = value.partition("/")
        a, b = interval(first), interval(last)
        if a is None or b is None:
            return None
        precision = a.precision if a.precision == b.precision else "unknown"
        return EventDate(a.start, b.end, precision)
    found = _calendar(value)
    if found is None:
        return None
    start, end, precision = found
    return EventDate(start.isoformat(), end.isoformat(), precision)


def _calendar(value: str) -> tuple[date, date, str] | None:
    """(first day, last day, precision) of a TIMEX3 date value."""
    if m := _DAY.match(value):
        d = safe_date(int(m[1]), int(m[2]), int(m[3]))
        return (d, d, "day") if d else None
    if m := _MONTH.match(value):
        y, mo = int(m[1]), int(m[2])
        return (date(y, mo, 1), _month_end(y, mo), "month") if 1 <= mo <= 12 else None
    if m := _YEAR.match(value):
        y = int(m[1])
        return date(y, 1, 1), date(y, 12, 31), "year"
    if m := _DECADES.match(value):  # "199" (the 1990s), "19" (the 20th century)
        span = 10 ** (4 - len(m[1]))
        first = int(m[1]) * span
        return date(max(first, 1), 1, 1), date(first + span - 1, 12, 31), "year"
    if m := _WEEK.match(value):
        try:
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        except ValueError:
            return None
        if m[3]:
            return monday + timedelta(days=5), monday + timedelta(days=6), "day"
        return monday, monday + timedelta(days=6), "unknown"
    if m := _QUARTER.match(value):
        y, q = int(m[1]), int(m[2])
        return date(y, 3 * q - 2, 1), _month_end(y, 3 * q), "month"
    if m := _HALF.match(value):
        y, h = int(m[1]), int(m[2])
        return date(y, 6 * h - 5, 1), _month_end(y, 6 * h), "month"
    if m := _SEASON.match(value):
        y = int(m[1])
        first, last = _SEASON_MONTHS[m[2]]
        return date(y, first, 1), _month_end(y, last), "month"
    return None
