"""Alias-table matching over spaCy tokens: acronyms in exact case, every other alias in any case."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from ..actors import actors_by_key, is_case_sensitive, load_actors
from ..doc import Doc, EntityMention
from ..nlp import parses

if TYPE_CHECKING:
    import spacy.language
    from spacy.matcher import PhraseMatcher


class AliasMatcher:
    """Finds alias-table names in parsed paragraphs; the longest match wins where matches overlap."""

    def __init__(self, nlp: spacy.language.Language) -> None:
        from spacy.matcher import PhraseMatcher

        self.exact: PhraseMatcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.folded: PhraseMatcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        exact: dict[str, list[str]] = {}
        folded: dict[str, list[str]] = {}
        for actor in load_actors():
            for alias in actor.aliases:
                sensitive = is_case_sensitive(alias) or alias in actor.case_sensitive
                (exact if sensitive else folded).setdefault(actor.key, []).append(alias)
        for table, matcher in ((exact, self.exact), (folded, self.folded)):
            for key, aliases in table.items():
                matcher.add(key, list(nlp.tokenizer.pipe(aliases)))

    def __call__(self, doc: Doc) -> list[EntityMention]:
        """Alias mentions in a parsed document, longest first where they overlap."""
        found: list[EntityMention] = []
        actors = actors_by_key()
        for p in parses(doc):
            for matcher in (self.exact, self.folded):
                for match_id, start, end in matcher(p.sdoc):
                    key = p.sdoc.vocab.strings[match_id]
                    span = p.sdoc[start:end]
                    found.append(EntityMention(doc.span(p.offset + span.start_char, p.offset + span.end_char),
                                               actors[key].type, "alias", key))
        return longest_first(found)


def longest_first(mentions: list[EntityMention]) -> list[EntityMention]:
    """Non-overlapping mentions, preferring longer ones, in text order."""
    kept: list[EntityMention] = []
    for m in sorted(mentions, key=lambda m: (-(m.span.end - m.span.start), m.span.start)):
        if not any(m.span.overlaps(k.span) for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda m: m.span.start)


@lru_cache(maxsize=4)
def alias_matcher(model: str, disable: tuple[str, ...] = ()) -> AliasMatcher:
    """The matcher for a model's vocabulary, built once per process."""
    from ..nlp import load_model

    return AliasMatcher(load_model(model, disable))
