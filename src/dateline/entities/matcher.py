"""Alias-table matching over spaCy tokens: acronyms in exact case, every other alias in any case but lower."""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from typing import TYPE_CHECKING

from ..actors import actors_by_key, alias_index, exact_index, is_case_sensitive, load_actors, normal_name
from ..doc import Doc, EntityMention
from ..nlp import parses
from .noise import lowercase_words

if TYPE_CHECKING:
    import spacy.language
    import spacy.tokens
    from spacy.matcher import PhraseMatcher


class AliasMatcher:
    """Finds alias-table names in parsed paragraphs; the longest match wins where matches overlap."""

    def __init__(self, nlp: spacy.language.Language) -> None:
        from spacy.matcher import PhraseMatcher

        self.exact: PhraseMatcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.folded: PhraseMatcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        exact: dict[str, list[str]] = {}
        folded: dict[str, list[str]] = {}
        seen: set[str] = set()
        for actor in load_actors():
            for alias in actor.aliases:
                if alias.startswith("the "):
                    continue  # determiners stay outside mentions; "the UN" is found as "UN"
                sensitive = is_case_sensitive(alias) or alias in actor.case_sensitive
                # The index decides which actor owns a clash; both apostrophes match ("Workers’ Party").
                key = exact_index()[alias] if sensitive else alias_index()[normal_name(alias)]
                for form in {alias, alias.replace("'", "’"), alias.replace("’", "'")}:
                    seen_form = form if sensitive else form.casefold()
                    if seen_form not in seen:
                        seen.add(seen_form)
                        (exact if sensitive else folded).setdefault(key, []).append(form)
        for table, matcher in ((exact, self.exact), (folded, self.folded)):
            for key, aliases in table.items():
                matcher.add(key, list(nlp.tokenizer.pipe(aliases)))  # type: ignore[union-attr]
        # Aliases written in lower case on purpose ("peshmerga", "state department") may match in lower case.
        self.lower_ok = frozenset(a for a in exact_index() if a.islower())

    def __call__(self, doc: Doc) -> list[EntityMention]:
        """Alias mentions in a parsed document, longest first where they overlap."""
        found: list[EntityMention] = []
        actors = actors_by_key()
        starts = {s.start for s in doc.sentences}
        for p in parses(doc):
            for matcher in (self.exact, self.folded):
                for match_id, start, end in matcher(p.sdoc):
                    span = p.sdoc[start:end]
                    if not self.plausible(span, matcher is self.exact):
                        continue
                    if end - start == 1 and p.offset + span.start_char in starts and matcher is self.folded \
                            and span.text.casefold() in lowercase_words(doc.text):
                        continue  # "Amnesty was offered..." where the text also writes "amnesty"
                    key = p.sdoc.vocab.strings[match_id]
                    found.append(EntityMention(doc.span(p.offset + span.start_char, p.offset + span.end_char),
                                               actors[key].type, "alias", key))
        return longest_first(found)

    def plausible(self, span: spacy.tokens.Span, acronym: bool) -> bool:
        """False for matches that are ordinary words ("turkey", "chad") or capitals in a shouted headline."""
        if acronym:
            return not (_shouting(span.doc, span.start - 1) or _shouting(span.doc, span.end))
        return any(c.isupper() for c in span.text) or span.text in self.lower_ok


def _shouting(sdoc: spacy.tokens.Doc, i: int) -> bool:
    """True when token i exists and is an all-capitals word (the text around an acronym is in capitals)."""
    if not 0 <= i < len(sdoc):
        return False
    t = sdoc[i].text
    return len(t) > 2 and t.isalpha() and t.isupper()


def longest_first(mentions: list[EntityMention]) -> list[EntityMention]:
    """Non-overlapping mentions, preferring longer ones, in text order (n log n: no pairwise scan)."""
    starts: list[int] = []
    kept: list[EntityMention] = []
    for m in sorted(mentions, key=lambda m: (-(m.span.end - m.span.start), m.span.start)):
        i = bisect_left(starts, m.span.start)
        if i > 0 and kept[i - 1].span.end > m.span.start or i < len(kept) and kept[i].span.start < m.span.end:
            continue
        starts.insert(i, m.span.start)
        kept.insert(i, m)
    return kept


@lru_cache(maxsize=4)
def alias_matcher(model: str, disable: tuple[str, ...] = ()) -> AliasMatcher:
    """The matcher for a model's vocabulary, built once per process."""
    from ..nlp import load_model

    return AliasMatcher(load_model(model, disable))
