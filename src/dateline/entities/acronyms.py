"""Acronyms an article defines ("the Syrian Democratic Forces (SDF)", "the SDF (Syrian Democratic Forces)")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..doc import Doc, EntityMention
from .names import acronym, org_key
from .occurrences import Taken, occurrences

_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:of|for|and|the|de|al|du|des|in|on|[A-Z][\w'’.-]*))*"
_ACR = r"[A-Z][A-Za-z0-9&.-]{1,8}"
_PAREN_ACR = re.compile(rf"\s\(({_ACR})\)")
_NAME_BEFORE = re.compile(rf"({_NAME})$")
_ACR_PAREN = re.compile(rf"\b({_ACR})\s\(")
_NAME_PAREN = re.compile(rf"({_NAME})\)")
_WINDOW = 150  # characters searched before "(SDF)" for its full name


@dataclass(frozen=True, slots=True)
class Definition:
    """An acronym defined in the text and the full name it stands for (its alias key when the name is known)."""

    acronym: str
    full: str
    key: str | None
    label: str


def definitions(doc: Doc, mentions: list[EntityMention]) -> dict[str, Definition]:
    """Acronym -> definition, when the letters fit the name's initials or the name is a mention ending there."""
    by_end = {m.span.end: m for m in mentions}
    by_span = {(m.span.start, m.span.end): m for m in mentions}
    out: dict[str, Definition] = {}
    text = doc.text
    for m in _PAREN_ACR.finditer(text):
        window_start = max(0, m.start() - _WINDOW)
        name = _NAME_BEFORE.search(text, window_start, m.start())
        if name:
            _add(out, m.group(1), name.group(1), by_end.get(m.start()))
    for m in _ACR_PAREN.finditer(text):
        name = _NAME_PAREN.match(text, m.end(), m.end() + _WINDOW)
        if name:
            mention = by_span.get((m.start(1), m.end(1))) or by_span.get((name.start(1), name.end(1)))
            _add(out, m.group(1), name.group(1), mention)
    return out


def _add(out: dict[str, Definition], acr: str, full: str, mention: EntityMention | None) -> None:
    """Record a definition when it is plausible; the first definition of an acronym wins."""
    letters = acr.replace(".", "").replace("-", "")
    if acr in out or len(letters) < 2 or not letters[0].isupper() or sum(c.isupper() for c in letters) < 2:
        return
    letters = letters.upper()  # "DfID" spells Department for International Development
    words = full.split()
    # Keep only the tail of the name whose initials spell the acronym ("... said the Syrian Democratic Forces").
    for i in range(len(words)):
        tail = " ".join(words[i:])
        if words[i][0].isupper() and letters in (acronym(tail), "".join(w[0].upper() for w in words[i:])):
            full = tail
            break
    else:
        if mention is None:
            return
        full = mention.span.text
    label = mention.label if mention else "ORG"
    out[acr] = Definition(acr, full, mention.key if mention else None, label)


def add_acronym_mentions(doc: Doc, mentions: list[EntityMention],
                         defined: dict[str, Definition]) -> list[EntityMention]:
    """Mentions for every occurrence of a defined acronym that overlaps nothing yet."""
    if not defined:
        return mentions
    taken = Taken(mentions)
    added = []
    for start, end, acr in occurrences(doc.text, defined):
        span = doc.span(start, end)
        if not taken.overlapping(span):
            d = defined[acr]
            added.append(EntityMention(span, d.label, "acronym", d.key))
    return sorted(mentions + added, key=lambda m: m.span.start)


def acronym_keys(defined: dict[str, Definition]) -> dict[str, str]:
    """Acronym -> the grouping key of its full name (an organisation key of the full name)."""
    return {acr: org_key(d.full) for acr, d in defined.items()}
