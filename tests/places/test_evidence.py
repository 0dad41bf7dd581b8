"""Story-level evidence: demonyms and surnames."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.places.evidence import demonym_countries, person_words
from dateline.places.lexicon import lexicon


@pytest.mark.parametrize("text, expect", [("Syrian troops and Russian jets hit Syrian towns.", {"SY": 2, "RU": 1}),
                                          ("Nothing here.", {})])
def test_evidence_demonyms(parse: Any, text: str, expect: dict[str, int]) -> None:
    assert dict(demonym_countries(parse(text), lexicon())) == expect


@pytest.mark.parametrize("text, word", [("Michael Jordan scored 40 points on Sunday.", "jordan")])
def test_evidence_person_words(parse: Any, text: str, word: str) -> None:
    assert word in person_words(parse(text))


@pytest.mark.parametrize("text, expect", [
    ("Talks opened in Kazakhstan's capital on Monday.", ["KZ"]),
    ("Shells fell on the Syrian capital overnight.", ["SY"]),
    ("The capital was quiet.", []),
])
def test_evidence_capital_references(parse: Any, text: str, expect: list[str]) -> None:
    from dateline.places.evidence import capital_references

    assert capital_references(parse(text), lexicon(), {"kazakhstan": "KZ"}) == expect
