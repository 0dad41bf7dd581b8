"""One label per name: surnames and given names of people, places over other labels."""

from __future__ import annotations

from typing import Any

from dateline.entities.labels import harmonise

from .conftest import mention


def test_labels_surname_and_given_name(make_doc: Any) -> None:
    doc = make_doc("Shamima Rahan left. Rahan wrote. Shamima cried.")
    ms = [mention(doc, "Shamima Rahan", "PERSON"), mention(doc, "Rahan", "ORG", nth=1),
          mention(doc, "Shamima", "GPE", nth=1)]
    assert [m.label for m in harmonise(ms)] == ["PERSON", "PERSON", "PERSON"]


def test_labels_place_wins(make_doc: Any) -> None:
    doc = make_doc("Baghuz fell. Baghuz burned. Baghuz emptied.")
    ms = [mention(doc, "Baghuz", "PERSON"), mention(doc, "Baghuz", "GPE", nth=1), mention(doc, "Baghuz", "PERSON", 2)]
    assert [m.label for m in harmonise(ms)] == ["GPE", "GPE", "GPE"]


def test_labels_keyed_untouched(make_doc: Any) -> None:
    doc = make_doc("Jordan Vale met. Jordan objected.")
    keyed = mention(doc, "Jordan", "GPE", nth=1, origin="alias")
    keyed.key = "JOR"
    ms = [mention(doc, "Jordan Vale", "PERSON"), keyed]
    assert [m.label for m in harmonise(ms)] == ["PERSON", "GPE"]
