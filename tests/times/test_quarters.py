"""Quarters, halves and year-ago comparisons as earnings reports write them."""

from __future__ import annotations

from datetime import date

import pytest

from .conftest import find

NOV_1989 = date(1989, 11, 2)


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("The company reported a third-quarter loss.", "third-quarter", "1989-Q3"),
    ("Profit rose in the third quarter.", "the third quarter", "1989-Q3"),
    ("Losses will continue through the third quarter of 1990.", "the third quarter of 1990", "1990-Q3"),
    ("In the 1988 third quarter, the company earned $4 million.", "the 1988 third quarter", "1988-Q3"),
    ("Profit jumped in the first half of 1990.", "the first half of 1990", "1990-H1"),
    ("Prices held in the first two quarters of 1990.", "the first two quarters of 1990", "1990-H1"),
    ("Analysts expect a fourth-quarter charge.", "fourth-quarter", "1989-Q4"),
    ("Sales for the quarter ended Sept. 30 fell.", "the quarter", "1989-Q3"),
])
def test_quarters_quarters_and_halves(text: str, phrase: str, value: str) -> None:
    m = find(text, phrase, dct=NOV_1989, tense_value="PAST")
    assert (text[m.start:m.end], m.value) == (phrase, value)


def test_quarters_year_ago_follows_the_reported_quarter() -> None:
    text = ("Xerox posted a third-quarter net loss of $2.3 million. Net income was $4 million a year earlier, "
            "and in the year-ago quarter sales were flat. In the latest quarter costs rose.")
    assert find(text, "a year earlier", dct=NOV_1989, tense_value="PAST").value == "1988-Q3"
    assert find(text, "the year-ago quarter", dct=NOV_1989, tense_value="PAST").value == "1988-Q3"
    assert find(text, "the latest quarter", dct=NOV_1989, tense_value="PAST").value == "1989-Q3"


def test_quarters_year_ago_without_quarters_is_a_year() -> None:
    text = "Support rose from about 35 percent a year ago to 51 percent now."
    assert find(text, "a year ago", tense_value="PAST").value == "2016"
