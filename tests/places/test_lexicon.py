"""The word lists of recognition."""

from __future__ import annotations

import pytest

from dateline.gazetteer import name_key
from dateline.places.lexicon import lexicon


@pytest.mark.parametrize("words, keyword", [(["air", "base", "near"], "air base"), (["airbase"], "airbase"),
                                            (["province", "of"], "province"), (["people"], None), ([], None)])
def test_lexicon_keyword_at(words: list[str], keyword: str | None) -> None:
    kw = lexicon().keyword_at(words)
    assert (kw.word if kw else None) == keyword


@pytest.mark.parametrize("word, kind, fits", [("airbase", "AIRB", True), ("province", "ADM1", True),
                                              ("province", "PPL", False), ("river", "STM", True)])
def test_lexicon_keyword_fits(word: str, kind: str, fits: bool) -> None:
    assert lexicon().keywords[word].fits(None, kind) is fits


@pytest.mark.parametrize("name, stop", [("Friday", True), ("Said", True), ("Palmyra", False)])
def test_lexicon_stopnames(name: str, stop: bool) -> None:
    assert (name_key(name) in lexicon().stopnames) is stop
