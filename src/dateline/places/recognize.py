"""Which candidates are toponyms: gazetteer matches weighed by a trained model of the evidence around them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..gazetteer import Entry
from .candidates import Candidate
from .features import features
from .lexicon import Lexicon
from .model import ToponymModel, toponym_model

ACCEPT = 0.0  # log-odds needed to call a candidate a toponym
STRONG = 1.5  # log-odds that lets a name stand for itself everywhere else in the story
ECHO = -2.5  # log-odds enough for a repeat of a name the story has already used strongly as a place


@dataclass(slots=True)
class Match:
    """A candidate the gazetteer knows, the senses it may have, and the log-odds that it is a place."""

    cand: Candidate
    entries: list[Entry]
    score: float = 0.0


def score_matches(cands: Iterable[Candidate], found: dict[str, list[Entry]], lex: Lexicon, story: set[str],
                  surnames: set[str], model: ToponymModel | None = None) -> list[Match]:
    """Every candidate the gazetteer knows, scored."""
    model = model or toponym_model()
    out = []
    for c in cands:
        entries = found.get(c.key)
        if entries and not (c.tokens == 1 and c.text in lex.org_acronyms):  # the news agency SANA is not Sanaa
            out.append(Match(c, entries, model.logit(features(c, entries, lex, story, surnames))))
    return out


def select(scored: list[Match]) -> list[Match]:
    """Non-overlapping toponym matches, longest first; a name accepted strongly once is accepted everywhere."""
    strong = {m.cand.key for m in scored if m.score >= STRONG}
    accepted = [m for m in scored if m.score >= ACCEPT or (m.cand.key in strong and m.cand.inside != "PERSON"
                                                           and m.score >= ECHO)]
    accepted.sort(key=lambda m: (-(m.cand.mention_end - m.cand.start), -(m.cand.end - m.cand.start), m.cand.start))
    taken: list[tuple[int, int]] = []
    out = []
    for m in accepted:
        s, e = m.cand.start, m.cand.mention_end
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        out.append(m)
    return sorted(out, key=lambda m: m.cand.start)


def recognize(cands: Iterable[Candidate], found: dict[str, list[Entry]], lex: Lexicon, story: set[str],
              surnames: set[str]) -> list[Match]:
    """The toponym matches of a document's candidates."""
    return select(score_matches(cands, found, lex, story, surnames))
