"""TIMEX3 value arithmetic: calendar periods, shifting them, and writing them as TIMEX3 strings."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from ..calendar import safe_date

GRANULARITIES = ("century", "decade", "year", "half", "quarter", "season", "month", "week", "weekend", "day")
SEASON_CODES = ("SP", "SU", "FA", "WI")
FINER = {g: i for i, g in enumerate(GRANULARITIES)}


@dataclass(frozen=True, slots=True)
class Period:
    """A calendar period of some granularity; `year` None means the year is not known (written XXXX)."""

    gran: str
    year: int | None
    index: int = 0  # month 1-12, ISO week, quarter 1-4, half 1-2, season 0-3 (SP, SU, FA, WI)
    day: date | None = None  # the day itself for granularity "day"
    part: str | None = None  # part of day (MO, AF, EV, NI) or clock time "19:15" for days

    def value(self) -> str:
        """The TIMEX3 value of the period."""
        return timex(self)


def timex(p: Period) -> str:
    """Writes a period as a TIMEX3 value (2016-12-09, 2016-03, 2016-W05, 2016-Q3, 199, 2016-12-11TNI)."""
    y = f"{p.year:04d}" if p.year is not None else "XXXX"
    if p.gran == "day":
        if p.day is not None:
            base = p.day.isoformat()
        else:
            month, dom = divmod(p.index, 100)
            base = f"{y}-{month:02d}-{dom:02d}" if month and dom else f"{y}-{month:02d}-XX" if month else f"{y}-XX-XX"
        if p.part:
            return f"{base}T{p.part}"
        return base
    if p.gran == "month":
        return f"{y}-{p.index:02d}"
    if p.gran == "year":
        return y
    if p.gran == "quarter":
        return f"{y}-Q{p.index}"
    if p.gran == "half":
        return f"{y}-H{p.index}"
    if p.gran == "season":
        return f"{y}-{SEASON_CODES[p.index]}"
    if p.gran in ("week", "weekend"):
        suffix = "-WE" if p.gran == "weekend" else ""
        return f"{y}-W{p.index:02d}{suffix}" if p.index else f"{y}-WXX{suffix}"
    if p.gran == "weekday":
        return f"XXXX-WXX-{p.index}{'T' + p.part if p.part else ''}"
    if p.gran == "decade":
        return y[:3]
    if p.gran == "century":
        return y[:2]
    raise ValueError(f"unknown granularity {p.gran}")


def day(d: date, part: str | None = None) -> Period:
    """The day period of a date."""
    return Period("day", d.year, 0, d, part)


def week_of(d: date, weekend: bool = False) -> Period:
    """The ISO week (or its weekend) containing d."""
    iso = d.isocalendar()
    return Period("weekend" if weekend else "week", iso[0], iso[1], d - timedelta(days=d.weekday()))


def period_of(d: date, gran: str) -> Period:
    """The period of the given granularity that contains d."""
    if gran == "day":
        return day(d)
    if gran in ("week", "weekend"):
        return week_of(d, gran == "weekend")
    if gran == "month":
        return Period("month", d.year, d.month)
    if gran == "quarter":
        return Period("quarter", d.year, (d.month - 1) // 3 + 1)
    if gran == "half":
        return Period("half", d.year, 1 if d.month <= 6 else 2)
    if gran == "season":
        return season_of(d)
    if gran == "decade":
        return Period("decade", d.year - d.year % 10)
    if gran == "century":
        return Period("century", d.year - d.year % 100)
    return Period("year", d.year)


def season_of(d: date) -> Period:
    """The meteorological season containing d (winter belongs to the year of its December)."""
    if d.month in (3, 4, 5):
        return Period("season", d.year, 0)
    if d.month in (6, 7, 8):
        return Period("season", d.year, 1)
    if d.month in (9, 10, 11):
        return Period("season", d.year, 2)
    return Period("season", d.year if d.month == 12 else d.year - 1, 3)


def shift(p: Period, n: int, unit: str | None = None) -> Period:
    """The period n units (default: its own granularity) later; a year shift keeps month/quarter/season."""
    unit = unit or p.gran
    if p.year is None:
        return p
    if unit == "year":
        if p.gran == "day" and p.day is not None:
            d = safe_date(p.day.year + n, p.day.month, p.day.day) or safe_date(p.day.year + n, p.day.month, 28)
            return replace(p, year=p.year + n, day=d)
        if p.gran in ("week", "weekend") and p.day is not None:
            return replace(p, year=p.year + n)
        return replace(p, year=p.year + n)
    if unit == "decade":
        return replace(p, year=p.year + 10 * n)
    if unit == "century":
        return replace(p, year=p.year + 100 * n)
    if p.gran == "day" and p.day is not None:
        if unit == "day":
            return day(p.day + timedelta(days=n), p.part)
        if unit == "week":
            return day(p.day + timedelta(weeks=n), p.part)
        if unit == "month":
            return day(_add_months(p.day, n), p.part)
    if p.gran in ("week", "weekend") and p.day is not None and unit in ("week", "weekend"):
        return week_of(p.day + timedelta(weeks=n), p.gran == "weekend")
    if p.gran == "month" and unit == "month":
        y, m = divmod(p.year * 12 + p.index - 1 + n, 12)
        return Period("month", y, m + 1)
    if p.gran == "quarter" and unit == "quarter":
        y, q = divmod(p.year * 4 + p.index - 1 + n, 4)
        return Period("quarter", y, q + 1)
    if p.gran == "half" and unit == "half":
        y, h = divmod(p.year * 2 + p.index - 1 + n, 2)
        return Period("half", y, h + 1)
    if p.gran == "season" and unit == "season":
        y, s = divmod(p.year * 4 + p.index + n, 4)
        return Period("season", y, s)
    return p


def _add_months(d: date, n: int) -> date:
    """d moved n calendar months, clipped to the month's last day."""
    y, m = divmod(d.year * 12 + d.month - 1 + n, 12)
    for dom in (d.day, 30, 29, 28):
        found = safe_date(y, m + 1, dom)
        if found:
            return found
    return d


