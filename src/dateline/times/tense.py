"""The tense of the verb governing a stretch of text, from the spaCy parse (or from cue words without one)."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from spacy.attrs import IDX

from ..nlp import parses
from .rules import FUTURE, PAST, PRESENT

if TYPE_CHECKING:
    import spacy.tokens

    from ..doc import Doc

# Verbs whose infinitive complement happens later: "is expected to close Monday".
_PROSPECTIVE = frozenset("expect plan schedule set due intend hope aim want prepare agree decide promise vow "
                         "threaten seek try propose arrange slate go need plot pledge resolve vote ask urge "
                         "call invite order".split())
# Intentions and requests whose content still lies ahead when they are reported in the past tense ("planned to
# hold", "invited him to visit", "agreed to meet"), unlike attempts and wishes ("tried to enter", "wanted to go").
_PLANNING = frozenset("expect plan schedule set due intend aim prepare slate propose arrange be go invite ask urge "
                      "call order agree decide promise vow pledge threaten resolve".split())
# Nouns that "set" schedules ("set a date", "set the vote for Friday"); "set fire to" sets nothing.
_SCHEDULED = frozenset("date deadline time day vote election meeting hearing trial talks session conference summit "
                       "referendum ballot poll visit launch release target timetable schedule".split())
_SCHEDULING = frozenset("schedule slate reschedule postpone delay defer".split())
# Verbs whose time may lie after the telling: moving, extending, asking for, signalling or planning something.
_AHEAD_VERBS = _PROSPECTIVE | _SCHEDULING | frozenset("move extend adjourn push bring signal announce forecast predict "
                                                     "warn demand request target".split())
_FUTURE_MODALS = frozenset("will shall 'll wo may might should must ought would 'd".split())
_OPEN_MODALS = frozenset("can ca could".split())
_MAX_HOPS = 8


def verb_tense(verb: spacy.tokens.Token, depth: int = 0) -> str | None:
    """PAST, PRESENT or FUTURE of a verb from its tag and auxiliaries (None when undecidable)."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes} | {a.lemma_.lower() for a in auxes}
    if words & (_FUTURE_MODALS | _OPEN_MODALS) and "have" in words and verb.tag_ == "VBN":
        return PAST  # "may have been responsible"
    if words & _FUTURE_MODALS or verb.lower_ in ("will", "'ll", "shall"):
        return FUTURE
    if words & _OPEN_MODALS:
        return None
    if any(a.lower_ == "to" for a in auxes) or verb.tag_ == "VB" and not auxes:
        head = verb.head
        if head is not verb and depth < 3:
            if verb.dep_ in ("xcomp", "advcl", "ccomp", "relcl", "acl") and (
                    head.lemma_.lower() in _PROSPECTIVE or head.lemma_ == "be" or head.lower_ == "going"):
                return _prospect(head)
            if head.pos_ in ("VERB", "AUX"):
                return verb_tense(head, depth + 1)
        return None
    own = _own_tense(verb, auxes)
    if _schedules(verb):
        return PAST if _perfect_past(verb) else FUTURE  # "has scheduled a news conference Thursday"
    if _looks_ahead(verb) and own != PAST:
        return FUTURE  # "On Tuesday, the league plans to hold a rally"; a past "planned" dates the plan
    if own is None and verb.tag_ == "VBN" and not auxes and verb.dep_ in ("acl", "amod"):
        return None if verb.lemma_.lower() in _PLANNING else PAST  # "a truce brokered in January"
    if own is None and verb.tag_ == "VBG" and verb.head is not verb and depth < 3 and \
            verb.head.pos_ in ("VERB", "AUX"):
        return verb_tense(verb.head, depth + 1)
    return own


def _own_tense(verb: spacy.tokens.Token, auxes: list[spacy.tokens.Token]) -> str | None:
    """The tense written on the verb and its auxiliaries alone."""
    tags = [a.tag_ for a in auxes] + [verb.tag_]
    if "VBD" in tags:
        return PAST
    if verb.tag_ == "VBN":
        return PAST if any(a.lemma_ == "have" for a in auxes) else None if not auxes else PRESENT
    if any(t in ("VBZ", "VBP") for t in tags):
        return PRESENT
    return None


