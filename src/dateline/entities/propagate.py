"""Occurrences the NER missed of names it found elsewhere ("Kinshchak said" after "Alexander Kinshchak")."""

from __future__ import annotations

import re

from ..actors import country_words, normal_name
from ..doc import Doc, EntityMention
from .names import TITLES
from .noise import generic_words, lowercase_words
from .occurrences import Taken, occurrences

_SURNAME = re.compile(r"^[A-Z][\w'’-]*\w$")
_NEXT_NAME = re.compile(r"[ \t]+[A-Z][a-z]")


def surfaces(mentions: list[EntityMention]) -> dict[str, str]:
    """Name -> label for every NER name and, for people, their surname."""
    out: dict[str, str] = {}
    for m in mentions:
        if m.origin not in {"ner", "guard"}:
            continue
        out.setdefault(m.span.text, m.label)
        words = m.span.text.split()
        if m.label == "PERSON" and len(words) > 1:
            last = words[-1]
            folded = last.casefold()
            if (len(last) > 2 and _SURNAME.match(last) and folded not in TITLES and folded not in generic_words()
                    and normal_name(last) not in country_words()):
                out.setdefault(last, "PERSON")
    return out


def propagate(doc: Doc, mentions: list[EntityMention]) -> list[EntityMention]:
    """The mentions plus every other occurrence of their names that overlaps nothing and is no part of a longer
    capitalised name ("Smith" in "Smith Street" is left alone)."""
    names = surfaces(mentions)
    if not names:
        return mentions
    taken = Taken(mentions)
    lowercase = lowercase_words(doc.text)
    added = []
    for start, end, name in occurrences(doc.text, names):
        span = doc.span(start, end)
        if taken.overlapping(span):
            continue
        if _NEXT_NAME.match(doc.text, end) or _previous_is_name(doc.text, start, lowercase):
            continue
        added.append(EntityMention(span, names[name], "pattern"))
    return sorted(mentions + added, key=lambda m: m.span.start)


def _previous_is_name(text: str, start: int, lowercase: frozenset[str]) -> bool:
    """True when a capitalised word that is no title directly precedes start ("Mark [Smith]"); at a sentence
    start only when the word is not also written in lower case ("Yesterday Smith" is fine)."""
    m = re.search(r"([A-Z][\w'’.-]*)[ \t]+$", text[max(0, start - 40):start])
    if not m:
        return False
    word = m.group(1).casefold().strip(".")
    before = text[:start - len(m.group(0))].rstrip(" \t\"“‘'(")
    sentence_start = not before or before[-1] in ".!?:\n"
    if word in TITLES or word in {"the", "a", "an"}:
        return False
    return not sentence_start or word not in lowercase
