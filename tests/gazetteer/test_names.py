"""Name keys: one normalisation for building and lookup."""

from __future__ import annotations

import pytest

from dateline.gazetteer.names import is_latin, name_key


@pytest.mark.parametrize("a, b", [
    ("St. Petersburg", "Saint Petersburg"),
    ("St Petersburg", "Saint Petersburg"),
    ("Ft. Worth", "Fort Worth"),
    ("Deir ez-Zor", "Deir ez Zor"),
    ("Dar'a", "Dara"),
    ("Kazakhstan’s", "Kazakhstans"),
    ("Prešov", "Presov"),
    ("MOSCOW", "Moscow"),
    ("Washington,  D.C.", "Washington D.C."),
])
def test_names_same_key(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize("a, b", [
    ("Idlib", "Idleb"),
    ("St", "Saint"),  # a lone "St" is not spelt out
    ("U.S.", "US"),  # dotted and bare codes stay distinct keys (both are listed as names)
])
def test_names_different_key(a: str, b: str) -> None:
    assert name_key(a) != name_key(b)


@pytest.mark.parametrize("name, latin", [("Palmyra", True), ("Ḩimş", True), ("Пальмира", False), ("تدمر", False),
                                         ("Côte d’Ivoire", True)])
def test_names_is_latin(name: str, latin: bool) -> None:
    assert is_latin(name) is latin
