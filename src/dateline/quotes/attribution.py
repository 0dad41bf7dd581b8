"""Which cue a quotation hangs on: after it ('...,' X said), before it (X said: '...'), or in the paragraph before."""

from __future__ import annotations

from dataclasses import dataclass

from .content import content
from .cues import Cue, cue_of
from .mentions import Mention, first_phrase, last_name, mention_of, phrase_head, speaker_mention
from .quoted import Quoted
from .tokens import At, TokenIndex

# How many words after the closing mark the cue may come ('"...," the Russian ambassador to Syria said'):
EMBEDDED_WORDS = 7  # after a quotation inside running text
SENTENCE_WORDS = 4  # after one whose full stop ends the sentence ('"We won." Smith said.')
TRAILING_WORDS = 25  # after one standing alone: the rest of its sentence is attribution ('J. Smith, director of ...')
_END = frozenset({".", "!", "?", "…"})
_SPEAKER_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_BEFORE_ATTRIBUTION = frozenset(",?!—–-…")
_ABBREVIATION = frozenset({"mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "u.s", "jr", "sr"})


@dataclass(slots=True)
class Attribution:
    """A quotation's cue and speaker mention, and whether it is a partial quote inside reported speech."""

    cue: Cue | None  # None for 'Name: "..."'
    mention: Mention | None
    mixed: bool = False
    content: tuple[int, int] | None = None  # for a partial quote: the reported clause around it


def _sentence_end(at: At) -> bool:
    """True for a full stop, question or exclamation mark that ends a sentence (not 'Mr.')."""
    t = at.token
    if t.text in _END:
        prev = t.nbor(-1) if t.i > 0 else None
        return prev is None or prev.lower_.rstrip(".") not in _ABBREVIATION
    return False


def _speech(at: At) -> Cue | None:
    """The cue a token is when it can attach to a quotation (a speech verb or 'according to')."""
    cue = cue_of(at.token, at.offset)
    if cue is None or not (cue.entry.speech or cue.entry.kind == "according"):
        return None
    return cue


def trailing(tokens: TokenIndex, q: Quoted, limit: int, embedded: bool) -> Attribution | None:
    """A cue right after the closing mark, before the sentence ends: '"...," Kinshchak said.'

    A quotation inside running text takes a cue after it only when it ends the way quotations before their
    attribution do (a comma, question or exclamation mark): '... the "Contract with America." Mr. Smith
    said' starts a new sentence, and 'called him "crazy" and said' hangs "said" on the sentence's subject.
    The speaker must be named after the closing mark, not inside the quotation.
    """
    if q.close_at is None:
        return None
    text = tokens.text
    inner = text[q.start:q.end].rstrip()[-1:]
    outer = text[q.close_at + 1:q.close_at + 3].lstrip("'`")[:1]
    if embedded and inner not in _BEFORE_ATTRIBUTION and outer != ",":
        return None
    frame = []
    for at in tokens.between(q.close_at + 1, limit):
        if _sentence_end(at) or (at.token.is_punct and at.token.text in ":;"):
            break
        frame.append(at)
    words = [at for at in frame if not (at.token.is_punct or at.token.is_space)]
    if not words or words[0].token.pos_ in ("CCONJ", "SCONJ"):
        return None
    # A full stop inside the closing mark ends the sentence: only a cue right after it can attribute the quote.
    reach = SENTENCE_WORDS if inner == "." else EMBEDDED_WORDS if embedded else TRAILING_WORDS
    for k, at in enumerate(words[:reach]):
        cue = _speech(at)
        if cue is None:
            continue
        if at.token.tag_ == "VBG" and k == 0:
            return None  # '"...," saying ...' hangs on the sentence before, not on the quotation
        lo, hi = q.close_at + 1, frame[-1].end
        named = last_name([w.token for w in words[:k]]) if k else None
        mention = mention_of(named, at.offset) if named is not None else speaker_mention(cue, lo, hi)
        if mention is None:
            head = first_phrase([w.token for w in words[:k]]) if k else first_phrase([w.token for w in words[k + 1:]])
            mention = mention_of(head, at.offset) if head is not None else None
        return Attribution(cue, mention)
    return None


def _window(tokens: TokenIndex, start: int, end: int) -> list[At]:
    """The tokens of [start, end) after the last sentence end: the sentence leading up to a quotation."""
    window = tokens.between(start, end)
    for i in range(len(window) - 1, -1, -1):
        if _sentence_end(window[i]):
            return window[i + 1:]
    return window


def leading(tokens: TokenIndex, text: str, q: Quoted, start: int) -> Attribution | None:
    """A cue before the opening mark: 'X said: "..."' (direct) or 'X stressed that ... "..."' (a partial quote).

    `start` is where the leading words may begin (after an earlier quotation, or the dateline).
    """
    window = _window(tokens, start, q.open_at)
    lo = window[0].start if window else q.open_at
    last = text[:q.open_at].rstrip()[-1:]
    for i in range(len(window) - 1, -1, -1):
        at = window[i]
        cue = cue_of(at.token, at.offset)
        if cue is None:
            continue
        after = window[i + 1:]
        verbs = [a for a in after if a.token.pos_ == "VERB"]
        # Right before the quotation without ':' or ',' only a verb that takes content introduces it: 'the
        # strike would continue "until ..."' is no quotative 'continued'.
        introduces = last in ":," or (not after and "c" in cue.entry.frames)
        if cue.entry.speech and not verbs and introduces:
            return Attribution(cue, speaker_mention(cue, lo, q.open_at))
        if not after and not introduces:
            continue
        found = content(cue, text)
        if found is not None and found[1][0] <= q.open_at < found[1][1]:
            return Attribution(cue, speaker_mention(cue, lo, q.open_at), mixed=True, content=found[1])
        return None
    if last == ":" and len(window) >= 2:
        # 'Republican pollster Daron Shaw: "..."': a name and a colon introduce the quotation without a verb.
        named = window[-2].token
        if named.pos_ == "PROPN" and named.ent_type_ in _SPEAKER_ENTS:
            head = phrase_head(named)
            return Attribution(None, mention_of(head, window[-2].offset))
    return None


def introduced(tokens: TokenIndex, text: str, q: Quoted, paragraph: tuple[int, int]) -> Attribution | None:
    """'X said:' ending the paragraph before a quotation that opens its own paragraph."""
    start, end = paragraph
    if not text[start:end].rstrip().endswith(":"):
        return None
    window = _window(tokens, start, end)
    for at in reversed(window):
        cue = _speech(at)
        if cue is not None:
            return Attribution(cue, speaker_mention(cue, start, end))
    return None
