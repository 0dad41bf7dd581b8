"""Month and weekday names and small date helpers shared by the dateline, published and times stages."""

from __future__ import annotations

import calendar as _cal
import re
from datetime import date

MONTHS: dict[str, int] = {}
for _i in range(1, 13):
    _full = _cal.month_name[_i].lower()
    MONTHS[_full] = _i
    MONTHS[_full[:3]] = _i
MONTHS.update({"sept": 9, "febr": 2})

WEEKDAYS: dict[str, int] = {}
for _i in range(7):
    _full = _cal.day_name[_i].lower()
    WEEKDAYS[_full] = _i
    WEEKDAYS[_full[:3]] = _i
WEEKDAYS.update({"tues": 1, "wednes": 2, "thur": 3, "thurs": 3})

# "February 7", "Feb. 7", "7 February", optionally with ", 2017" / " 2017".
MONTH_RE = r"(?:Jan(?:uary)?|Feb(?:r?uary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
MONTH_DAY = re.compile(
    rf"\b(?:(?P<m1>{MONTH_RE})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{MONTH_RE}))"
    rf"(?:,?\s+(?P<y>(?:19|20)\d\d))?\b")
YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def month_number(name: str) -> int | None:
    """1-12 for a month name or abbreviation ("Feb.", "February"), else None."""
    return MONTHS.get(name.lower().rstrip("."))


def safe_date(year: int, month: int, day: int) -> date | None:
    """The date, or None when it does not exist (February 30)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def month_day(text: str) -> tuple[int, int, int | None] | None:
    """(month, day, year or None) of the first "Month day[, year]" in text, else None."""
    m = MONTH_DAY.search(text)
    if not m:
        return None
    month = month_number(m["m1"] or m["m2"])
    day = int(m["d1"] or m["d2"])
    if month is None or not 1 <= day <= 31:
        return None
    return month, day, int(m["y"]) if m["y"] else None


def full_dates(text: str) -> list[date]:
    """Every "Month day, year" date written out in the text."""
    out = []
    for m in MONTH_DAY.finditer(text):
        if m["y"]:
            month = month_number(m["m1"] or m["m2"])
            d = safe_date(int(m["y"]), month, int(m["d1"] or m["d2"])) if month else None
            if d:
                out.append(d)
    return out
