"""Who did what to whom: actor and recipient entity ids from the dependency roles around an event's anchor."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..body import body_start
from ..entities.labels import PLACE_LABELS
from . import syntax
from .lexicon import lemma_of
from .mentions import MentionIndex

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..doc import Doc
    from .frames import Frame

RECIPIENT_PREPS = {
    "ASSAULT": ("against", "on", "at", "upon"),
    "COERCE": ("against", "on", "at"),
    "SANCTION": ("against", "on", "with"),
    "THREATEN": ("against", "to", "on"),
    "AID": ("to", "for"),
    "COOPERATE": ("with", "to"),
    "SUPPORT": ("for", "to"),
    "CONSULT": ("with",),
    "REQUEST": ("from", "of"),
    "ACCUSE": ("against",),
    "PROTEST": ("against", "outside"),
    "AGREE": ("with",),
}
CO_ACTOR_VERBS = frozenset({"support", "back", "assist", "aid", "join", "accompany", "help", "arm"})
PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i", "its", "their", "his", "her", "our", "them"})
RELATIVES = frozenset({"which", "who", "that", "whom"})
CHAR = Callable[[int], tuple[int, int]]


def np_tokens(head: Token) -> list[Token]:
    """The tokens of a noun phrase: its subtree without relative clauses ("supported by X" agents kept) and
    without prepositional phrases other than "of" ("delegations of X and Y", not "militants in the area")."""
    out = []
    skip: set[int] = set()
    for c in head.children:
        if (c.dep_ in ("relcl", "acl") and not _co_actor_clause(c)) or (
                c.dep_ == "prep" and lemma_of(c) not in ("of", "including")):
            skip.update(t.i for t in c.subtree)
    for t in head.subtree:
        if t.i not in skip:
            out.append(t)
    return out


def _co_actor_clause(t: Token) -> bool:
    """A modifier naming an ally ("units supported by the Air Force", "which is backed by X")."""
    return lemma_of(t) in CO_ACTOR_VERBS and syntax.agent(t) is not None


def entities_in(tokens: list[Token], entities: MentionIndex, places: MentionIndex, doc: Doc,
                char: CHAR) -> list[str]:
    """Entity ids mentioned among the tokens, in order; towns and sites (places, not actors) left out."""
    if not tokens:
        return []
    ids: list[str] = []
    spans = sorted(char(t.i) for t in tokens)
    # contiguous runs keep out words of skipped clauses
    runs: list[list[int]] = []
    for s, e in spans:
        if runs and s <= runs[-1][1] + 1:
            runs[-1][1] = max(runs[-1][1], e)
        else:
            runs.append([s, e])
    for s, e in runs:
        for ms, me, eid in entities.inside(s, e):
            if eid not in ids and not _minor_place(doc, places, ms, me):
                ids.append(eid)
    return ids


def _minor_place(doc: Doc, places: MentionIndex, start: int, end: int) -> bool:
    """Whether a mention is a town, site or region (a place the event happens in, not a party to it)."""
    from .location import specificity

    for _, _, pid in places.overlapping(start, end):
        if specificity(doc.place(pid)) <= 3:
            return True
    return False


def actor_heads(f: Frame) -> list[Token]:
    """The words naming who acted: subject (agent when passive), a noun event's possessor, "between"."""
    a = f.anchor
    if a.pos_ in ("NOUN", "PROPN"):
        heads = [c for c in a.children if c.dep_ in ("poss", "compound") and c.pos_ in ("PROPN", "NOUN")
                 and c.i != f.trigger.i]
        for prep in syntax.children(a, "prep"):
            if lemma_of(prep) in ("between", "by",
                                  "among") or (lemma_of(prep) == "of" and f.type == "CONSULT"):
                heads += syntax.children(prep, "pobj")
        return heads
    if syntax.is_passive(a):
        ag = syntax.agent(a)
        return [ag] if ag is not None else []
    subj = syntax.subject(a)
    return [subj] if subj is not None else []


