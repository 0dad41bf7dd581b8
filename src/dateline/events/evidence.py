"""The evidence of an event: the clause around its anchor, as character offsets into the parsed text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import roles_for

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .frames import Frame

EDGE_DEPS = frozenset({"punct", "cc", "mark"})
CUT_DEPS = frozenset({"parataxis", "ccomp", "advcl", "conj"})


def clause_tokens(f: Frame, anchors: set[int]) -> list[Token]:
    """The frame's clause: its anchor's subtree without other events' clauses and the "X said"."""
    anchor = f.anchor
    root = anchor
    if anchor.pos_ in ("NOUN", "PROPN") and anchor.dep_ == "pobj" and anchor.head.dep_ == "prep":
        root = anchor.head  # "after the meeting of ..." keeps its preposition
    elif anchor.dep_ == "acomp" and anchor.head.i != anchor.i:
        root = anchor.head  # "it is willing to withdraw": the clause of "is"
    dropped: set[int] = set()
    for c in root.children:
        if c.dep_ == "conj" and c.i in anchors:
            dropped.update(t.i for t in c.subtree)
        elif c.dep_ in CUT_DEPS and "speech" in roles_for(c):
            dropped.update(t.i for t in c.subtree)
        elif c.dep_ == "cc" and any(s.dep_ == "conj" and s.i in anchors for s in root.children):
            dropped.add(c.i)
    toks = [t for t in root.subtree if t.i not in dropped]
    # keep the contiguous run around the anchor (a subtree with a hole is cut at the hole)
    idx = sorted(t.i for t in toks)
    pos = idx.index(root.i) if root.i in idx else 0
    lo = hi = pos
    while lo > 0 and idx[lo - 1] == idx[lo] - 1:
        lo -= 1
    while hi < len(idx) - 1 and idx[hi + 1] == idx[hi] + 1:
        hi += 1
    keep = set(idx[lo:hi + 1])
    doc = anchor.doc
    if anchor.dep_ == "conj" and anchor.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in anchor.children):
        subj = next((c for c in anchor.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.i < anchor.i:  # "Jihadists are suffering losses and are retreating"
            keep |= set(range(min(t.i for t in subj.subtree), min(keep)))
    out = [doc[i] for i in sorted(keep)]
    while out and (out[0].dep_ in EDGE_DEPS or out[0].is_punct) and out[0].i != anchor.i:
        out.pop(0)
    while out and (out[-1].dep_ in EDGE_DEPS or out[-1].is_punct) and out[-1].i != anchor.i:
        if out[-1].text in (".", "!", "?") and len(out) > 1 and out[-1].i == out[-1].sent.end - 1:
            break
        out.pop()
    return out or [anchor]


def clause_chars(f: Frame, anchors: set[int]) -> tuple[int, int]:
    """(start, end) character offsets of the frame's clause in its parse."""
    toks = clause_tokens(f, anchors)
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)
