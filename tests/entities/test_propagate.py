"""Propagation of names the NER found once to their other occurrences."""

from __future__ import annotations

from typing import Any

from dateline.entities.propagate import propagate, surfaces

from .conftest import mention


def test_propagate_surname(make_doc: Any) -> None:
    doc = make_doc("Alexander Kinshchak told reporters. Kinshchak said so. \"No,\" Kinshchak added.")
    found = propagate(doc, [mention(doc, "Alexander Kinshchak", "PERSON")])
    assert [m.span.text for m in found] == ["Alexander Kinshchak", "Kinshchak", "Kinshchak"]
    assert all(doc.text[m.span.start:m.span.end] == m.span.text for m in found)


def test_propagate_skips_longer_names(make_doc: Any) -> None:
    doc = make_doc("Anna Smith spoke. Mark Smith did not. Smith Street was shut. Smith agreed.")
    found = propagate(doc, [mention(doc, "Anna Smith", "PERSON")])
    assert [m.span.start for m in found[1:]] == [doc.text.index("Smith agreed")]


def test_propagate_surfaces_skip_titles() -> None:
    from dateline.doc import Doc

    doc = Doc(text="Oleg Minister", id="t")
    assert surfaces([mention(doc, "Oleg Minister", "PERSON")]) == {"Oleg Minister": "PERSON"}
