"""The article record: every field of the contract, schema-valid, and a faithful round trip through from_record."""

from __future__ import annotations

import jsonschema
import pytest

from dateline.doc import (Acled, Dateline, Doc, DocError, Duplicate, Entity, Event, EventDate, Place, Quote, Span,
                          Speaker, TimeExpr)
from dateline.record import SCHEMA, from_record, to_record
from dateline.schema import record_schema

from support import assert_offsets

CONTRACT_FIELDS = {"schema", "id", "title", "url", "source", "published", "dateline", "text", "entities", "places",
                   "times", "quotes", "events", "duplicates"}


def full_doc() -> Doc:
    text = "ROME (Reuters) - Police arrested 12 protesters in Rome on Monday, the ministry said. \"We acted,\" it said."
    doc = Doc(text=text, id="doc-1", title="T", url="https://x.example/a", source="Reuters", published="2021-06-07",
              published_from="given")

    def at(sub: str, nth: int = 0) -> Span:
        i = -1
        for _ in range(nth + 1):
            i = text.index(sub, i + 1)
        return doc.span(i, i + len(sub))

    doc.dateline = Dateline(span=at("ROME (Reuters)"), place="ROME", agency="Reuters", place_span=at("ROME"))
    doc.entities = [Entity(id="E1", name="Police", type="ORG", mentions=[at("Police")], country="ITA", sector="COP"),
                    Entity(id="E2", name="ministry", type="ORG", mentions=[at("ministry")])]
    doc.places = [Place(id="P1", name="Rome", geonameid=3169070, lat=41.89193, lon=12.51133, country="IT",
                        admin1="Lazio", feature_code="PPLC", mentions=[at("ROME"), at("Rome")])]
    sentence = at("Police arrested 12 protesters in Rome on Monday, the ministry said.")
    doc.times = [TimeExpr(span=at("Monday"), type="DATE", value="2021-06-07", anchor=sentence)]
    doc.quotes = [Quote(id="Q1", span=at("We acted,"), kind="direct",
                        speaker=Speaker(mention=at("it"), entity="E2", name="ministry"), cue=at("said", 1))]
    doc.events = [Event(id="V1", type="COERCE", evidence=sentence, confidence=0.8, mode="arrest",
                        acled=Acled("Strategic developments", "Arrests"), actors=["E1"], place="P1",
                        date=EventDate("2021-06-07", "2021-06-07", "day"), status="asserted", trigger=at("arrested"))]
    doc.duplicates = [Duplicate(span=at("We acted,"), of=at("We acted,"))]
    return doc


def test_record_has_every_contract_field_and_validates() -> None:
    rec = to_record(full_doc())
    assert CONTRACT_FIELDS <= set(rec) and rec["schema"] == SCHEMA
    jsonschema.validate(rec, record_schema())
    assert_offsets(rec)


def test_record_round_trip_through_from_record() -> None:
    rec = to_record(full_doc())
    assert to_record(from_record(rec)) == rec


def test_record_error_records_validate() -> None:
    doc = Doc(text="", id="bad", error=DocError("E_EMPTY", "the input has no text", "ingest"))
    rec = to_record(doc)
    jsonschema.validate(rec, record_schema())
    assert rec["error"]["code"] == "E_EMPTY"


@pytest.mark.parametrize("field,value", [("type", "FIGHT"), ("status", "maybe"), ("confidence", 1.5)])
def test_record_schema_rejects_bad_events(field: str, value: object) -> None:
    rec = to_record(full_doc())
    rec["events"][0][field] = value
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(rec, record_schema())
