"""One label per name in an article: the NER labels the same word differently from sentence to sentence."""

from __future__ import annotations

from collections import Counter, defaultdict

from ..doc import EntityMention
from .names import name_tokens

PLACE_LABELS = ("GPE", "LOC", "FAC")


def harmonise(mentions: list[EntityMention]) -> list[EntityMention]:
    """The mentions with the NER-made ones relabelled: a one-word name that is the surname of a person named
    in full is PERSON ("Begum" after "Shamima Begum"); a name labelled both as a place and otherwise is the
    place; any other name takes its most frequent label."""
    full = [m.span.text.split() for m in mentions
            if m.label == "PERSON" and m.key is None and len(name_tokens(m.span.text)) > 1]
    surnames = {words[-1] for words in full}
    # A given name alone ("Shamima") is the person too, unless it is also a town's name.
    given = {w for words in full for w in words[:-1] if w[:1].isupper()} - surnames
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    for m in mentions:
        if _free(m):
            labels[m.span.text][m.label] += 1
    for m in mentions:
        if not _free(m):
            continue
        text = m.span.text
        if " " not in text and (text in surnames or text in given and not _is_town(text)):
            m.label = "PERSON"
            continue
        counts = labels[text]
        if len(counts) > 1:
            places = [lab for lab in counts if lab in PLACE_LABELS]
            m.label = max(places, key=counts.__getitem__) if places else counts.most_common(1)[0][0]
    return mentions


def _free(m: EntityMention) -> bool:
    """True for mentions whose label came from the NER (not from the alias table or the places layer)."""
    return m.key is None and m.place is None and m.origin in {"ner", "pattern"}


def _is_town(name: str) -> bool:
    """True when the word is a town's name in GeoNames (so "Washington" stays a place)."""
    from .retype import town_population

    return name in town_population()
