"""Headline attributions: "Pence: Flowers Won't Be at Debate" is Pence's claim, told in the headline's shorthand.

A headline of one line that opens with one to four capitalised words and a colon attributes what follows to
them. Section labels ("The Latest:", "Exclusive:", "UPDATE 2:") and places ("Syria: five killed") are no
speakers. The claim is an indirect quote whose speaker is the entity named before the colon, if any.
"""

from __future__ import annotations

import re

from ..doc import Doc, Quote, Speaker, Span

MAX_HEADLINE_CHARS = 200
_HEADLINE = re.compile(r"(?P<who>[A-Z][\w.'’&-]*(?:[ \u00a0]+[A-Z0-9][\w.'’&-]*){0,3})[ \u00a0]*:[ \u00a0]+"
                       r"(?P<what>\S(?:.*\S)?)")
# Labels that open headlines without saying who speaks (the first word, or the whole phrase, before the colon).
_LABELS = frozenset("""analysis opinion exclusive watch update breaking live factbox explainer timeline video photos
    photo gallery editorial review interview comment correction podcast listen insight focus profile briefing
    quiz obituary letters feature""".split())
_LABEL_PHRASES = frozenset({"the latest", "fact check", "in pictures", "in depth", "first look", "read more",
                            "special report", "breaking news", "live updates", "what we know", "q&a"})
_TRAILING = ".!?\u2026 "


def headline_quote(doc: Doc, taken: list[tuple[int, int]]) -> Quote | None:
    """The attribution a colon headline makes, unless it is a label, a place or already a quote; id left empty."""
    if not doc.paragraphs:
        return None
    para = doc.paragraphs[0]
    line = doc.text[para.start:para.end]
    if len(line) > MAX_HEADLINE_CHARS or "\n" in line.strip():
        return None
    m = _HEADLINE.match(line)
    if m is None:
        return None
    who = m["who"].casefold()
    if who in _LABEL_PHRASES or who.split()[0] in _LABELS:
        return None
    ws, we = para.start + m.start("who"), para.start + m.end("who")
    if any(m.start < we and ws < m.end for p in doc.places for m in p.mentions):
        return None  # "Syria: five killed in shelling" is a topic, not a speaker
    start, end = para.start + m.start("what"), para.start + m.end("what")
    while end > start and doc.text[end - 1] in _TRAILING:
        end -= 1
    if end <= start or any(s < end and start < e for s, e in taken):
        return None
    entity = next((x for x in doc.entities for y in x.mentions if ws <= y.start and y.end <= we), None)
    speaker = Speaker(doc.span(ws, we), entity.id if entity else None, entity.name if entity else None)
    return Quote("", doc.span(start, end), "indirect", speaker, None)
