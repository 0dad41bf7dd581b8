"""Grouping mentions into entities: people by name tokens, actors by key, organisations by name and acronym."""

from __future__ import annotations

from typing import Any

from dateline.entities.grouping import group_mentions

from .conftest import mention


def test_grouping_person_full_and_surname(make_doc: Any) -> None:
    doc = make_doc("Alexander Kinshchak spoke. Kinshchak said. President Kinshchak added. Maria Kinshchak left.")
    ms = [mention(doc, "Alexander Kinshchak", "PERSON"), mention(doc, "Kinshchak", "PERSON", 1),
          mention(doc, "President Kinshchak", "PERSON"), mention(doc, "Maria Kinshchak", "PERSON")]
    people = group_mentions(doc, ms)
    assert [(e.name, len(e.mentions)) for e in people] == [("Alexander Kinshchak", 3), ("Maria Kinshchak", 1)]


def test_grouping_alias_keys(make_doc: Any, matcher: Any) -> None:
    doc = make_doc("The IS and Islamic State and ISIS and Daesh. Nusra Front, Jabhat al-Nusra and Nusra. U.S. and United States.")
    entities = group_mentions(doc, matcher(doc))
    assert [(e.name, len(e.mentions)) for e in entities] == [("Islamic State", 4), ("Jabhat al-Nusra", 3),
                                                               ("United States", 2)]
    assert entities[0].type == "GROUP" and entities[0].sector == "REB"


def test_grouping_defined_acronym(make_doc: Any) -> None:
    doc = make_doc("The Free Rivers Front (FRF) grew. The FRF attacked.")
    ms = [mention(doc, "Free Rivers Front", "ORG"), mention(doc, "FRF", "ORG"), mention(doc, "FRF", "ORG", 1)]
    entities = group_mentions(doc, ms, {"FRF": "free rivers front"})
    assert [(e.name, e.aliases, len(e.mentions)) for e in entities] == [("Free Rivers Front", ["FRF"], 3)]


def test_grouping_unknown_org_coded(make_doc: Any) -> None:
    doc = make_doc("The Iraqi Water Ministry said.")
    entities = group_mentions(doc, [mention(doc, "Iraqi Water Ministry", "ORG")])
    assert (entities[0].country, entities[0].sector) == ("IRQ", "GOV")


def test_grouping_person_named_like_place_merged(make_doc: Any) -> None:
    from dateline.doc import Place
    from dateline.entities.grouping import merge_person_places

    doc = make_doc("Troops entered Qartaba. Qartaba said nothing.")
    place_span = mention(doc, "Qartaba", "GPE").span
    doc.places = [Place("P1", "Qartaba", 1, 34.0, 36.0, "SY", mentions=[place_span])]
    ms = [mention(doc, "Qartaba", "GPE"), mention(doc, "Qartaba", "PERSON", 1)]
    ms[0].place = "P1"
    entities = merge_person_places(doc, group_mentions(doc, ms))
    assert [(e.id, e.type, len(e.mentions)) for e in entities] == [("E1", "GPE", 2)]
