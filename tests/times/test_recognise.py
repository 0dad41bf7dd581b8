"""The cascade: longest matches win, retries after a rule rejects, and no crash or stray span on any input."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.times.recognise import candidates, recognise, select

from .conftest import DCT, spans


@pytest.mark.parametrize(("text", "expected"), [
    ("Talks on January 23-24 ended.", ["January 23-24"]),
    ("He arrived at 10 p.m. Wednesday and left.", ["10 p.m. Wednesday"]),
    ("Troops withdrew on the night of December 11.", ["the night of December 11"]),
    ("In March 2016 and December 2016 it changed hands.", ["March 2016", "December 2016"]),
    ("The third quarter of 1990 will be weak.", ["The third quarter of 1990"]),
])
def test_recognise_longest_match_wins(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_recognise_select_keeps_non_overlapping_longest() -> None:
    text = "On Sunday, March 8 they met."
    chosen = select(candidates(text), len(text))
    got = [text[c.start:c.end] for c in chosen]
    assert got == ["Sunday, March 8"]
    assert all(a.end <= b.start for a, b in zip(chosen, chosen[1:]))


def test_recognise_falls_back_when_the_longest_rule_rejects() -> None:
    # "the 1988 quarter" is not 1,988 quarters: the duration rule rejects and the quarter reading stays
    text = "Profit rose in the third quarter. In the 1988 quarter it fell."
    found = recognise(text, date(1989, 11, 2))
    assert [(text[m.start:m.end], m.value) for m in found][-1] == ("the 1988 quarter", "1988-Q3")


@pytest.mark.parametrize("text", ["", " ", "\n\n", "“”", "2017", "May", "—", "\u202e\u05e9\u05dc\u05d5\u05dd"])
def test_recognise_degenerate_inputs(text: str) -> None:
    for m in recognise(text, DCT):
        assert 0 <= m.start < m.end <= len(text)


def test_recognise_huge_paragraph_is_fast_enough() -> None:
    text = ("On December 9 the IS attacked Palmyra, and 2,000 people fled within three days. " * 2000)
    found = recognise(text, DCT)
    assert len(found) == 4000
    assert {m.value for m in found} == {"2016-12-09", "P3D"}


_TEMPORAL = st.sampled_from(["May", "March", "on Tuesday", "2017", "January 23-24", "three years", "now", "ago",
                             "the 1990s", "10 p.m.", "last week", " ", ",", "-", "'", "\u00a0", "\u0301", "😀",
                             "Q3", "the", "of", "night", "1-0", "2,000", "T-4", "each", "half", "quarter"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_TEMPORAL, st.text(max_size=12)), max_size=25),
       st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))))
def test_recognise_never_crashes_nor_leaves_the_text(parts: list[str], dct: date | None) -> None:
    text = " ".join(parts)
    found = recognise(text, dct)
    for m in found:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == text[m.start:m.end].strip()
        assert m.type in ("DATE", "TIME", "DURATION", "SET")
        assert m.value
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))
