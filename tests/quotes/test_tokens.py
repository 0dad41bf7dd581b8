"""The token index: tokens by article offset across paragraph parses."""

from __future__ import annotations

from typing import Any

from dateline.quotes.tokens import TokenIndex, string_ids


def test_tokens_between_and_at_use_article_offsets(analyse: Any) -> None:
    doc = analyse("First paragraph here.\n\nSecond one said it.")
    index = TokenIndex(doc)
    second = doc.text.index("Second")
    assert [a.token.text for a in index.between(second, len(doc.text))] == ["Second", "one", "said", "it", "."]
    found = index.at(second + 2)
    assert found is not None and (found.start, found.end) == (second, second + 6)
    assert index.at(doc.text.index("\n")) is None
    assert len(index) == 9


def test_tokens_matching_by_lemma(analyse: Any) -> None:
    doc = analyse("She says it. They said so.\n\nNobody is saying more.")
    index = TokenIndex(doc)
    assert [doc.text[a.start:a.end] for a in index.matching("LEMMA", string_ids({"say"}))] == [
        "says", "said", "saying"]


def test_tokens_empty_document_has_no_tokens() -> None:
    from dateline.doc import Doc

    index = TokenIndex(Doc(text="", id="t"))
    assert len(index) == 0 and index.between(0, 10) == [] and index.at(0) is None
