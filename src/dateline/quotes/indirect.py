"""Indirect (reported) speech: every cue of the article with the content its frame gives and its speaker."""

from __future__ import annotations

from dataclasses import dataclass

from ..body import body_start
from ..doc import Doc
from .content import content, trim
from .cues import Cue, find_cues
from .lexicon import roles
from .mentions import Mention, speaker_mention
from .tokens import TokenIndex


ROLE_WORDS = 8  # a role apposition before a name is at most this long
_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their"})


@dataclass(slots=True)
class Reported:
    """A cue with what it reports (content offsets) and who reports it."""

    cue: Cue
    start: int
    end: int
    mention: Mention | None


def _without_speaker(text: str, start: int, end: int, mention: Mention | None,
                     interposed: bool = False) -> tuple[int, int] | None:
    """The content cut so that it does not run over the speaker's mention ('..., Alexander Kinshchak told')."""
    if mention is None or mention.end <= start or end <= mention.start:
        return start, end
    if interposed:
        return start, end  # 'The closures, he said, have involved ...': the report spans both sides
    if mention.start > start:
        return _without_role(text, *(trim(text, start, mention.start) or (start, start)))
    return trim(text, mention.end, end)


def _without_role(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The content without a role apposition left before the speaker ('..., the ambassador to Syria, Petrov')."""
    if start >= end:
        return None
    cut = text.rfind(",", start, end)
    if cut > start:
        tail = text[cut + 1:end].casefold().split()
        if 0 < len(tail) <= ROLE_WORDS and tail[0] in _DETERMINERS and any(w in roles() for w in tail):
            return trim(text, start, cut)
    return start, end


def all_cues(tokens: TokenIndex) -> list[Cue]:
    """Every cue of the article in text order."""
    return find_cues(tokens)


def reported(doc: Doc, cues: list[Cue]) -> list[Reported]:
    """The indirect speech of these cues: those whose frame gives content."""
    out = []
    floor = body_start(doc)
    for cue in cues:
        found = content(cue, doc.text)
        if found is None:
            continue
        mention = speaker_mention(cue, floor if cue.start >= floor else 0)
        interposed = found[0] == "r" and cue.token.head.i > cue.token.i
        start, end = found[1]
        if start < floor <= cue.start:  # 'QUITO (Reuters) - Ecuador's president declared ...'
            start = floor
        bounds = _without_speaker(doc.text, start, end, mention, interposed) if start < end else None
        if bounds is None:
            continue
        out.append(Reported(cue, bounds[0], bounds[1], mention))
    return out
