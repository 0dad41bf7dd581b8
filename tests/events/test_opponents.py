"""Tests for dateline.events.opponents: one-sided fights take the actor's one stated adversary."""

from __future__ import annotations

import pytest

from dateline.doc import Doc, Entity, Event
from dateline.events.opponents import adversaries, fill_recipients, stand_in

TEXT = "The army launched an offensive against the rebels. The rebels attacked the town again. Troops retreated."


def make_doc() -> Doc:
    doc = Doc(text=TEXT, id="t")
    doc.entities = [Entity("E1", "army", "ORG", country="XYZ", sector="MIL", key="XYZ_MIL"),
                    Entity("E2", "rebels", "GROUP", sector="REB", key="REBELS"),
                    Entity("E3", "government troops", "ORG", sector="MIL"),
                    Entity("E4", "the town", "GPE"),
                    Entity("E5", "militia", "GROUP", sector="REB", key="MILITIA")]
    return doc


def ev(doc: Doc, type_: str, actors: list[str], recipients: list[str] | None = None, status: str = "asserted") -> Event:
    return Event(id="", type=type_, evidence=doc.span(0, 10), confidence=0.8, actors=actors,
                 recipients=recipients or [], status=status)


@pytest.mark.parametrize("type_,actors,expected", [
    ("ASSAULT", ["E2"], ["E1"]),      # the other side of the stated pair
    ("RETREAT", ["E3"], ["E2"]),      # a generic actor stands for the stated party of its sector
    ("ASSAULT", ["E5"], []),          # a named actor never set against anyone gets nobody
    ("PROTEST", ["E2"], []),          # only fights and retreats are filled
    ("ASSAULT", [], []),              # nobody acted: nothing to infer from
])
def test_opponents_fill_the_one_adversary(type_: str, actors: list[str], expected: list[str]) -> None:
    doc = make_doc()
    stated = ev(doc, "ASSAULT", ["E1"], ["E2"])
    one = ev(doc, type_, actors)
    fill_recipients(doc, [stated, one])
    assert one.recipients == expected


@pytest.mark.parametrize("status,expected", [("asserted", {"E1": {"E2"}, "E2": {"E1"}}), ("negated", {})])
def test_opponents_pairs_come_from_stated_fights(status: str, expected: dict[str, set[str]]) -> None:
    doc = make_doc()
    assert dict(adversaries(doc, [ev(doc, "ASSAULT", ["E1"], ["E2", "E4"], status)])) == expected


@pytest.mark.parametrize("pairs,expected", [({"E1": {"E2"}, "E2": {"E1"}}, "E1"),
                                            ({"E1": {"E2"}, "E2": {"E1"}, "E6": {"E2"}}, None)])
def test_opponents_generic_stand_in_must_be_unique(pairs: dict[str, set[str]], expected: str | None) -> None:
    doc = make_doc()
    doc.entities.append(Entity("E6", "police", "ORG", sector="MIL", key="POLICE"))
    assert stand_in(doc, "E3", pairs) == expected


def test_opponents_two_adversaries_leave_the_recipient_open() -> None:
    doc = make_doc()
    events = [ev(doc, "ASSAULT", ["E1"], ["E2"]), ev(doc, "ASSAULT", ["E1"], ["E5"]), ev(doc, "ASSAULT", ["E1"])]
    fill_recipients(doc, events)
    assert events[2].recipients == []


@pytest.mark.parametrize("foe,expected", [("E2", ["E2"]), ("E3", [])])
def test_opponents_only_named_sides_are_filled_in(foe: str, expected: list[str]) -> None:
    doc = make_doc()
    events = [ev(doc, "ASSAULT", ["E5"], [foe]), ev(doc, "ASSAULT", ["E5"])]
    fill_recipients(doc, events)
    assert events[1].recipients == expected
