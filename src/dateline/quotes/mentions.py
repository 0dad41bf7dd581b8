"""Who a cue's speaker is, locally: the subject noun phrase of the cue as a span of the text."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .cues import Cue, is_speech

if TYPE_CHECKING:
    import spacy.tokens

SUBJECT = ("nsubj", "nsubjpass")
_LEFT = frozenset({"det", "poss", "amod", "compound", "nmod", "nummod", "quantmod", "case", "predet"})
_RIGHT_PREPS = frozenset({"to", "of", "for", "at", "in"})
_RELATIVE = frozenset({"who", "that", "which", "whom"})
_PARTICIPLE = frozenset({"VBG", "VBN"})
_NOMINAL = frozenset({"PROPN", "NOUN", "PRON"})
_NP_WORDS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "PART", "NUM"})
_CLIMB = frozenset({"advcl", "xcomp", "conj", "acl", "pcomp", "prep"})
_NOT_SPEAKERS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})
_EXPLETIVE = frozenset({"it", "there"})


@dataclass(frozen=True, slots=True)
class Mention:
    """A speaker's local mention: article offsets, its head token and the words that name the same speaker."""

    start: int
    end: int
    head: spacy.tokens.Token
    offset: int  # article offset of the head's parse: a token's article offset is offset + token.idx
    appositions: tuple[spacy.tokens.Token, ...] = ()
    antecedent: spacy.tokens.Token | None = None  # what 'who' in 'Obama, who said' stands for

    def at(self, token: spacy.tokens.Token) -> tuple[int, int]:
        """Article (start, end) of a token of the mention's parse."""
        return self.offset + token.idx, self.offset + token.idx + len(token.text)


def _pobj(token: spacy.tokens.Token, dep: str) -> spacy.tokens.Token | None:
    """The object of the token's first child with this dependency ('by X', 'to X')."""
    for c in token.children:
        if c.dep_ == dep:
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    return None


def _climbs(token: spacy.tokens.Token) -> bool:
    """True for a cue that takes its speaker from the clause it hangs on ('..., saying', 'and added')."""
    return token.dep_ in _CLIMB and (token.tag_ in _PARTICIPLE or token.dep_ in ("conj", "prep", "pcomp"))


def subjects(token: spacy.tokens.Token, depth: int = 0) -> list[spacy.tokens.Token]:
    """Candidate speaker tokens of a cue, best first: agent, subject, 'who', the subject of the clause climbed to."""
    if token.lower_ == "according":
        found = _pobj(token, "prep")
        return [found] if found is not None else []
    out: list[spacy.tokens.Token] = []
    if depth == 0:
        agent = _pobj(token, "agent")  # 'was told by X' names the speaker; when climbing, the subject does
        if agent is not None:
            out.append(agent)
    own = [c for c in token.children if c.dep_ in SUBJECT]
    participle = token.tag_ == "VBG" and _climbs(token)
    if not participle:
        out += own
    if depth < 3 and token.dep_ == "relcl" and token.head.pos_ in _NOMINAL:
        out.append(token.head)
    if depth < 3 and token.dep_ == "conj" and token.pos_ == "VERB":
        # 'Officials said the bridge was closed and added that ...': 'added' hangs on 'closed' but shares the
        # subject of the verb of saying above it.
        up = token.head
        while up.head.i != up.i and not is_speech(up):
            up = up.head
        if is_speech(up) and up.i != token.i:
            out += subjects(up, depth + 1)
    if depth < 3 and token.pos_ == "NOUN" and token.dep_ in ("pobj", "dobj"):
        # 'said in a statement that ...', 'issued a statement saying': the statement's author speaks.
        verb = token.head.head if token.dep_ == "pobj" else token.head
        if verb.pos_ in ("VERB", "AUX"):
            out += subjects(verb, depth + 1)
    if depth < 3 and _climbs(token):
        out += subjects(token.head, depth + 1)
    if participle:
        out += own  # a participle's own 'subject' is usually a misparse of what follows it
    return out


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
    after = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    if after is not None and head.pos_ == "NOUN" and after.pos_ == "PROPN" and after.dep_ == head.dep_ and \
            after.head.i == head.head.i != head.i:
        out.append(after)  # 'the state news agency SANA said': the parser made two subjects of one
    return tuple(out)


