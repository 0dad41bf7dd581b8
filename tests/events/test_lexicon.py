"""Tests for dateline.events.lexicon: the packaged tables load, conditions parse and match in context."""

from __future__ import annotations

import pytest

from dateline.events.labels import PLOVER_TYPES
from dateline.events.lexicon import cues_for, frame_roles, parse_needs, roles_for, triggers


@pytest.mark.parametrize("text,key,values,negated", [
    ("prt=off", "prt", {"off"}, False),
    ("!mod=air|drone", "mod", {"air", "drone"}, True),
    ("prep=for|on|prt=for", "prep|prt", {"for", "on"}, False),
])
def test_lexicon_parse_needs(text: str, key: str, values: set[str], negated: bool) -> None:
    (cond,) = parse_needs(text)
    assert cond.key == key and cond.values == values and cond.negated is negated


@pytest.mark.parametrize("text", ["bogus=1", "prt", "obj=a|bogus=b"])
def test_lexicon_parse_needs_rejects_bad_conditions(text: str) -> None:
    with pytest.raises(ValueError):
        parse_needs(text)


@pytest.mark.parametrize("_", [None])
def test_lexicon_tables_cover_every_type(_: None) -> None:
    types = {c.type for cues in triggers().values() for c in cues}
    assert types == set(PLOVER_TYPES)
    assert ("say", "V") in frame_roles()


@pytest.mark.parametrize("text,word,expected", [
    ("Workers called off the strike.", "called", "CONCEDE"),
    ("Workers called for a strike.", "called", "REQUEST"),
    ("Police opened fire on the crowd.", "opened", "ASSAULT"),
    ("Teachers began a hunger strike.", "strike", "PROTEST"),
    ("Jets carried out an air strike.", "strike", "ASSAULT"),
])
def test_lexicon_cues_depend_on_context(sentence, text: str, word: str, expected: str) -> None:
    tok = next(t for t in sentence(text) if t.text == word)
    assert expected in {c.type for c in cues_for(tok)}


@pytest.mark.parametrize("text,word", [("The minister called the envoy.", "called"),
                                       ("She opened the meeting.", "opened")])
def test_lexicon_conditioned_cues_need_their_context(sentence, text: str, word: str) -> None:
    tok = next(t for t in sentence(text) if t.text == word)
    assert not {"REQUEST", "ASSAULT"} & {c.type for c in cues_for(tok)}


@pytest.mark.parametrize("text,word,role", [("He said the talks failed.", "said", "speech"),
                                            ("They launched an attack.", "launched", "support"),
                                            ("They lifted the ban.", "lifted", "undo")])
def test_lexicon_roles(sentence, text: str, word: str, role: str) -> None:
    tok = next(t for t in sentence(text) if t.text == word)
    assert role in roles_for(tok)
