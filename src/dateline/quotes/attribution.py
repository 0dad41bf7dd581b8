"""Which cue a quotation hangs on: after it ('...,' X said), before it (X said: '...'), or in the paragraph before."""

from __future__ import annotations

from dataclasses import dataclass

from .content import content
from .cues import Cue, cue_of
from .mentions import Mention, speaker_mention
from .quoted import Quoted
from .tokens import At, TokenIndex

TRAILING_WORDS = 7  # the cue of '"...," the Russian ambassador to Syria said' comes within this many words
_END = frozenset({".", "!", "?", "…"})
_BEFORE_ATTRIBUTION = frozenset(",?!—–-…")
_ABBREVIATION = frozenset({"mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "u.s", "jr", "sr"})


@dataclass(slots=True)
class Attribution:
    """A quotation's cue and speaker mention, and whether it is a partial quote inside reported speech."""

    cue: Cue
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
    """
    if q.close_at is None:
        return None
    text = tokens.text
    inner = text[q.start:q.end].rstrip()[-1:]
    outer = text[q.close_at + 1:q.close_at + 3].lstrip("'`")[:1]
    if embedded and inner not in _BEFORE_ATTRIBUTION and outer != ",":
        return None
    words = 0
    for at in tokens.between(q.close_at + 1, limit):
        t = at.token
        if _sentence_end(at) or (t.is_punct and t.text in ":;"):
            return None
        if t.is_punct or t.is_space:
            continue
        if words == 0 and t.pos_ in ("CCONJ", "SCONJ"):
            return None
        cue = _speech(at)
        if cue is not None:
            return None if t.tag_ == "VBG" else Attribution(cue, speaker_mention(cue))
        words += 1
        if words >= TRAILING_WORDS:
            return None
    return None


def _window(tokens: TokenIndex, start: int, end: int) -> list[At]:
    """The tokens of [start, end) after the last sentence end: the sentence leading up to a quotation."""
    window = tokens.between(start, end)
    for i in range(len(window) - 1, -1, -1):
        if _sentence_end(window[i]):
            return window[i + 1:]
    return window


def leading(tokens: TokenIndex, text: str, q: Quoted, start: int) -> Attribution | None:
    """A cue before the opening mark: 'X said: "..."' (direct) or 'X stressed that ... "..."' (a partial quote)."""
    window = _window(tokens, start, q.open_at)
    for i in range(len(window) - 1, -1, -1):
        at = window[i]
        cue = cue_of(at.token, at.offset)
        if cue is None:
            continue
        after = window[i + 1:]
        verbs = [a for a in after if a.token.pos_ in ("VERB", "AUX") and a.token.head.i != at.token.i]
        gap = text[window[-1].end:q.open_at] if window else ""
        last = text[:q.open_at].rstrip()[-1:]
        if cue.entry.speech and not verbs and (last in ":," or not after) and not gap.strip():
            return Attribution(cue, speaker_mention(cue))
        found = content(cue)
        if found is not None and found[1][0] <= q.open_at < found[1][1]:
            return Attribution(cue, speaker_mention(cue), mixed=True, content=found[1])
        return None
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
            return Attribution(cue, speaker_mention(cue))
    return None
