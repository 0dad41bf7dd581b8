"""TIMEX3 values as calendar intervals for event dates."""

from __future__ import annotations

import pytest

import dateline.times
from dateline.times.interval import interval


@pytest.mark.parametrize(("value", "start", "end", "precision"), [
    ("2016-12-09", "2016-12-09", "2016-12-09", "day"),
    ("2016-12-11TNI", "2016-12-11", "2016-12-11", "day"),
    ("2016-02", "2016-02-01", "2016-02-29", "month"),
    ("2016", "2016-01-01", "2016-12-31", "year"),
    ("2017-01-23/2017-01-24", "2017-01-23", "2017-01-24", "day"),
    ("2016-03/2016-05", "2016-03-01", "2016-05-31", "month"),
    ("2017-W05", "2017-01-30", "2017-02-05", "unknown"),
    ("2017-W05-WE", "2017-02-04", "2017-02-05", "day"),
    ("2016-Q3", "2016-07-01", "2016-09-30", "month"),
    ("1990-H1", "1990-01-01", "1990-06-30", "month"),
    ("2016-WI", "2016-12-01", "2017-02-28", "month"),
    ("199", "1990-01-01", "1999-12-31", "year"),
    ("19", "1900-01-01", "1999-12-31", "year"),
])
def test_interval_of_dates(value: str, start: str, end: str, precision: str) -> None:
    got = interval(value)
    assert got is not None and (got.start, got.end, got.precision) == (start, end, precision)


@pytest.mark.parametrize("value", ["P3Y", "PRESENT_REF", "PAST_REF", "XXXX-12-09", "XXXX-WXX-2",
                                   "2016-13", "2016-02-30", "2016-W60", "garbage", ""])
def test_interval_none_for_non_calendar_values(value: str) -> None:
    assert interval(value) is None


def test_interval_public_api_names() -> None:
    assert set(dateline.times.__all__) == {"Mention", "find_times", "interval", "publication_date", "recognise",
                                           "times_for", "times_in"}
