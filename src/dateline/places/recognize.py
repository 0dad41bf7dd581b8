"""Which candidates are toponyms: gazetteer matches weighed by the evidence around them, NER labels included."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..gazetteer import ABBREVIATION, OFFICIAL, Entry
from .candidates import PLACE_LABELS, Candidate
from .lexicon import Lexicon

ACCEPT = 1.0  # evidence needed to call a candidate a toponym
STRONG = 2.5  # evidence that lets a name stand for itself everywhere else in the story
_OTHER_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "WORK_OF_ART",
                           "EVENT", "PRODUCT", "LAW", "LANGUAGE"})
_BROAD = frozenset({"PCLI", "PCLD", "PCLS", "PCLF", "PCLIX", "TERR", "CONT"})


@dataclass(slots=True)
class Match:
    """A candidate the gazetteer knows, the senses it may have, and the evidence that it is a place."""

    cand: Candidate
    entries: list[Entry]
    score: float = 0.0


def prior_evidence(entries: list[Entry]) -> float:
    """How strongly the gazetteer alone suggests a place: countries and big towns are rarely anything else."""
    s = 0.0
    codes = {e.feature_code for e in entries}
    if codes & _BROAD:
        s += 2.5
    elif "ADM1" in codes:
        s += 1.5
    elif any(e.feature_class in ("H", "L", "T", "S") for e in entries):
        s += 1.5
    pop = max((e.population for e in entries if e.feature_class == "P"), default=0)
    s += 1.5 if pop >= 1_000_000 else 1.0 if pop >= 100_000 else 0.5 if pop >= 20_000 else 0.0
    if all(e.kind != OFFICIAL for e in entries):
        s -= 0.5
    return s


def evidence(c: Candidate, entries: list[Entry], lex: Lexicon, story: set[str]) -> float:
    """Evidence that candidate c names a place (see ACCEPT); story holds the countries the story is about."""
    s = prior_evidence(entries)
    if c.ner in PLACE_LABELS:
        s += 2.0
    elif c.ner in _OTHER_LABELS:
        s -= 1.5
    elif c.ner is not None:
        s -= 0.5  # PERSON, ORG, NORP: the small model often says PERSON for a town
    if c.inside == "PERSON":
        s -= 3.0
    elif c.inside in _OTHER_LABELS:
        s -= 1.0
    elif c.inside is not None and c.inside not in PLACE_LABELS:
        s -= 0.5
    if c.prev in lex.prepositions:
        s += 1.0
    if c.keyword is not None and any(c.keyword.fits(e.feature_class, e.feature_code) for e in entries):
        s += 1.5
    if not c.propn:
        s -= 1.0
    if c.sent_start and c.tokens == 1 and c.ner not in PLACE_LABELS:
        s -= 0.5
    if c.key in lex.stopnames:
        s -= 3.0
    letters = sum(ch.isalpha() for ch in c.text)
    if letters <= 3 and not (c.text.isupper() or "." in c.text):
        s -= 2.0  # "Us", "Of": short words, not codes
    elif letters <= 3 and not any(e.kind == ABBREVIATION for e in entries):
        s -= 3.0  # "IS" is no town called Is: a short code must be one the gazetteer knows as a code
    if not _abbreviation_ok(c, entries, lex):
        s -= 4.0
    if story and any(e.country in story for e in entries):
        s += 0.5
    return s


def _abbreviation_ok(c: Candidate, entries: list[Entry], lex: Lexicon) -> bool:
    """Division abbreviations ("Ill.", "Pa.") count only after a comma ("Springfield, Ill.") or "in"."""
    if any(e.kind != ABBREVIATION or e.feature_code not in ("ADM1", "ADM2") for e in entries):
        return True
    return c.prev == "," or c.prev in lex.prepositions


def recognize(cands: Iterable[Candidate], found: dict[str, list[Entry]], lex: Lexicon, story: set[str],
              person_words: set[str]) -> list[Match]:
    """Non-overlapping toponym matches, longest first; a name accepted strongly once is accepted everywhere."""
    scored = []
    for c in cands:
        entries = found.get(c.key)
        if not entries:
            continue
        m = Match(c, entries, evidence(c, entries, lex, story))
        if c.ner == "PERSON" and c.key in person_words:
            m.score -= 3.0  # the surname of someone named in full elsewhere ("Jordan" after "Michael Jordan")
        scored.append(m)
    strong = {m.cand.key for m in scored if m.score >= STRONG}
    accepted = [m for m in scored if m.score >= ACCEPT or (m.cand.key in strong and m.cand.inside != "PERSON"
                                                           and m.score >= ACCEPT - 2.5)]
    accepted.sort(key=lambda m: (-(m.cand.mention_end - m.cand.start), m.cand.start))
    taken: list[tuple[int, int]] = []
    out = []
    for m in accepted:
        s, e = m.cand.start, m.cand.mention_end
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        out.append(m)
    return sorted(out, key=lambda m: m.cand.start)
