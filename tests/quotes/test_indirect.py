"""Reported speech from cues: content and speaker kept apart, cues without content skipped."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.quotes.indirect import all_cues, reported
from dateline.quotes.tokens import TokenIndex


@pytest.mark.parametrize("text,expected", [
    ("The army is advancing near the city, the Russian ambassador to Syria, Alexander Petrov told TASS.",
     [("The army is advancing near the city", "the Russian ambassador to Syria")]),
    ("Officials said the bridge was closed and added that repairs would take weeks.",
     [("the bridge was closed", "Officials"), ("repairs would take weeks", "Officials")]),
    ("He said so.", []),
    # the dateline and its dash are no part of the speaker
    ("KANO - Nigerian police said on Friday they had arrested 12 people after the riot.",
     [("on Friday they had arrested 12 people after the riot", "Nigerian police")]),
])
def test_indirect_content_and_speaker(analyse: Any, text: str, expected: list[tuple[str, str]]) -> None:
    doc = analyse(text)
    found = reported(doc, all_cues(TokenIndex(doc)))
    got = [(text[r.start:r.end], text[r.mention.start:r.mention.end] if r.mention else None) for r in found]
    assert got == expected
