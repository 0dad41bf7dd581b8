"""Stage `entities`: the NER corrected by the alias table and the resolved places, grouped into canonical entities."""

from __future__ import annotations

import re
from bisect import bisect_right

from ..config import Settings
from ..doc import Doc, EntityMention, Place
from ..entities import alias_matcher, group_mentions
from ..entities.names import clean_bounds
from ..registry import stage

NER_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})


def place_label(place: Place) -> str:
    """GPE for countries, divisions and towns; FAC for sites and bases; LOC for the rest of nature."""
    code = place.feature_code or ""
    if code.startswith(("PCL", "ADM", "PPL", "TERR")) or code in {"ADMD", "ZN"}:
        return "GPE"
    if code in {"AIRB", "AIRF", "AIRP", "MILB", "INSM", "CMP", "CMPRF", "BDG", "DAM", "PRT", "RUIN", "ANS",
                "HSP", "SCH", "UNIV", "MSQE", "CH", "PSTB", "BCN", "BLDG", "STDM", "PRN", "CSTL", "MNMT"}:
        return "FAC"
    return "LOC"


def collect_mentions(doc: Doc, aliases: list[EntityMention]) -> list[EntityMention]:
    """Non-overlapping typed mentions: alias-table names first, then resolved places, then the NER's."""
    kept = list(aliases)
    for place in doc.places:
        label = place_label(place)
        for span in place.mentions:
            alias = next((a for a in kept if a.origin == "alias" and a.span.overlaps(span)), None)
            if alias is None:
                kept.append(EntityMention(span, label, "place", place=place.id))
            elif alias.span == span and alias.place is None:
                alias.place = place.id
    taken = sorted(kept, key=lambda m: m.span.start)
    for m in doc.mentions:
        if m.origin != "ner" or m.label not in NER_LABELS:
            continue
        s, e = clean_bounds(m.span.text)
        if s >= e or not any(c.isupper() for c in m.span.text[s:e]):
            continue
        span = doc.span(m.span.start + s, m.span.start + e)
        # The alias table and the gazetteer overrule the NER where they overlap ("Palmyra" is no PERSON).
        if any(t.span.overlaps(span) for t in taken):
            continue
        taken.append(EntityMention(span, m.label, "ner"))
    return sorted(taken, key=lambda m: m.span.start)


def propagate(doc: Doc, mentions: list[EntityMention]) -> list[EntityMention]:
    """Add the occurrences the NER missed of names it found once ("Kinshchak said" after "Alexander Kinshchak")."""
    surfaces: dict[str, str] = {}
    for m in mentions:
        if m.origin != "ner":
            continue
        surfaces.setdefault(m.span.text, m.label)
        if m.label == "PERSON":
            last = m.span.text.split()[-1]
            if len(last) > 2 and last[0].isupper() and last.isalpha():
                surfaces.setdefault(last, "PERSON")
    if not surfaces:
        return mentions
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(surfaces, key=len, reverse=True)))
                         + r")(?![\w-])")
    taken = sorted((m.span for m in mentions), key=lambda s: s.start)
    starts = [s.start for s in taken]
    added = []
    for hit in pattern.finditer(doc.text):
        i = bisect_right(starts, hit.start())
        near = taken[max(0, i - 1):i + 1]
        if any(s.start < hit.end() and hit.start() < s.end for s in near):
            continue
        added.append(EntityMention(doc.span(hit.start(), hit.end()), surfaces[hit.group()], "pattern"))
    return sorted(mentions + added, key=lambda m: m.span.start)


@stage("entities", requires=["mentions", "places", "spacy"], assigns=["entities"])
def make_entities(settings: Settings) -> object:
    """Correct the NER with the alias table and the places, then group mentions into entities."""
    matcher = alias_matcher(settings["nlp.model"], tuple(settings["nlp.disable"]))

    def entities(doc: Doc) -> Doc:
        doc.entities = group_mentions(doc, propagate(doc, collect_mentions(doc, matcher(doc))))
        return doc

    return entities
