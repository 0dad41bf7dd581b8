"""Tests for dateline.events.status: asserted, ongoing, historical, future, hypothetical, negated."""

from __future__ import annotations

import pytest

from dateline.events.frames import depth, sentence_frames
from dateline.events.status import event_status, old


def status_of(sentence, text: str, when: str | None = None, narrative: str | None = None) -> str:
    f = min(sentence_frames(sentence(text)), key=lambda f: (depth(f), -f.weight))
    return event_status(f, when, "2020-05-06", narrative)


@pytest.mark.parametrize("text,when,narrative,expected", [
    ("Troops are shelling the city.", None, None, "ongoing"),
    ("The army may launch an offensive next month.", None, None, "hypothetical"),
    ("Police did not arrest anyone.", None, None, "negated"),
    ("The ministers will meet in Geneva next week.", None, None, "future"),
    ("Rebels attacked the town in 2009.", "2009-01-01", None, "historical"),
    ("Rebels attacked the town on Monday.", "2020-05-04", None, "asserted"),
    ("Engineers took part in mine clearing in the city.", None, "2016-03", "historical"),
    ("Militants had destroyed the old bridge.", None, None, "historical"),
])
def test_status_cases(sentence, text: str, when: str | None, narrative: str | None, expected: str) -> None:
    assert status_of(sentence, text, when, narrative) == expected


@pytest.mark.parametrize("when,published,expected", [("2020-05-01", "2020-05-06", False),
                                                     ("2020-04-01", "2020-05-06", True),
                                                     ("2016", "2020-05-06", True), (None, "2020-05-06",
                                                                                    None)])
def test_status_old(when: str | None, published: str, expected: bool | None) -> None:
    assert old(when, published) is expected