def recipient_heads(f: Frame) -> list[Token]:
    """The words naming whom the event was done to: the object, a passive subject, or a typed preposition."""
    a = f.anchor
    inner = f.inner.anchor if f.inner is not None else None
    heads: list[Token] = []
    if a.pos_ not in ("NOUN", "PROPN"):
        if syntax.is_passive(a):
            heads += syntax.children(a, "nsubjpass")
        heads += syntax.children(a, "dobj", "dative")
    preps = RECIPIENT_PREPS.get(f.type, ())
    for word in (a, inner, f.trigger if f.trigger.i != a.i else None):
        if word is None:
            continue
        for prep in syntax.children(word, "prep", "dative"):
            if lemma_of(prep) in preps:
                heads += syntax.children(prep, "pobj")
        if inner is not None and word.i == inner.i and inner.pos_ not in ("NOUN", "PROPN"):
            heads += syntax.children(word, "dobj")
    words = {f.trigger.i} | ({f.inner.trigger.i} if f.inner is not None else set())
    return [h for h in heads if h.pos_ in ("PROPN", "NOUN", "PRON") and h.i not in words]


def resolve_pronoun(head: Token, f: Frame) -> Token | None:
    """A relative pronoun is the noun its clause modifies ("Turkey, which backs the rebels"); a personal pronoun
    subject is most often the one who speaks ("Syria says it is willing")."""
    if lemma_of(head) in RELATIVES and head.head.dep_ == "relcl" and head.head.head.i != head.head.i:
        return head.head.head
    if lemma_of(head) not in PRONOUNS:
        return head
    if f.speech is not None:
        return syntax.subject(f.speech)
    return None


def head_phrase(head: Token) -> tuple[int, int]:
    """Token indices (first, last) of a noun with its left modifiers ("the Syrian government troops")."""
    first = head.i
    for c in head.lefts:
        if c.dep_ in ("det", "amod", "compound", "poss", "nummod", "nmod", "quantmod"):
            first = min(first, min(t.i for t in c.subtree))
    return first, head.i


def members(head: Token) -> list[Token]:
    """The nouns a phrase names parties by: the head, its conjuncts, and those of its "of" phrase."""
    out = [head]
    for c in head.children:
        if c.dep_ == "prep" and lemma_of(c) == "of":
            out += [g for g in c.children if g.dep_ == "pobj"]
    for t in list(out):
        out += [c for c in t.conjuncts if c.i > t.i and c.pos_ in ("NOUN", "PROPN")]
    return out


_OPENERS = {"(": ")", "[": "]"}


def gloss_owner(head: Token, doc: Doc, entities: MentionIndex, char: CHAR) -> str | None:
    """The entity a bracketed gloss describes when the word lies inside one: "Nusra [Syrian branch of
    al-Qaeda] made up a coalition" is Nusra, whatever the parse made of the brackets. Not a bracket that holds
    its own clause ("Kharkiv (Ukrainian forces later counterattacked)"), nor one after a place."""
    at = char(head.i)[0]
    opened = _opening_bracket(doc.text, at)
    if opened is None:
        return None
    closed = doc.text.find(_OPENERS[doc.text[opened]], at, at + 300)
    verb = syntax.clause_head(head)
    if closed < 0 or verb.pos_ in ("VERB", "AUX") and opened < char(verb.i)[0] < closed:
        return None
    end = opened
    while end > 0 and doc.text[end - 1] in " \t\u00a0":
        end -= 1
    owners = [m for m in entities.overlapping(end - 1, end) if m[1] == end]
    if not owners:
        return None
    owner = doc.entity(owners[-1][2])
    return owner.id if owner is not None and owner.type not in PLACE_LABELS else None


def _opening_bracket(text: str, at: int) -> int | None:
    """The offset of the unclosed bracket before `at` on its line (within 200 characters), or None."""
    depth: dict[str, int] = {}
    for i in range(at - 1, max(0, at - 200) - 1, -1):
        c = text[i]
        if c == "\n":
            return None
        if c in _OPENERS.values():
            depth[c] = depth.get(c, 0) + 1
        elif c in _OPENERS:
            if depth.get(_OPENERS[c], 0):
                depth[_OPENERS[c]] -= 1
            else:
                return i
    return None


