"""Tests for dateline.events.roles: actors and recipients as entity ids from the parse."""

from __future__ import annotations

import pytest

from dateline.doc import Entity
from dateline.events.coder import EventCoder


def _entity(doc, eid: str, name: str, type_: str = "ORG") -> Entity:
    s = doc.text.index(name)
    return Entity(eid, name, type_, mentions=[doc.span(s, s + len(name))])


@pytest.mark.parametrize("text,names,actors,recipients", [
    ("The Syrian Army attacked Islamic State positions.", ["Syrian Army", "Islamic State"], ["E1"], ["E2"]),
    ("A camp was attacked by the Lord's Resistance Army.", ["Lord's Resistance Army"], ["E1"], []),
    ("Japan sent food aid to Haiti.", ["Japan", "Haiti"], ["E1"], ["E2"]),
    ("Syrian Army units supported by the Russian Air Force shelled the ridge.", ["Syrian Army",
                                                                                 "Russian Air Force"],
     ["E1", "E2"], []),
    ("Delegations of the government and the armed opposition met in Geneva.", ["the government"], ["E1",
                                                                                                   "E2"], []),
    # a demonym or a country's possessive says whose the party is; the party is the state agent
    ("Kenyan police fired tear gas at the protesters.", ["Kenyan:NORP"], ["E2"], ["E3"]),
    ("Ukraine's air force shot down the drones.", ["Ukraine:GPE"], ["E2"], ["E3"]),
    # a relative pronoun is the noun its clause modifies
    ("Turkey, which backs the Free Syrian Army, spoke.", ["Turkey", "Free Syrian Army"], ["E1"], ["E2"]),
    ("The Free Syrian Army, which was attacked by Turkey, spoke.", ["Free Syrian Army", "Turkey"], ["E2"], ["E1"]),
    # a bracketed gloss is the name before it, whatever the parse makes of the brackets
    ("The terrorists of Nusra [Syrian branch of al-Qaeda] attacked the rebels.", ["Nusra", "al-Qaeda"], ["E1"],
     ["E3"]),
])
def test_roles_actors_and_recipients(parsed_doc, text: str, names: list[str], actors: list[str],
                                     recipients: list[str]) -> None:
    doc = parsed_doc(text)
    doc.entities = [_entity(doc, f"E{i}", *n.split(":")) for i, n in enumerate(names, 1)]
    events = EventCoder(use_packaged=False).code(doc)
    assert events
    top = events[0]
    assert top.actors == actors and top.recipients == recipients
    assert all(doc.entity(e) is not None for e in top.actors + top.recipients)
    assert all(doc.text[m.start:m.end] == m.text for e in doc.entities for m in e.mentions)


def test_roles_a_bracketed_clause_is_no_gloss(parsed_doc) -> None:
    text = "Russian troops shelled Kharkiv (Ukrainian forces later counterattacked near the city) on Tuesday."
    doc = parsed_doc(text)
    doc.entities = [_entity(doc, "E1", "Kharkiv", "GPE"), _entity(doc, "E2", "Ukrainian", "NORP")]
    events = EventCoder(use_packaged=False).code(doc)
    assert "E1" not in {a for e in events for a in e.actors}


@pytest.mark.parametrize("text,name", [
    ("Russia said its forces shelled the town.", "Russia:GPE"),  # "its forces": the forces of who says so
    ("A Russian missile struck the building.", "Russian:NORP"),  # a weapon with a country: that country's forces
])
def test_roles_forces_of_a_country(parsed_doc, text: str, name: str) -> None:
    doc = parsed_doc(text)
    doc.entities = [_entity(doc, "E1", *name.split(":"))]
    doc.entities[0].country = "RUS"
    events = EventCoder(use_packaged=False).code(doc)
    assert [doc.entity(a).key for a in events[0].actors] == ["RUS_MIL"]
