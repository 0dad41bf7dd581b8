"""Stage `entities`: the NER corrected by the alias table and the resolved places, grouped into canonical entities."""

from __future__ import annotations

from ..config import Settings
from ..doc import Doc, EntityMention
from ..entities import alias_matcher, group_mentions
from ..entities.acronyms import acronym_keys, add_acronym_mentions, definitions
from ..entities.descriptions import describe
from ..entities.grouping import merge_person_places
from ..entities.labels import harmonise
from ..entities.mentions import collect_mentions
from ..entities.propagate import propagate
from ..entities.retype import retype_places
from ..registry import stage


def find_entities(doc: Doc, aliases: list[EntityMention]) -> Doc:
    """Alias, place and NER mentions -> propagated, acronym-linked, place-guarded mentions -> entities."""
    mentions = retype_places(doc, collect_mentions(doc, aliases))
    mentions = _agency_is_organisation(doc, harmonise(propagate(doc, mentions)))
    defined = definitions(doc, mentions)
    for m in mentions:
        d = defined.get(m.span.text)
        if m.key is None and d is not None and d.key:
            m.key = d.key  # "(HTS)" after a known actor's full name is that actor
    mentions = add_acronym_mentions(doc, mentions, defined)
    doc.entities = merge_person_places(doc, group_mentions(doc, mentions, acronym_keys(defined)))
    for e in doc.entities:
        e.description = e.description or describe(doc, e)
    return doc


def _agency_is_organisation(doc: Doc, mentions: list[EntityMention]) -> list[EntityMention]:
    """The dateline's agency ("(Sample Wire)", "/TASS/") is an organisation wherever it is named, never a person."""
    agency = doc.dateline.agency if doc.dateline is not None else None
    for m in mentions:
        if agency and m.span.text == agency and m.label == "PERSON":
            m.label = "ORG"
    return mentions


@stage("entities", requires=["mentions", "places", "spacy"], assigns=["entities"])
def make_entities(settings: Settings) -> object:
    """Correct the NER with the alias table and the places, then group mentions into entities."""
    matcher = alias_matcher(settings["nlp.model"], tuple(settings["nlp.disable"]))

    def entities(doc: Doc) -> Doc:
        return find_entities(doc, matcher(doc))

    return entities
