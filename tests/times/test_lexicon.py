"""Numbers, ordinals and spoken years as words."""

from __future__ import annotations

import pytest

from dateline.times.lexicon import number, ordinal, spoken_year


@pytest.mark.parametrize(("text", "value"), [
    ("three", 3), ("twenty four", 24), ("twenty-four", 24), ("a couple of", 2), ("couple of", 2),
    ("48", 48), ("1.5", 1.5), ("5 1/2", 5.5), ("two and a half", 2.5), ("a hundred", 100),
    ("two thousand", 2000), ("a dozen", 12), ("one hundred and ten", 110), ("an", 1),
])
def test_lexicon_number_reads_quantities(text: str, value: float) -> None:
    assert number(text) == value


@pytest.mark.parametrize("text", ["several", "a few", "many", "some", "", "purple", "few"])
def test_lexicon_number_vague_or_unknown_is_none(text: str) -> None:
    assert number(text) is None


@pytest.mark.parametrize(("text", "value"), [
    ("1st", 1), ("23rd", 23), ("first", 1), ("eighth", 8), ("twenty-first", 21), ("thirty first", 31),
    ("9", 9), ("twelfth", 12),
])
def test_lexicon_ordinal_reads_day_numbers(text: str, value: int) -> None:
    assert ordinal(text) == value


@pytest.mark.parametrize(("text", "value"), [
    ("nineteen ninety-six", 1996), ("nineteen seventy-nine", 1979), ("two thousand", 2000),
    ("two thousand and three", 2003), ("nineteen oh five", 1905), ("eighteen twelve", 1812),
    ("nineteen hundred", 1900),
])
def test_lexicon_spoken_year_reads_years(text: str, value: int) -> None:
    assert spoken_year(text) == value


@pytest.mark.parametrize("text", ["twenty one", "nineteen", "five hundred", "the year"])
def test_lexicon_spoken_year_rejects_non_years(text: str) -> None:
    assert spoken_year(text) is None
