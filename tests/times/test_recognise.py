"""The cascade: longest matches win, retries after a rule rejects, and no crash or stray span on any input."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.times.recognise import candidates, recognise, select
from dateline.times.rules import RULES, Context

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


# At least one sentence per rule: every resolver is run on every match, bypassing recognise's safety net.
SAMPLES = [
    "On Saturday, March 8, 2017 at 10 p.m. and Wednesday at noon, Feb. 3 at 7:15 p.m. EST, the 9th of December.",
    "In March 2016, June last year, last December, in early September, since 1901, fiscal 1989, the year two thousand,"
    " nineteen ninety-six, the late 1970s, the nineties, the 20th century, on Christmas Eve, on Thanksgiving Day.",
    "Today, late yesterday, the day before yesterday, last Wednesday, Tuesday morning, last night, this morning,"
    " mid-afternoon yesterday, tonight, overnight, the night of December 11, around 10:35 a.m. Friday, 4 in the morning.",
    "Last week, this month, the past year, the weekend, the quarter ended Sept. 30, the third quarter of 1990, Q3 2016,"
    " the latest period, the year-ago quarter, a year earlier, year-end, the week of March 6, the first half of 1990,"
    " the first two quarters of 1990, last fall, the winter of 1994, that same day, the following year.",
    "For three years, the past three months, ten-months-long, 2 1/2 years, two days ago, three days later, for years,"
    " half an hour, a while, every week, each Thursday, every July, weekly, twice a year, on Sundays, Tuesday nights,"
    " the past three summers, $5 million a year, now, currently, recently, in the past, the future, coming months.",
    "On April 24 and 25, the day before last Tuesday, Easter week; today is the eighth day of the siege; a day-long"
    " meeting, the 2022-23 fiscal year.",
]


def test_recognise_every_rule_reads_its_matches_without_error() -> None:
    seen = set()
    for text in SAMPLES:
        for dct in (DCT, None):
            ctx = Context(dct, text, lambda s, e: None)
            for c in candidates(text):
                seen.add(c.rule.name)
                ctx.match_start = c.start
                c.rule.resolve(c.match, ctx)  # raises on a resolver bug instead of being skipped
    assert seen == {r.name for r in RULES}


_TEMPORAL = st.sampled_from(["May", "March", "on Tuesday", "2017", "January 23-24", "three years", "now", "ago",
                             "the 1990s", "10 p.m.", "last week", " ", ",", "-", "'", "\u00a0", "\u0301", "😀",
                             "Q3", "the", "of", "night", "1-0", "2,000", "T-4", "each", "half", "quarter",
                             "Wednesday at 10 p.m.", "noon", "7:15", "a.m.", "the quarter ended", "Sept. 30",
                             "a year earlier", "year-ago", "last", "week", "of 1990", "the first", "two"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_TEMPORAL, st.text(max_size=12)), max_size=25),
       st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))))
def test_recognise_never_crashes_nor_leaves_the_text(parts: list[str], dct: date | None) -> None:
    text = " ".join(parts)
    ctx = Context(dct, text, lambda s, e: "PAST")
    for c in candidates(text):
        ctx.match_start = c.start
        c.rule.resolve(c.match, ctx)  # no resolver may raise
    found = recognise(text, dct)
    for m in found:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == text[m.start:m.end].strip()
        assert m.type in ("DATE", "TIME", "DURATION", "SET")
        assert m.value
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))
