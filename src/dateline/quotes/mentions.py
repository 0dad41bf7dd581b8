"""Who a cue's speaker is, locally: the subject noun phrase of the cue as a span of the text."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .cues import Cue

if TYPE_CHECKING:
    import spacy.tokens

SUBJECT = ("nsubj", "nsubjpass")
_LEFT = frozenset({"det", "poss", "amod", "compound", "nmod", "nummod", "quantmod", "case", "predet"})
_RIGHT_PREPS = frozenset({"to", "of", "for", "at", "in"})
_RELATIVE = frozenset({"who", "that", "which", "whom"})
_PARTICIPLE = frozenset({"VBG", "VBN"})
_NOMINAL = frozenset({"PROPN", "NOUN", "PRON"})
_NP_WORDS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "PART", "NUM"})


@dataclass(frozen=True, slots=True)
class Mention:
    """A speaker's local mention: article offsets, its head token and the heads of its appositions."""

    start: int
    end: int
    head: spacy.tokens.Token
    offset: int  # article offset of the head's parse: a token's article offset is offset + token.idx
    appositions: tuple[spacy.tokens.Token, ...] = ()

    def at(self, token: spacy.tokens.Token) -> tuple[int, int]:
        """Article (start, end) of a token of the mention's parse."""
        return self.offset + token.idx, self.offset + token.idx + len(token.text)


def subject(token: spacy.tokens.Token, depth: int = 0) -> spacy.tokens.Token | None:
    """The speaker token of a cue: its subject or agent, the antecedent of 'who said', the subject of 'saying'."""
    kids = list(token.children)
    for c in kids:
        if c.dep_ == "agent":
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if objs:
                return objs[0]
    for c in kids:
        if c.dep_ in SUBJECT:
            if c.lower_ in _RELATIVE and token.dep_ == "relcl":
                return token.head
            return c
    if token.lower_ == "according":
        for c in kids:
            if c.dep_ == "prep":
                objs = [g for g in c.children if g.dep_ == "pobj"]
                if objs:
                    return objs[0]
    if depth < 3 and token.dep_ == "relcl" and token.head.pos_ in _NOMINAL:
        return token.head
    if depth < 3 and token.dep_ in ("advcl", "xcomp", "conj", "acl") and (token.tag_ in _PARTICIPLE
                                                                        or token.dep_ == "conj"):
        return subject(token.head, depth + 1)
    return None


def noun_phrase(head: spacy.tokens.Token) -> tuple[int, int]:
    """Character (start, end) in the parse of a speaker noun phrase: modifiers and 'to/of X' kept, clauses cut."""
    if head.pos_ == "PRON":
        return head.idx, head.idx + len(head.text)
    left = right = head
    for c in head.lefts:
        if c.dep_ in _LEFT:
            left = min(left, c.left_edge, key=lambda t: t.i)
    for c in head.rights:
        if c.i != right.i + 1:
            break
        if c.dep_ in ("compound", "flat", "case", "nummod"):
            right = c
        elif c.dep_ == "prep" and c.lower_ in _RIGHT_PREPS:
            last = c.right_edge
            cut = next((t for t in c.subtree if t.dep_ in ("relcl", "acl", "appos") or t.is_punct), None)
            if cut is not None and cut.i > c.i:
                last = head.doc[cut.i - 1]
            right = max(right, last, key=lambda t: t.i)
        else:
            break
    return left.idx, right.idx + len(right.text)


def appositions(head: spacy.tokens.Token) -> tuple[spacy.tokens.Token, ...]:
    """Tokens naming the same speaker: appositions either way, and conjuncts the parser made of appositions."""
    out = [c for c in head.children if c.dep_ == "appos"]
    if head.dep_ == "appos":
        out.append(head.head)
    out += [c for c in head.children if c.dep_ == "conj" and c.pos_ == "PROPN" and head.pos_ == "NOUN"]
    return tuple(out)


def adjacent(cue: Cue) -> spacy.tokens.Token | None:
    """A speaker read off the words around the cue when the parse gives none ('..., Alexander Kinshchak told')."""
    t = cue.token
    doc = t.doc
    i = t.i - 1
    while i >= 0 and doc[i].dep_ in ("aux", "auxpass", "neg", "advmod") and not doc[i].is_punct:
        i -= 1
    run = []
    while i >= 0 and doc[i].pos_ in _NP_WORDS and not doc[i].is_punct and len(run) < 8:
        run.append(doc[i])
        i -= 1
    nouns = [x for x in run if x.pos_ in ("PROPN", "NOUN")]
    if nouns and (i < 0 or doc[i].is_punct or doc[i].pos_ in ("CCONJ", "SCONJ")):
        return nouns[0]
    j = t.i + 1
    if j < len(doc) and doc[j].pos_ in _NOMINAL:
        k = j
        while k + 1 < len(doc) and doc[k + 1].pos_ == "PROPN":
            k += 1
        return doc[k]
    return None


def speaker_mention(cue: Cue) -> Mention | None:
    """The cue's speaker as a local mention (offsets in the article), or None."""
    head = subject(cue.token)
    if head is None or head.lower_ in ("it", "there") and cue.entry.kind != "according":
        head = adjacent(cue) or head
    if head is None:
        return None
    start, end = noun_phrase(head)
    return Mention(cue.offset + start, cue.offset + end, head, cue.offset, appositions(head))
