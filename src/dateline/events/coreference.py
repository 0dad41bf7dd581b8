"""Co-referring event mentions of one article merged into one event with several evidence spans.

A story tells its main happening several times ("Police fired tear gas at protesters in Harare on
Monday ... The crackdown ... Monday's clashes"). A user counting events (GDELT, ACLED) wants one
record per happening, so mentions of the same type whose actors, place, date and status are
compatible, and that something positively ties together (a shared actor or specific place, the same
day, the same or the next sentence, the same trigger word, a definite mention pointing back), become one event. The most complete
mention is its evidence; the others are kept as `mentions`, and its empty slots are filled from them.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..doc import Doc, Event, Place

REALIS = frozenset({"asserted", "ongoing", "historical"})  # statuses one happening can be told in
DEFINITE = frozenset({"the", "this", "that", "these", "those", "such"})
NEAR_SENTENCES = 3  # weak ties (the same trigger word, a bare mention) count only this close
LINK = 2  # the tie score that makes two compatible mentions one event
NEAR_KM = 25.0  # two distinct places this close are one event's place told two ways
BROAD_CODES = ("PCL", "ADM", "CONT", "RGN")  # GeoNames codes of countries, provinces and regions


WINDOW = 64  # a mention is compared with this many latest clusters of its type (bounded work per mention)


@dataclass(slots=True)
class Cluster:
    """The mentions of one happening; one mention per distinct description, with its latest sentence.

    Mentions that describe the event alike tie the same way to a newcomer (only nearness differs), so a
    story repeating one phrase a thousand times costs one comparison per cluster, not a thousand.
    """

    events: list[Event] = field(default_factory=list)
    kinds: dict[tuple[object, ...], tuple[Event, int]] = field(default_factory=dict)

    def add(self, e: Event, sentence: int) -> None:
        """Take a mention told in this sentence."""
        self.events.append(e)
        self.kinds[_description(e)] = (e, sentence)


def _description(e: Event) -> tuple[object, ...]:
    """What a mention says about its event (the fields tie() reads)."""
    date = (e.date.start, e.date.end, e.date.precision) if e.date else None
    return (e.type, e.status, e.place, date, tuple(e.actors), tuple(e.recipients), _lemma(e))


def _broad(p: Place | None) -> bool:
    """A country, province or region: it contains other places rather than naming a spot."""
    return p is None or p.feature_code is None or p.feature_code.startswith(BROAD_CODES)


def _km(a: Place, b: Place) -> float | None:
    """Great-circle distance of two places (None without coordinates)."""
    if None in (a.lat, a.lon, b.lat, b.lon):
        return None
    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))  # type: ignore[arg-type]
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def places_agree(doc: Doc, a: str | None, b: str | None) -> bool | None:
    """True: the same place; None: compatible (one unknown, or one contains the other); False: different."""
    if a is None or b is None:
        return None
    if a == b:
        return True
    pa, pb = doc.place(a), doc.place(b)
    if pa is None or pb is None:
        return None
    if _broad(pa) != _broad(pb):
        broad, spot = (pa, pb) if _broad(pa) else (pb, pa)
        return None if broad.country and broad.country == spot.country else False
    d = _km(pa, pb)
    return True if d is not None and d <= NEAR_KM else False


def dates_agree(a: Event, b: Event) -> bool | None:
    """True: overlapping known dates of day precision; None: one unknown or coarse and overlapping; False: apart."""
    if a.date is None or b.date is None:
        return None
    if a.date.start > b.date.end or b.date.start > a.date.end:
        return False
    if a.date.precision == b.date.precision == "day":
        return True
    return None


def _parties(doc: Doc, ids: list[str]) -> tuple[set[str], set[tuple[str, str]]]:
    """Entity ids and (country, sector) keys of a party list ("government troops" ~ "the Syrian Army")."""
    keys = set()
    for i in ids:
        e = doc.entity(i)
        if e is not None and e.country and e.sector:
            keys.add((e.country, e.sector))
    return set(ids), keys


def actors_agree(doc: Doc, a: list[str], b: list[str]) -> bool | None:
    """True: a shared actor; None: one side unknown or the same kind of actor; False: different actors."""
    if not a or not b:
        return None
    (ia, ka), (ib, kb) = _parties(doc, a), _parties(doc, b)
    if ia & ib:
        return True
    return None if ka & kb else False


def _lemma(e: Event) -> str:
    """A crude stem of the trigger word ("attacked", "attacks" -> "attack")."""
    w = (e.trigger.text if e.trigger else "").lower()
    for suffix in ("ing", "ed", "es", "s", "e"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            return w[: -len(suffix)]
    return w


def tie(doc: Doc, a: Event, b: Event, sa: int, sb: int) -> int | None:
    """How strongly two mentions are one happening (None when something rules it out)."""
    if a.type != b.type:
        return None
    if a.status != b.status and not (a.status in REALIS and b.status in REALIS):
        return None
    place, date = places_agree(doc, a.place, b.place), dates_agree(a, b)
    actors, recipients = actors_agree(doc, a.actors, b.actors), actors_agree(doc, a.recipients, b.recipients)
    if False in (place, date, actors, recipients):
        return None
    score = 2 * bool(actors) + bool(recipients) + bool(date)
    if place:
        score += 1 + (not _broad(doc.place(a.place)))
    gap = abs(sa - sb)
    score += 2 if gap == 0 else 1 if gap == 1 else 0
    if gap <= NEAR_SENTENCES:  # a repeated word or a definite noun ties only nearby ("killed" twice may be two)
        score += _lemma(a) == _lemma(b) != ""
        later = b if (sb, b.evidence.start) > (sa, a.evidence.start) else a
        score += LINK * _anaphoric(later)  # "the crackdown", "this attack" point back to a happening told before
    return score


def _anaphoric(e: Event) -> bool:
    """A definite mention that names nothing of its own ("the protest", "this withdrawal")."""
    if e.actors or e.recipients or e.place or e.date:
        return False
    words = e.evidence.text.lower().split()
    return bool(words) and words[0] in DEFINITE


def _completeness(e: Event) -> tuple[int, float, int]:
    """How much a mention says (filled slots), then its confidence, then earliness: the best is the evidence."""
    filled = (e.date is not None) + (e.place is not None) + min(len(e.actors), 2) + min(len(e.recipients), 1)
    return filled, e.confidence, -e.evidence.start


def merged(members: list[Event]) -> Event:
    """One event of a cluster's mentions: the most complete one, its empty slots filled from the others."""
    best = max(members, key=_completeness)
    best.mentions = sorted({m.evidence for m in members}, key=lambda s: (s.start, s.end))
    if len(members) == 1:
        return best
    others = sorted((m for m in members if m is not best), key=_completeness, reverse=True)
    top = max(members, key=lambda m: m.confidence)
    best.confidence = top.confidence
    best.acled = best.acled or top.acled or next((m.acled for m in others if m.acled), None)
    for m in others:
        best.date = best.date or m.date
        best.place = best.place or m.place
        best.attributed_to = best.attributed_to or m.attributed_to
        best.mode = best.mode or m.mode
        best.actors += [a for a in m.actors if a not in best.actors]
        best.recipients += [r for r in m.recipients if r not in best.recipients and r not in best.actors]
    return best


