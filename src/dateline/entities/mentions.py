"""Typed, non-overlapping mentions of one document from three sources: the alias table, the places, the NER."""

from __future__ import annotations

import re

from ..actors import country_words, lookup, normal_name
from ..doc import Doc, EntityMention, Place, Span
from .agents import individual_roles
from .names import TITLES, clean_bounds, title_end
from .noise import is_noise, leading_lowercase, lowercase_words
from .occurrences import Taken

NER_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
_DIRECTIONS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                         "upper", "lower", "greater", "north-east", "north-west", "south-east", "south-west",
                         "northeast", "northwest", "southeast", "southwest"})
_FUNCTION = frozenset({"of", "the", "and", "de", "al", "el", "la", "le", "du", "des", "for"})
_NAME_SUFFIX = frozenset({"jr", "sr", "ii", "iii"})
_POSSESSIVE = re.compile(r"['’]s?\s")


def place_label(place: Place) -> str:
    """GPE for countries, divisions and towns; FAC for sites and bases; LOC for the rest of nature."""
    code = place.feature_code or ""
    if code.startswith(("PCL", "ADM", "PPL", "TERR")) or code in {"ADMD", "ZN"}:
        return "GPE"
    if code in {"AIRB", "AIRF", "AIRP", "MILB", "INSM", "CMP", "CMPRF", "BDG", "DAM", "PRT", "RUIN", "ANS",
                "HSP", "SCH", "UNIV", "MSQE", "CH", "PSTB", "BCN", "BLDG", "STDM", "PRN", "CSTL", "MNMT"}:
        return "FAC"
    return "LOC"


def ner_mentions(doc: Doc) -> list[EntityMention]:
    """The NER's mentions of name labels, trimmed (determiners, possessives, titles) and without noise."""
    lowercase = lowercase_words(doc.text)
    out = []
    for m in doc.mentions:
        if m.origin != "ner":
            continue
        label = "PERSON" if titled_name(doc, m.span, m.label) else m.label
        if label not in NER_LABELS:
            continue
        span = trim(doc, m.span, label)
        if span is None:
            continue
        if not is_noise(span.text, label, _sentence_initial(doc, span.start), lowercase):
            out.append(EntityMention(span, label, "ner"))
    return out


# Labels the small model gives unfamiliar personal names ("governor Babajide Sanwo-Olu" as a PRODUCT) and that
# name no actor of the news; an ORG after "chairman" is as often a company ("General Electric"): left alone.
_MISREAD_PERSON = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"})
_NAME_WORD = re.compile(r"[A-Z][a-zà-ÿ'’]+(?:-[A-Z]?[a-zà-ÿ'’]+)*")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.?\s+$")


def titled_name(doc: Doc, span: Span, label: str) -> bool:
    """Whether a mention the NER did not call a person is two or three capitalised words right after a title or
    role word ("governor Babajide Sanwo-Olu", "President Emmerson Mnangagwa") and no known actor or place."""
    if label not in _MISREAD_PERSON:
        return False
    words = span.text.split()
    if not 2 <= len(words) <= 3 or not all(_NAME_WORD.fullmatch(w) for w in words):
        return False
    before = _WORD_BEFORE.search(doc.text, max(0, span.start - 30), span.start)
    if before is None:
        return False
    word = before.group(1)
    # a capitalised title ("Governor", "Gen."), or a lower-case role noun ("state governor"), not an adjective
    # that happens to be a title too ("the major World Cup", "the former Affordable Care Act")
    if not (word[0].isupper() and word.casefold() in TITLES or word in individual_roles()):
        return False
    name = normal_name(span.text)
    return name not in country_words() and lookup(span.text) is None


def trim(doc: Doc, span: Span, label: str) -> Span | None:
    """The span without leading determiners, quotes, titles (for people) or common words, and trailing possessives."""
    s, e = clean_bounds(span.text)
    if s >= e:
        return None
    text = span.text[s:e]
    lead = leading_lowercase(text)
    if label == "PERSON":
        lead += title_end(text[lead:])
    s += lead
    s2, e2 = clean_bounds(span.text[s:e])
    if s2 >= e2:
        return None
    return doc.span(span.start + s + s2, span.start + s + e2)


