"""What a cue reports: the content span of indirect speech, read from the dependency parse."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .cues import CLAUSE, NOUN_CLAUSE, OBJECT, Cue, lookup

if TYPE_CHECKING:
    import spacy.tokens

# Characters trimmed from the edges of a content span (quote marks stay: they belong to partial quotes).
_EDGE = " \t\n\r\u00a0,;:-–—"
_CONJUNCTIONS = ("and", "but", "or")
_CLOSERS = ('"', "”", "'", "’", "»")
_LEAD_WORDS = frozenset({"that"})


def _bounds(tokens: list[spacy.tokens.Token]) -> tuple[int, int] | None:
    """Character (start, end) within the parse covering the tokens, or None when empty."""
    if not tokens:
        return None
    first, last = min(tokens, key=lambda t: t.i), max(tokens, key=lambda t: t.i)
    return first.idx, last.idx + len(last.text)


def sentence_bounds(token: spacy.tokens.Token) -> tuple[spacy.tokens.Token, spacy.tokens.Token]:
    """First and last token of the token's sentence (Token.sent is slow: it walks every sentence)."""
    root = token
    while root.head.i != root.i:
        root = root.head
    return root.left_edge, root.right_edge


def _subtree(token: spacy.tokens.Token) -> tuple[int, int]:
    """Character (start, end) within the parse of a token's subtree."""
    return token.left_edge.idx, token.right_edge.idx + len(token.right_edge.text)


def clause(cue: Cue) -> tuple[int, int] | None:
    """The clausal complement (said that ..., promised to ...), 'that' dropped."""
    t = cue.token
    deps = NOUN_CLAUSE if t.pos_ == "NOUN" else CLAUSE
    kids = [c for c in t.children if c.dep_ == "ccomp"] or [c for c in t.children if c.dep_ in deps]
    if not kids:
        return None
    start, end = _subtree(kids[0])
    for c in kids[0].children:
        # 'said the bridge was closed and added that ...': the parser hangs the second cue on the first report.
        if c.dep_ == "conj" and c.i > kids[0].i and c.pos_ == "VERB" and lookup(c) is not None:
            end = min(end, c.left_edge.idx)
    first = kids[0].left_edge
    if first.lower_ in _LEAD_WORDS and first.dep_ == "mark":
        start = first.idx + len(first.text)
    return start, end


def inverted(cue: Cue) -> tuple[int, int] | None:
    """Inverted order ('content, the minister said'): the head clause up to where the cue's phrase begins;
    interposed ('content, he said, more content'): the whole head clause."""
    t = cue.token
    head = t.head
    if head.i > t.i:  # interposed: 'Many of the closures, he said, have involved ...' reports the whole clause
        last = head.right_edge
        while last.i > head.i and last.is_punct and last.text not in _CLOSERS:
            last = last.doc[last.i - 1]
        return head.left_edge.idx, last.idx + len(last.text)
    start = head.left_edge.idx
    end = t.left_edge.idx
    return (start, end) if start < end else None


def objects(cue: Cue, preps: frozenset[str]) -> tuple[int, int] | None:
    """The object (criticised the plan), with a following predicate or listed preposition (accused X of Y)."""
    t = cue.token
    parts = [c for c in t.children if c.dep_ in OBJECT and c.i > t.i]
    if not parts:
        return None
    parts += [c for c in t.children if c.dep_ == "prep" and c.lower_ in preps and c.i > parts[0].i]
    return min(_subtree(p)[0] for p in parts), max(_subtree(p)[1] for p in parts)


def prepositional(cue: Cue, prep: str) -> tuple[int, int] | None:
    """The object of a listed preposition (called for talks), the preposition itself left out, with the
    infinitive that says what was asked of it (called on both sides to stop fighting)."""
    for c in cue.token.children:
        if c.dep_ == "prep" and c.lower_ == prep:
            objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
            if objs:
                objs += [g for g in cue.token.children if g.dep_ in ("xcomp", "advcl") and g.i > c.i and
                         any(a.dep_ == "aux" and a.lower_ == "to" for a in g.children)]
                return min(_subtree(g)[0] for g in objs), max(_subtree(g)[1] for g in objs)
    return None


def according(cue: Cue) -> tuple[int, int] | None:
    """'According to X': the rest of the sentence, on the longer side of the phrase."""
    t = cue.token
    first, last = sentence_bounds(t)
    while last.i > first.i and last.is_punct and last.text not in _CLOSERS:
        last = last.doc[last.i - 1]  # the full stop ends the sentence, not the report
    phrase_start, phrase_end = _subtree(t)
    before = (first.idx, phrase_start)
    after = (phrase_end, last.idx + len(last.text))
    return max(before, after, key=lambda b: b[1] - b[0])


def content(cue: Cue, text: str) -> tuple[str, tuple[int, int]] | None:
    """(frame, article (start, end)) of what the cue reports, trimmed; None when no frame gives content.

    `text` is the article text (spaCy's Doc.text would rebuild the paragraph's text on every call).
    """
    preps = frozenset(f[2:] for f in cue.entry.frames if f.startswith("p:"))
    for frame in cue.frames:
        if frame == "according":
            found = according(cue)
        elif frame == "c":
            found = clause(cue)
        elif frame == "r":
            found = inverted(cue)
        elif frame.startswith("o"):
            found = objects(cue, preps)
        elif frame.startswith("p:"):
            found = prepositional(cue, frame[2:])
        else:
            found = None
        if found is not None:
            trimmed = trim(text, cue.offset + found[0], cue.offset + found[1])
            if trimmed is not None:
                return frame, trimmed
    return None


def trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """(start, end) moved inwards past spaces, clause punctuation and a dangling 'and'; None when nothing is left."""
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    words = text[start:end].rsplit(None, 1)
    if len(words) == 2 and words[1].casefold() in _CONJUNCTIONS:
        return trim(text, start, end - len(words[1]))
    return (start, end) if start < end else None
