"""Passages: paragraphs, long ones cut at sentence ends; short ones left out."""

from __future__ import annotations

import pytest

from dateline.store.passages import MIN_WORDS, TARGET_WORDS, passages

SENTENCE = "The minister said the talks in Geneva would resume next week after a pause of several days. "


@pytest.mark.parametrize("n_sentences", [1, 5, 12, 40])
def test_passages_cut_long_paragraphs_at_sentence_ends(n_sentences: int) -> None:
    text = SENTENCE * n_sentences
    spans = passages(text)
    assert spans, "a paragraph of whole sentences yields passages"
    for s, e in spans:
        assert text[s:e].strip() == text[s:e]
        assert text[s:e].endswith(".")
        assert len(text[s:e].split()) >= MIN_WORDS
        assert len(text[s:e].split()) <= TARGET_WORDS * 2 or n_sentences == 1
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


@pytest.mark.parametrize("text", ["Reuters", "By Jane Doe\n\nLONDON", "", "   \n\n  "])
def test_passages_skip_short_paragraphs(text: str) -> None:
    assert passages(text) == []


@pytest.mark.parametrize("sep", ["\n\n", "\n"])
def test_passages_follow_paragraphs(sep: str) -> None:
    text = sep.join([SENTENCE.strip(), "Heading", SENTENCE.strip().replace("Geneva", "Vienna")])
    spans = passages(text)
    assert [text[s:e] for s, e in spans] == [SENTENCE.strip(), SENTENCE.strip().replace("Geneva", "Vienna")]
