"""NER noise: spans the small model tags that are no names ("Jihadists", "intra-Syrian", sentence-initial words)."""

from __future__ import annotations

import re
from functools import lru_cache

from .agents import lexicon
from .names import TITLES

# Lower-case name particles that may open a name ("al-Baghdadi", "bin Laden", "de Mistura").
PARTICLES = frozenset({"al", "el", "ad", "as", "ash", "at", "az", "ar", "bin", "ibn", "bint", "de", "del", "della",
                       "di", "da", "dos", "du", "van", "von", "der", "den", "la", "le", "ul", "ud", "ben"})
# Prefixes that make a capitalised word an adjective ("pro-Assad", "intra-Syrian", "anti-Isis").
_ADJECTIVE_PREFIX = re.compile(r"^(?:pro|anti|intra|inter|non|post|pre|ex|neo|pan|counter|trans)-", re.IGNORECASE)
_LOWER_WORD = re.compile(r"\b[a-z][a-z'-]+\b")
_DIGITS = re.compile(r"^[\d\s.,:/-]+$")
# Capitalised common nouns the model tags as names when they are really roles or people in general.
_GENERIC = frozenset("""
jihadists jihadist jihadis jihadi islamists islamist militants militant terrorists terrorist rebels rebel insurgents
insurgent extremists extremist fighters mujahideen mujahedeen takfiris takfiri infidels crusaders martyrs martyr
government ministry army military police opposition regime authorities administration coalition forces troops
president minister ambassador spokesman official officials state states nation nations republic kingdom
god allah prophet islamic
""".split())


@lru_cache(maxsize=1)
def generic_words() -> frozenset[str]:
    """Folded single words that are never a name on their own: role nouns of the agent lexicon and the list above."""
    roles = lexicon()[0]
    return frozenset(_GENERIC | {r for r in roles if " " not in r} | TITLES)


@lru_cache(maxsize=4)
def lowercase_words(text: str) -> frozenset[str]:
    """The words the text writes in lower case somewhere (evidence that a capitalised one is a common word)."""
    return frozenset(_LOWER_WORD.findall(text))


def leading_lowercase(text: str) -> int:
    """Where the name starts after leading lower-case words that are not name particles ("ambassador X" -> 11)."""
    pos = 0
    for m in re.finditer(r"\S+", text):
        word = m.group()
        if not word[0].islower() or word.split("-")[0] in PARTICLES:
            break
        pos = m.end()
        while pos < len(text) and text[pos].isspace():
            pos += 1
    return pos


def is_noise(text: str, label: str, sentence_initial: bool, lowercase: frozenset[str]) -> bool:
    """True when an NER span (already trimmed) is no name of an entity."""
    if not text or len(text) > 80 or "\n" in text or not any(c.isupper() for c in text):
        return True
    if _DIGITS.match(text) or _ADJECTIVE_PREFIX.match(text):
        return True
    if text[0].islower() and text.split("-")[0].split()[0] not in PARTICLES:
        return True
    words = text.split()
    if label == "PERSON" and len(text) <= 5 and text.replace(".", "").isupper():
        return True  # "MLA", "EU": people are not written as acronyms
    if len(words) == 1:
        folded = text.casefold().replace("’", "'")
        # An organisation may be called by its institution word ("Parliament"); people never by a role noun.
        generic = _GENERIC if label == "ORG" else generic_words()
        if folded in generic or folded[:-1] in generic and folded.endswith("s"):
            return True
        # A capitalised word opening a sentence, written in lower case elsewhere, is a common word.
        if sentence_initial and folded in lowercase:
            return True
    if label in ("PERSON", "ORG", "NORP") and len(words) > 2 and sum(_common(w) for w in words[1:]) >= 2:
        return True  # a headline read as a name: "Police fire tear gas"
    return len(words) > 1 and all(w.casefold().strip(".,") in generic_words() for w in words)


# Lower-case words that do appear inside names ("Bank of England", "Doctors without Borders").
_NAME_LINKS = frozenset({"of", "for", "and", "the", "on", "in", "at", "to", "without", "du", "des", "y", "e", "&"})


def _common(word: str) -> bool:
    """A lower-case word that is no name particle nor a linking word of names."""
    return word[0].islower() and word.split("-")[0] not in PARTICLES and word not in _NAME_LINKS
