"""Calendar periods named relatively: weeks, months, years, seasons, the week of a date."""

from __future__ import annotations

from datetime import date

import pytest

from .conftest import find, spans

@pytest.mark.parametrize(("text", "phrase", "tense_value", "value"), [
    ("The ministers met last week in Brussels.", "last week", "PAST", "2017-W05"),
    ("We are here this week to witness it.", "this week", None, "2017-W06"),
    ("The plan goes to the council next week.", "next week", "FUTURE", "2017-W07"),
    ("Prices rose last month, the agency said.", "last month", "PAST", "2017-01"),
    ("Sales grew earlier this month.", "earlier this month", "PAST", "2017-02"),
    ("A referendum will be held next year.", "next year", "FUTURE", "2018"),
    ("Membership rose last year.", "last year", "PAST", "2016"),
    ("The deal should close by the end of the year.", "the end of the year", "FUTURE", "2017"),
    ("Officials said over the weekend that talks failed.", "the weekend", "PAST", "2017-W05-WE"),
    ("Groups grew rapidly over the past year.", "the past year", "PAST", "2016"),
    ("It earned $5 million for the full year.", "the full year", "PAST", "2017"),
    ("Rebels shelled the city early this week.", "early this week", "PAST", "2017-W06"),
    ("It had $7 billion in sales in the latest fiscal year.", "the latest fiscal year", "PAST", "2016"),
])
def test_periods_relative_to_publication(text: str, phrase: str, tense_value: str | None, value: str) -> None:
    m = find(text, phrase, tense_value=tense_value)
    assert (text[m.start:m.end], m.type, m.value) == (phrase, "DATE", value)


def test_periods_relative_to_the_reference_time() -> None:
    text = "On May 22, 1995, he was promoted, and the following year he became attache."
    assert find(text, "the following year", tense_value="PAST").value == "1996"


@pytest.mark.parametrize(("text", "phrase", "dct", "value"), [
    ("The labor market began to tighten last fall.", "last fall", date(1998, 2, 6), "1997-FA"),
    ("Protests are expected this summer.", "this summer", date(1998, 3, 22), "1998-SU"),
    ("Oil hit that level in the winter of 1994.", "the winter of 1994", date(1998, 2, 23), "1994-WI"),
    ("The business was sold this past spring.", "this past spring", date(1989, 10, 30), "1989-SP"),
])
def test_periods_seasons(text: str, phrase: str, dct: date, value: str) -> None:
    m = find(text, phrase, dct=dct, tense_value="PAST")
    assert (text[m.start:m.end], m.value) == (phrase, value)


@pytest.mark.parametrize("text", [
    "The fall of the Berlin Wall changed Europe.", "Prices may fall further.", "They drank spring water.",
])
def test_periods_season_words_that_are_not_seasons(text: str) -> None:
    assert spans(text) == []


def test_periods_week_of_a_date() -> None:
    text = "The case may be heard the week of March 6, a lawyer said."
    assert find(text, "the week of March 6", dct=date(2000, 2, 24)).value == "2000-W10"


def test_periods_title_is_not_a_week() -> None:
    assert spans('Baker said on ABC\'s "This Week" that talks failed.') == []


@pytest.mark.parametrize("text", ["The quarter-to-quarter comparison was flattered by charges.",
                                  "Prices are set on a year-to-year basis."])
def test_periods_unit_to_unit_comparisons_name_no_period(text: str) -> None:
    assert spans(text) == []
