"""Event detection: the trigger words of a sentence, composed with the light verbs and governors around them.

A frame is one candidate event: the word that names it (trigger), the clause head it hangs on (anchor), the
lexicon's type evidence, and what the syntax around it says ("threatened to ...", "lifted ...", "may ...").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from . import syntax
from .labels import ASK_MODES, COOPERATIVE, HOSTILE, THREAT_MODES, THREAT_MODES_BY_MODE, UNDONE
from .lexicon import cues_for, lemma_of, pos_class, roles_for

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

GOVERNORS = frozenset({"threaten", "commit", "refuse", "demand", "accuse", "deny", "intend", "attempt",
                       "order",
                       "helpv"})
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "dobj", "attr", "nsubjpass", "oprd"})
COMPLEMENT_PREPS = frozenset({"of", "for", "to", "against", "on", "over", "about", "from"})
SUPPORT_PREPS = frozenset({"in", "to", "on"})
EVENTIVE = frozenset({"break", "erupt", "occur", "happen", "rage", "continue", "intensify", "escalate",
                      "spread",
                      "resume", "begin", "start", "flare", "ensue", "take", "leave", "kill", "injure",
                      "wound",
                      "claim", "hit", "destroy", "damage", "target", "rock", "shake", "end", "last"})
# Past participles that describe an actor rather than report an act ("units supported by ...").
DESCRIPTIVE = frozenset({"SUPPORT", "AID", "COOPERATE", "AGREE", "MOBILIZE"})
# Words inside these named entities are names, not triggers ("March 2016", "Strike Force", "Peace Square").
NAME_LABELS = frozenset({"DATE", "TIME", "PERSON", "GPE", "NORP", "ORG", "FAC", "LOC", "MONEY", "CARDINAL",
                         "ORDINAL", "PERCENT", "QUANTITY", "WORK_OF_ART", "PRODUCT", "LANGUAGE"})
MIN_WEIGHT = 0.3  # weaker cues only shape features; alone they name no event
# Nouns naming an act, so a trigger modifying them names that act ("combat actions", "mine-clearing efforts").
EVENT_HEADS = frozenset({"action", "effort", "operation", "campaign", "activity", "mission", "work",
                         "attempt",
                         "programme", "program", "drive", "measure", "move", "step", "initiative", "exercise",
                         "raid", "strike", "attack", "incident", "event", "spree", "wave", "round", "session",
                         "process", "visit", "trip", "tour", "talk", "meeting", "protest", "rally", "march"})
CONDITIONAL = frozenset({"if", "unless", "until", "whether", "lest", "once", "provided"})
BACKGROUND_PREPS = frozenset({"after", "before", "following", "amid", "amidst", "during", "since", "despite",
                              "over", "because", "due", "ahead", "prior"})
ATTEMPT_NOUNS = frozenset({"attempt", "effort", "bid", "push", "drive", "campaign", "move", "step",
                           "offensive"})


@dataclass(slots=True)
class Frame:
    """One candidate event in a sentence."""

    anchor: Token
    trigger: Token
    scores: dict[str, float]
    mode: str | None = None
    via: list[str] = field(default_factory=list)
    inner: Frame | None = None
    embedded: bool = False
    background: bool = False
    maybe: bool = False
    negated: bool = False
    future: bool = False
    speech: Token | None = None

    @property
    def type(self) -> str:
        """The type with the most lexical evidence."""
        return max(self.scores.items(), key=lambda kv: (kv[1], kv[0]))[0]

    @property
    def weight(self) -> float:
        """The lexical evidence for the leading type."""
        return max(self.scores.values())


def modifies_thing(f: Frame) -> bool:
    """A trigger modifying a noun naming no act ("detention centres", "aid workers", "the death penalty")."""
    t = f.trigger
    if t.i == f.anchor.i or t.dep_ not in ("compound", "amod", "nmod", "poss"):
        return False
    return lemma_of(f.anchor) not in EVENT_HEADS and not cues_for(f.anchor)


def nominal_anchor(token: Token) -> Token:
    """Where a trigger noun or adjective hangs: the noun it modifies ("combat operations" -> operations)."""
    t = token
    for _ in range(4):
        if t.dep_ in ("compound", "amod", "nmod") and t.head.i != t.i and t.head.pos_ in ("NOUN", "PROPN"):
            t = t.head
        else:
            break
    return t


def _cue_frame(token: Token) -> Frame | None:
    """A frame from the cues of one word, or None when the lexicon has none that apply."""
    cues = cues_for(token)
    if not cues:
        return None
    scores: dict[str, float] = {}
    mode = None
    best = 0.0
    for c in cues:
        if c.weight > scores.get(c.type, 0.0):
            scores[c.type] = c.weight
        if c.weight > best:
            best, mode = c.weight, c.mode
    return Frame(anchor=nominal_anchor(token), trigger=token, scores=scores, mode=mode)


def _merge(into: Frame, other: Frame) -> None:
    """Fold one frame's evidence into another anchored at the same word."""
    for t, w in other.scores.items():
        into.scores[t] = max(into.scores.get(t, 0.0), w)
    if other.weight > into.weight or into.mode is None:
        into.mode = into.mode if other.mode is None else other.mode
        if other.weight > into.weight:
            into.trigger = other.trigger


