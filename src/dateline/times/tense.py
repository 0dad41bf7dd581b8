"""The tense of the verb governing a stretch of text, from the spaCy parse (or from cue words without one)."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from ..nlp import parses
from .rules import FUTURE, PAST, PRESENT

if TYPE_CHECKING:
    import spacy.tokens

    from ..doc import Doc

# Verbs whose infinitive complement happens later: "is expected to close Monday".
_PROSPECTIVE = frozenset("expect plan schedule set due intend hope aim want prepare agree decide promise vow "
                         "threaten seek try propose arrange slate go need plot pledge resolve vote ask urge "
                         "call invite order".split())
_FUTURE_MODALS = frozenset("will shall 'll wo ca can may might could should must ought".split())
_MAX_HOPS = 8


def verb_tense(verb: spacy.tokens.Token, depth: int = 0) -> str | None:
    """PAST, PRESENT or FUTURE of a verb from its tag and auxiliaries (None when undecidable)."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    lemmas = {a.lower_ for a in auxes} | {a.lemma_.lower() for a in auxes}
    if lemmas & _FUTURE_MODALS - {"can"} or verb.lower_ in ("will", "'ll", "shall"):
        return FUTURE
    if "would" in lemmas:
        return None
    if any(a.lower_ == "to" for a in auxes) or verb.tag_ == "VB" and not auxes:
        head = verb.head
        if head is not verb and depth < 3:
            if head.lemma_.lower() in _PROSPECTIVE or head.lower_ == "going":
                return FUTURE
            if head.pos_ in ("VERB", "AUX"):
                return verb_tense(head, depth + 1)
        return None
    tags = [a.tag_ for a in auxes] + [verb.tag_]
    if "VBD" in tags:
        return PAST
    if verb.tag_ == "VBN":
        if any(a.lemma_ == "have" for a in auxes) or not auxes:
            return PAST
        return PRESENT
    if any(t in ("VBZ", "VBP") for t in tags):
        if verb.tag_ == "VBG" and any(a.lemma_ == "be" for a in auxes):
            return PRESENT
        return PRESENT
    if verb.tag_ == "VBG" and verb.head is not verb and depth < 3 and verb.head.pos_ in ("VERB", "AUX"):
        return verb_tense(verb.head, depth + 1)
    return None


def governing_verb(token: spacy.tokens.Token) -> spacy.tokens.Token | None:
    """The nearest verb above a token in the dependency tree (the token itself when it is one)."""
    t = token
    for _ in range(_MAX_HOPS):
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound"):
            return t
        if t.head is t:
            return None
        t = t.head
    return None


class TenseIndex:
    """Answers tense(start, end) for article offsets from the document's spaCy parses."""

    def __init__(self, doc: Doc) -> None:
        self.parsed = parses(doc)
        self.starts = [p.offset for p in self.parsed]
        self.text = doc.text
        self.cache: dict[tuple[int, int], str | None] = {}

    def __call__(self, start: int, end: int) -> str | None:
        key = (start, end)
        if key not in self.cache:
            self.cache[key] = self._tense(start, end)
        return self.cache[key]

    def _tense(self, start: int, end: int) -> str | None:
        """The tense of the verb governing text[start:end], from the parse of the chunk containing it."""
        i = bisect_right(self.starts, start) - 1
        if i < 0:
            return lexical_tense(self.text, start, end)
        p = self.parsed[i]
        sdoc = p.sdoc
        local_start, local_end = start - p.offset, end - p.offset
        if local_start >= len(sdoc.text):
            return lexical_tense(self.text, start, end)
        span = sdoc.char_span(local_start, min(local_end, len(sdoc.text)), alignment_mode="expand")
        if span is None or len(span) == 0:
            return lexical_tense(self.text, start, end)
        verb = governing_verb(span.root)
        if verb is None:
            return None
        return verb_tense(verb)

    def token_at(self, offset: int) -> tuple[spacy.tokens.Token, int] | None:
        """The spaCy token covering an article offset and its chunk offset, or None."""
        i = bisect_right(self.starts, offset) - 1
        if i < 0:
            return None
        p = self.parsed[i]
        span = p.sdoc.char_span(offset - p.offset, offset - p.offset + 1, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        return span[0], p.offset


_FUTURE_CUES = re.compile(r"\b(?:will|shall|'ll|is\s+to|are\s+to|going\s+to|plans?\s+to|expected\s+to|scheduled"
                          r"\s+to|due\s+to|set\s+to|intends?\s+to|would)\b", re.IGNORECASE)
_PAST_CUES = re.compile(r"\b(?:was|were|had|did|said|told|added|reported|announced|[a-z]{3,}ed)\b", re.IGNORECASE)
_PRESENT_CUES = re.compile(r"\b(?:is|are|am|says|has|have|do|does)\b", re.IGNORECASE)
_CLAUSE_EDGE = re.compile(r"[.!?;\n]")


def lexical_tense(text: str, start: int, end: int) -> str | None:
    """A guess at the tense around text[start:end] from cue words in the same sentence (no parse available)."""
    left = text[max(0, start - 120):start]
    right = text[end:end + 80]
    cut = [m.end() for m in _CLAUSE_EDGE.finditer(left)]
    if cut:
        left = left[cut[-1]:]
    stop = _CLAUSE_EDGE.search(right)
    if stop:
        right = right[:stop.start()]
    window = f"{left} {right}"
    if _FUTURE_CUES.search(window):
        return FUTURE if not re.search(r"\bwould\b", window, re.I) else None
    if _PAST_CUES.search(window):
        return PAST
    if _PRESENT_CUES.search(window):
        return PRESENT
    return None
