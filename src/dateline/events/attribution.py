"""Whose claim an event is: the speaker of its quote, else the subject of the verb that reports it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .roles import CHAR, entities_in, np_tokens

if TYPE_CHECKING:
    from ..doc import Doc, Span
    from .frames import Frame
    from .mentions import MentionIndex

SPEAKER_TYPES = ("PERSON", "ORG", "GROUP", "GPE", "NORP")


def quote_speaker(doc: Doc, trigger: Span, entities: MentionIndex | None = None) -> tuple[bool, str | None]:
    """(inside a quote, that quote's speaker entity id) for the trigger's position.

    A speaker the quotes layer left without an entity but with a local mention ("the envoy") is the
    entity mentioned there, when one is.
    """
    for q in doc.quotes:
        if q.span.contains(trigger):
            sp = q.speaker
            if sp.entity is None and sp.mention is not None and entities is not None:
                found = entities.overlapping(sp.mention.start, sp.mention.end)
                return True, (min(found, key=lambda m: _rank(doc, m[2]))[2] if found else None)
            return True, sp.entity
    return False, None


def attributed_to(f: Frame, doc: Doc, trigger: Span, entities: MentionIndex, places: MentionIndex,
                  char: CHAR) -> str | None:
    """The entity whose claim the event is (None when the story itself asserts it)."""
    quoted, speaker = quote_speaker(doc, trigger, entities)
    if quoted and speaker:
        return speaker
    if f.speech is None:
        return speaker
    from . import syntax

    subj = syntax.subject(f.speech) or syntax.agent(f.speech)
    if subj is None:
        return _named_before(f, doc, entities)
    ids = entities_in(np_tokens(subj), entities, places, doc, char)
    if not ids:
        return None
    ranked = sorted(ids, key=lambda i: _rank(doc, i))
    return ranked[0]


def _type(doc: Doc, entity_id: str) -> str:
    """The type of an entity ("" when unknown)."""
    e = doc.entity(entity_id)
    return e.type if e else ""


def _named_before(f: Frame, doc: Doc, entities: MentionIndex) -> str | None:
    """A speech verb the parse left without a subject: the person or group named just before it."""
    speech = f.speech
    if speech is None:
        return None
    sent = speech.sent
    lo = max(sent.start, speech.i - 12)
    offset = sent.doc[lo].idx
    base = _base(f, doc)
    found = entities.inside(base + offset, base + speech.idx)
    ranked = sorted(found, key=lambda m: (_rank(doc, m[2]), -m[0]))
    return ranked[0][2] if ranked else None


def _rank(doc: Doc, entity_id: str) -> int:
    """How likely an entity type speaks: people first, then organisations, groups, places."""
    t = _type(doc, entity_id)
    return SPEAKER_TYPES.index(t) if t in SPEAKER_TYPES else 9


def _base(f: Frame, doc: Doc) -> int:
    """The article offset of the frame's parse."""
    from ..nlp import parses

    for p in parses(doc):
        if p.sdoc is f.anchor.doc:
            return p.offset
    return 0