def governing(anchor: Token) -> tuple[Token, str] | None:
    """The word governing a frame's anchor and how: (verb, relation) for complements, objects and subjects."""
    head = anchor.head
    if head.i == anchor.i:
        return None
    dep = anchor.dep_
    if dep in COMPLEMENT_DEPS or dep in ("acomp",):
        return head, dep
    if dep in ("pcomp", "pobj") and head.dep_ in ("prep", "prt", "agent") and head.head.i != head.i:
        prep = lemma_of(head)
        if prep in COMPLEMENT_PREPS or prep in SUPPORT_PREPS:
            return head.head, f"prep:{prep}"
    if dep in ("nsubj",):
        return head, "nsubj"
    if dep == "advcl" and any(lemma_of(c) == "to" for c in anchor.children if c.dep_ == "aux"):
        return head, "purpose"
    if dep == "acl" and lemma_of(head) in ATTEMPT_NOUNS and head.head.i != head.i and head.dep_ in ("dobj",
                                                                                                    "nsubj"):
        return head.head, "attempt"  # "is making attempts to recapture ..." is an attempt, told by "making"
    return None


def _compose(frames: dict[int, Frame], f: Frame) -> bool:
    """Apply the light verb or governor above a frame, once; True when something changed."""
    found = governing(f.anchor)
    if found is None:
        return False
    verb, rel = found
    roles = set(roles_for(verb))
    vtype = f.type
    complement = rel in ("xcomp", "ccomp", "dobj", "acomp", "oprd") or rel.startswith("prep:")
    governor = roles & GOVERNORS
    if rel == "nsubj":
        return _subject_of(frames, f, verb)
    if rel == "purpose":
        return False
    if rel == "attempt":
        _reanchor(frames, f, verb, f"attempt:{lemma_of(verb)}")
        return True
    if governor and complement and not _speech_only(f):
        return _govern(frames, f, verb, sorted(governor)[0])
    if "prevent" in roles and (rel in ("dobj", "nsubjpass") or rel.startswith("prep:")):
        f.maybe = True  # "to prevent violence": what is prevented does not happen
        return False
    if "undo" in roles and rel in ("dobj", "nsubjpass", "attr"):
        new = UNDONE.get(vtype)
        if new is None:
            return False
        _reanchor(frames, f, verb, f"undo:{lemma_of(verb)}")
        f.scores = {new: f.weight}
        f.mode = None
        return True
    if "support" in roles and (rel in ("dobj", "attr", "nsubjpass", "oprd") or rel in ("prep:in", "prep:to")):
        _reanchor(frames, f, verb, f"support:{lemma_of(verb)}")
        return True
    return False


