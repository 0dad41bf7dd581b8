"""The places layer: toponyms found by gazetteer matching guided by context, resolved to GeoNames senses."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ..doc import Doc, Place, Span
from ..gazetteer import Entry, Gazetteer
from ..gazetteer.names import name_key
from .assemble import assemble
from .candidates import Candidate, candidates
from .evidence import capital_references, demonym_countries, person_words
from .features import BROAD
from .lexicon import Lexicon, lexicon
from .local import LocalName, focus, local_names, place_local, unlisted_names
from .recognize import Match, recognize
from .resolve import resolve, strays

__all__ = ["Prepared", "find_places", "lexicon", "prepare"]

DATELINE_EVIDENCE = 3.0  # the dateline city is a place whatever the NER thinks


@dataclass(slots=True)
class Prepared:
    """A document's candidates with their gazetteer senses and the story-level evidence around them."""

    cands: list[Candidate]
    found: dict[str, list[Entry]]
    demonyms: Counter[str]
    story: set[str]
    surnames: set[str]
    dateline: Candidate | None
    region: list[Entry]
    capitals: list[Entry]  # capitals the story refers to by description ("Kazakhstan's capital")


def prepare(doc: Doc, gaz: Gazetteer, lex: Lexicon) -> Prepared:
    """Candidates, their senses (one gazetteer query per document) and the story's countries."""
    cands = list(candidates(doc, lex))
    span = doc.dateline.place_span if doc.dateline else None
    dateline = _dateline_candidate(cands, span) if span is not None else None
    if dateline is not None and dateline not in cands:
        cands.append(dateline)
    region_key = name_key(doc.dateline.region) if doc.dateline and doc.dateline.region else ""
    found = gaz.lookup({c.key for c in cands} | ({region_key} if region_key else set()))
    demonyms = demonym_countries(doc, lex)
    story = set(demonyms) | {e.country for c in cands for e in found.get(c.key, ())
                             if e.feature_code == "PCLI" and e.country}
    region = [e for e in found.get(region_key, []) if e.feature_code in ("PCLI", "ADM1")]
    mark_qualifiers(cands, found)
    country_keys = {name_key(c.text): e.country for c in cands for e in found.get(c.key, ())
                    if e.feature_code == "PCLI" and e.country}
    capitals = [gaz.capitals[iso] for iso in capital_references(doc, lex, country_keys) if iso in gaz.capitals]
    return Prepared(cands, found, demonyms, story, person_words(doc), dateline, region[:1], capitals)


def find_places(doc: Doc, gaz: Gazetteer, lex: Lexicon | None = None) -> list[Place]:
    """Every place the document mentions, resolved, with its mentions; [] for a document without parses."""
    lex = lex or lexicon()
    prep = prepare(doc, gaz, lex)
    matches = recognize(prep.cands, prep.found, lex, prep.story, prep.surnames)
    dl = prep.dateline
    if dl is not None and prep.found.get(dl.key):
        ours = next((m for m in matches if m.cand is dl), None)
        if ours is not None:
            ours.score += DATELINE_EVIDENCE
        else:
            matches = [m for m in matches if not _overlaps(m.cand, dl)] + [Match(dl, prep.found[dl.key],
                                                                                 DATELINE_EVIDENCE)]
            matches.sort(key=lambda m: m.cand.start)
    chosen = resolve(matches, prep.demonyms, dl.key if dl else None, prep.region, prep.capitals)
    by_key: dict[str, list[Match]] = {}
    for m in matches:
        by_key.setdefault(m.cand.key, []).append(m)
    for key in strays(chosen, by_key, prep.demonyms):
        del chosen[key]  # placed below like any unlisted name, at the story's focus
    local, consumed = _local(doc, matches, chosen, lex, prep.surnames)
    kept = [m for m in matches if id(m) not in consumed]
    return assemble(doc, kept, chosen, gaz, doc.dateline.place_span if doc.dateline else None, local)


def _local(doc: Doc, matches: list[Match], chosen: dict[str, Entry], lex: Lexicon, surnames: set[str]
           ) -> tuple[list[tuple[LocalName, Entry]], set[int]]:
    """Non-overlapping local names with where they are, and the ids of the matches their names swallow."""
    story_focus = focus(chosen, matches)
    unplaced = [LocalName(m.cand.start, m.cand.mention_end, m.entries[0].feature_code or "PPL", [])
                for m in matches if m.cand.key not in chosen]
    placed = [m for m in matches if m.cand.key in chosen]
    found = [*local_names(doc, placed, lex), *unlisted_names(doc, placed, lex, surnames), *unplaced]
    names = sorted(found, key=lambda n: (n.start - n.end, n.start))
    taken: list[tuple[int, int]] = []
    out, consumed = [], set()
    for n in names:
        if any(n.start < e and s < n.end for s, e in taken):
            continue
        where = place_local(n, chosen, story_focus)
        if where is None:
            continue
        taken.append((n.start, n.end))
        out.append((n, where))
        consumed.update(id(m) for m in n.inner)
    return out, consumed


def mark_qualifiers(cands: list[Candidate], found: dict[str, list[Entry]]) -> None:
    """Flag "X, Y" pairs where Y names a division or country: X is then very likely a place, and Y qualifies it."""
    qualifiers: dict[int, list[Candidate]] = {}
    for c in cands:
        if any(e.feature_code in BROAD or e.feature_code == "ADM1" for e in found.get(c.key, ())):
            qualifiers.setdefault(c.start, []).append(c)
    for c in cands:
        if c.qualifier_start in qualifiers and found.get(c.key):
            c.qualified = True
            for q in qualifiers[c.qualifier_start]:
                q.qualifies = True


def _overlaps(a: Candidate, b: Candidate) -> bool:
    return a.start < b.mention_end and b.start < a.mention_end


def _dateline_candidate(cands: list[Candidate], span: Span) -> Candidate:
    """The candidate spanning the dateline city (made when the parse offers none), labelled a place."""
    for c in cands:
        if c.start == span.start and c.end == span.end:
            c.ner = "GPE"
            return c
    return Candidate(span.start, span.end, span.text, name_key(span.text), len(span.text.split()), ner="GPE",
                     propn=True, all_caps=span.text.isupper())
