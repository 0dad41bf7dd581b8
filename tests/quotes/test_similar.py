"""Near-identical passages: word shingles, Jaccard and containment, pointing at the first occurrence."""

from __future__ import annotations

import pytest

from dateline.quotes.similar import near_duplicates, shingles, words

BASE = ("The ministry said the talks would resume in Geneva next week with both delegations present, and that "
        "the ceasefire agreed in January would be extended for another month under the same monitoring terms")


@pytest.mark.parametrize("text,expected", [
    ("“Hello,” he said — HELLO!", ["hello", "he", "said", "hello"]),
    ("", []),
])
def test_similar_words_fold_case_and_drop_punctuation(text: str, expected: list[str]) -> None:
    assert words(text) == expected


@pytest.mark.parametrize("tokens,n,expected", [
    (["a", "b", "c", "d"], 3, {("a", "b", "c"), ("b", "c", "d")}),
    (["a", "b"], 3, {("a", "b")}),
    ([], 3, set()),
])
def test_similar_shingles(tokens: list[str], n: int, expected: set[tuple[str, ...]]) -> None:
    assert shingles(tokens, n) == expected


@pytest.mark.parametrize("texts,expected", [
    ([BASE, "Something else entirely was reported from the front line on Monday by the army", BASE], {2: 0}),
    ([BASE, BASE.replace("next week", "on Monday") + ", the diplomat added."], {1: 0}),
    ([BASE, "Unrelated text about the weather in Moscow being cold and grey this whole winter"], {}),
    ([BASE, BASE, BASE], {1: 0, 2: 0}),
    (["Too short.", "Too short."], {}),
])
def test_similar_near_duplicates(texts: list[str], expected: dict[int, int]) -> None:
    assert near_duplicates(texts) == expected


def test_similar_short_texts_repeat_when_allowed() -> None:
    assert near_duplicates(["No comment at all.", "no comment, at all"], min_words=2) == {1: 0}
