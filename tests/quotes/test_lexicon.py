"""The cue and role lexicons read from resources/quotes."""

from __future__ import annotations

import pytest

from dateline.quotes.lexicon import KINDS, PRONOUNS, cue_lemma_ids, cues, roles


@pytest.mark.parametrize("lemma,kind,frame", [
    ("say", "speech", "c"), ("warn", "speech", "r"), ("accord", "according", "p:to"),
    ("criticize", "stance", "o"), ("go on", "speech", "r"),
])
def test_lexicon_curated_cues(lemma: str, kind: str, frame: str) -> None:
    entry = cues()[lemma, "VERB"]
    assert entry.kind == kind and frame in entry.frames


def test_lexicon_learned_rows_add_nouns_and_frames() -> None:
    table = cues()
    assert all(e.kind in KINDS for e in table.values())
    assert any(pos == "NOUN" for _, pos in table)
    assert cues()["say", "VERB"].speech and not cues()["criticize", "VERB"].speech


def test_lexicon_lemma_ids_cover_particle_verbs() -> None:
    from spacy.strings import get_string_id

    assert get_string_id("go") in cue_lemma_ids() and get_string_id("say") in cue_lemma_ids()


@pytest.mark.parametrize("noun,cls,etype", [
    ("ambassador", "diplomat", "PERSON"), ("diplomat", "diplomat", "PERSON"), ("ministry", "ministry", "ORG"),
    ("spokesman", "spokesperson", "PERSON"),
])
def test_lexicon_roles(noun: str, cls: str, etype: str) -> None:
    role = roles()[noun]
    assert (role.cls, role.type) == (cls, etype)


def test_lexicon_pronouns_refer_to_people_or_organisations() -> None:
    assert PRONOUNS["he"] == {"PERSON"} and "ORG" in PRONOUNS["it"]