def merge_mentions(doc: Doc, events: list[Event]) -> list[Event]:
    """The article's events with co-referring mentions merged (text order of their evidence kept)."""
    clusters: list[Cluster] = []
    by_type: dict[str, list[Cluster]] = {}
    sentence_of = sentence_numbers(doc)
    for e in sorted(events, key=lambda e: (e.evidence.start, e.evidence.end)):
        k = sentence_of(e.evidence.start)
        best: tuple[int, Cluster] | None = None
        for c in by_type.get(e.type, [])[-WINDOW:]:
            ties = [tie(doc, e, m, k, s) for m, s in c.kinds.values()]
            if None in ties:
                continue
            score = max(ties)  # type: ignore[type-var]
            if score >= LINK and (best is None or score > best[0]):
                best = (score, c)
        if best is None:
            best = (0, Cluster())
            clusters.append(best[1])
            by_type.setdefault(e.type, []).append(best[1])
        best[1].add(e, k)
    out = [merged(c.events) for c in clusters]
    out.sort(key=lambda e: (e.evidence.start, e.evidence.end))
    return out


def sentence_numbers(doc: Doc) -> Callable[[int], int]:
    """A function from an offset to its sentence's number (by bisect over sentence starts)."""
    starts = [s.start for s in doc.sentences]
    return lambda offset: bisect_right(starts, offset) - 1
