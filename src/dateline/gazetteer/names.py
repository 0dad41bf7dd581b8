"""Name keys: the one normalisation shared by gazetteer building and text lookup ("St. Petersburg" = "Saint Petersburg")."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_FOLD = str.maketrans({"’": "", "‘": "", "'": "", "`": "", "´": "", "ʼ": "", "ʻ": "", "ʿ": "", "ʾ": "",
                       "-": " ", "–": " ", "—": " ", "‐": " ", "‑": " ", "\u00a0": " ", "_": " ", ",": " "})
# Abbreviations spelt out, so both spellings share a key (only as whole words, dot optional).
_SPELLED = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}
_SPACE = re.compile(r"\s+")
_LATIN = re.compile(r"^[\x20-\x7e\u00a0-\u024f\u1e00-\u1eff\u2018-\u201d\u02bb-\u02bf]+$")


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """The lookup key of a place name: accents, case, quotes, hyphens and dots folded; abbreviations spelt out."""
    s = unicodedata.normalize("NFKD", name.translate(_FOLD))
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    words = _SPACE.split(s.strip())
    last = len(words) - 1
    for i, w in enumerate(words):
        bare = w.rstrip(".")
        # "St." or "St" before another word is Saint; a lone "St" is left alone.
        if bare in _SPELLED and (w != bare or i < last):
            words[i] = _SPELLED[bare]
    return " ".join(words)


def is_latin(name: str) -> bool:
    """True when a name is written in Latin script (the only names an English text can contain)."""
    return bool(_LATIN.match(name))
