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


def capital_references(doc: Doc, lex: Lexicon, country_keys: dict[str, str]) -> list[str]:
    """ISO codes of countries whose capital the story names without naming it: "Kazakhstan's capital", "the Syrian
    capital". country_keys maps country name keys to ISO alpha-2."""
    out = []
    for p in parses(doc):
        toks = list(p.sdoc)
        for i, t in enumerate(toks):
            if t.lower_ != "capital" or i == 0:
                continue
            prev = toks[i - 1]
            if prev.text in lex.demonyms:
                out.append(lex.demonyms[prev.text])
            elif prev.lower_ in ("'s", "’s") and i >= 2:
                for n in (3, 2, 1):  # the country's name may have up to three words ("United Arab Emirates")
                    if i - 1 - n >= 0:
                        key = name_key(doc.text[p.offset + toks[i - 1 - n].idx:p.offset + prev.idx])
                        if key in country_keys:
                            out.append(country_keys[key])
                            break
    return out
