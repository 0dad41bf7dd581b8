"""The entity index: which entity covers, starts at, ends at or precedes an offset."""

from __future__ import annotations

import pytest

from dateline.doc import Doc, Entity
from dateline.quotes.entities import EntityIndex

TEXT = "Alexander Kinshchak met the Defence Ministry in Moscow. Kinshchak left."


def index() -> EntityIndex:
    doc = Doc(text=TEXT, id="t")
    span = lambda s: doc.span(TEXT.index(s), TEXT.index(s) + len(s))  # noqa: E731
    doc.entities = [
        Entity("E1", "Alexander Kinshchak", "PERSON", [span("Alexander Kinshchak"), doc.span(56, 65)]),
        Entity("E2", "Defence Ministry", "ORG", [span("Defence Ministry")]),
        Entity("E3", "Moscow", "GPE", [span("Moscow")]),
    ]
    return EntityIndex(doc)


@pytest.mark.parametrize("start,end,types,expected", [
    (10, 19, None, "E1"), (10, 19, ("ORG",), None), (28, 35, ("ORG", "PERSON"), "E2"), (0, 30, None, None),
])
def test_entities_containing(start: int, end: int, types: tuple[str, ...] | None, expected: str | None) -> None:
    found = index().containing(start, end, types)
    assert (found.id if found else None) == expected


@pytest.mark.parametrize("offset,expected", [(0, "E1"), (28, "E2"), (1, None)])
def test_entities_starting(offset: int, expected: str | None) -> None:
    found = index().starting(offset)
    assert (found.id if found else None) == expected


@pytest.mark.parametrize("offset,expected", [(19, "E1"), (44, "E2"), (45, None)])
def test_entities_ending(offset: int, expected: str | None) -> None:
    found = index().ending(offset)
    assert (found.id if found else None) == expected


def test_entities_before_nearest_first() -> None:
    assert [e.id for _, e in index().before(70, ("PERSON", "ORG"))] == ["E1", "E2", "E1"]
    assert [e.id for _, e in index().before(70, ("PERSON",), limit=1)] == ["E1"]
