"""Reporting cues in a parse: verbs of the lexicon, the frames they occur in, and the words that make the cue."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .lexicon import CueEntry, cue_lemma_ids, cues
from .tokens import TokenIndex

if TYPE_CHECKING:
    import spacy.tokens

CLAUSE = frozenset({"ccomp", "xcomp"})
NOUN_CLAUSE = frozenset({"acl", "ccomp"})  # "the claim that ...", "a promise to ..."
OBJECT = frozenset({"dobj", "oprd"})
_INVERTED = frozenset({"ccomp", "parataxis", "advcl", "conj"})
_CUE_POS = frozenset({"VERB", "AUX"})
_AUX = frozenset({"aux", "auxpass", "neg"})
_NAME_WORDS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "PART", "NUM", "PRON"})


def _after_comma(token: spacy.tokens.Token) -> bool:
    """True when the cue and its speaker follow a comma or dash: 'the road is open, the minister said'."""
    doc = token.doc
    if token.left_edge.text in (",", "—", "–", "-"):
        return True
    i = token.left_edge.i - 1
    skipped = 0
    while i >= 0 and doc[i].pos_ in _NAME_WORDS and not doc[i].is_punct and skipped < 8:
        i -= 1  # a speaker the parser left out of the cue's subtree ('..., Alexander Kinshchak told')
        skipped += 1
    while i >= 0 and doc[i].text in ('"', "”", "’", "'", "»"):
        i -= 1
    return i >= 0 and doc[i].text in (",", "—", "–", "-", ";")


def _before_comma(token: spacy.tokens.Token) -> bool:
    """True when a comma or dash follows the cue's phrase: 'Many of the closures, he said, have involved ...'."""
    last = token.right_edge
    if last.text in (",", "—", "–", "-"):
        return True
    i = last.i + 1
    return i < len(token.doc) and token.doc[i].text in (",", "—", "–", "-")


def frames(token: spacy.tokens.Token) -> list[str]:
    """The frames a token occurs in, in order of preference (see resources/quotes/cues.tsv); ['n'] for none."""
    out = []
    deps = [c.dep_ for c in token.children]
    if (NOUN_CLAUSE if token.pos_ == "NOUN" else CLAUSE).intersection(deps):
        out.append("c")
    head = token.head
    if token.dep_ in _INVERTED and head.pos_ in _CUE_POS and _after_comma(token) and (
            head.i < token.i or _before_comma(token)):
        out.append("r")  # 'content, she said' and 'content, she said, more content
    if OBJECT.intersection(deps):
        out.append("o")
        if any(c.dep_ == "dobj" and c.lower_ == "this" for c in token.children):
            out.append("o:this")
    out.extend(f"p:{c.lower_}" for c in token.children
               if c.dep_ == "prep" and any(g.dep_ in ("pobj", "pcomp") for g in c.children))
    return out or ["n"]


@dataclass(frozen=True, slots=True)
class Cue:
    """A reporting word in context: the token, its lexicon entry and the lexicon frames it fills here."""

    token: spacy.tokens.Token
    offset: int
    entry: CueEntry
    frames: tuple[str, ...]

    @property
    def start(self) -> int:
        """Article offset of the cue word."""
        return self.offset + self.token.idx

    def span(self) -> tuple[int, int]:
        """Article (start, end) of the cue phrase: auxiliaries and negation before, particle or 'to' after."""
        t = self.token
        left = right = t
        for c in t.lefts:
            if c.dep_ in _AUX and c.i >= t.i - 3:
                left = min(left, c, key=lambda x: x.i)
        for c in t.rights:
            if (c.dep_ == "prt" or (self.entry.kind == "according" and c.lower_ == "to")
                    or (" " in self.entry.lemma and c.dep_ == "advmod")) and c.i == right.i + 1:
                right = c
        return self.offset + left.idx, self.offset + right.idx + len(right.text)


def lookup(token: spacy.tokens.Token) -> CueEntry | None:
    """The cue entry of a token: a verb or noun of the lexicon, or 'according' before 'to'."""
    if token.dep_ in _AUX:
        return None
    lemma = token.lemma_.casefold()
    if token.lower_ == "according":
        nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        return cues().get(("accord", "VERB")) if nxt is not None and nxt.lower_ == "to" else None
    pos = "VERB" if token.pos_ in _CUE_POS else "NOUN" if token.pos_ == "NOUN" else None
    if pos is None:
        return None
    if pos == "VERB":
        for c in token.children:
            if c.dep_ in ("prt", "advmod") and c.i == token.i + 1:
                entry = cues().get((f"{lemma} {c.lower_}", pos))  # "went on", "fired back"
                if entry is not None:
                    return entry
    return cues().get((lemma, pos))


def is_speech(token: spacy.tokens.Token) -> bool:
    """True for a verb of saying (a speech or report cue of the lexicon)."""
    entry = lookup(token)
    return entry is not None and entry.speech


def cue_of(token: spacy.tokens.Token, offset: int) -> Cue | None:
    """The Cue a token is, with the lexicon frames it fills (speech verbs are cues in any frame)."""
    entry = lookup(token)
    if entry is None:
        return None
    present = frames(token)
    if entry.kind == "according":
        return Cue(token, offset, entry, ("according",))
    filled = tuple(f for f in present if f in entry.frames)
    if not filled and not entry.speech:
        return None
    return Cue(token, offset, entry, filled)


def find_cues(tokens: TokenIndex) -> list[Cue]:
    """Every cue of the article, in text order."""
    out = []
    for at in tokens.matching("LEMMA", cue_lemma_ids()):
        cue = cue_of(at.token, at.offset)
        if cue is not None:
            out.append(cue)
    return out
