"""TIMEX3 value arithmetic: writing periods, shifting them, moving holidays."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.times.values import Period, ago, day, easter, holiday, period_of, shift, timex, week_of


@pytest.mark.parametrize(("period", "value"), [
    (day(date(2016, 12, 9)), "2016-12-09"),
    (day(date(2016, 12, 11), "NI"), "2016-12-11TNI"),
    (Period("month", 2016, 3), "2016-03"),
    (Period("year", 2016), "2016"),
    (Period("quarter", 2016, 3), "2016-Q3"),
    (Period("half", 1990, 1), "1990-H1"),
    (Period("season", 2016, 1), "2016-SU"),
    (Period("decade", 1990), "199"),
    (Period("century", 1900), "19"),
    (Period("month", None, 12), "XXXX-12"),
    (Period("day", None, 1209), "XXXX-12-09"),
    (Period("day", 1998, 1000), "1998-10-XX"),
    (Period("weekday", None, 2), "XXXX-WXX-2"),
])
def test_values_timex_writes_values(period: Period, value: str) -> None:
    assert timex(period) == value


@pytest.mark.parametrize(("d", "value"), [
    (date(2017, 2, 7), "2017-W06"), (date(2016, 1, 1), "2015-W53"), (date(1998, 3, 1), "1998-W09"),
])
def test_values_week_of_uses_iso_weeks(d: date, value: str) -> None:
    assert timex(week_of(d)) == value
    assert timex(week_of(d, weekend=True)) == value + "-WE"


@pytest.mark.parametrize(("period", "n", "unit", "value"), [
    (Period("month", 2017, 1), -1, None, "2016-12"),
    (Period("quarter", 2017, 1), -1, None, "2016-Q4"),
    (Period("quarter", 1989, 3), -1, "year", "1988-Q3"),
    (day(date(2016, 2, 29)), 1, "year", "2017-02-28"),
    (day(date(2017, 1, 31)), 1, "month", "2017-02-28"),
    (Period("season", 2016, 3), 1, None, "2017-SP"),
    (week_of(date(2017, 1, 2)), -1, None, "2016-W52"),
])
def test_values_shift_moves_periods(period: Period, n: int, unit: str | None, value: str) -> None:
    assert timex(shift(period, n, unit)) == value


@pytest.mark.parametrize(("n", "unit", "value"), [
    (2, "day", "2017-02-05"), (2, "week", "2017-W04"), (5, "month", "2016-09"), (3, "year", "2014"),
    (1, "decade", "2007"),
])
def test_values_ago_counts_back_at_the_unit_granularity(n: int, unit: str, value: str) -> None:
    assert timex(ago(date(2017, 2, 7), n, unit)) == value


@pytest.mark.parametrize(("year", "value"), [(2017, date(2017, 4, 16)), (2000, date(2000, 4, 23))])
def test_values_easter_is_computed(year: int, value: date) -> None:
    assert easter(year) == value


@pytest.mark.parametrize(("name", "year", "value"), [
    ("thanksgiving", 1999, date(1999, 11, 25)), ("labor day", 2017, date(2017, 9, 4)),
    ("memorial day", 2017, date(2017, 5, 29)), ("election day", 1998, date(1998, 11, 3)),
])
def test_values_holiday_moving_dates(name: str, year: int, value: date) -> None:
    assert holiday(name, year) == value


def test_values_period_of_gives_every_granularity() -> None:
    d = date(2017, 8, 15)
    got = [timex(period_of(d, g)) for g in ("day", "week", "month", "quarter", "half", "season", "year",
                                           "decade", "century")]
    assert got == ["2017-08-15", "2017-W33", "2017-08", "2017-Q3", "2017-H2", "2017-SU", "2017", "201", "20"]