def _speech_only(f: Frame) -> bool:
    """A complement that is only more talk carries no event of its own (kept for symmetry with mere_talk)."""
    return False


def mere_talk(f: Frame) -> bool:
    """A refusal or request whose object is only talk ("declined to comment", "a request for comment")."""
    if f.inner is not None or f.type not in ("REJECT", "ACCUSE", "REQUEST"):
        return False
    comps = syntax.children(f.anchor, "xcomp", "ccomp")
    for prep in syntax.children(f.trigger, "prep"):
        comps += syntax.children(prep, "pobj", "pcomp")
    return bool(comps) and all("speech" in roles_for(c) for c in comps)


def _subject_of(frames: dict[int, Frame], f: Frame, verb: Token) -> bool:
    """An event noun as subject: "clashes broke out" anchors at the verb; "a bombing killed" joins it."""
    if f.anchor.pos_ not in ("NOUN", "PROPN"):
        return False
    vf = frames.get(verb.i)
    if vf is not None and not vf.embedded:
        if set(vf.scores) & set(f.scores) or (vf.type in HOSTILE and f.type in HOSTILE):
            if f.mode and not vf.mode:
                vf.mode = f.mode
            for t, w in f.scores.items():
                if t in vf.scores:
                    vf.scores[t] = max(vf.scores[t], w)
            del frames[f.anchor.i]
            vf.via.append(f"subject:{lemma_of(f.trigger)}")
            return True
        return False
    if lemma_of(verb) in EVENTIVE and vf is None:
        _reanchor(frames, f, verb, f"eventive:{lemma_of(verb)}")
        return True
    return False


def _reanchor(frames: dict[int, Frame], f: Frame, verb: Token, how: str) -> None:
    """Move a frame to the verb above it, merging with a frame already there."""
    frames.pop(f.anchor.i, None)
    f.via.append(how)
    old = frames.get(verb.i)
    f.anchor = verb
    if old is not None and not old.embedded:
        # the verb's own reading yields to the object's ("launch" is no event; "held ... talks" is CONSULT)
        for t, w in old.scores.items():
            if t in f.scores:
                f.scores[t] = max(f.scores[t], w)
        f.maybe |= old.maybe
    frames[verb.i] = f


def _govern(frames: dict[int, Frame], f: Frame, verb: Token, role: str) -> bool:
    """Compose a governor ("threatened to", "refused to", "urged ... to") with the event it governs."""
    inner_type = f.type
    if role in ("attempt", "order"):
        _reanchor(frames, f, verb, f"{role}:{lemma_of(verb)}")
        return True
    if role == "intend":
        if inner_type in COOPERATIVE:
            new_type, mode = "AGREE", None
        elif inner_type in HOSTILE:
            new_type, mode = "THREATEN", _threat_mode(f)
        else:
            _reanchor(frames, f, verb, f"intend:{lemma_of(verb)}")
            f.future = True
            return True
    elif role == "threaten":
        new_type, mode = "THREATEN", _threat_mode(f)
    elif role == "commit":
        if inner_type in HOSTILE and lemma_of(verb) in ("vow", "promise", "pledge", "threaten"):
            new_type, mode = "THREATEN", _threat_mode(f)
        else:
            new_type, mode = "AGREE", None
    elif role in ("refuse", "deny"):
        new_type, mode = "REJECT", ASK_MODES.get(inner_type)
    elif role == "demand":
        new_type, mode = "REQUEST", ASK_MODES.get(inner_type)
    elif role == "accuse":
        new_type, mode = "ACCUSE", None
    elif role == "helpv":
        new_type, mode = "AID", None
    else:
        return False
    outer = frames.get(verb.i)
    frames.pop(f.anchor.i, None)
    f.embedded = True
    if role in ("threaten", "commit", "intend"):
        f.future = True
    elif role == "demand":
        f.maybe = True
    elif role in ("refuse", "deny"):
        f.negated = True
    weight = max(0.6, f.weight)
    if outer is None or outer.embedded:
        outer = Frame(anchor=verb, trigger=verb, scores={}, mode=None)
    outer.scores = {new_type: max(weight, outer.scores.get(new_type, 0.0))}
    outer.mode = mode
    outer.inner = f
    outer.via.append(f"{role}:{lemma_of(verb)}")
    frames[verb.i] = outer
    return True