def _sentence_initial(doc: Doc, start: int) -> bool:
    """True when only quotes or spaces separate start from the start of its sentence."""
    sent = doc.sentence_at(start)
    return sent is not None and doc.text[sent.start:start].strip(" \"“'‘(") == ""


def ner_wins(ner: Span, alias: EntityMention, aliases_inside: int) -> bool:
    """True when an NER name strictly contains an alias and extends it with name words ("New Mexico", "Hafez
    al-Assad"), not with titles, directions, demonyms or a possessive ("President Assad", "Syria's Idlib")."""
    if aliases_inside != 1 or not ner.contains(alias.span) or ner == alias.span:
        return False
    extra = (ner.text[:alias.span.start - ner.start] + " " + ner.text[alias.span.end - ner.start:]).split()
    if any("'" in w or "’" in w for w in extra):
        return False
    names = [w for w in extra if w.casefold() not in _FUNCTION]
    if not names:
        return False
    for w in names:
        folded = w.casefold().strip(".,")
        if folded in _NAME_SUFFIX:
            continue
        if not w[0].isupper() or folded in TITLES or folded in _DIRECTIONS or normal_name(w) in country_words():
            return False
    return True


def collect_mentions(doc: Doc, aliases: list[EntityMention]) -> list[EntityMention]:
    """Non-overlapping typed mentions: alias-table names, then resolved places, then the NER's (and what is left
    of an NER name around an alias: "Kazakhstan's Astana" keeps "Astana")."""
    ner = ner_mentions(doc)
    alias_index = Taken(aliases)
    dropped: set[int] = set()
    for n in ner:
        inside = alias_index.overlapping(n.span)
        if len(inside) == 1 and ner_wins(n.span, inside[0], len(inside)):
            dropped.add(id(inside[0]))
    surnames = {n.span.text.split()[-1] for n in ner if n.label == "PERSON" and " " in n.span.text}
    kept = [a for a in aliases if id(a) not in dropped and not _surname_clash(a, surnames)]
    taken = Taken(kept)
    ner_index = Taken(ner)
    for place in doc.places:
        label = place_label(place)
        for span in place.mentions:
            container = ner_index.overlapping(span)
            if len(container) == 1 and ner_wins(container[0].span, EntityMention(span, label, "place"), 1):
                continue  # a place word inside a longer name: "Free Rivers Front" is no mention of Rivers
            over = taken.overlapping(span)
            if not over:
                taken.add(EntityMention(span, label, "place", place=place.id))
            elif len(over) == 1 and over[0].span == span and over[0].place is None:
                over[0].place = place.id
    place_texts = {m.span.text: m for m in taken.items if m.origin == "place"}
    for n in ner:
        over = taken.overlapping(n.span)
        if not over:
            if n.label == "PERSON" and n.span.text in place_texts:
                # A name the places layer resolved elsewhere in the article is that place, not a person.
                p = place_texts[n.span.text]
                n = EntityMention(n.span, p.label, "place", place=p.place)
            taken.add(n)
            continue
        for piece in _remainders(doc, n, over):
            if not taken.overlapping(piece.span):
                taken.add(piece)
    return list(taken.items)


def _surname_clash(alias: EntityMention, surnames: set[str]) -> bool:
    """True for a one-word country alias that is the surname of a person the NER found ("Jordan", "Holland")."""
    return alias.label in {"GPE", "NORP"} and alias.span.text in surnames


def _remainders(doc: Doc, ner: EntityMention, over: list[EntityMention]) -> list[EntityMention]:
    """The name left of an NER mention beside alias/place mentions: any name for a person ("Russian ambassador
    [Alexander Kinshchak]"), else only what follows a possessive ("Kazakhstan's [Astana]")."""
    gaps = []
    cursor = ner.span.start
    for m in sorted(over, key=lambda m: m.span.start):
        if m.span.start > cursor:
            gaps.append((cursor, m.span.start))
        cursor = max(cursor, m.span.end)
    if cursor < ner.span.end:
        gaps.append((cursor, ner.span.end))
    out = []
    for s, e in gaps:
        if ner.label != "PERSON" and not (s > ner.span.start and _POSSESSIVE.match(doc.text, s, e)):
            continue
        span = trim(doc, doc.span(s, e), ner.label)
        if span is not None and len(span.text) > 1 and span.text[0].isupper():
            out.append(EntityMention(span, ner.label, "ner"))
    return out
