"""The places layer: toponyms found by gazetteer matching guided by context, resolved to GeoNames senses."""

from __future__ import annotations

from ..doc import Doc, Place
from ..gazetteer import Gazetteer
from .assemble import assemble
from .candidates import Candidate, candidates
from .evidence import demonym_countries, person_words
from .lexicon import Lexicon, lexicon
from .recognize import recognize
from .resolve import resolve

__all__ = ["find_places", "lexicon"]

_DATELINE_EVIDENCE = 3.0  # the dateline city is a place whatever the NER thinks


def find_places(doc: Doc, gaz: Gazetteer, lex: Lexicon | None = None) -> list[Place]:
    """Every place the document mentions, resolved, with its mentions; [] for a document without parses."""
    lex = lex or lexicon()
    cands = list(candidates(doc, lex))
    dateline = doc.dateline.place_span if doc.dateline else None
    dateline_cand = _dateline_candidate(doc, cands, dateline)
    if dateline_cand is not None and dateline_cand not in cands:
        cands.append(dateline_cand)
    region_key = _region_key(doc)
    found = gaz.lookup({c.key for c in cands} | ({region_key} if region_key else set()))
    demonyms = demonym_countries(doc, lex)
    story = set(demonyms) | {e.country for c in cands for e in found.get(c.key, ())
                             if e.feature_code == "PCLI" and e.country}
    for c in cands:
        if c is dateline_cand:
            c.ner = "GPE"
    matches = recognize(cands, found, lex, story, person_words(doc))
    for m in matches:
        if m.cand is dateline_cand:
            m.score += _DATELINE_EVIDENCE
    if dateline_cand is not None and found.get(dateline_cand.key) and not any(m.cand is dateline_cand
                                                                             for m in matches):
        from .recognize import Match

        matches.append(Match(dateline_cand, found[dateline_cand.key], _DATELINE_EVIDENCE))
        matches = [m for m in matches if m.cand is dateline_cand or not _overlaps(m.cand, dateline_cand)]
        matches.sort(key=lambda m: m.cand.start)
    region = [e for e in found.get(region_key or "", []) if e.feature_code in ("PCLI", "ADM1")]
    chosen = resolve(matches, demonyms, dateline_cand.key if dateline_cand else None, region[:1])
    return assemble(doc, matches, chosen, gaz, dateline)


def _overlaps(a: Candidate, b: Candidate) -> bool:
    return a.start < b.mention_end and b.start < a.mention_end


def _dateline_candidate(doc: Doc, cands: list[Candidate], span: object) -> Candidate | None:
    """The candidate spanning the dateline city, made when the parse offers none."""
    if span is None:
        return None
    from ..doc import Span
    from ..gazetteer.names import name_key

    assert isinstance(span, Span)
    for c in cands:
        if c.start == span.start and c.end == span.end:
            return c
    return Candidate(span.start, span.end, span.text, name_key(span.text), len(span.text.split()), ner="GPE",
                     propn=True, all_caps=span.text.isupper())


def _region_key(doc: Doc) -> str | None:
    """The name key of the dateline's region ("Ukraine" in "KYIV, Ukraine (AP)")."""
    from ..gazetteer.names import name_key

    region = doc.dateline.region if doc.dateline else None
    return name_key(region) if region else None
