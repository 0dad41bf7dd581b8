"""Role nouns tied to named people by the article: titles, appositions either way; the nearest tie wins."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.quotes.entities import EntityIndex
from dateline.quotes.lexicon import roles
from dateline.quotes.roles import Binding, bound_entity, find_bindings
from dateline.quotes.tokens import TokenIndex


@pytest.mark.parametrize("text,phrase", [
    ("The talks resumed, the Russian ambassador to Syria, Alexander Petrov, told reporters.",
     "Russian ambassador to Syria"),
    ("Alexander Petrov, the Russian ambassador to Syria, told reporters the talks resumed.",
     "Russian ambassador to Syria"),
    ("Russian Ambassador Alexander Petrov told reporters the talks resumed.", "Russian Ambassador"),
])
def test_roles_bindings_from_the_text(analyse: Any, text: str, phrase: str) -> None:
    doc = analyse(text)
    bindings = find_bindings(TokenIndex(doc), EntityIndex(doc))
    petrov = next(e for e in doc.entities if e.name == "Alexander Petrov")
    assert [(b.entity, b.phrase) for b in bindings] == [(petrov.id, phrase)]


def test_roles_no_binding_without_a_named_partner(analyse: Any) -> None:
    doc = analyse("The ambassador told reporters the talks resumed.")
    assert find_bindings(TokenIndex(doc), EntityIndex(doc)) == []


@pytest.mark.parametrize("noun,offset,expected", [
    ("ambassador", 500, "E1"),  # a tie of the same noun before a nearer one of its class
    ("diplomat", 500, "E2"),  # the nearest earlier tie of the class
    ("ambassador", 50, "E1"),  # only E1 is tied before
    ("ambassador", 5, "E1"),  # nothing before: the first later tie (a headline before the name)
    ("minister", 500, None),
])
def test_roles_bound_entity(noun: str, offset: int, expected: str | None) -> None:
    table = roles()
    bindings = [Binding(10, table["ambassador"], "E1", "ambassador to Syria"),
                Binding(200, table["envoy"], "E2", "envoy to Libya")]
    assert bound_entity(table[noun], offset, bindings) == expected
