"""Role descriptions of people from appositives and role words around their names."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.doc import Entity
from dateline.entities.descriptions import describe

from .conftest import mention


@pytest.mark.parametrize("text, name, expected", [
    ("Talks stalled, the Russian ambassador to Syria, Oleg Brunov told reporters.", "Oleg Brunov",
     "Russian ambassador to Syria"),
    ("Oleg Brunov, the FRF commander, said the town fell.", "Oleg Brunov", "FRF commander"),
    ("UN envoy Maria Vance said.", "Maria Vance", "UN envoy"),
    ("Oleg Brunov, who lives in Paris, said.", "Oleg Brunov", None),
    ("Yesterday, Oleg Brunov said.", "Oleg Brunov", None),
])
def test_descriptions_describe(make_doc: Any, text: str, name: str, expected: str | None) -> None:
    doc = make_doc(text)
    entity = Entity("E1", name, "PERSON", [mention(doc, name, "PERSON").span])
    assert describe(doc, entity) == expected


def test_descriptions_only_people(make_doc: Any) -> None:
    doc = make_doc("The FRF, the rebel group, said.")
    assert describe(doc, Entity("E1", "FRF", "ORG", [mention(doc, "FRF", "ORG").span])) is None