def _threat_mode(f: Frame) -> str | None:
    """The THREATEN mode naming what is threatened."""
    if f.mode and f.mode in THREAT_MODES_BY_MODE:
        return THREAT_MODES_BY_MODE[f.mode]
    return THREAT_MODES.get(f.type)


def _descriptive(f: Frame) -> bool:
    """A participle or passive relative describing a noun ("forces backed by Russia", "which is backed")."""
    t = f.anchor
    if t.dep_ in ("acl", "amod") and t.tag_ == "VBN":
        return True
    return t.dep_ == "relcl" and syntax.is_passive(t)


def _state(f: Frame) -> bool:
    """A present passive relative clause states a standing condition ("a group which is banned in Russia")."""
    t = f.anchor
    return t.dep_ == "relcl" and syntax.is_passive(t) and syntax.present(t) and not syntax.progressive(t)


def _purpose(f: Frame) -> bool:
    """An infinitive of purpose ("formed a coalition to fight", "efforts to end the war") or a condition ("if it
    is attacked", "unless he resigns") is not asserted; nor is an event noun inside one."""
    t = f.anchor if f.anchor.pos_ in ("VERB", "AUX") else syntax.clause_head(f.anchor)
    if t.pos_ not in ("VERB", "AUX"):
        return False
    if t.dep_ == "advcl" and any(c.dep_ == "mark" and lemma_of(c) in CONDITIONAL for c in t.children):
        return True
    if not any(lemma_of(c) == "to" and c.dep_ == "aux" for c in t.children):
        return False
    return t.dep_ in ("advcl", "acl", "relcl") or (t.dep_ == "xcomp" and not roles_for(t.head) and
                                                    pos_class(t.head) == "A")


def adjunct(f: Frame) -> bool:
    """An event noun in a time or cause phrase ("after violent protests", "amid fighting") is background."""
    a = f.anchor
    return a.pos_ in ("NOUN", "PROPN") and a.dep_ == "pobj" and lemma_of(a.head) in BACKGROUND_PREPS


def _heading(f: Frame) -> bool:
    """A short verbless line is a heading or label ("The liberation of Idlib"), not a report of an event."""
    sent = f.anchor.sent
    return len(sent) <= 8 and not any(t.pos_ in ("VERB", "AUX") for t in sent)


def _modality(f: Frame) -> None:
    """Modal verbs, negation and the future on the anchor: "must" makes a REQUEST, "may" a hypothesis."""
    a = f.anchor
    roles = syntax.aux_roles(a)
    if _purpose(f):
        f.maybe = True
    if syntax.negated(a) or syntax.negated(f.trigger):
        f.negated = True
    if "maybe" in roles:
        f.maybe = True
    if "modal" in roles and not f.embedded and f.type not in ("REQUEST",):
        inner = Frame(anchor=f.anchor, trigger=f.trigger, scores=dict(f.scores), mode=f.mode, embedded=True,
                      maybe=True)
        f.mode = ASK_MODES.get(f.type)
        f.scores = {"REQUEST": max(0.6, f.weight)}
        f.inner = inner
        f.via.append("modal")
    if syntax.future(a) or (syntax.would(a) and syntax.reporting_verb(a) is not None):
        f.future = True
    elif syntax.would(a):
        f.maybe = True


