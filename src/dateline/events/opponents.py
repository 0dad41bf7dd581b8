"""The other side: a fight or retreat that names who acted but not against whom is against the actor's adversary.

War stories name both sides once ("the army launched an offensive against the rebels") and then tell
further fighting by one side only ("the rebels attacked the town again", "government troops
retreated"). The pairs of adversaries the article states are collected from its assaults; an
assault or retreat whose actor has exactly one known adversary gets that adversary as recipient.
A generic actor ("government troops", "the jihadists") stands for the one stated party of its sector.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..doc import Doc, Entity, Event

STATED = frozenset({"ASSAULT"})  # types whose parties are adversaries
FILLED = frozenset({"ASSAULT", "RETREAT"})  # types whose missing recipient is the adversary
# Sectors of armed sides (and the governments that direct them); civilians, media, aid groups and
# companies are the targets or witnesses of fighting, never a side whose adversary can be inferred.
ARMED = frozenset({"MIL", "REB", "GOV", "COP", "SPY", "UAF", "OPP", "SEP", "CRM"})


def armed_side(doc: Doc, entity_id: str) -> Entity | None:
    """The entity when it is an armed side (by its PLOVER sector; a person is a leader, not a side), else None."""
    e = doc.entity(entity_id)
    return e if e is not None and e.sector in ARMED and e.type != "PERSON" else None


def adversaries(doc: Doc, events: list[Event]) -> dict[str, set[str]]:
    """Entity id -> the entities the article says it fights, threatens or coerces (or is fought by)."""
    pairs: dict[str, set[str]] = defaultdict(set)
    for e in events:
        if e.type not in STATED or e.status == "negated":
            continue
        for a in e.actors:
            for r in e.recipients:
                if a != r and armed_side(doc, a) and armed_side(doc, r):
                    pairs[a].add(r)
                    pairs[r].add(a)
    return pairs


def stand_in(doc: Doc, entity_id: str, pairs: dict[str, set[str]]) -> str | None:
    """The stated party an actor is: itself, or for a generic actor the one stated party of its sector."""
    if entity_id in pairs:
        return entity_id
    e = armed_side(doc, entity_id)
    if e is None or e.key is not None:  # a named actor the article never set against anyone
        return None
    same = [p for p in pairs if (q := doc.entity(p)) is not None and q.key is not None  # named sides only
            and q.sector == e.sector and (e.country is None or q.country in (None, e.country))]
    return same[0] if len(same) == 1 else None


def fill_recipients(doc: Doc, events: list[Event]) -> None:
    """Give assaults and retreats without a recipient their actor's one adversary (in place).

    Generic actors keep their own entity: which side "the attacking forces" were is a guess good enough to
    find the adversary of a two-sided story, not to name the actor.
    """
    pairs = adversaries(doc, events)
    if not pairs:
        return
    for e in events:
        if e.type not in FILLED or e.recipients or not e.actors or e.status == "negated":
            continue
        if not all(armed_side(doc, a) for a in e.actors):  # victims parsed as actors ("civilians were killed")
            continue
        sides = {s for a in e.actors if (s := stand_in(doc, a, pairs)) is not None}
        foes = {f for s in sides for f in pairs[s]} - sides - set(e.actors)
        named = {f for f in foes if (q := doc.entity(f)) is not None and q.key is not None}
        if len(foes) == 1 and named:  # one adversary, and a side the story names, not "snipers"
            e.recipients = [foes.pop()]

