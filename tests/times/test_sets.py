"""Recurring times (SET): every week, weekly, twice a year, each Thursday, on Sundays."""

from __future__ import annotations

import pytest

from .conftest import find, spans


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("Inspectors visit the site every week.", "every week", "P1W"),
    ("Protesters gather every other day.", "every other day", "P2D"),
    ("Orangemen march each July.", "each July", "XXXX-07"),
    ("The third flight departs each Thursday.", "each Thursday", "XXXX-WXX-4"),
    ("The club meets on Sundays.", "Sundays", "XXXX-WXX-7"),
    ("Flights leave on Tuesday nights.", "Tuesday nights", "XXXX-WXX-2TNI"),
    ("The bulletin is published weekly.", "weekly", "P1W"),
    ("Revenue is expected to grow 20% annually.", "annually", "P1Y"),
    ("They pray for him every day.", "every day", "P1D"),
    ("The board meets twice a year.", "twice a year", "P1Y"),
    ("Pilgrims come every summer.", "every summer", "XXXX-SU"),
    ("Every morning there are new families at the gate.", "Every morning", "XXXX-XX-XXTMO"),
    ("Violence flared for the past three summers.", "the past three summers", "XXXX-SU"),
])
def test_sets_recurring_times(text: str, phrase: str, value: str) -> None:
    m = find(text, phrase)
    assert (text[m.start:m.end], m.type, m.value) == (phrase, "SET", value)


@pytest.mark.parametrize("text", [
    "The plan saves $500 million a year.", "Qantas flies four flights a week to Bombay.",
    "Thousands of $12-an-hour workers went on strike.", "The chip runs 15 million instructions per second.",
])
def test_sets_rates_after_amounts_are_not_times(text: str) -> None:
    # TimeBank leaves amounts per unit of time unannotated (frequencies such as "twice a year" are SETs)
    assert spans(text) == []


def test_sets_a_year_after_a_preposition_is_a_duration() -> None:
    m = find("The inquiry will finish within a year.", "a year")
    assert (m.type, m.value) == ("DURATION", "P1Y")


def test_sets_newspaper_called_daily_is_not_a_set() -> None:
    assert spans("The Communist Party daily Granma printed the letter.") == []