def _promise(f: Frame) -> None:
    """Cooperative acts announced for the future are promises (AGREE), refused ones REJECT ("will not go");
    hostile ones announced by the actor are threats."""
    if not f.future or f.embedded or f.maybe or f.inner is not None:
        return
    t = f.type
    if f.negated:
        if t in COOPERATIVE or t == "CONSULT":
            f.inner = Frame(anchor=f.anchor, trigger=f.trigger, scores=dict(f.scores), mode=f.mode,
                            embedded=True,
                            future=True, negated=True)
            f.scores = {"REJECT": max(0.6, f.weight)}
            f.mode = ASK_MODES.get(t)
            f.negated = False
            f.via.append("refusal")
        return
    if t in COOPERATIVE and t != "AGREE":
        f.inner = Frame(anchor=f.anchor, trigger=f.trigger, scores=dict(f.scores), mode=f.mode, embedded=True,
                        future=True)
        f.scores = {"AGREE": max(0.6, f.weight)}
        f.mode = None
        f.via.append("promise")
    elif t in HOSTILE and _own_words(f):
        f.inner = Frame(anchor=f.anchor, trigger=f.trigger, scores=dict(f.scores), mode=f.mode, embedded=True,
                        future=True)
        f.mode = _threat_mode(f.inner)
        f.scores = {"THREATEN": max(0.6, f.weight)}
        f.via.append("threat")


def _own_words(f: Frame) -> bool:
    """Whether the actor of a future act is the one announcing it ("X said it will ...", "we will ...")."""
    subj = syntax.subject(f.anchor)
    if subj is None:
        return False
    if lemma_of(subj) in ("we", "i"):
        return True
    speech = syntax.reporting_verb(f.anchor)
    if speech is None:
        return False
    speaker = syntax.subject(speech)
    return subj.pos_ == "PRON" or (speaker is not None and lemma_of(speaker) == lemma_of(subj))


def sentence_frames(sent: SpacySpan) -> list[Frame]:
    """The candidate events of one sentence, composed and ordered by position."""
    frames: dict[int, Frame] = {}
    for tok in sent:
        if not pos_class(tok) or tok.ent_type_ in NAME_LABELS:
            continue
        f = _cue_frame(tok)
        if f is None:
            continue
        old = frames.get(f.anchor.i)
        if old is None:
            frames[f.anchor.i] = f
        else:
            _merge(old, f)
    for f in frames.values():
        participle = f.trigger.dep_ == "amod" and f.trigger.tag_ in ("VBN", "VBD")
        if (_descriptive(f) and f.type in DESCRIPTIVE) or participle:
            f.background = True  # "the detained reporters", "the occupied territories": states, not news
        elif _state(f) or _heading(f) or modifies_thing(f):
            f.background = True
    # Compose bottom-up: deepest anchors first, repeatedly, until nothing changes (bounded).
    for _ in range(6):
        changed = False
        for f in sorted(frames.values(), key=lambda fr: -_depth(fr.anchor)):
            if frames.get(f.anchor.i) is not f or f.embedded:
                continue
            changed |= _compose(frames, f)
        if not changed:
            break
    out = []
    for f in frames.values():
        _modality(f)
        _promise(f)
        f.speech = syntax.reporting_verb(f.anchor)
        if not f.background and not mere_talk(f) and (f.weight >= MIN_WEIGHT or f.via):
            out.append(f)
    return sorted(out, key=lambda fr: fr.anchor.i)


def _depth(token: Token) -> int:
    """How many heads lie between a word and its sentence root."""
    d, t = 0, token
    while t.head.i != t.i and d < 50:
        t, d = t.head, d + 1
    return d


def depth(f: Frame) -> int:
    """A frame's clause depth: clause boundaries between its anchor and the root, speech verbs not counted."""
    d, t = 0, f.anchor
    for _ in range(50):
        if t.head.i == t.i:
            break
        if t.dep_ in syntax.CLAUSAL or t.dep_ == "pobj":
            if not ("speech" in roles_for(t.head) and t.dep_ in ("ccomp", "parataxis", "conj", "xcomp")):
                d += 1
        t = t.head
    return d