def _prospect(verb: spacy.tokens.Token) -> str | None:
    """The tense of what a verb of intention looks ahead to: future, unless the intention is over (a past
    perfect, or a past "tried to" rather than a past "planned to")."""
    if _perfect_past(verb):
        return PAST
    if _own_tense(verb, [c for c in verb.children if c.dep_ in ("aux", "auxpass")]) == PAST and \
            verb.lemma_.lower() not in _PLANNING:
        return PAST
    return FUTURE


def _perfect_past(verb: spacy.tokens.Token) -> bool:
    """True for a past perfect ("had been due to expire"): the plan and its event are both over."""
    nodes = [verb, verb.head] if verb.dep_ in ("acomp", "attr", "oprd") else [verb]
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "'d") for n in nodes for c in n.children)


def _schedules(verb: spacy.tokens.Token) -> bool:
    """True for verbs that set the time of their object: "scheduled a conference", "planned a rally"."""
    lemma = verb.lemma_.lower()
    if lemma in _SCHEDULING:
        return True
    if any(c.dep_ == "xcomp" for c in verb.children):
        return False
    if lemma == "set":
        return any(c.dep_ == "dobj" and c.lemma_.lower() in _SCHEDULED or c.dep_ == "prep" and c.lower_ == "for"
                   for c in verb.children)
    return lemma == "plan" and any(c.dep_ == "dobj" for c in verb.children)


def _looks_ahead(verb: spacy.tokens.Token) -> bool:
    """True for "plans to hold", "is to resume": a verb of intention (or be) with a to-infinitive complement."""
    if verb.lemma_.lower() not in _PROSPECTIVE and verb.lemma_ != "be":
        return False
    return any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux")
               for c in verb.children)


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
        self.token_starts: dict[int, list[int]] = {}

    def __call__(self, start: int, end: int) -> str | None:
        key = (start, end)
        if key not in self.cache:
            self.cache[key] = self._tense(start, end)
        return self.cache[key]

    def _tense(self, start: int, end: int) -> str | None:
        """The tense of the verb governing text[start:end], from the parse of the chunk containing it."""
        root = self.root(start, end)
        if root is None:
            return lexical_tense(self.text, start, end)
        verb = governing_verb(root)
        return verb_tense(verb) if verb is not None else None

    def on_past_verb(self, start: int, end: int) -> bool:
        """True when the time says when a verb written in the past happened: it modifies the verb directly,
        bare or after "in"/"during" ("changed its name in December"), and the verb neither moves, asks for nor
        plans something ("moved the vote to November", "called for protests in November"); not when it
        modifies a noun ("a cutback in September") or a verb without tense of its own ("starting in December")."""
        root = self.root(start, end)
        if root is None:
            return False
        prep = root.head if root.head.pos_ == "ADP" and root.head.i != root.i else None
        if prep is not None and prep.lower_ not in ("in", "during"):
            return False
        head = prep.head if prep is not None else root.head
        if head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() in _AHEAD_VERBS:
            return False
        return _own_tense(head, [c for c in head.children if c.dep_ in ("aux", "auxpass")]) == PAST

    def tokens(self, start: int, end: int) -> tuple[list[spacy.tokens.Token], int] | None:
        """The spaCy tokens overlapping an article span (from one parse chunk) and that chunk's offset."""
        i = bisect_right(self.starts, start) - 1
        if i < 0:
            return None
        p = self.parsed[i]
        sdoc = p.sdoc
        if i not in self.token_starts:
            self.token_starts[i] = sdoc.to_array([IDX]).tolist() if len(sdoc) else []
        idx = self.token_starts[i]
        lo = max(bisect_right(idx, start - p.offset) - 1, 0)
        hi = bisect_right(idx, end - p.offset - 1)
        if lo >= len(sdoc) or hi <= lo:
            return None
        return [sdoc[k] for k in range(lo, hi)], p.offset

    def root(self, start: int, end: int) -> spacy.tokens.Token | None:
        """The syntactic head of the tokens covering an article span."""
        found = self.tokens(start, end)
        if found is None:
            return None
        toks = found[0]
        inside = {t.i for t in toks}
        for t in toks:
            if t.head.i not in inside or t.head is t:
                return t
        return toks[0]

    def token_at(self, offset: int) -> tuple[spacy.tokens.Token, int] | None:
        """The spaCy token covering an article offset and its chunk offset, or None."""
        found = self.tokens(offset, offset + 1)
        return (found[0][0], found[1]) if found else None


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
