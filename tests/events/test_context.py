"""Tests for dateline.events.context: PLOVER contexts from signal words."""

from __future__ import annotations

import pytest

from dateline.events.context import contexts


@pytest.mark.parametrize("text,type_,wanted,unwanted", [
    ("Troops shelled the refugee camp.", "ASSAULT", {"military", "migration"}, {"economic"}),
    ("The ministers discussed trade and tariffs.", "CONSULT", {"economic"}, {"military"}),
])
def test_context_signals(sentence, text: str, type_: str, wanted: set[str], unwanted: set[str]) -> None:
    found = set(contexts(list(sentence(text)), type_))
    assert wanted <= found and not (unwanted & found)
