"""An event's place: a toponym in a locative phrase of its clause, or what "there" / "the city" points to."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import lemma_of
from .mentions import MentionIndex

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..doc import Doc, Place

LOCATIVE = frozenset({"in", "near", "at", "outside", "around", "inside", "on", "across", "along", "into",
                      "within",
                      "throughout", "off", "towards", "toward", "between", "over", "from", "to", "through",
                      "close", "north", "south", "east", "west", "northeast", "northwest", "southeast",
                      "southwest"})
ANAPHORS = frozenset({"city", "town", "village", "area", "region", "province", "district", "capital",
                      "site", "base",
                      "airbase", "enclave", "neighborhood", "neighbourhood", "camp", "settlement", "country"})
# Coarse specificity of GeoNames feature codes: a site beats a town beats a region beats a country.
_RANK = {"PCL": 4, "ADM1": 3, "ADM2": 2, "ADM3": 2, "RGN": 3, "PPLC": 1, "PPLA": 1, "PPL": 1}


def specificity(place: Place | None) -> int:
    """0 for sites and facilities, 1 for towns, 2-3 for divisions and regions, 4 for countries."""
    code = (place.feature_code or "") if place else ""
    for prefix, rank in _RANK.items():
        if code.startswith(prefix):
            return rank
    return 1 if not code else 0


def locative(token: Token) -> bool:
    """Whether a word says where an event happens: object of a locative preposition, or of the verb."""
    t = token
    for _ in range(4):
        if t.dep_ in ("compound", "amod", "nmod", "appos", "conj") and t.head.i != t.i:
            t = t.head
            continue
        break
    if t.dep_ == "pobj" and lemma_of(t.head) in LOCATIVE:
        return True
    if t.dep_ == "pobj" and t.head.dep_ == "prep" and lemma_of(t.head.head) in LOCATIVE:
        return True  # "close to X", "north of X"
    if t.dep_ == "pobj" and lemma_of(t.head) == "of" and lemma_of(t.head.head) in ANAPHORS:
        return True  # "the city of Palmyra", "the area of Palmyra"
    return t.dep_ in ("dobj", "nsubjpass", "oprd") and t.head.pos_ == "VERB"


def clause_place(doc: Doc, places: MentionIndex, start: int, end: int, token_at: object) -> str | None:
    """The most specific place mentioned locatively inside [start, end)."""
    found = []
    for s, e, pid in places.inside(start, end):
        tok = token_at(e - 1)  # type: ignore[operator]
        if tok is None or not locative(tok):
            continue
        found.append((specificity(doc.place(pid)), -s, pid))
    return min(found)[2] if found else None


def capital_place(doc: Doc, places: MentionIndex, tokens: list[Token], offset: int) -> str | None:
    """The story's place that "Kazakhstan's capital" or "the capital of Kazakhstan" names."""
    for t in tokens:
        if lemma_of(t) != "capital" or not locative(t):
            continue
        owners = [c for c in t.children if c.dep_ == "poss"]
        owners += [g for c in t.children if c.dep_ == "prep" and lemma_of(c) == "of" for g in c.children]
        for o in owners:
            start = offset + o.idx
            for _, _, pid in places.overlapping(start, start + len(o.text)):
                country = doc.place(pid)
                if country is None or not (country.feature_code or "").startswith("PCL"):
                    continue
                capital = next((p for p in doc.places if p.role != "dateline" and p.country == country.country
                                and (p.feature_code or "") == "PPLC"), None)
                if capital is not None:
                    return capital.id
    return None


def anaphoric_place(doc: Doc, places: MentionIndex, start: int, end: int, tokens: list[Token]) -> str | None:
    """The place a locative anaphor ("there", "the city", "in the area") in the clause refers back to."""
    if not any(_anaphor(t) for t in tokens):
        return None
    para = doc.paragraph_at(start)
    floor = 0
    if para is not None:
        i = doc.paragraphs.index(para)
        floor = doc.paragraphs[i - 2].start if i >= 2 else 0
    earlier = [m for m in places.before(start, floor)]
    for _, _, pid in reversed(earlier):
        if specificity(doc.place(pid)) <= 2:
            return pid
    return None


def _anaphor(t: Token) -> bool:
    """ "there" as a place, or "the city" / "this area" without a name of its own."""
    low = t.text.lower()
    if low == "there" and t.dep_ == "advmod":
        return True
    if lemma_of(t) in ANAPHORS and t.pos_ == "NOUN":
        dets = [c for c in t.children if c.dep_ == "det"]
        named = any(c.dep_ in ("compound", "prep") and c.pos_ in ("PROPN", "ADP") for c in t.children)
        return bool(dets) and lemma_of(dets[0]) in ("the", "this", "that") and not named
    return False
