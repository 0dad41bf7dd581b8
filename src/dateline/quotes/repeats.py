"""Repeated paragraphs and quotes of an article: Doc.duplicates and Quote.duplicate_of."""

from __future__ import annotations

from ..doc import Doc, Duplicate
from .similar import near_duplicates

QUOTE_MIN_WORDS = 4  # shorter quotes repeat by chance ("no comment"); they must match exactly to count


def mark_duplicates(doc: Doc) -> Doc:
    """Mark each paragraph that repeats an earlier one, and each quote that repeats an earlier quote."""
    paras = doc.paragraphs
    doc.duplicates = [Duplicate(paras[i], paras[j])
                      for i, j in sorted(near_duplicates([p.text for p in paras]).items())]
    quotes = doc.quotes
    repeats = near_duplicates([q.span.text for q in quotes], jaccard=0.7, containment=0.9,
                              min_words=QUOTE_MIN_WORDS)
    for i, j in repeats.items():
        if not quotes[i].span.overlaps(quotes[j].span):  # a clause reported inside a quote is no repeat of it
            quotes[i].duplicate_of = quotes[j].id
            # A quote repeated inside a paragraph that is not itself a repeat is a repeated passage too.
            if not any(d.span.overlaps(quotes[i].span) for d in doc.duplicates):
                doc.duplicates.append(Duplicate(quotes[i].span, quotes[j].span))
    doc.duplicates.sort(key=lambda d: d.span.start)
    return doc
