"""Sparse features of a candidate event for the linear typer: trigger, dependency context, clause."""

from __future__ import annotations

import zlib
from typing import TYPE_CHECKING

from . import syntax
from .frames import Frame, depth
from .lexicon import lemma_of

if TYPE_CHECKING:
    from spacy.tokens import Token

CONTENT = frozenset({"NOUN", "VERB", "ADJ", "PROPN", "ADV"})
CONTEXT_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "prt", "xcomp", "ccomp", "agent", "acomp", "attr",
                          "compound",
                          "amod", "dative", "neg", "poss", "advmod", "npadvmod", "oprd"})
Feature = tuple[str, float]


def _word(t: Token) -> str:
    """A word for features: the lemma, named entities by their label."""
    if t.ent_type_ in ("PERSON", "GPE", "ORG", "NORP", "LOC", "FAC") and t.pos_ == "PROPN":
        return f"<{t.ent_type_}>"
    return lemma_of(t)


def _context(prefix: str, t: Token) -> list[Feature]:
    """The dependency context of a word: children by relation, prepositions with objects, its head."""
    out: list[Feature] = []
    for c in t.children:
        if c.dep_ in CONTEXT_DEPS:
            out.append((f"{prefix}{c.dep_}={_word(c)}", 1.0))
            if c.ent_type_:
                out.append((f"{prefix}{c.dep_}.ent={c.ent_type_}", 1.0))
        elif c.dep_ in ("prep", "agent"):
            objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
            out.append((f"{prefix}prep={lemma_of(c)}", 1.0))
            for g in objs:
                out.append((f"{prefix}prep:{lemma_of(c)}={_word(g)}", 1.0))
        elif c.dep_ == "aux":
            out.append((f"{prefix}aux={lemma_of(c)}", 1.0))
    if t.head.i != t.i:
        out.append((f"{prefix}head={t.dep_}:{lemma_of(t.head)}", 1.0))
    return out


def frame_features(f: Frame, clause: list[Token]) -> list[Feature]:
    """The features of one frame given its clause tokens."""
    trig, anchor = f.trigger, f.anchor
    tl = lemma_of(trig)
    out: list[Feature] = [("bias", 1.0), (f"t={tl}", 1.0), (f"tp={tl}/{trig.pos_}", 1.0),
                          (f"tag={trig.tag_}", 1.0),
                          (f"dep={anchor.dep_}", 1.0), (f"depth={min(depth(f), 3)}", 1.0)]
    if anchor.i != trig.i:
        out.append((f"a={lemma_of(anchor)}", 1.0))
        out.append((f"t+a={tl}+{lemma_of(anchor)}", 1.0))
    for t, w in f.scores.items():
        out.append((f"prior={t}", w))
    out.append((f"top={f.type}", 1.0))
    if f.mode:
        out.append((f"mode={f.mode}", 1.0))
    for v in f.via:
        role, _, word = v.partition(":")
        out.append((f"via={role}", 1.0))
        out.append((f"via={v}", 1.0))
    if f.inner is not None:
        out.append((f"inner={f.inner.type}", 1.0))
        out.append((f"inner.t={lemma_of(f.inner.trigger)}", 1.0))
        out += _context("i.", f.inner.anchor)
    for flag in ("embedded", "maybe", "negated", "future"):
        if getattr(f, flag):
            out.append((flag, 1.0))
    if f.speech is not None:
        out.append(("reported", 1.0))
    out += _context("c.", trig)
    if anchor.i != trig.i:
        out += _context("ac.", anchor)
    subj = syntax.subject(anchor) if anchor.pos_ in ("VERB", "AUX") else None
    if subj is not None:
        out.append((f"subj={_word(subj)}", 1.0))
        for c in subj.children:
            if c.dep_ in ("compound", "amod"):
                out.append((f"subj.mod={lemma_of(c)}", 1.0))
    words = [lemma_of(t) for t in clause if t.pos_ in CONTENT and not t.is_stop]
    if words:
        w = 1.0 / len(words) ** 0.5
        out += [(f"w={x}", w) for x in dict.fromkeys(words)]
        out += [(f"t&w={tl}&{x}", w) for x in dict.fromkeys(words) if x != tl]
    return out


def hashed(features: list[Feature], dims: int) -> tuple[list[int], list[float]]:
    """Feature names hashed (CRC32, stable across processes) into [0, dims), values summed per index."""
    acc: dict[int, float] = {}
    for name, value in features:
        i = zlib.crc32(name.encode("utf-8")) % dims
        acc[i] = acc.get(i, 0.0) + value
    return list(acc), list(acc.values())
