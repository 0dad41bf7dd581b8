"""The times layer of a document: recognise, normalise against the publication date, anchor to clauses."""

from __future__ import annotations

from datetime import date

from ..doc import Doc, TimeExpr
from ..nlp import parses
from .anchor import clause_of
from .recognise import recognise
from .tense import TenseIndex, lexical_tense


def publication_date(doc: Doc) -> date | None:
    """The document's publication date as a date, or None when absent or malformed."""
    if not doc.published:
        return None
    try:
        return date.fromisoformat(doc.published[:10])
    except ValueError:
        return None


def find_times(doc: Doc) -> list[TimeExpr]:
    """Every time expression of the document with its TIMEX3 type and value and the clause it governs."""
    index = TenseIndex(doc) if parses(doc) else None
    tense = index if index is not None else (lambda s, e: lexical_tense(doc.text, s, e))
    anchored = [(doc.dateline.span.start, doc.dateline.span.end)] if doc.dateline else []
    out = []
    for m in recognise(doc.text, publication_date(doc), tense, anchored):
        out.append(TimeExpr(span=doc.span(m.start, m.end), type=m.type, value=m.value,
                            anchor=clause_of(doc, index, m.start, m.end), mod=m.mod))
    return out
