"""The event coder: frames of each parsed sentence, typed, placed, dated, attributed and scored as Events."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..doc import Acled, Doc, Event, Span
from ..nlp import parses
from . import acled as acled_rules
from .attribution import attributed_to
from .context import contexts
from .evidence import clause_tokens
from .features import frame_features
from .frames import Frame, depth, sentence_frames
from .labels import ACLED, NONE, PLOVER_TYPES
from .location import anaphoric_place, capital_place, clause_place
from .mentions import MentionIndex, entity_index, place_index
from .model import LinearModel, packaged
from .roles import actors_and_recipients
from .status import event_status
from .timing import narrative_time, own_time, to_date

if TYPE_CHECKING:
    from spacy.tokens import Doc as SpacyDoc
    from spacy.tokens import Token

MIN_CONFIDENCE = 0.5  # below this only a document's single most confident event is reported
TYPER = "typer.npz"
ACLED_HEAD = "acled.npz"
CALIBRATION = "calibration.json"


@dataclass(slots=True)
class Candidate:
    """A frame with what the coder decided about it (kept for training and diagnostics)."""

    frame: Frame
    clause: list[Token]
    sentence: list[Token]
    others: list[Frame]
    type: str
    probability: float
    probs: dict[str, float]
    sentence_index: int = 0  # the sentence's place in the document (0: the first)


class EventCoder:
    """Codes the events of parsed documents; models are loaded once (None runs on the lexicon alone)."""

    def __init__(self, typer: LinearModel | None = None, acled_head: LinearModel | None = None,
                 use_packaged: bool = True) -> None:
        self.typer = typer or (packaged(TYPER) if use_packaged else None)
        self.acled_head = acled_head or (packaged(ACLED_HEAD) if use_packaged else None)
        from .confidence import load_calibration

        self.calibration = load_calibration(CALIBRATION) if use_packaged else None

    def candidates(self, sdoc: SpacyDoc, first_sentence: int = 0) -> list[Candidate]:
        """The typed candidate events of one parse (NONE dropped); sentences numbered from first_sentence."""
        out = []
        for k, sent in enumerate(sdoc.sents, first_sentence):
            frames = sentence_frames(sent)
            anchors = {f.anchor.i for f in frames}
            toks = list(sent)
            for f in frames:
                clause = clause_tokens(f, anchors)
                type_, p, probs = self.type_of(f, clause)
                if type_ != NONE:
                    out.append(Candidate(f, clause, toks, frames, type_, p, probs, k))
        return out

    def type_of(self, f: Frame, clause: list[Token]) -> tuple[str, float, dict[str, float]]:
        """The PLOVER type of a frame (NONE when the model says no event) and its probability."""
        if self.typer is None:
            return f.type, f.weight, dict(f.scores)
        probs = self.typer.proba(frame_features(f, clause))
        best = max(PLOVER_TYPES, key=lambda t: probs.get(t, 0.0))
        if probs.get(NONE, 0.0) > probs[best]:
            return NONE, probs[NONE], probs
        return best, probs[best], probs

    def sub_events(self, cands: list[Candidate]) -> list[str | None]:
        """The ACLED sub-event types of the candidates of one paragraph (None where ACLED would not code one).

        Violent events of compatible kinds told in one paragraph are one incident seen from several words
        ("protests turned violent ... police fired tear gas"), so the learned head's view of each is pooled
        with the others' before the codebook rule adds its vote.
        """
        rules = [acled_rules.rule_sub_event(c.frame, c.clause, c.sentence, c.type) for c in cands]
        if self.acled_head is None:
            return [r[0] for r in rules]
        probs = [self.acled_head.proba(frame_features(c.frame, c.clause) + acled_rules.acled_features(
            c.frame, c.clause, c.sentence, c.type, c.others)) for c in cands]
        pooled = acled_rules.pool(probs, [c.type for c in cands])
        return [acled_rules.learned_sub_event(p, c.type, rule)[0] for p, c, rule in zip(pooled, cands, rules,
                                                                                        strict=True)]

    def confidence(self, c: Candidate) -> float:
        """How likely the event is right: the typer's probability, calibrated with the clause depth."""
        from .confidence import calibrated

        return calibrated(self.calibration, c.probability, depth(c.frame), c.frame, c.sentence_index)

    def code(self, doc: Doc) -> list[Event]:
        """Every event of a parsed document, in text order, with ids V1, V2, ..."""
        entities, places = entity_index(doc), place_index(doc)
        events: list[Event] = []
        first = 0
        for p in parses(doc):
            events += self._code_parse(doc, p.sdoc, p.offset, entities, places, first)
            first += sum(1 for _ in p.sdoc.sents)
        if events:
            best = max(events, key=lambda e: e.confidence)
            events = [e for e in events if e.confidence >= MIN_CONFIDENCE or e is best]
        events.sort(key=lambda e: (e.evidence.start, e.evidence.end))
        for i, e in enumerate(events, 1):
            e.id = f"V{i}"
        return events

    def _code_parse(self, doc: Doc, sdoc: SpacyDoc, offset: int, entities: MentionIndex,
                    places: MentionIndex, first_sentence: int) -> list[Event]:
        """The events of one parsed paragraph chunk."""
        starts = [offset + t.idx for t in sdoc]

        def char(i: int) -> tuple[int, int]:
            t = sdoc[i]
            return offset + t.idx, offset + t.idx + len(t.text)

        def token_at(c: int) -> Token | None:
            j = bisect_right(starts, c) - 1
            if j < 0:
                return None
            t = sdoc[j]
            return t if c < starts[j] + len(t.text) else None

        out = []
        cands = self.candidates(sdoc, first_sentence)
        for c, sub in zip(cands, self.sub_events(cands), strict=True):
            f = c.frame
            ts, te = char(f.trigger.i)
            trigger = doc.span(ts, te)
            if any(d.span.contains(trigger) for d in doc.duplicates):
                continue  # a repeated passage reports nothing new
            s, _ = char(c.clause[0].i)
            _, e = char(c.clause[-1].i)
            evidence = doc.span(s, e)
            sentence = doc.sentence_at(ts)
            t = own_time(doc, evidence, trigger, sentence)
            when = to_date(t.value, doc.published) if t else None
            status = event_status(f, when.start if when else None, doc.published, narrative_time(doc, ts))
            if when is None and status == "ongoing" and doc.published:
                when = to_date(doc.published, doc.published)
            place = (clause_place(doc, places, s, e, token_at) or capital_place(doc, places, c.clause, offset)
                     or anaphoric_place(doc, places, s, e, c.sentence))
            actors, recipients = actors_and_recipients(f, doc, entities, places, char)
            out.append(Event(
                id="", type=c.type, evidence=evidence, confidence=self.confidence(c),
                mode=_mode(f, c.type), context=contexts(c.sentence, c.type),
                acled=Acled(ACLED[sub], sub) if sub else None, actors=actors, recipients=recipients,
                place=place,
                date=when, status=status, attributed_to=attributed_to(f, doc, trigger, entities, places,
                                                                      char),
                trigger=trigger))
        return out


def _mode(f: Frame, type_: str) -> str | None:
    """The frame's mode when it belongs to the chosen type (a mode of another type is dropped)."""
    if type_ == f.type:
        return f.mode
    return None


def evidence_span(doc: Doc, start: int, end: int) -> Span:
    """A checked span of the document."""
    return doc.span(start, end)
