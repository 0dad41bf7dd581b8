"""Acronyms defined in the text and their other occurrences."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.entities.acronyms import acronym_keys, add_acronym_mentions, definitions

from .conftest import mention


@pytest.mark.parametrize("text, acr, full", [
    ("Fighters of the Free Rivers Front (FRF) said.", "FRF", "Free Rivers Front"),
    ("The FRF (Free Rivers Front) said.", "FRF", "Free Rivers Front"),
    ("The Bureau of Water Affairs (BWA) said.", "BWA", "Bureau of Water Affairs"),
    ("The Department for Road Safety (DfRS) said.", "DfRS", "Department for Road Safety"),
])
def test_acronyms_definitions(make_doc: Any, text: str, acr: str, full: str) -> None:
    found = definitions(make_doc(text), [])
    assert found[acr].full == full


@pytest.mark.parametrize("text", ["He met Oleg Brun (Moscow) today.", "The Front (XYZ) met.", "No brackets here."])
def test_acronyms_reject(make_doc: Any, text: str) -> None:
    assert definitions(make_doc(text), []) == {}


def test_acronyms_mentions_added(make_doc: Any) -> None:
    doc = make_doc("The Free Rivers Front (FRF) grew. The FRF attacked. FRFX is different.")
    full = mention(doc, "Free Rivers Front", "ORG")
    defined = definitions(doc, [full])
    found = add_acronym_mentions(doc, [full], defined)
    assert [m.span.text for m in found] == ["Free Rivers Front", "FRF", "FRF"]
    assert acronym_keys(defined) == {"FRF": "free rivers front"}
