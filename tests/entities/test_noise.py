"""NER noise: common nouns, adjectives, lower-case spans and sentence-initial words are no names."""

from __future__ import annotations

import pytest

from dateline.entities.noise import is_noise, leading_lowercase, lowercase_words


@pytest.mark.parametrize("text, label", [
    ("Jihadists", "NORP"), ("Militants", "PERSON"), ("intra-Syrian", "NORP"), ("pro-Assad", "NORP"),
    ("government", "ORG"), ("2017", "GPE"), ("", "ORG"), ("Government Forces", "ORG"),
    ("Police fire tear gas", "ORG"),  # a headline
])
def test_noise_drops(text: str, label: str) -> None:
    assert is_noise(text, label, False, frozenset())


@pytest.mark.parametrize("text, label", [
    ("Kinshchak", "PERSON"), ("Free Rivers Front", "ORG"), ("al-Baghdadi", "PERSON"), ("Parliament", "ORG"),
    ("Christians", "NORP"), ("Bank of England", "ORG"), ("Doctors without Borders", "ORG"),
    ("Democratic Republic of the Congo", "GPE"), ("Hayat Tahrir al-Sham", "ORG"),
])
def test_noise_keeps(text: str, label: str) -> None:
    assert not is_noise(text, label, False, frozenset())


def test_noise_sentence_initial_common_word() -> None:
    lower = lowercase_words("the harvest was poor and harvest prices rose")
    assert is_noise("Harvest", "ORG", True, lower)
    assert not is_noise("Harvest", "ORG", False, lower)


@pytest.mark.parametrize("text, name", [("ambassador Alexander Kinshchak", "Alexander Kinshchak"),
                                        ("al-Baghdadi", "al-Baghdadi"), ("Syria", "Syria")])
def test_noise_leading_lowercase(text: str, name: str) -> None:
    assert text[leading_lowercase(text):] == name


@pytest.mark.parametrize("text, label, noise", [("MLA", "PERSON", True), ("MLA", "ORG", False), ("Islamic", "NORP", True)])
def test_noise_acronym_people_and_adjectives(text: str, label: str, noise: bool) -> None:
    assert is_noise(text, label, False, frozenset()) is noise
