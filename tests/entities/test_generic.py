"""Generic actors made entities on request of the events layer."""

from __future__ import annotations

from typing import Any

from dateline.doc import Entity
from dateline.entities.generic import add_generic_actor

from .conftest import mention


def test_generic_new_entity(make_doc: Any) -> None:
    doc = make_doc("Talks between the government and the armed opposition stalled; the armed opposition left.")
    doc.entities = [Entity("E1", "Syria", "GPE", [])]
    first = add_generic_actor(doc, mention(doc, "the armed opposition", "ORG").span)
    again = add_generic_actor(doc, mention(doc, "the armed opposition", "ORG", nth=1).span)
    assert first is again and first is not None
    assert (first.id, first.name, first.type, first.sector, len(first.mentions)) == \
        ("E2", "armed opposition", "GROUP", "REB", 2)
    assert all(doc.text[m.start:m.end] == m.text for m in first.mentions)


def test_generic_joins_known_actor(make_doc: Any) -> None:
    doc = make_doc("Syrian troops advanced.")
    army = Entity("E1", "Syrian Army", "ORG", [], key="SYR_MIL")
    doc.entities = [army]
    assert add_generic_actor(doc, mention(doc, "Syrian troops", "ORG").span) is army
    assert army.aliases == ["Syrian troops"]


def test_generic_rejects_people_and_nonactors(make_doc: Any) -> None:
    doc = make_doc("The ambassador met the weather with excessive force.")
    assert add_generic_actor(doc, mention(doc, "The ambassador", "ORG").span) is None
    assert add_generic_actor(doc, mention(doc, "the weather", "ORG").span) is None
    assert add_generic_actor(doc, mention(doc, "excessive force", "ORG").span) is None
    assert doc.entities == []


def _place(pid: str, name: str, country: str, doc: Any, role: str | None = None) -> Any:
    """A place with every mention of its name in the document."""
    import re

    from dateline.doc import Place

    spans = [doc.span(m.start(), m.end()) for m in re.finditer(re.escape(name), doc.text)]
    return Place(pid, name, None, None, None, country=country, mentions=spans, role=role)


def test_generic_state_agent_takes_the_story_country(make_doc: Any) -> None:
    doc = make_doc("MOSCOW. Fighting near Palmyra went on. In Palmyra, government troops retreated; Moscow said so.")
    army = Entity("E1", "Syrian Army", "ORG", [], key="SYR_MIL")
    doc.entities = [army, Entity("E2", "Russian armed forces", "ORG", [], key="RUS_MIL")]
    doc.places = [_place("P1", "Palmyra", "SY", doc), _place("P2", "MOSCOW", "RU", doc, role="dateline"),
                  _place("P3", "Moscow", "RU", doc)]
    assert add_generic_actor(doc, mention(doc, "government troops", "ORG").span) is army
    assert "government troops" in army.aliases


def test_generic_state_agent_without_a_story_country_stays_generic(make_doc: Any) -> None:
    doc = make_doc("Talks in Moscow and Damascus ended; government troops retreated.")
    doc.places = [_place("P1", "Moscow", "RU", doc), _place("P2", "Damascus", "SY", doc)]
    found = add_generic_actor(doc, mention(doc, "government troops", "ORG").span)
    assert found is not None and found.key is None and found.name == "government troops"


def test_generic_state_agent_needs_an_agent_noun_and_no_owner(make_doc: Any) -> None:
    doc = make_doc("In Kharkiv, Russia said its forces hit military targets in Kharkiv.")
    doc.entities = [Entity("E1", "Armed Forces of Ukraine", "ORG", [], key="UKR_MIL")]
    doc.places = [_place("P1", "Kharkiv", "UA", doc)]
    for phrase in ("its forces", "military targets"):
        found = add_generic_actor(doc, mention(doc, phrase, "ORG").span)
        assert found is None or found.key is None


def test_generic_state_agent_only_for_phrases_that_mean_the_state(make_doc: Any) -> None:
    doc = make_doc("In Raqqa, Kurdish forces and officials met; the government and rebel troops spoke in Raqqa.")
    doc.entities = [Entity("E1", "Syrian Army", "ORG", [], key="SYR_MIL"),
                    Entity("E2", "Syrian government", "ORG", [], key="SYR_GOV")]
    doc.places = [_place("P1", "Raqqa", "SY", doc)]
    for phrase in ("Kurdish forces", "officials", "the government", "rebel troops"):
        found = add_generic_actor(doc, mention(doc, phrase, "ORG").span)
        assert found is None or found.key is None, phrase


def test_generic_owner_country_and_weapons(make_doc: Any) -> None:
    doc = make_doc("Russia said its forces fired. A Russian missile hit. Rockets hit.")
    army = Entity("E1", "Russian armed forces", "ORG", [], key="RUS_MIL")
    doc.entities = [army]
    assert add_generic_actor(doc, mention(doc, "its forces", "ORG").span, "RUS") is army
    assert add_generic_actor(doc, mention(doc, "A Russian missile", "ORG").span) is army
    assert add_generic_actor(doc, mention(doc, "Rockets", "ORG").span) is None  # whose, nobody says
    assert all(doc.text[m.start:m.end] == m.text for m in army.mentions)
