"""The packaged event lexicons (triggers.tsv, frames.tsv): loading them, matching words in context."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from .labels import PLOVER_TYPES

if TYPE_CHECKING:
    from spacy.tokens import Token

RESOURCE = "dateline.resources.events"
KEYS = frozenset({"prt", "prep", "obj", "pobj", "mod", "subj", "head", "near"})
ROLES = frozenset({"speech", "support", "undo", "threaten", "commit", "refuse", "demand", "accuse", "deny",
                   "intend", "attempt", "order", "helpv", "modal", "maybe", "prevent"})


@dataclass(frozen=True, slots=True)
class Condition:
    """One context test: a word in relation `key` to the token has a lemma in `values` (none has, negated)."""

    key: str
    values: frozenset[str]
    negated: bool = False


@dataclass(frozen=True, slots=True)
class Cue:
    """A trigger: this lemma and part of speech can name an event of `type` (with `weight` and `mode`)."""

    lemma: str
    pos: str
    type: str
    weight: float
    mode: str | None
    needs: tuple[Condition, ...]


@dataclass(frozen=True, slots=True)
class Role:
    """A frame word: how this lemma combines with the event it governs (see frames.tsv)."""

    lemma: str
    pos: str
    role: str
    needs: tuple[Condition, ...]


def parse_needs(text: str) -> tuple[Condition, ...]:
    """Conditions from the needs column: "-" or key=a|b joined by "&", "!" negating a key.

    A value list may switch key part-way ("prep=for|on|prt=for") to give alternatives across keys; all
    alternatives of one "&" group form one condition group, so they are returned with the same key order.
    """
    if text in ("", "-"):
        return ()
    out = []
    for part in text.split("&"):
        negated = part.startswith("!")
        part = part.lstrip("!")
        key, _, values = part.partition("=")
        if key not in KEYS or not values:
            raise ValueError(f"bad condition {part!r}")
        # "prep=for|on|prt=for" -> prep in {for, on} OR prt in {for}: encode as one key "prep|prt"
        keys, vals = [key], set()
        for v in values.split("|"):
            if "=" in v:
                k2, _, v = v.partition("=")
                if k2 not in KEYS:
                    raise ValueError(f"bad condition key {k2!r}")
                keys.append(k2)
            vals.add(v.lower())
        out.append(Condition("|".join(dict.fromkeys(keys)), frozenset(vals), negated))
    return tuple(out)


def _rows(name: str) -> list[list[str]]:
    """The tab-separated rows of a packaged lexicon file, comments and blank lines skipped."""
    text = resources.files(RESOURCE).joinpath(name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def triggers() -> dict[tuple[str, str], tuple[Cue, ...]]:
    """(lemma, pos class) -> the cues of that word, from triggers.tsv."""
    out: dict[tuple[str, str], list[Cue]] = {}
    for row in _rows("triggers.tsv"):
        lemma, pos, type_, weight, mode, needs = (row + ["-"] * 6)[:6]
        if type_ not in PLOVER_TYPES:
            raise ValueError(f"triggers.tsv: unknown type {type_!r} for {lemma!r}")
        for p in pos:
            cue = Cue(lemma, p, type_, float(weight), None if mode == "-" else mode, parse_needs(needs))
            out.setdefault((lemma, p), []).append(cue)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def frame_roles() -> dict[tuple[str, str], tuple[Role, ...]]:
    """(lemma, pos class) -> the frame roles of that word, from frames.tsv."""
    out: dict[tuple[str, str], list[Role]] = {}
    for row in _rows("frames.tsv"):
        lemma, pos, role, needs = (row + ["-"] * 4)[:4]
        if role not in ROLES:
            raise ValueError(f"frames.tsv: unknown role {role!r} for {lemma!r}")
        for p in pos:
            out.setdefault((lemma, p), []).append(Role(lemma, p, role, parse_needs(needs)))
    return {k: tuple(v) for k, v in out.items()}


def pos_class(token: Token) -> str:
    """V, N or A for verbs, nouns and adjectives; "" for the rest."""
    pos = token.pos_
    if pos in ("VERB", "AUX"):
        return "V"
    if pos in ("NOUN", "PROPN"):
        return "N"
    if pos == "ADJ":
        return "A"
    return ""


def lemma_of(token: Token) -> str:
    """The lower-cased lemma (the model's lemma, else the word)."""
    return (token.lemma_ or token.text).lower()


def related(token: Token, key: str) -> list[str]:
    """Lemmas of the words in relation `key` to the token."""
    if key == "prt":
        return [lemma_of(c) for c in token.children if c.dep_ == "prt"]
    if key == "prep":
        return [lemma_of(c) for c in token.children if c.dep_ in ("prep", "prt", "agent", "dative")]
    if key == "obj":
        objs = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass", "attr", "oprd")]
        # "a stash of weapons", "a large amount of ammunition": the object is what the quantity is of
        objs += [g for o in objs for p in o.children if p.dep_ == "prep" and lemma_of(p) == "of"
                 for g in p.children if g.dep_ == "pobj"]
        return [lemma_of(c) for c in objs]
    if key == "pobj":
        return [lemma_of(g) for c in token.children if c.dep_ in ("prep", "prt", "agent")
                for g in c.children if g.dep_ in ("pobj", "pcomp")]
    if key == "mod":
        out = [lemma_of(c) for c in token.children if c.dep_ in ("compound", "amod", "nmod", "npadvmod",
                                                                 "nummod")]
        if token.i > 0:
            prev = token.nbor(-1)
            if prev.text == "-" and prev.i > 0:
                prev = prev.nbor(-1)
            out.append(lemma_of(prev))
        return out
    if key == "subj":
        return [lemma_of(c) for c in token.children if c.dep_ in ("nsubj", "nsubjpass")] + (
            [lemma_of(token.head)] if token.dep_ in ("acl", "relcl") and token.head.i != token.i else [])
    if key == "head":
        return [lemma_of(token.head)] if token.head.i != token.i else []
    if key == "near":
        doc = token.doc
        lo, hi = max(0, token.i - 3), min(len(doc), token.i + 4)
        return [lemma_of(doc[j]) for j in range(lo, hi) if j != token.i]
    return []


def holds(token: Token, cond: Condition) -> bool:
    """Whether the token's context satisfies one condition."""
    found = any(v in cond.values for key in cond.key.split("|") for v in related(token, key))
    return found != cond.negated


def satisfied(token: Token, needs: tuple[Condition, ...]) -> bool:
    """Whether every condition holds."""
    return all(holds(token, c) for c in needs)


def cues_for(token: Token) -> tuple[Cue, ...]:
    """The cues that apply to a token: conditions holding, conditioned cues outranking bare ones."""
    cands = triggers().get((lemma_of(token), pos_class(token)))
    if not cands:
        return ()
    fitting = [c for c in cands if satisfied(token, c.needs)]
    positive = [c for c in fitting if any(not n.negated for n in c.needs)]
    return tuple(positive or fitting)


def roles_for(token: Token) -> tuple[str, ...]:
    """The frame roles that apply to a token (conditions checked)."""
    cands = frame_roles().get((lemma_of(token), pos_class(token)))
    if not cands:
        return ()
    return tuple(dict.fromkeys(r.role for r in cands if satisfied(token, r.needs)))