def _speaker_word(token: spacy.tokens.Token) -> bool:
    """True for a noun or pronoun that can name a speaker (not a date, number or expletive 'it')."""
    return token.pos_ in _NOMINAL and token.ent_type_ not in _NOT_SPEAKERS and token.lower_ != "there"


def phrase_head(token: spacy.tokens.Token) -> spacy.tokens.Token:
    """The head of the noun phrase a word opens ('the Russian ambassador' from 'the' or 'Russian')."""
    while token.dep_ in _LEFT and token.head.i > token.i and token.head.i - token.i < 6:
        token = token.head
    return token


def first_phrase(tokens: list[spacy.tokens.Token]) -> spacy.tokens.Token | None:
    """The head of the first noun phrase among the tokens ('Miller, a retired worker, said' gives Miller)."""
    for t in tokens:
        if t.is_punct or t.is_space:
            continue
        return phrase_head(t) if _speaker_word(phrase_head(t)) else None
    return None


def last_name(tokens: list[spacy.tokens.Token]) -> spacy.tokens.Token | None:
    """The last word of the last person's name among the tokens ('WHO representative Ana Tembe' gives Tembe).

    Between a closing quote mark and its verb the parser often mistakes titles and acronyms for the subject;
    the named-entity tags are steadier there.
    """
    for t in reversed(tokens):
        if t.ent_type_ == "PERSON" and t.pos_ == "PROPN":
            return t
    return None


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
    nouns = [x for x in run if _speaker_word(x)]
    if nouns and (i < 0 or doc[i].is_punct or doc[i].pos_ in ("CCONJ", "SCONJ")):
        return nouns[0]
    j = t.i + 1
    if cue.entry.speech and j < len(doc) and _speaker_word(doc[j]):
        # '..., said Victor Cha, who ...': an inverted subject closes the clause; 'called Trump's plan' does not.
        k = j
        while k + 1 < len(doc) and doc[k + 1].pos_ == "PROPN":
            k += 1
        if k + 1 >= len(doc) or doc[k + 1].is_punct:
            return doc[k]
    return None


def mention_of(head: spacy.tokens.Token, offset: int) -> Mention:
    """The Mention a speaker head token makes ('who' keeps its antecedent for resolution)."""
    if head.lower_ in _RELATIVE and head.dep_ in SUBJECT and head.head.dep_ == "relcl":
        return Mention(offset + head.idx, offset + head.idx + len(head.text), head, offset,
                       antecedent=head.head.head)
    start, end = noun_phrase(head)
    return Mention(offset + start, offset + end, head, offset, appositions(head))


_LEAD_PUNCT = frozenset(",;:-—–―\"“”'‘’()[]")


def speaker_mention(cue: Cue, lo: int = 0, hi: int | None = None) -> Mention | None:
    """The cue's speaker as a local mention lying within [lo, hi) of the article, or None."""
    def fits(head: spacy.tokens.Token | None) -> bool:
        if head is None or (head.lower_ in _EXPLETIVE and (head.dep_ == "nsubjpass" or head.lower_ == "there")):
            return False  # 'it was announced that': no speaker; 'it reads' (a document) is one
        start = cue.offset + head.idx
        return lo <= start and (hi is None or start < hi)

    tail: list[spacy.tokens.Token | None] = []
    if _climbs(cue.token):
        root = cue.token
        while root.head.i != root.i:  # the parse may hang '..., telling the crowd, "..."' on a quoted verb
            root = root.head
        tail = [c for c in root.children if c.dep_ in SUBJECT and c.i < cue.token.i]
    for head in [*subjects(cue.token), adjacent(cue), *tail]:
        if head is not None and fits(head):
            found = mention_of(head, cue.offset)
            if found.start < lo:  # modifiers reaching back into the dateline ('LAGOS - Nigerian police')
                text, at = head.doc.text, lo - cue.offset
                while at < len(text) and (text[at].isspace() or text[at] in _LEAD_PUNCT):
                    at += 1
                found = replace(found, start=min(cue.offset + at, found.end))
            return found
    return None
