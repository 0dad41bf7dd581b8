"""Small readings of a spaCy dependency parse for event coding: subjects, objects, auxiliaries, clauses."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import lemma_of, roles_for

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")
OBJECTS = ("dobj", "attr", "oprd", "dative")
CLAUSAL = ("ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp", "parataxis", "csubj")
NEGATORS = frozenset({"not", "n't", "never", "no", "nor", "neither"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})


def children(token: Token, *deps: str) -> list[Token]:
    """The token's children with one of these dependency labels."""
    return [c for c in token.children if c.dep_ in deps]


def clause_head(token: Token) -> Token:
    """The verb whose clause a word belongs to (the word itself for verbs; a noun's governing verb)."""
    t = token
    for _ in range(12):
        if t.pos_ in ("VERB", "AUX") or t.dep_ in ("ROOT", *CLAUSAL) or t.head.i == t.i:
            return t
        t = t.head
    return t


def subject(token: Token) -> Token | None:
    """The subject of a verb, inherited from the first conjunct or the controlling verb when it has none."""
    t = token
    for _ in range(6):
        subs = children(t, "nsubj", "nsubjpass", "csubj")
        if subs:
            return subs[0]
        if t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
        elif t.dep_ in ("xcomp", "acomp") and t.head.i != t.i:
            t = t.head
        elif t.dep_ in ("acl", "relcl") and t.head.i != t.i:
            return t.head if t.dep_ == "acl" else _relative_antecedent(t)
        else:
            return None
    return None


def _relative_antecedent(token: Token) -> Token | None:
    """The noun a relative clause modifies ("rebels who overran it" -> rebels)."""
    return token.head if token.head.i != token.i else None


def agent(token: Token) -> Token | None:
    """The agent of a passive verb ("attacked by militiamen" -> militiamen)."""
    for prep in children(token, "agent"):
        objs = children(prep, "pobj")
        if objs:
            return objs[0]
    return None


def is_passive(token: Token) -> bool:
    """Whether a verb is passive (has a passive subject or auxiliary)."""
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children) or (
        token.tag_ == "VBN" and token.dep_ in ("acl",))


def auxiliaries(token: Token) -> list[Token]:
    """The auxiliaries of a verb, with those of its conjunct head and its controlling adjective or verb."""
    out = children(token, "aux", "auxpass")
    if token.dep_ == "conj" and not out and token.head.i != token.i:
        out = children(token.head, "aux", "auxpass")
    if token.dep_ in ("xcomp", "acomp") and token.head.i != token.i:
        out += [a for a in children(token.head, "aux", "auxpass")]
    return out


def negated(token: Token) -> bool:
    """Whether the word is negated ("did not attack", "no talks", "never met")."""
    return any(c.dep_ == "neg" or (c.dep_ == "det" and lemma_of(c) == "no") for c in token.children)


def aux_roles(token: Token) -> set[str]:
    """Frame roles of the verb's auxiliaries ("modal" for must/should, "maybe" for may/might/could)."""
    out: set[str] = set()
    for a in auxiliaries(token):
        out.update(roles_for(a))
    return out


def future(token: Token) -> bool:
    """Whether a verb is in the future ("will meet", "is going to strike", "would", reported)."""
    lemmas = {lemma_of(a) for a in auxiliaries(token)} | {a.text.lower() for a in auxiliaries(token)}
    if lemmas & FUTURE_AUX:
        return True
    head = token.head
    if token.dep_ == "xcomp" and head.i != token.i and head.text.lower() == "going":
        return True
    return False


def would(token: Token) -> bool:
    """Whether the verb carries "would" (future in reported speech, else conditional)."""
    return any(a.text.lower() in ("would", "'d") for a in auxiliaries(token))


def progressive(token: Token) -> bool:
    """Whether a verb is in a progressive form ("is making", "were taking place", "are retreating")."""
    return token.tag_ == "VBG" and any(lemma_of(a) == "be" for a in auxiliaries(token))


def present(token: Token) -> bool:
    """Whether the verb's finite part is in the present tense."""
    finite = [a for a in auxiliaries(token) if a.tag_ in ("VBZ", "VBP", "MD")]
    if finite:
        return any(a.tag_ in ("VBZ", "VBP") for a in finite)
    return token.tag_ in ("VBZ", "VBP")


def past(token: Token) -> bool:
    """Whether the verb is in a past form (simple past, perfect, or a past auxiliary)."""
    if token.tag_ == "VBD":
        return True
    return any(a.tag_ == "VBD" or lemma_of(a) == "have" for a in auxiliaries(token))


def perfect_past(token: Token) -> bool:
    """Whether the verb is in the past perfect ("had destroyed")."""
    return any(a.text.lower() in ("had", "'d") and a.tag_ == "VBD" for a in auxiliaries(token))


def reporting_verb(token: Token) -> Token | None:
    """The speech verb whose report contains this word ("X, the ambassador told TASS" -> told), or None.

    A parse may hang "..., the ambassador told TASS" under the report instead of above it: a speech verb
    closing the sentence as a clause of the root reports the root's clause too.
    """
    t = token
    for _ in range(12):
        if t.head.i == t.i:
            break
        if t.dep_ in ("ccomp", "parataxis", "xcomp", "advcl", "conj",
                      "dobj") and "speech" in roles_for(t.head):
            return t.head
        if t.dep_ in ("relcl", "acl") and t.i != token.i:
            return None
        t = t.head
    if t.head.i == t.i and t.i != token.i or t.dep_ == "ROOT":
        for c in t.children:
            if c.dep_ in ("ccomp", "parataxis", "advcl") and c.i > token.i and "speech" in roles_for(c) \
                    and not any(g.dep_ in ("ccomp", "xcomp") for g in c.children):
                return c
    return None


def sentence_tokens(sent: SpacySpan) -> range:
    """The document indices of a sentence's tokens."""
    return range(sent.start, sent.end)
