"""Calendar dates: full and partial dates, ranges, months, years, decades, centuries, holidays."""

from __future__ import annotations

from datetime import date

import pytest

from .conftest import find, spans


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("On January 20, 2017, reports said the IS had left.", "January 20, 2017", "2017-01-20"),
    ("The treaty was signed on 7 February 2017 in Moscow.", "7 February 2017", "2017-02-07"),
    ("Officials met on Sept. 27, 1989, to sign it.", "Sept. 27, 1989", "1989-09-27"),
    ("The summit ended on the 9th of December.", "the 9th of December", "2016-12-09"),
    ("It was founded on May 26, 1980, in Paris.", "May 26, 1980", "1980-05-26"),
    ("Women's Day is this coming Sunday, March eighth.", "March eighth", "2017-03-08"),
    ("A vote was held on Feb. 23 in the capital.", "Feb. 23", "2017-02-23"),
])
def test_dates_full_and_partial_dates(text: str, phrase: str, value: str) -> None:
    m = find(text, phrase)
    assert text[m.start:m.end].endswith(phrase)
    assert (m.type, m.value) == ("DATE", value)


@pytest.mark.parametrize(("text", "phrase", "tense_value", "value"), [
    ("On December 9, the IS attacked Palmyra again.", "December 9", "PAST", "2016-12-09"),
    ("On December 9, the leaders will meet again.", "December 9", "FUTURE", "2017-12-09"),
    ("The offer was extended to Feb. 20 by the board.", "Feb. 20", "PAST", "2017-02-20"),
    ("The rebels attacked the town on August 9.", "August 9", "PAST", "2016-08-09"),
    ("The strike will start on January 30.", "January 30", "FUTURE", "2018-01-30"),
    ("The dividend is payable March 15 to holders.", "March 15", "PAST", "2017-03-15"),
])
def test_dates_year_from_tense_and_publication_date(text: str, phrase: str, tense_value: str, value: str) -> None:
    assert find(text, phrase, tense_value=tense_value).value == value


def test_dates_weekday_decides_the_year() -> None:
    text = "The paper said in an editorial on Saturday, April 25: the court erred."
    assert find(text, "April 25", dct=date(1998, 4, 24), tense_value="PAST").value == "1998-04-25"


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("Talks in Astana on January 23-24 were held.", "January 23-24", "2017-01-23/2017-01-24"),
    ("The fair runs Jan. 30-Feb. 2 in the city.", "Jan. 30-Feb. 2", "2017-01-30/2017-02-02"),
    ("Delegates met on 23–24 January in Geneva.", "23–24 January", "2017-01-23/2017-01-24"),
])
def test_dates_day_ranges_are_intervals(text: str, phrase: str, value: str) -> None:
    m = find(text, phrase)
    assert (text[m.start:m.end], m.value) == (phrase, value)


def test_dates_from_to_gives_two_dates() -> None:
    text = "Shares were bought from Aug. 26 to Oct. 20 at various prices."
    assert spans(text, dct=date(1989, 10, 30)) == ["Aug. 26", "Oct. 20"]


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("In March 2016, Syrian Army units liberated Palmyra.", "March 2016", "2016-03"),
    ("He arrived in July of 1997 with his family.", "July of 1997", "1997-07"),
    ("In January nineteen ninety-seven a bomb exploded.", "January nineteen ninety-seven", "1997-01"),
    ("In June last year the leaders fell out.", "June last year", "2016-06"),
    ("In January this year, officers arrived.", "January this year", "2017-01"),
    ("The helicopters crashed last December.", "last December", "2016-12"),
    ("The vote is expected next April.", "next April", "2017-04"),
])
def test_dates_months_with_years(text: str, phrase: str, value: str) -> None:
    m = find(text, phrase)
    assert (text[m.start:m.end], m.value) == (phrase, value)


@pytest.mark.parametrize(("text", "phrase", "tense_value", "value"), [
    ("The town fell in December after a siege.", "December", "PAST", "2016-12"),
    ("The mission will fly in December.", "December", "FUTURE", "2017-12"),
    ("Prices rose in January, the agency said.", "January", "PAST", "2017-01"),
    ("Talks are due to conclude by May.", "May", None, "2017-05"),
    ("The party has been banned since March.", "March", "PAST", "2016-03"),
    ("Unemployment rose in early September.", "early September", "PAST", "2016-09"),
])
def test_dates_month_alone_is_anchored(text: str, phrase: str, tense_value: str | None, value: str) -> None:
    m = find(text, phrase, tense_value=tense_value)
    assert (text[m.start:m.end], m.value) == (phrase, value)


