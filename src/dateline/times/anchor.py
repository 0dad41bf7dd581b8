"""What each time expression governs: its clause (the subtree of the verb it attaches to) or sentence,
and look-ups other layers use to get the times of a sentence or clause."""

from __future__ import annotations

from ..doc import Doc, Span, TimeExpr
from .tense import TenseIndex, governing_verb


def clause_of(doc: Doc, index: TenseIndex | None, start: int, end: int) -> Span | None:
    """The clause governed by the verb a time expression attaches to, else its sentence, else its paragraph."""
    sentence = doc.sentence_at(start)
    if index is not None:
        found = index.token_at(start)
        if found is not None:
            token, offset = found
            verb = governing_verb(token)
            if verb is not None:
                first, last = verb.left_edge, verb.right_edge
                s, e = offset + first.idx, offset + last.idx + len(last.text)
                if sentence is not None:
                    s, e = max(s, sentence.start), min(e, sentence.end)
                if s < e and s <= start and end <= e:
                    return doc.span(s, e)
    if sentence is not None:
        return sentence
    return doc.paragraph_at(start)


def times_in(doc: Doc, span: Span) -> list[TimeExpr]:
    """The time expressions written inside a span (a sentence, a clause, a quote), in text order."""
    return [t for t in doc.times if span.start <= t.span.start and t.span.end <= span.end]


def times_for(doc: Doc, span: Span) -> list[TimeExpr]:
    """The time expressions governing a span (e.g. an event's evidence or trigger): those whose anchor
    contains it, the most specific (shortest) anchor first; else those written inside it."""
    governing = [t for t in doc.times if t.anchor is not None and t.anchor.start <= span.start
                 and span.end <= t.anchor.end]
    if governing:
        return sorted(governing, key=lambda t: (t.anchor.end - t.anchor.start if t.anchor else 0, t.span.start))
    return times_in(doc, span)
