"""Name comparison for speakers and actors: titles ignored, last names compared, containment either way."""

from __future__ import annotations

from typing import Any

from .fields import fold

# Words that decorate a name without identifying the person.
TITLES = frozenset({
    "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "rev", "president", "vice", "prime",
    "minister", "foreign", "secretary", "ambassador", "senator", "sen", "rep", "representative", "gov", "governor",
    "gen", "general", "col", "colonel", "lt", "capt", "captain", "adm", "admiral", "judge", "justice", "mayor",
    "chancellor", "king", "queen", "prince", "princess", "pope", "sheikh", "the", "jr", "sr",
})


def name_tokens(name: Any) -> list[str]:
    """A name casefolded, punctuation and titles removed, as tokens."""
    if not isinstance(name, str):
        return []
    cleaned = "".join(c if c.isalnum() else " " for c in name.casefold())
    return [t for t in cleaned.split() if t not in TITLES]


def same_person(gold: Any, pred: Any) -> bool:
    """True when two names agree in full or on their last token, titles ignored."""
    g, p = name_tokens(gold), name_tokens(pred)
    return bool(g and p) and (g == p or g[-1] == p[-1])


def contains_either(a: Any, b: Any) -> bool:
    """True when one casefolded non-empty name contains the other."""
    x, y = fold(a), fold(b)
    if not x or not y:
        return False
    return x in y or y in x
