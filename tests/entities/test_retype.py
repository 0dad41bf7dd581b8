"""The guard: one-word "people" who are countries or towns become GPE when no places layer ran."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.entities.retype import retype_places

from .conftest import mention


@pytest.mark.parametrize("text, name", [
    ("The army retook Palmyra. Palmyra was quiet and residents of Palmyra returned.", "Palmyra"),
    ("Palmyra was shelled. Fighting raged in Palmyra.", "Palmyra"),
    ("Georgia protested.", "Georgia"),
])
def test_retype_places(make_doc: Any, text: str, name: str) -> None:
    doc = make_doc(text)
    found = retype_places(doc, [mention(doc, name, "PERSON")])
    assert [(m.span.text, m.label, m.origin) for m in found] == [(name, "GPE", "guard")]


@pytest.mark.parametrize("text, ner", [
    ("Palmyra Jones spoke. Palmyra said the deal was off.", [("Palmyra Jones", "PERSON"), ("Palmyra", "PERSON")]),
    ("Kinshchak said the deal was off.", [("Kinshchak", "PERSON")]),
    ("Palmyra said the deal was off.", [("Palmyra", "PERSON")]),
])
def test_retype_keeps_people(make_doc: Any, text: str, ner: list[tuple[str, str]]) -> None:
    doc = make_doc(text)
    ms = [mention(doc, s, label, nth=1 if i and s == "Palmyra" and "Jones" in text else 0)
          for i, (s, label) in enumerate(ner)]
    assert [m.label for m in retype_places(doc, ms)] == [label for _, label in ner]
