"""Fixtures for the event tests: the spaCy model and a builder of parsed Docs from invented sentences."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


@pytest.fixture(scope="session")
def nlp() -> Any:
    """The project's spaCy model, loaded once."""
    from dateline.config import load_settings
    from dateline.nlp import load_model

    settings = load_settings()
    return load_model(settings["nlp.model"], tuple(settings["nlp.disable"]))


@pytest.fixture(scope="session")
def sentence(nlp: Any) -> Callable[[str], Any]:
    """Parse one invented sentence; returns its spaCy sentence span."""

    def parse(text: str) -> Any:
        return next(iter(nlp(text).sents))

    return parse


@pytest.fixture(scope="session")
def parsed_doc(nlp: Any) -> Callable[..., Any]:
    """A dateline Doc of a text with its paragraphs and spaCy parses set, other layers given by the caller."""
    from dateline.doc import Doc
    from dateline.nlp import ANALYSIS, Parsed
    from dateline.stages.segment import paragraphs

    def build(text: str, **layers: Any) -> Any:
        doc = Doc(text=text, id="t", published=layers.pop("published", "2020-05-06"))
        doc.paragraphs = [doc.span(s, e) for s, e in paragraphs(text)]
        doc.analyses[ANALYSIS] = [Parsed(p.start, nlp(p.text)) for p in doc.paragraphs]
        doc.sentences = [doc.span(p.offset + s.start_char, p.offset + s.end_char)
                         for p in doc.analyses[ANALYSIS] for s in p.sdoc.sents]
        for k, v in layers.items():
            setattr(doc, k, v)
        return doc

    return build
