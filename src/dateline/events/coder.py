"""The event coder: frames of each parsed sentence, typed, placed, dated, attributed and scored as Events."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..doc import Acled, Doc, Event, Span
from ..nlp import Parsed, parses
from . import acled as acled_rules
from .attribution import attributed_to
from .context import contexts
from .continuation import fill_agentless
from .coreference import merge_mentions
from .evidence import clause_tokens
from .features import frame_features
from .frames import Frame, depth, sentence_frames
from .labels import ACLED, NONE, PLOVER_TYPES
from .location import anaphoric_place, capital_place, clause_place
from .mentions import MentionIndex, entity_index, place_index
from .model import LinearModel, packaged
from .opponents import fill_recipients
from .roles import actors_and_recipients
from .status import event_status
from .timing import narrative_time, own_time, to_date

if TYPE_CHECKING:
    from spacy.tokens import Doc as SpacyDoc
    from spacy.tokens import Token

MIN_CONFIDENCE = 0.5  # below this only a document's single most confident event is reported
FRAGMENT_CONFIDENCE = 0.75  # an event naming no party, place or time needs this much to be reported
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
        rules = [acled_rules.rule_sub_event(c.frame, c.clause, c.sentence, c.type)
                 if c.type in acled_rules.COMPATIBLE else (None, 0.0) for c in cands]
        if self.acled_head is None:
            return [r[0] for r in rules]
        probs = [self.acled_head.proba(frame_features(c.frame, c.clause) + acled_rules.acled_features(
                    c.frame, c.clause, c.sentence, c.type, c.others, rule))
                 if c.type in acled_rules.COMPATIBLE else {} for c, rule in zip(cands, rules, strict=True)]
        pooled = acled_rules.pool(probs, [c.type for c in cands])
        return [acled_rules.learned_sub_event(p, c.type, rule)[0]
                for p, c, rule in zip(pooled, cands, rules, strict=True)]

    def confidence(self, c: Candidate) -> float:
        """How likely the event is right: the typer's probability, calibrated with the clause depth."""
        from .confidence import calibrated

        return calibrated(self.calibration, c.probability, depth(c.frame), c.frame, c.sentence_index)

    def code(self, doc: Doc) -> list[Event]:
        """Every event of a parsed document, in text order, with ids V1, V2, ...

        Candidates below MIN_CONFIDENCE are dropped before anything else is worked out for them, except the
        document's most confident one (a one-sentence text always reports its best reading). Mentions of
        one happening are then merged into one event (coreference.merge_mentions), doubtful fragments
        that name no party, place or time are dropped, fights without a recipient get the actor's one
        stated adversary (opponents.fill_recipients), and fights that name no party continue the one told
        just before (continuation.fill_agentless).
        """
        entities, places = entity_index(doc), place_index(doc)
        scored = []
        first = 0
        for p in parses(doc):
            cands = self.candidates(p.sdoc, first)
            subs = self.sub_events(cands)
            scored += [(p, c, sub, self.confidence(c)) for c, sub in zip(cands, subs, strict=True)]
            first += sum(1 for _ in p.sdoc.sents)
        best = max(range(len(scored)), key=lambda i: scored[i][3], default=-1)
        events = [self._event(doc, p, c, sub, conf, entities, places)
                  for i, (p, c, sub, conf) in enumerate(scored) if conf >= MIN_CONFIDENCE or i == best]
        events = merge_mentions(doc, [e for e in events if e is not None])
        top = max(events, key=lambda e: e.confidence, default=None)
        events = [e for e in events if e is top or not fragment(e)]
        fill_recipients(doc, events)
        fill_agentless(doc, events)  # after: the fight it continues may have just got its recipient
        for i, e in enumerate(events, 1):
            e.id = f"V{i}"
        return events

    def _event(self, doc: Doc, parsed: Parsed, c: Candidate, sub: str | None, confidence: float,
               entities: MentionIndex, places: MentionIndex) -> Event | None:
        """The Event of one candidate: evidence, time, status, place, parties and attribution resolved."""
        sdoc, offset, f = parsed.sdoc, parsed.offset, c.frame

        def char(i: int) -> tuple[int, int]:
            t = sdoc[i]
            return offset + t.idx, offset + t.idx + len(t.text)

        def token_at(ch: int) -> Token | None:
            j = bisect_right(parsed_starts(parsed), ch) - 1
            if j < 0:
                return None
            t = sdoc[j]
            return t if ch < offset + t.idx + len(t.text) else None

        ts, te = char(f.trigger.i)
        trigger = doc.span(ts, te)
        if any(d.span.contains(trigger) for d in doc.duplicates):
            return None  # a repeated passage reports nothing new
        s, e = char(c.clause[0].i)[0], char(c.clause[-1].i)[1]
        evidence = doc.span(s, e)
        t = own_time(doc, evidence, trigger, doc.sentence_at(ts))
        when = to_date(t.value, doc.published) if t else None
        status = event_status(f, when.start if when else None, doc.published, narrative_time(doc, ts))
        if when is None and status == "ongoing" and doc.published:
            when = to_date(doc.published, doc.published)
        place = (clause_place(doc, places, s, e, token_at) or capital_place(doc, places, c.clause, offset)
                 or anaphoric_place(doc, places, s, e, c.sentence))
        actors, recipients = actors_and_recipients(f, doc, entities, places, char)
        return Event(id="", type=c.type, evidence=evidence, confidence=confidence, mode=_mode(f, c.type),
                     context=contexts(c.sentence, c.type), acled=Acled(ACLED[sub], sub) if sub else None,
                     actors=actors, recipients=recipients, place=place, date=when, status=status,
                     attributed_to=attributed_to(f, doc, trigger, entities, places, char), trigger=trigger)


def fragment(e: Event) -> bool:
    """A doubtful mention that names no party, place or time ("in airstrikes", "to kill"): noise to a user
    counting happenings, so only a confident one is reported."""
    return e.confidence < FRAGMENT_CONFIDENCE and not (e.actors or e.recipients or e.place or e.date)


def parsed_starts(parsed: Parsed) -> list[int]:
    """Article offsets of a parse's tokens (cached on the parse's user data)."""
    starts = parsed.sdoc.user_data.get("dateline.starts")
    if starts is None:
        starts = [parsed.offset + t.idx for t in parsed.sdoc]
        parsed.sdoc.user_data["dateline.starts"] = starts
    return starts


def _mode(f: Frame, type_: str) -> str | None:
    """The frame's mode when it belongs to the chosen type (a mode of another type is dropped)."""
    if type_ == f.type:
        return f.mode
    return None


def evidence_span(doc: Doc, start: int, end: int) -> Span:
    """A checked span of the document."""
    return doc.span(start, end)
