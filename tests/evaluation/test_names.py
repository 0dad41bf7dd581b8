"""Name comparison: titles ignored, last names compared, containment either way."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.evaluation.names import contains_either, name_tokens, same_person


@pytest.mark.parametrize("name,tokens", [("Foreign Minister Selim Aktaş", ["selim", "aktaş"]),
                                         ("Dr. Ana Tembe, Jr.", ["ana", "tembe"]), (None, []), ("the", [])])
def test_names_tokens_drop_titles_and_punctuation(name: Any, tokens: list[str]) -> None:
    assert name_tokens(name) == tokens


@pytest.mark.parametrize("gold,pred,same", [
    ("Oleh Synenko", "Synenko", True), ("Oleh Synenko", "Governor Oleh Synenko", True),
    ("Oleh Synenko", "Oleh Petrenko", False), ("Oleh Synenko", None, False), ("Oleh Synenko", "the governor", False),
])
def test_names_same_person_by_full_or_last_name(gold: str, pred: Any, same: bool) -> None:
    assert same_person(gold, pred) is same


@pytest.mark.parametrize("a,b,hit", [("Russia", "Russian forces", True), ("Islamic State", "state", True),
                                     ("Houthi", "Hamas", False), ("", "x", False), (None, "x", False)])
def test_names_contains_either(a: Any, b: Any, hit: bool) -> None:
    assert contains_either(a, b) is hit