def _whose(doc: Doc, start: int, end: int, entity_id: str) -> bool:
    """Whether a mention inside a party's phrase only says whose the party is: a demonym ("Nigerian police") or
    a country's possessive ("Ukraine's air force")."""
    x = doc.entity(entity_id)
    if x is None:
        return False
    return x.type == "NORP" or x.type == "GPE" and doc.text[end:end + 2] in ("'s", "’s")


def party(head: Token, doc: Doc, entities: MentionIndex, places: MentionIndex, char: CHAR,
          owner_country: str | None = None) -> list[str]:
    """Entity ids a noun phrase names; generic members ("government troops", "the armed opposition") become
    entities on request (of `owner_country` for "its forces"); a gloss in brackets names the entity before it."""
    owner = gloss_owner(head, doc, entities, char)
    if owner is not None:
        return [owner]
    ids = entities_in(np_tokens(head), entities, places, doc, char)
    from ..entities.generic import add_generic_actor

    body = body_start(doc)
    for m in members(head):
        if m.pos_ != "NOUN":
            continue
        first, last = head_phrase(m)
        s, e = char(first)[0], char(last)[1]
        if e > body:  # not the dateline: 'LAGOS - Nigerian police'
            s = max(s, body)
        while s < e and doc.text[s].isspace():
            s += 1
        over = entities.overlapping(s, e)
        inside = {eid for _, _, eid in over}
        if not all(_whose(doc, ms, me, eid) for ms, me, eid in over):
            continue  # a name in the phrase is the party; a demonym or a country's possessive only says whose
        entity = add_generic_actor(doc, doc.span(s, e), owner_country if _owned(m) else None)
        if entity is not None:
            ids = [i for i in ids if i not in inside]
            if entity.id not in ids:
                ids.append(entity.id)
    return ids


def left_neighbour(f: Frame, doc: Doc, entities: MentionIndex, places: MentionIndex, char: CHAR) -> list[str]:
    """When the parse gives a verb no subject, the entity named just before it ("the IS attacked")."""
    sent = f.anchor.sent
    start = sent.start
    for t in sent:
        if t.i >= f.anchor.i:
            break
        if t.text in (",", ";", ":") or t.dep_ == "mark":
            start = t.i + 1
    if start >= f.anchor.i:
        return []
    s, e = char(start)[0], char(f.anchor.i - 1)[1]
    found = [m for m in entities.inside(s, e) if not _minor_place(doc, places, m[0], m[1])]
    return [found[-1][2]] if found else []


def _owned(token: Token) -> bool:
    """Whether a noun is owned by a possessive pronoun ("its forces", "their troops")."""
    return any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in token.children)


def speaker_country(f: Frame, doc: Doc, entities: MentionIndex, places: MentionIndex, char: CHAR) -> str | None:
    """The country of whoever reports the frame ("Russia's defence ministry said its forces ..."), or None."""
    if f.speech is None:
        return None
    who = syntax.subject(f.speech)
    if who is None or lemma_of(who) in PRONOUNS:
        return None
    for eid in entities_in(np_tokens(who), entities, places, doc, char):
        x = doc.entity(eid)
        if x is not None and x.country:
            return x.country
    return None


def actors_and_recipients(f: Frame, doc: Doc, entities: MentionIndex, places: MentionIndex,
                          char: CHAR) -> tuple[list[str], list[str]]:
    """Entity ids of the actors and the recipients of a frame."""
    actors: list[str] = []
    heads = actor_heads(f)
    for h in heads:
        h2 = resolve_pronoun(h, f)
        if h2 is not None:
            owner = speaker_country(f, doc, entities, places, char) if _owned(h2) else None
            actors += [e for e in party(h2, doc, entities, places, char, owner) if e not in actors]
    if not heads and f.anchor.pos_ == "VERB" and not syntax.children(f.anchor, "nsubjpass", "agent"):
        actors = left_neighbour(f, doc, entities, places, char)
    recipients: list[str] = []
    for h in recipient_heads(f):
        h2 = resolve_pronoun(h, f)
        if h2 is not None:
            recipients += [e for e in party(h2, doc, entities, places, char)
                           if e not in recipients and e not in actors]
    return actors, recipients
