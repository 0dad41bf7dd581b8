"""Story-level evidence that is not itself a place mention: demonyms ("Syrian") and the surnames of people."""

from __future__ import annotations

from collections import Counter

from ..doc import Doc
from ..gazetteer.names import name_key
from ..nlp import parses
from .lexicon import Lexicon


def demonym_countries(doc: Doc, lex: Lexicon) -> Counter[str]:
    """ISO alpha-2 -> how often the story uses its demonym ("Syrian army" is evidence of Syria, not a place)."""
    out: Counter[str] = Counter()
    for p in parses(doc):
        for t in p.sdoc:
            iso = lex.demonyms.get(t.text)
            if iso:
                out[iso] += 1
    return out


def person_words(doc: Doc) -> set[str]:
    """Name keys of the words of multi-word PERSON names ("Michael Jordan" makes "Jordan" a person's name)."""
    out: set[str] = set()
    for p in parses(doc):
        for e in p.sdoc.ents:
            if e.label_ == "PERSON" and len(e) > 1:
                out.update(name_key(t.text) for t in e if t.text[:1].isupper())
    return out
