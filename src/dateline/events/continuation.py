"""An agentless fight continues the one told just before it: "The army attacked IS. Fighting raged near the base."

Wire stories name the sides of a fight once and then describe it without them ("particularly intense combat
operations were taking place near the airbase"). An assault told by a word for undirected fighting, naming
neither actor nor recipient nor any other party in its clause, told at most two sentences after an assault
between two armed sides with the same status (both ongoing, both over), gets those sides. Paragraphs are no
bound: wire copy gives most sentences a paragraph of their own."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..entities.labels import PLACE_LABELS
from .coreference import sentence_numbers
from .opponents import armed_side

if TYPE_CHECKING:
    from ..doc import Doc, Event

CONTINUED = frozenset({"ASSAULT"})
# Words for fighting that has two sides but no direction: "combat operations were taking place" goes on between
# the sides just named; "the liberation of Raqqa" or "struck" says who did it to whom, and may say it otherwise.
FIGHTING = frozenset({"fighting", "fight", "fights", "combat", "clash", "clashes", "battle", "battles", "hostilities",
                      "operation", "operations", "skirmish", "skirmishes", "firefight", "firefights", "gunfight",
                      "gunfights", "exchanges"})
MAX_SENTENCES_BACK = 2


def fill_agentless(doc: Doc, events: list[Event]) -> None:
    """Give party-less assaults the parties of the assault told just before them (in place; text order)."""
    sentence = sentence_numbers(doc)
    previous: Event | None = None
    for e in sorted(events, key=lambda e: e.evidence.start):
        if e.type not in CONTINUED:
            continue
        if previous is not None and not e.actors and not e.recipients and e.status == previous.status and \
                _fighting(e) and _next_to(previous, e, sentence) and not _names_anyone(doc, e) and \
                not _elsewhere(doc, previous, e):
            e.actors, e.recipients = list(previous.actors), list(previous.recipients)
        elif e.actors or e.recipients:  # a fight of other sides ends the one before
            previous = e if _two_sided(doc, e) else None


def _next_to(before: Event, after: Event, sentence: Callable[[int], int]) -> bool:
    """Whether `after` is told at most MAX_SENTENCES_BACK sentences after `before`."""
    return 0 <= sentence(after.evidence.start) - sentence(before.evidence.start) <= MAX_SENTENCES_BACK


def _two_sided(doc: Doc, e: Event) -> bool:
    """Whether an event sets armed sides (not people, victims or bystanders) against each other."""
    return e.status != "negated" and bool(e.actors) and bool(e.recipients) and \
        all(armed_side(doc, a) for a in e.actors + e.recipients)


def _names_anyone(doc: Doc, e: Event) -> bool:
    """Whether a party (not a place) is named in the event's evidence: then its sides are not simply the last."""
    return any(e.evidence.contains(m) for x in doc.entities if x.type not in PLACE_LABELS for m in x.mentions)


def _fighting(e: Event) -> bool:
    """Whether the event's trigger is a word for two-sided fighting without a direction."""
    return e.trigger is not None and e.trigger.text.casefold() in FIGHTING


_NEW_SIDES = re.compile(r"\b(?:between|among|amongst)\b", re.IGNORECASE)
_TURN = re.compile(r"(?:Separately|Meanwhile|Elsewhere|In\s+other\s+news|Also)\b|In\s+[A-Z]")  # "In Sudan,"


def _elsewhere(doc: Doc, before: Event, after: Event) -> bool:
    """Whether the story has turned to other sides or another place: "fighting between rival factions", a
    sentence opening "Separately," or "In Sudan,", or a place in another country than the fight before."""
    if _NEW_SIDES.search(after.evidence.text):
        return True
    sent = doc.sentence_at(after.evidence.start)
    if sent is not None and _TURN.match(sent.text.lstrip("\"“ ")):
        return True
    here, there = doc.place(after.place), doc.place(before.place)
    return here is not None and there is not None and None not in (here.country, there.country) and \
        here.country != there.country
