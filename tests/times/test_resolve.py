"""Anchoring underspecified times: the year of a month and day, the date of a weekday, by tense and cue words."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.times.resolve import direction, quarter_year, tense_at, weekday_date, year_of
from dateline.times.rules import Context


def ctx(text: str, tense: str | None = None, dct: date | None = date(2017, 2, 7)) -> Context:
    """A context whose every expression has the given tense."""
    return Context(dct, text, lambda s, e: tense)


@pytest.mark.parametrize(("month", "day", "tense", "year"), [
    (12, 9, "PAST", 2016), (12, 9, "FUTURE", 2017), (12, 9, None, 2016), (1, 30, "FUTURE", 2018),
    (2, 20, "PAST", 2017), (8, 9, "PAST", 2016), (8, 9, None, 2016), (5, 9, None, 2017), (4, None, "PAST", 2016),
    (2, None, "PAST", 2017), (4, None, None, 2017),
])
def test_resolve_year_of_by_tense(month: int, day: int | None, tense: str | None, year: int) -> None:
    assert year_of(ctx("x", tense), 0, 1, month, day) == year


class _Verbal:
    """A tense function whose times all modify (or all do not modify) their verb directly."""

    def __init__(self, tense: str | None, verbal: bool) -> None:
        self.tense, self.verbal = tense, verbal

    def __call__(self, start: int, end: int) -> str | None:
        return self.tense

    def on_past_verb(self, start: int, end: int) -> bool:
        return self.verbal


@pytest.mark.parametrize(("month", "tense", "verbal", "year"), [
    (12, "PAST", True, 1988), (11, "PAST", True, 1988), (10, "PAST", True, 1989), (12, "PAST", False, 1989),
    (12, None, True, 1989), (12, "FUTURE", True, 1989),
])
def test_resolve_year_of_past_month_has_begun(month: int, tense: str | None, verbal: bool, year: int) -> None:
    # "changed ... in December" told on 1989-10-27 is December 1988; "a cutback in December" may lie ahead
    c = Context(date(1989, 10, 27), "x", _Verbal(tense, verbal))
    assert year_of(c, 0, 1, month) == year


def test_resolve_year_of_weekday_must_agree() -> None:
    c = ctx("x", "PAST", date(1998, 4, 24))
    assert year_of(c, 0, 1, 4, 25, weekday=5) == 1998  # Saturday, April 25, 1998
    assert year_of(c, 0, 1, 4, 25, weekday=4) == 1997  # Friday, April 25, 1997


@pytest.mark.parametrize(("cue", "time", "tense", "expected"), [
    ("payable", "Dec. 15", "PAST", "FUTURE"), ("effective", "June 1", None, "FUTURE"),
    ("until", "Tuesday", None, "FUTURE"), ("until", "Tuesday", "PAST", None), ("since", "March", None, "SINCE"),
    ("on", "Tuesday", "PAST", "PAST"), ("by the", "Tuesday", None, None),
    ("had been due to expire", "Friday", "PAST", "PAST"), ("is due to expire", "Friday", "PRESENT", "FUTURE"),
])
def test_resolve_tense_at_reads_cue_words(cue: str, time: str, tense: str | None, expected: str | None) -> None:
    text = f"{cue} {time}"
    assert tense_at(ctx(text, tense), len(cue) + 1, len(text)) == expected


@pytest.mark.parametrize(("weekday", "which", "tense", "expected"), [
    (1, "", "PAST", date(2017, 2, 7)), (0, "", "PAST", date(2017, 2, 6)), (3, "", "FUTURE", date(2017, 2, 9)),
    (1, "last", None, date(2017, 1, 31)), (1, "next", None, date(2017, 2, 14)), (4, "", None, date(2017, 2, 3)),
    (1, "", "FUTURE", date(2017, 2, 7)),
])
def test_resolve_weekday_date(weekday: int, which: str, tense: str | None, expected: date) -> None:
    assert weekday_date(ctx("x", tense), 0, 1, weekday, which) == expected


@pytest.mark.parametrize(("quarter", "dct", "tense", "year"), [
    (3, date(1989, 11, 2), "PAST", 1989), (4, date(1998, 1, 26), "PAST", 1997), (4, date(1989, 10, 30), None, 1989),
    (1, date(1989, 10, 26), "PAST", 1989), (4, date(1998, 1, 26), "FUTURE", 1998),
])
def test_resolve_quarter_year(quarter: int, dct: date, tense: str | None, year: int) -> None:
    assert quarter_year(ctx("x", tense, dct), 0, 1, quarter) == year


def test_resolve_without_publication_date() -> None:
    c = ctx("x", "PAST", None)
    assert year_of(c, 0, 1, 12, 9) is None
    assert weekday_date(c, 0, 1, 1) is None
    assert direction(c, 0, 1) == -1
