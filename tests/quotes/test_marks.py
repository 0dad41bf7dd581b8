"""Quote marks: every convention pairs into the right content, apostrophes and stray marks never do."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.quotes.marks import MARKS, scan, top_level


def contents(text: str) -> list[str]:
    """The top-level quoted contents of one paragraph."""
    return [text[m.start:m.end] for m in top_level(scan(text, 0, len(text)))]


@pytest.mark.parametrize("text,expected", [
    ('"We will win," he said.', ["We will win,"]),
    ("“We will win,” he said.", ["We will win,"]),
    ("«Nous gagnerons», a-t-il dit.", ["Nous gagnerons"]),
    ("»Wir gewinnen«, sagte er.", ["Wir gewinnen"]),
    ("„Wir gewinnen“, sagte er.", ["Wir gewinnen"]),
    ("”Vi vinner”, sa han.", ["Vi vinner"]),
    ("'We will win,' he said.", ["We will win,"]),
    ("‘We will win,’ he said.", ["We will win,"]),
    ("''We will win,'' he said.", ["We will win,"]),
    ("``We will win,'' he said.", ["We will win,"]),
    ('He said: "No." Then: "Yes."', ["No.", "Yes."]),
])
def test_marks_pair_every_convention(text: str, expected: list[str]) -> None:
    assert contents(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("“There is no talk of ‘a march on Idlib’ here,” he said.", ["There is no talk of ‘a march on Idlib’ here,"]),
    ('"He called it \'a farce\' twice," she said.', ["He called it 'a farce' twice,"]),
    ("“The “Contract” failed,” she said.", ["The “Contract” failed,"]),
])
def test_marks_nested_quotes_belong_to_their_container(text: str, expected: list[str]) -> None:
    assert contents(text) == expected


@pytest.mark.parametrize("text", [
    "Don't stop: the workers’ union isn't done.",
    "Rock 'n' roll in the '90s was O'Brien's thing.",
    "The pipe is 12\" wide and 3' long.",
])
def test_marks_apostrophes_and_units_are_not_quotes(text: str) -> None:
    assert contents(text) == []


def test_marks_unclosed_quote_runs_to_paragraph_end() -> None:
    text = '"We will fight on until the end of the year'
    [m] = top_level(scan(text, 0, len(text)))
    assert (m.close_at, text[m.start:m.end]) == (None, "We will fight on until the end of the year")


@pytest.mark.parametrize("text", ['"' * 5001, '“' * 3000 + "x", "a \" b \" c \" d", "'" * 999, "«»" * 700 + "«"])
def test_marks_odd_and_huge_runs_of_marks_never_fail(text: str) -> None:
    found = scan(text, 0, len(text))
    assert all(0 <= m.start <= m.end <= len(text) for m in found)
    assert all(m.depth < 6 for m in found)


def test_marks_scan_stays_inside_its_paragraph() -> None:
    text = 'Intro. "First paragraph quote," he said.\n\n"Second."'
    end = text.index("\n")
    found = scan(text, 7, end)
    assert [text[m.start:m.end] for m in found] == ["First paragraph quote,"]
    assert all(m.end <= end for m in found)


_PIECES = st.sampled_from(sorted(MARKS) + ["`", " ", "a", "word", "\n", ".", ",", "é", "😀", "\u05d0", "e\u0301"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=80).map("".join), st.data())
def test_marks_random_text_gives_spans_inside_the_paragraph(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    for m in scan(text, start, end):
        assert start <= m.open_at < m.start <= m.end <= end
        assert m.close_at is None or m.end == m.close_at
        assert text[m.open_at] in MARKS | {"`"}
