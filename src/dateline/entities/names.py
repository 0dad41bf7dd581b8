"""Name normalisation for grouping mentions: titles, determiners, possessives, plurals, acronyms."""

from __future__ import annotations

import re

TITLES = frozenset("""
mr mrs ms miss dr prof sir dame lord lady rev president vice prime minister foreign defence defense secretary
ambassador senator sen rep representative gov governor gen general col colonel lt lieutenant capt captain maj major
adm admiral sgt sergeant cpl corporal judge justice mayor chancellor king queen prince princess pope sheikh sheik
emir imam ayatollah cardinal bishop father brother sister commander chief speaker chairman chairwoman chair
deputy acting former late jr sr mp mep spokesman spokeswoman spokesperson envoy premier
""".split())
_DETERMINER = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s?$")
_TRAIL = re.compile(r"[\s,.;:!?\"'”’)\]-]+$")
_LEAD = re.compile(r"^[\s\"'“‘(\[-]+")
_WORDS = re.compile(r"[^\s]+")


def clean_bounds(text: str) -> tuple[int, int]:
    """(start, end) inside text after dropping a leading determiner, quotes, a trailing possessive and punctuation."""
    start, end = 0, len(text)
    m = _LEAD.match(text)
    if m:
        start = m.end()
    m = _DETERMINER.match(text, start)
    if m and m.end() < end:
        start = m.end()
    trimmed = text[:end]
    for pattern in (_TRAIL, _POSSESSIVE, _TRAIL):
        m = pattern.search(trimmed, start)
        if m and m.start() > start:
            end = m.start()
            trimmed = text[:end]
    return start, end


def title_end(text: str) -> int:
    """Where a person's name starts after leading titles ("President Bashar al-Assad" -> 10); 0 without titles."""
    pos = 0
    for m in _WORDS.finditer(text):
        word = m.group().casefold().strip(".")
        if word not in TITLES or text[m.end():].strip() == "":
            break
        pos = m.end()
        while pos < len(text) and text[pos] in " .":
            pos += 1
    return pos


def name_tokens(name: str) -> list[str]:
    """A person's name as folded tokens without titles or punctuation."""
    cleaned = "".join(c if c.isalnum() or c == "-" else " " for c in name.casefold())
    return [t for t in cleaned.split() if t not in TITLES and t.strip("-")]


def org_key(name: str) -> str:
    """An organisation name folded for grouping: no determiner, no possessive, singular last word."""
    s, e = clean_bounds(name)
    words = name[s:e].replace("’", "'").casefold().split()
    if words and len(words[-1]) > 3 and words[-1].endswith("s") and not words[-1].endswith("ss"):
        words[-1] = words[-1][:-1]
    return " ".join(words)


def acronym(name: str) -> str:
    """Initials of the capitalised words ("Syrian Democratic Forces" -> "SDF")."""
    words = re.findall(r"[A-Za-z][\w'’-]*", name)
    return "".join(w[0] for w in words if w[0].isupper())


def is_acronym(text: str) -> bool:
    """True for an all-capitals token of two to six letters ("SDF", "U.N.")."""
    letters = text.replace(".", "")
    return 2 <= len(letters) <= 6 and letters.isupper() and letters.isalpha()
