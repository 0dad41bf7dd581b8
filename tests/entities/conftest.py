"""Helpers for entity tests: Docs parsed by a blank spaCy pipeline (tokens only), and hand-made mentions."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from dateline.doc import Doc, EntityMention
from dateline.nlp import ANALYSIS, Parsed


@pytest.fixture(scope="session")
def blank_nlp() -> Any:
    """A tokenizer-only English pipeline (no model needed)."""
    import spacy

    return spacy.blank("en")


@pytest.fixture(scope="session")
def matcher(blank_nlp: Any) -> Any:
    """The alias matcher over the blank pipeline's vocabulary."""
    from dateline.entities.matcher import AliasMatcher

    return AliasMatcher(blank_nlp)


@pytest.fixture()
def make_doc(blank_nlp: Any) -> Callable[..., Doc]:
    """make_doc(text, ner=[(surface, label), ...]) -> a Doc with one parsed paragraph and NER mentions."""

    def make(text: str, ner: list[tuple[str, str]] = ()) -> Doc:  # type: ignore[assignment]
        doc = Doc(text=text, id="test")
        doc.paragraphs = [doc.span(0, len(text))]
        doc.sentences = [doc.span(0, len(text))]
        doc.analyses[ANALYSIS] = [Parsed(0, blank_nlp(text))]
        doc.mentions = [mention(doc, surface, label) for surface, label in ner]
        return doc

    return make


def mention(doc: Doc, surface: str, label: str, nth: int = 0, origin: str = "ner") -> EntityMention:
    """The NER mention of the nth occurrence of surface."""
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(surface, start + 1)
    return EntityMention(doc.span(start, start + len(surface)), label, origin)