@pytest.mark.parametrize("text", [
    "The army may start a new offensive.",
    "May I ask a question?",
    "Thousands joined the March on Washington.",
    "They will march through the capital.",
    "April Smith, a nurse, was hurt.",
    "The score was 1-0 after the first half.",
    "Call 555-1990 for details.",
    "More than 2,000 people were evacuated.",
    "Under section 2015 of the code the fine applies.",
    "The launch was delayed at T-4 minutes.",
    "The Sunday Times reported the story.",
    "Resolution 1973 authorised the strikes.",
    "He drove a car with number 2019 on the plate.",
])
def test_dates_non_times_are_not_reported(text: str) -> None:
    found = spans(text)
    assert not [s for s in found if any(w in s for w in ("May", "March", "march", "April", "1-0", "1990",
                                                          "2,000", "2015", "T-4", "Sunday", "1973", "2019"))]


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("Australia has been independent since 1901.", "1901", "1901"),
    ("Sales rose in fiscal 1989, the company said.", "fiscal 1989", "1989"),
    ("The group began to fall apart in mid-1996.", "mid-1996", "1996"),
    ("Plans call for a launch by the year two thousand.", "the year two thousand", "2000"),
    ("Atlanta, nineteen ninety-six. A bomb went off.", "nineteen ninety-six", "1996"),
    ("The post-1959 politics divided families.", "1959", "1959"),
])
def test_dates_years(text: str, phrase: str, value: str) -> None:
    m = find(text, phrase)
    assert phrase in text[m.start:m.end] and m.value == value


@pytest.mark.parametrize(("text", "phrase", "value", "mod"), [
    ("Prices fell through the 1990s.", "the 1990s", "199", None),
    ("The Khmer Rouge held power in the late 1970s.", "the late 1970s", "197", "END"),
    ("The stock peaked in the early 1980s.", "the early 1980s", "198", "START"),
    ("Membership dropped through the nineties.", "the nineties", "199", None),
    ("It was a hit in the '80s.", "the '80s", "198", None),
    ("She is a 20th century democrat.", "20th century", "19", None),
    ("Visitors flock to the 11th century temple.", "the 11th century", "10", None),
])
def test_dates_decades_and_centuries(text: str, phrase: str, value: str, mod: str | None) -> None:
    m = find(text, phrase)
    assert (text[m.start:m.end], m.value, m.mod) == (phrase, value, mod)


@pytest.mark.parametrize("text", ["She is in her 80s now.", "Temperatures were in the 80s Fahrenheit."])
def test_dates_ages_and_temperatures_are_not_decades(text: str) -> None:
    assert "80s" not in " ".join(spans(text))


@pytest.mark.parametrize(("text", "phrase", "dct", "value"), [
    ("The boy was found on Thanksgiving Day clinging to a tube.", "Thanksgiving Day", date(2000, 1, 7),
     "1999-11-25"),
    ("Shops close on Christmas Eve this year.", "Christmas Eve", date(2017, 12, 1), "2017-12-24"),
    ("Fireworks lit the sky on New Year's Eve.", "New Year's Eve", date(2017, 1, 3), "2016-12-31"),
    ("Pilgrims prayed as Easter week began.", "Easter week", date(2000, 4, 17), "2000-W16"),
])
def test_dates_holidays(text: str, phrase: str, dct: date, value: str) -> None:
    m = find(text, phrase, dct=dct, tense_value="PAST")
    assert (text[m.start:m.end], m.value) == (phrase, value)


def test_dates_without_publication_date_stay_underspecified() -> None:
    text = "On December 9, the IS attacked Palmyra. In March 2016 it had been liberated."
    assert find(text, "December 9", dct=None).value == "XXXX-12-09"
    assert find(text, "March 2016", dct=None).value == "2016-03"


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("The summit will be held on April 24 and 25.", "25", "2017-04-25"),
    ("Talks are set for March 3 and 5, 2018.", "5, 2018", "2018-03-05"),
    ("The May elections will be close.", "May", "2017-05"),
    ("The March accession lets them vote.", "March", "2017-03"),
])
def test_dates_coordinated_days_and_month_modifiers(text: str, phrase: str, value: str) -> None:
    m = find(text, phrase, tense_value="FUTURE")
    assert (text[m.start:m.end], m.value) == (phrase, value)


@pytest.mark.parametrize("text", ["On March 3 and 25 people marched.", "The March on Washington drew crowds.",
                                  "In 2015 2016 people died."])
def test_dates_counts_after_dates_are_not_days(text: str) -> None:
    assert "25" not in spans(text) and "March" not in spans(text) and "2016" not in spans(text)


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("The talks ran from December to February.", "February", "2017-02"),
    ("The talks ran from December to February.", "December", "2016-12"),
    ("Rallies were held between Aug. 26 and Oct. 20.", "Oct. 20", "2016-10-20"),
    ("After a revision Friday to December's figures, hiring rose.", "December", "2016-12"),
])
def test_dates_the_end_of_a_range_follows_its_start(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, tense_value="PAST").value == value


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("In the 2022-23 fiscal year, revenue fell.", "2022-23", "2022/2023"),
    ("The 2014-2015 season was better.", "2014-2015", "2014/2015"),
])
def test_dates_year_ranges_are_intervals(text: str, phrase: str, value: str) -> None:
    m = find(text, phrase)
    assert (text[m.start:m.end], m.value) == (phrase, value)


@pytest.mark.parametrize("text", ["Call 1998-2345 now.", "Section 2015-16 applies.", "In 2019-20 people died."])
def test_dates_numbers_with_dashes_are_not_year_ranges(text: str) -> None:
    assert not [s for s in spans(text) if "-" in s]
