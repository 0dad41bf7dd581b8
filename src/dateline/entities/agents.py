"""Actor coding of noun phrases, PETRARCH-style: "the Russian ambassador" -> (RUS, GOV), "Houthi rebels" -> (YEM, REB).

A phrase is coded from three sources, most specific first: an alias-table actor named in it ("Hezbollah
fighters" -> HEZBOLLAH), a country word before its head ("Iraqi police", "Syria's army", "the army of
Iraq"), and a role noun lexicon (resources/agents.json: "ambassador" GOV, "troops" MIL, "police" COP,
"protesters" CVL...) where a modifier decides generic heads ("opposition fighters" REB, "government
forces" MIL). Country words marked as foreign ("Turkish-backed rebels") do not give the country.
The events layer calls `code_actor(doc, span)` for the subject and object phrases of an event.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from ..actors import Actor, actors_by_key, country_words, is_case_sensitive, lookup, normal_name
from ..doc import Doc, Span

_WORD = re.compile(r"[\w'’.-]+")
_CUT = re.compile(r"\s(?:to|in|at|from|for|with|on|near|against|over|under|inside|across|who|which|that)\s", re.IGNORECASE)
_OF = re.compile(r"\sof\s", re.IGNORECASE)
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "some", "several", "many", "two",
                          "three", "four", "five", "dozens", "hundreds", "thousands", "of", "other", "these", "those"})


@dataclass(frozen=True, slots=True)
class AgentCode:
    """What a phrase says about an actor: its country, its sector and the known actor or entity it names."""

    country: str | None = None  # ISO 3166-1 alpha-3
    sector: str | None = None  # PLOVER sector code
    key: str | None = None  # alias-table key
    entity: str | None = None  # entity id in the document (code_actor only)


@lru_cache(maxsize=1)
def lexicon() -> tuple[dict[str, str], dict[str, str], frozenset[str], tuple[str, ...]]:
    """(role phrase -> sector, modifier -> sector, generic heads, foreign markers) from resources/agents.json."""
    data = _data()
    roles = {phrase: sector for sector, phrases in data["roles"].items() for phrase in phrases}
    return roles, dict(data["modifiers"]), frozenset(data["generic_heads"]), tuple(data["foreign_markers"])


@lru_cache(maxsize=1)
def individual_roles() -> frozenset[str]:
    """Role nouns naming one person ("ambassador"): such a phrase is not the institution's entity."""
    return frozenset(_data()["individual_roles"])


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    """The parsed agent lexicon."""
    data: dict[str, Any] = json.loads(resources.files("dateline.resources").joinpath("agents.json")
                                      .read_text(encoding="utf-8"))
    return data


@lru_cache(maxsize=8192)
def code_phrase(text: str) -> AgentCode:
    """The (country, sector, alias key) a noun phrase denotes; None fields where it says nothing."""
    words = [w.strip(".,;:") for w in _WORD.findall(text.replace("’", "'"))]
    words = [w.removesuffix("'s") for w in words if w]
    while words and words[0].casefold() in _DETERMINERS:
        words.pop(0)
    if not words:
        return AgentCode()
    whole = lookup(" ".join(words))
    if whole is not None:
        return _from_actor(whole)
    head_part, of_part = _split(" ".join(words))
    head_words = head_part.split()
    actor, country = _named_actor(head_words)
    if country is None and of_part:
        country = _country(of_part.split())
    sector, role = _sector(head_words)
    if actor is not None and actor.type not in {"GPE", "NORP"}:
        return AgentCode(actor.country or country, actor.sector or sector, actor.key)
    # "Syrian troops" are the Syrian armed forces; "the Russian ambassador" is a person, not the government.
    key = f"{country}_{sector}" if country and sector and role not in individual_roles() else None
    return AgentCode(country, sector, key if key in actors_by_key() else None)


def code_actor(doc: Doc, span: Span) -> AgentCode:
    """code_phrase for a span of the document, with the entity whose mention lies in it (the last one)."""
    code = code_phrase(span.text)
    best: tuple[int, str] | None = None
    for e in doc.entities:
        for m in e.mentions:
            if span.contains(m) and (best is None or m.start > best[0]):
                best = (m.start, e.id)
            if code.key and e.key == code.key and span.overlaps(m):
                return AgentCode(code.country, code.sector, code.key, e.id)
    entity = best[1] if best else None
    found = doc.entity(entity)
    if found is not None and code.country is None and code.sector is None:
        return AgentCode(found.country, found.sector, found.key, entity)
    return AgentCode(code.country, code.sector, code.key, entity)


def _from_actor(actor: Actor) -> AgentCode:
    """The code of a phrase that is an alias-table name."""
    return AgentCode(actor.country, actor.sector, actor.key)


def _split(text: str) -> tuple[str, str]:
    """The head part of a phrase (before a preposition or clause) and the complement of an "of" phrase."""
    m = _CUT.search(text)
    head = text[:m.start()] if m else text
    m = _OF.search(head)
    if m:
        return head[:m.start()], head[m.end():]
    return head, ""


def _named_actor(words: list[str]) -> tuple[Actor | None, str | None]:
    """The longest alias-table actor named in the words, and the country of the first country word."""
    roles, _, _, foreign = lexicon()
    actor: Actor | None = None
    country: str | None = None
    n = len(words)
    for size in range(min(n, 6), 0, -1):
        for i in range(n - size + 1):
            piece = " ".join(words[i:i + size])
            if any(mark in piece.casefold() for mark in foreign):
                continue
            if normal_name(piece) in roles:
                continue  # "Government" or "Army" alone is a role, not the actor of that name
            found = lookup(piece)
            if found is None:
                continue
            if found.type in {"GPE", "NORP"}:
                country = country or found.country
            elif actor is None:
                actor = found
    return actor, country or _country(words)


def _country(words: list[str]) -> str | None:
    """The country of the first country name or demonym among words (multi-word names first)."""
    _, _, _, foreign = lexicon()
    index = country_words()
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            piece = " ".join(words[i:i + size])
            if any(mark in piece.casefold() for mark in foreign):
                continue
            code = index.get(piece) if is_case_sensitive(piece) else index.get(normal_name(piece))
            if code:
                return code
    return None


def _sector(words: list[str]) -> tuple[str | None, str | None]:
    """(sector, role phrase) of the head: the longest role phrase ending at the last role word; modifiers decide
    generic heads."""
    roles, modifiers, generic, _ = lexicon()
    folded = [w.casefold() for w in words]
    for end in range(len(folded), 0, -1):
        for start in range(max(0, end - 4), end):
            phrase = " ".join(folded[start:end])
            if phrase not in roles:
                continue
            if phrase in generic or folded[end - 1] in generic:
                for w in reversed(folded[:start]):
                    if w in modifiers:
                        return modifiers[w], phrase
            return roles[phrase], phrase
    for w in reversed(folded):
        if w in modifiers:
            return modifiers[w], None
    return None, None
