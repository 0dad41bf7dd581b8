"""Durations ("ten-months-long" -> P10M) and offsets from now ("two days ago")."""

from __future__ import annotations

import pytest

from dateline.times.durations import duration_value, unit_code

from .conftest import find, spans


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("Palmyra was freed after ten-months-long control by the IS.", "ten-months-long", "P10M"),
    ("He spent three years in prison.", "three years", "P3Y"),
    ("The talks lasted 48 hours.", "48 hours", "PT48H"),
    ("Stocks have plunged in the past three months.", "the past three months", "P3M"),
    ("Shares hit a five year low.", "five year", "P5Y"),
    ("After a two-hour meeting the envoys left.", "two-hour", "PT2H"),
    ("He lived in the camps for 2 1/2 years.", "2 1/2 years", "P2Y6M"),
    ("But a minute and a half later a pilot called.", "a minute and a half", "PT1M30S"),
    ("The lowest rate for almost two decades was reached.", "almost two decades", "P20Y"),
    ("Bush can call up reservists for up to 180 days.", "up to 180 days", "P180D"),
    ("It won't change for a couple of years.", "a couple of years", "P2Y"),
    ("The fleet will stay for at least 20 more years.", "at least 20 more years", "P20Y"),
    ("Over the next few days the storm will pass.", "the next few days", "PXD"),
    ("The benchmark 30-year bond fell.", "30-year", "P30Y"),
    ("The index fell eight trading days in a row.", "eight trading days", "P8D"),
    ("He waited half an hour outside.", "half an hour", "PT30M"),
    ("Aid matters in the first 1,000 days of a life.", "the first 1,000 days", "P1000D"),
    ("Peace came after a four-and-a-half year war.", "four-and-a-half year", "P4Y6M"),
    ("Lawyers emerged from their third day-long meeting.", "day-long", "P1D"),
    ("The year-long inquiry ended.", "year-long", "P1Y"),
    ("It made a profit after several quarters of losses.", "several quarters", "PXQ"),
])
def test_durations_lengths_of_time(text: str, phrase: str, value: str) -> None:
    m = find(text, phrase)
    assert (text[m.start:m.end], m.type, m.value) == (phrase, "DURATION", value)


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("The city has been fought over for years.", "years", "PXY"),
    ("Troops will arrive within weeks.", "weeks", "PXW"),
    ("Ukraine was ruled from Moscow for centuries.", "centuries", "PXC"),
    ("The decades-long battle goes on.", "decades-long", "PXY"),
    ("Forces could stay in the gulf for a while.", "a while", "PXX"),
])
def test_durations_vague_lengths(text: str, phrase: str, value: str) -> None:
    m = find(text, phrase)
    assert (text[m.start:m.end], m.type, m.value) == (phrase, "DURATION", value)


@pytest.mark.parametrize("text", [
    "A 48-year-old man was arrested.", "The 8-month-old baby survived.", "She is 48 years old.",
    "He won a second term in office.", "Three quarters of the vote went to him.",
    "About a quarter of government staff were unpaid.", "It is handled on a day-to-day basis.",
])
def test_durations_ages_ordinals_and_fractions_are_not_durations(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("Rebels attacked two days ago.", "two days ago", "2017-02-05"),
    ("The accord was signed five months ago.", "five months ago", "2016-09"),
    ("NATO was founded 50 years ago.", "50 years ago", "1967"),
    ("He spoke in a speech six weeks ago.", "six weeks ago", "2016-W52"),
    ("Support rose from 35 percent several years ago.", "several years ago", "PAST_REF"),
    ("The war ended almost four years ago.", "almost four years ago", "2013"),
    ("Islamic powers led the world a millennium ago.", "a millennium ago", "1017"),
])
def test_durations_ago_is_a_date(text: str, phrase: str, value: str) -> None:
    m = find(text, phrase, tense_value="PAST")
    assert (text[m.start:m.end], m.type, m.value) == (phrase, "DATE", value)


def test_durations_in_n_years_with_future_is_a_date() -> None:
    text = "The stock would be redeemed in five years."
    m = find(text, "five years", tense_value="FUTURE")
    assert (m.type, m.value) == ("DATE", "2022")


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("Three days later, the index recovered.", "Three days later", "P3D"),
    ("A day earlier, trucks crossed the border.", "A day earlier", "P1D"),
])
def test_durations_offsets_between_events(text: str, phrase: str, value: str) -> None:
    m = find(text, phrase)
    assert (m.type, m.value) == ("DURATION", value)


@pytest.mark.parametrize(("amount", "code", "value"), [
    (3, "Y", "P3Y"), (2.5, "Y", "P2Y6M"), (5.5, "H", "PT5H30M"), (1.5, "MIN", "PT1M30S"), (None, "Y", "PXY"),
    (None, "H", "PTXH"), (2, "E", "P20Y"), (0.25, "C", "P25Y"), (1.5, "M", "P1.5M"), (3, "Q", "P3Q"),
])
def test_durations_duration_value_writes_iso(amount: float | None, code: str, value: str) -> None:
    assert duration_value(amount, code) == value


@pytest.mark.parametrize(("word", "code"), [
    ("years", "Y"), ("minute", "MIN"), ("hrs", "H"), ("centuries", "C"), ("fortnight", "W"), ("weekend", None),
])
def test_durations_unit_code(word: str, code: str | None) -> None:
    assert unit_code(word) == code
