"""Alias-table matching: acronyms in capitals only, names in any case but lower, longest match first."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.doc import EntityMention, Span
from dateline.entities.matcher import longest_first


def keys(matcher: Any, doc: Any) -> list[tuple[str, str | None]]:
    return [(m.span.text, m.key) for m in matcher(doc)]


@pytest.mark.parametrize("text, expected", [
    ("Fighters of the IS attacked the town.", [("IS", "ISIL")]),
    ("It is what it is.", []),
    ("The Syrian Democratic Forces advanced.", [("Syrian Democratic Forces", "SDF")]),
    ("Officials in the U.S. and Britain met.", [("U.S.", "USA"), ("Britain", "GBR")]),
    ("They roasted a turkey in Turkey.", [("Turkey", "TUR")]),
    ("THE IS ATTACK WAS REPELLED", []),
    ("Fighters of the Kurdistan Workers’ party crossed.", [("Kurdistan Workers’ party", "PKK")]),
    ("Jabhat al-Nusra and Hayat Tahrir al-Sham clashed.", [("Jabhat al-Nusra", "NUSRA"),
                                                          ("Hayat Tahrir al-Sham", "HTS")]),
])
def test_matcher_finds_aliases(matcher: Any, make_doc: Any, text: str, expected: list[tuple[str, str]]) -> None:
    assert keys(matcher, make_doc(text)) == expected


def test_matcher_spans_match_text(matcher: Any, make_doc: Any) -> None:
    doc = make_doc("Daesh and Isis, the Kremlin said.")
    found = matcher(doc)
    assert len(found) == 3
    assert all(doc.text[m.span.start:m.span.end] == m.span.text for m in found)


@pytest.mark.parametrize("spans, kept", [
    ([(0, 10), (4, 8), (12, 15)], [(0, 10), (12, 15)]),
    ([(0, 3), (2, 9)], [(2, 9)]),
    ([(5, 9), (0, 3)], [(0, 3), (5, 9)]),
])
def test_matcher_longest_first(spans: list[tuple[int, int]], kept: list[tuple[int, int]]) -> None:
    mentions = [EntityMention(Span(s, e, "x" * (e - s)), "ORG") for s, e in spans]
    assert [(m.span.start, m.span.end) for m in longest_first(mentions)] == kept


def test_matcher_sentence_initial_common_word(matcher: Any, make_doc: Any) -> None:
    doc = make_doc("Amnesty was offered to the fighters. The amnesty ends soon.")
    doc.sentences = [doc.span(0, 36), doc.span(37, len(doc.text))]
    assert keys(matcher, doc) == []
    other = make_doc("Amnesty said the fighters were held.")
    assert keys(matcher, other) == [("Amnesty", "AMNESTY")]