def ago(ref: date, n: int, unit: str) -> Period:
    """The period n units before ref at that unit's granularity ("two weeks ago" -> a week)."""
    if unit == "day":
        return day(ref - timedelta(days=n))
    if unit == "week":
        return week_of(ref - timedelta(weeks=n))
    if unit == "month":
        return period_of(_add_months(ref, -n), "month")
    if unit == "quarter":
        return shift(period_of(ref, "quarter"), -n)
    if unit == "decade":
        return Period("year", ref.year - 10 * n)
    if unit == "century":
        return Period("year", ref.year - 100 * n)
    if unit == "millennium":
        return Period("year", ref.year - 1000 * n)
    return Period("year", ref.year - n)


def easter(year: int) -> date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, dom = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, dom + 1)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th (1-based; -1 for the last) given weekday (0 = Monday) of a month."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def holiday(name: str, year: int) -> date | None:
    """The date of a moving holiday in a year (US conventions for Thanksgiving, Memorial and Labor Day)."""
    name = name.lower().replace(" day", "").replace(" sunday", "")
    if name == "thanksgiving":
        return nth_weekday(year, 11, 3, 4)
    if name == "easter":
        return easter(year)
    if name == "good friday":
        return easter(year) - timedelta(days=2)
    if name == "memorial":
        return nth_weekday(year, 5, 0, -1)
    if name == "labor":
        return nth_weekday(year, 9, 0, 1)
    if name == "mother's":
        return nth_weekday(year, 5, 6, 2)
    if name == "father's":
        return nth_weekday(year, 6, 6, 3)
    if name == "election":  # US: the Tuesday after the first Monday of November
        return nth_weekday(year, 11, 0, 1) + timedelta(days=1)
    return None
