"""PLOVER contexts of an event (military, diplomatic, economic, ...) from signal words in its sentence."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from .lexicon import lemma_of

if TYPE_CHECKING:
    from spacy.tokens import Token

RESOURCE = "dateline.resources.events"
MILITARY_TYPES = frozenset({"ASSAULT", "MOBILIZE"})


@lru_cache(maxsize=1)
def context_words() -> dict[str, tuple[str, ...]]:
    """Lemma -> the contexts it signals, from contexts.tsv."""
    text = resources.files(RESOURCE).joinpath("contexts.tsv").read_text(encoding="utf-8")
    out: dict[str, list[str]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, words = line.partition("\t")
            for w in words.split():
                out.setdefault(w, []).append(name)
    return {k: tuple(v) for k, v in out.items()}


def contexts(sentence: list[Token], type_: str) -> list[str]:
    """The contexts signalled in a sentence, in the table's order of first signal."""
    table = context_words()
    found: dict[str, None] = {}
    if type_ in MILITARY_TYPES:
        found["military"] = None
    for t in sentence:
        for name in table.get(lemma_of(t), ()):
            found[name] = None
    return list(found)
