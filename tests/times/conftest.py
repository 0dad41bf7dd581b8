"""Helpers for the times tests: run the recogniser on invented sentences and look up one expression."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.times.recognise import Mention, recognise

DCT = date(2017, 2, 7)  # a Tuesday


def tense(value: str | None):  # type: ignore[no-untyped-def]
    """A tense function that gives the same tense for every expression."""
    return lambda start, end: value


def find(text: str, phrase: str, dct: date | None = DCT, tense_value: str | None = None) -> Mention:
    """The mention covering `phrase` in `text`; fails the test when there is none. Offsets are checked."""
    mentions = recognise(text, dct, tense(tense_value))
    at = text.index(phrase)
    for m in mentions:
        assert text[m.start:m.end] == text[m.start:m.end].strip()
        if m.start <= at < m.end:
            return m
    pytest.fail(f"no time found at {phrase!r} in {text!r}: {mentions}")


def spans(text: str, dct: date | None = DCT, tense_value: str | None = None) -> list[str]:
    """The texts of every time expression found."""
    return [text[m.start:m.end] for m in recognise(text, dct, tense(tense_value))]
