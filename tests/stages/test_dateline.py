"""Wire datelines: place, date as written and agency; no false datelines in ordinary sentences."""

from __future__ import annotations

import pytest

from dateline.doc import Doc, Span
from dateline.stages.dateline import find_dateline
from dateline.stages.segment import paragraphs


def doc_of(text: str) -> Doc:
    doc = Doc(text=text, id="t")
    doc.paragraphs = [Span(s, e, text[s:e]) for s, e in paragraphs(text)]
    return doc


@pytest.mark.parametrize("opening,span,place,date,agency", [
    ("MOSCOW, February 7. /TASS/.  The army said", "MOSCOW, February 7. /TASS/.", "MOSCOW", "February 7", "TASS"),
    ("BEIRUT (Reuters) - Syrian forces", "BEIRUT (Reuters)", "BEIRUT", None, "Reuters"),
    ("WASHINGTON — The president", "WASHINGTON", "WASHINGTON", None, None),
    ("Jan 5 (Reuters) - Oil prices rose", "Jan 5 (Reuters)", None, "Jan 5", "Reuters"),
    ("LONDON, March 3 (AP) — Britain", "LONDON, March 3 (AP)", "LONDON", "March 3", "AP"),
    ("BEIJING, Jan. 5 (Xinhua) -- China", "BEIJING, Jan. 5 (Xinhua)", "BEIJING", "Jan. 5", "Xinhua"),
    ("KYIV, Ukraine (AP) — Russian forces", "KYIV, Ukraine (AP)", "KYIV", None, "AP"),
    ("NEW YORK (CNN) -- A man", "NEW YORK (CNN)", "NEW YORK", None, "CNN"),
    ("GOMA, Democratic Republic of Congo (AP) — Rebels", "GOMA, Democratic Republic of Congo (AP)", "GOMA", None, "AP"),
    ("PORT-AU-PRINCE, Haiti, July 7 (Reuters) - Gangs", "PORT-AU-PRINCE, Haiti, July 7 (Reuters)", "PORT-AU-PRINCE",
     "July 7", "Reuters"),
])
def test_dateline_finds_wire_datelines(opening: str, span: str, place: str | None, date: str | None,
                                       agency: str | None) -> None:
    doc = doc_of("Headline of the story\n\n" + opening + " did something.")
    found = find_dateline(doc)
    assert found is not None
    assert (found.span.text, found.place, found.date, found.agency) == (span, place, date, agency)
    assert doc.text[found.span.start:found.span.end] == found.span.text
    if found.place_span:
        assert found.place_span.text == place


@pytest.mark.parametrize("text", [
    "The US said on Monday - in a statement - that talks would go on.",
    "UPDATE: this story has been corrected.",
    "He said it was fine (really) - and left.",
    "By Jane Doe\n\nNo dateline in this story at all.",
])
def test_dateline_ignores_ordinary_openings(text: str) -> None:
    assert find_dateline(doc_of(text)) is None


def test_dateline_only_in_the_first_paragraphs() -> None:
    text = "\n\n".join(["Paragraph."] * 10 + ["PARIS (AFP) - late dateline."])
    assert find_dateline(doc_of(text)) is None
