"""Name normalisation: bounds, titles, name tokens, organisation keys, acronyms."""

from __future__ import annotations

import pytest

from dateline.entities.names import acronym, clean_bounds, is_acronym, name_tokens, org_key, title_end


@pytest.mark.parametrize("text, expected", [
    ("the Syrian Army", "Syrian Army"), ("Russia's", "Russia"), ("Russia’s", "Russia"), ("“Kinshchak,", "Kinshchak"),
    ("The IS", "IS"), ("Syria", "Syria"),
])
def test_names_clean_bounds(text: str, expected: str) -> None:
    s, e = clean_bounds(text)
    assert text[s:e] == expected


@pytest.mark.parametrize("text, expected", [
    ("President Bashar al-Assad", "Bashar al-Assad"), ("Deputy Foreign Minister Oleg Brun", "Oleg Brun"),
    ("Gen. Mark Tolly", "Mark Tolly"), ("President", "President"), ("Maria Vance", "Maria Vance"),
])
def test_names_title_end(text: str, expected: str) -> None:
    assert text[title_end(text):] == expected


@pytest.mark.parametrize("text, expected", [
    ("President Putin", ["putin"]), ("Alexander Kinshchak", ["alexander", "kinshchak"]), ("Mr. O'Neil", ["o", "neil"]),
])
def test_names_name_tokens(text: str, expected: list[str]) -> None:
    assert name_tokens(text) == expected


@pytest.mark.parametrize("a, b", [("the Free Rivers Front", "Free Rivers Front"), ("Free Rivers Fronts", "Free Rivers Front"),
                                  ("Free Rivers Front's", "Free Rivers Front")])
def test_names_org_key_same(a: str, b: str) -> None:
    assert org_key(a) == org_key(b)


@pytest.mark.parametrize("name, letters", [("Syrian Democratic Forces", "SDF"), ("Bureau of Things", "BT")])
def test_names_acronym(name: str, letters: str) -> None:
    assert acronym(name) == letters


@pytest.mark.parametrize("text, expected", [("SDF", True), ("U.N.", True), ("Isis", False), ("A", False)])
def test_names_is_acronym(text: str, expected: bool) -> None:
    assert is_acronym(text) is expected
