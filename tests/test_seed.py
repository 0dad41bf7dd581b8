"""Issue 2's acceptance on the reference TASS article (skipped without ../shared)."""

from __future__ import annotations

from typing import Any

import jsonschema
import pytest

from dateline.schema import record_schema
from support import assert_offsets

pytestmark = pytest.mark.dev


def test_seed_record_validates_and_offsets_hold(seed_doc: Any) -> None:
    rec = seed_doc.to_record()
    jsonschema.validate(rec, record_schema())
    assert_offsets(rec)


def test_seed_published_is_inferred_from_dateline_and_text(seed_doc: Any) -> None:
    assert (seed_doc.published, seed_doc.published_from) == ("2017-02-07", "dateline")


def test_seed_dateline(seed_doc: Any) -> None:
    d = seed_doc.dateline
    assert (d.place, d.date, d.agency) == ("MOSCOW", "February 7", "TASS")


def test_seed_kinshchak_is_one_person_with_every_name_mention(seed_doc: Any) -> None:
    people = [e for e in seed_doc.entities if e.type == "PERSON" and "Kinshchak" in e.name]
    assert len(people) == 1
    text = seed_doc.text
    occurrences = [i for i in range(len(text)) if text.startswith("Kinshchak", i)]
    assert occurrences
    for i in occurrences:
        assert any(m.start <= i < m.end for m in people[0].mentions), f"Kinshchak at {i} is not a mention"


def test_seed_islamic_state_is_one_entity(seed_doc: Any) -> None:
    owners = {e.id for e in seed_doc.entities for m in e.mentions if m.text in {"IS", "Islamic State"}}
    assert len(owners) == 1


def test_seed_no_person_named_palmyra(seed_doc: Any) -> None:
    assert not [e for e in seed_doc.entities if e.type == "PERSON" and "Palmyra" in e.name]
