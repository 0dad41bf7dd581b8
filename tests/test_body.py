"""Where the story begins: after the dateline and the dash that parts it from the story."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.body import body_start
from dateline.doc import Doc


@pytest.mark.parametrize("text,starts", [
    ("GOMA, Democratic Republic of Congo (AP) — Rebels seized the town.", "Rebels"),
    ("Rebels seized the town, officials said.", "Rebels"),
])
def test_body_start_without_a_read_dateline(text: str, starts: str) -> None:
    assert text[body_start(Doc(text=text, id="t")):].startswith(starts)


@pytest.mark.parametrize("opening", ["LAGOS - ", "MOSCOW (TASS): ", "KYIV ― "])
def test_body_start_after_the_read_dateline_and_its_dash(pipeline: Any, opening: str) -> None:
    from dateline.ingest import doc_from_text

    doc = pipeline(doc_from_text(f"Headline here\n\n{opening}Nigerian police arrested 40 people."))
    assert doc.dateline is not None
    assert doc.text[body_start(doc):].startswith("Nigerian police")
