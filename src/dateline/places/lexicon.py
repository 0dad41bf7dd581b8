"""The word lists toponym recognition reads: place-kind keywords, locative cues, risky names, demonyms."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..actors import load_actors
from ..gazetteer.names import name_key
from ..gazetteer.tables import demonyms

PACKAGE = "dateline.resources"


def _lines(name: str) -> list[str]:
    """Data lines of a resources/places file (comments and blanks skipped)."""
    text = resources.files(PACKAGE).joinpath("places", name).read_text(encoding="utf-8")
    return [line.rstrip("\n") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@dataclass(frozen=True, slots=True)
class Keyword:
    """A place-kind word ("airbase"): the feature codes or classes it favours, and whether it joins the mention."""

    word: str
    kinds: frozenset[str]
    joins: bool

    def fits(self, feature_class: str | None, feature_code: str | None) -> bool:
        """True when a gazetteer sense is of the kind this word names."""
        return bool((feature_code and feature_code in self.kinds) or (feature_class and feature_class in self.kinds))


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Everything recognition looks up by word."""

    keywords: dict[str, Keyword]  # lower-case keyword (one or two words) -> Keyword
    prepositions: frozenset[str]
    stopnames: frozenset[str]  # name keys
    demonyms: dict[str, str]  # demonym as written -> ISO alpha-2
    org_acronyms: frozenset[str] = frozenset()  # "SANA", "TASS", "NATO": organisations, never the town they spell

    def keyword_at(self, words: list[str]) -> Keyword | None:
        """The keyword spelt by the first one or two of these lower-case words (longest first)."""
        if len(words) >= 2 and f"{words[0]} {words[1]}" in self.keywords:
            return self.keywords[f"{words[0]} {words[1]}"]
        return self.keywords.get(words[0]) if words else None


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The packaged lexicon, loaded once per process."""
    keywords = {}
    for line in _lines("keywords.tsv"):
        word, kinds, joins = (line.split("\t") + ["", "0"])[:3]
        keywords[word] = Keyword(word, frozenset(k for k in kinds.split("|") if k), joins.strip() == "1")
    return Lexicon(keywords=keywords, prepositions=frozenset(_lines("prepositions.txt")),
                   stopnames=frozenset(name_key(s) for s in _lines("stopnames.txt")), demonyms=demonyms(),
                   org_acronyms=org_acronyms())


def org_acronyms() -> frozenset[str]:
    """Acronyms of organisations and armed groups in the actor table, exactly as written in capitals."""
    return frozenset(alias for a in load_actors() if a.type in ("ORG", "GROUP") for alias in a.aliases
                     if len(alias) >= 3 and alias.isalpha() and alias.isupper())
