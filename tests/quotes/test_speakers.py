"""Speaker resolution: names, surnames, pronouns, role nouns and organisations to the article's entities."""

from __future__ import annotations

from typing import Any

import pytest


def speakers(analyse: Any, text: str) -> list[tuple[str | None, str | None]]:
    """(mention, resolved name) of every quote's speaker."""
    doc = analyse(text)
    return [(q.speaker.mention.text if q.speaker.mention else None, q.speaker.name) for q in doc.quotes]


@pytest.mark.parametrize("text,expected", [
    ('Maria Lopez met the press.\n\n"We are ready," Lopez said.', ("Lopez", "Maria Lopez")),
    ('Maria Lopez met the press on Monday.\n\n"We are ready," she said.', ("she", "Maria Lopez")),
    ('John Smith arrived in Geneva.\n\nHe said the talks would resume soon.', ("He", "John Smith")),
    ('The Russian Defence Ministry issued a statement.\n\nThe ministry said the road was open.',
     ("The ministry", "Russian Defence Ministry")),
    ("Syria's state news agency SANA said the army had responded to attacks.",
     ("Syria's state news agency", "SANA")),  # a name right after its description names the speaker
])
def test_speakers_resolve(analyse: Any, text: str, expected: tuple[str, str]) -> None:
    assert speakers(analyse, text)[-1] == expected


def test_speakers_pronoun_prefers_the_last_speaker_over_older_names(analyse: Any) -> None:
    text = ('John Smith and Maria Lopez arrived in Geneva on Monday for the talks.\n\n'
            '"We are ready," Lopez said.\n\n"The other side is not," she added.')
    assert speakers(analyse, text)[-1] == ("she", "Maria Lopez")


def test_speakers_unknown_role_keeps_mention_without_entity(analyse: Any) -> None:
    assert speakers(analyse, '"The road is open," a police spokesman said.') == [("a police spokesman", None)]


def test_speakers_pronoun_skips_names_inside_quotations(analyse: Any) -> None:
    text = ('"We are ready," John Smith said on Monday.\n\n'
            '"Maria Lopez has been a great help to all of us," he added.')
    assert speakers(analyse, text)[-1] == ("he", "John Smith")


def test_speakers_we_is_only_the_last_speaker(analyse: Any) -> None:
    text = "The Islamic State lost its last town in March.\n\nWe said the war was not over."
    assert speakers(analyse, text)[-1] == ("We", None)
