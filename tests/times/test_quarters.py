"""Quarters, halves and year-ago comparisons as earnings reports write them."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.times.recognise import recognise
from dateline.times.tense import lexical_tense

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


@pytest.mark.parametrize(("text", "phrase", "value"), [
    # the story's own (fiscal) quarter names "the quarter ended ..." and "the latest period"
    ("Acme said it earned $5 million in the fiscal first quarter. Sales for the quarter ended Sept. 29 rose, "
     "and in the 1988 period it lost money.", "the quarter", "1989-Q1"),
    ("Acme said it earned $5 million in the fiscal first quarter. Sales for the quarter ended Sept. 29 rose, "
     "and in the 1988 period it lost money.", "the 1988 period", "1988-Q1"),
    ("Acme posted a loss for the fiscal second quarter. The latest period included a gain.", "The latest period",
     "1989-Q2"),
    # a forecast quarter is not the one the story reports
    ("Acme posted third-quarter net of $9 million. It will take a fourth-quarter charge. In the latest quarter, "
     "sales fell.", "the latest quarter", "1989-Q3"),
    ("Sales for the quarter ended Sept. 30 fell.", "the quarter", "1989-Q3"),
])
def test_quarters_reported_quarter_is_the_story_s_own(text: str, phrase: str, value: str) -> None:
    mentions = recognise(text, NOV_1989, lambda s, e: lexical_tense(text, s, e))
    assert [m.value for m in mentions if text[m.start:m.end] == phrase] == [value]


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("Acme posted third-quarter net of $9 million, compared with a loss of $3 million last year.", "last year",
     "1988-Q3"),
    ("Acme reported fourth-quarter earnings of $45 million. Sales rose 13% from last year's $1.5 billion.",
     "last year", "1988-Q4"),
    ("Acme reported fourth-quarter earnings of $45 million. Last year's results included a charge.", "Last year",
     "1988-Q4"),
    # a nine-month or yearly comparison, or no reported quarter, keeps the year
    ("Acme posted third-quarter net of $9 million. In the nine months, net rose to $52 million from $50 million "
     "last year.", "last year", "1988"),
    ("The town spent $3 million last year on roads.", "last year", "1988"),
    ("Acme posted third-quarter net of $9 million. Its chief executive retired last year.", "last year", "1988"),
])
def test_quarters_last_year_in_a_results_story(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, dct=NOV_1989, tense_value="PAST").value == value
