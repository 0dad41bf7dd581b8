"""Matches grouped into places: ids, mentions, names, the dateline role."""

from __future__ import annotations

import pytest

from dateline.doc import Doc
from dateline.gazetteer import load_gazetteer
from dateline.places.assemble import assemble, display_name
from dateline.places.recognize import Match

from .conftest import SYRIA, TADMUR, cand, entry

MOSCOW = entry("Moscow", 55.75, 37.62, "RU", "PPLC", 10_000_000, "RU.48", geonameid=524901)
TEXT = "MOSCOW, Feb 7 (TASS) - Fighting near Palmyra, Syria. Palmyra fell."


def _doc() -> Doc:
    return Doc(text=TEXT, id="t")


def _matches(moscow_again: bool) -> tuple[list[Match], dict]:
    ms = [Match(cand("MOSCOW", 0), [MOSCOW], 3.0), Match(cand("Palmyra", 37), [TADMUR], 2.0),
          Match(cand("Syria", 46), [SYRIA], 2.0), Match(cand("Palmyra", 53), [TADMUR], 2.0)]
    chosen = {"moscow": MOSCOW, "palmyra": TADMUR, "syria": SYRIA}
    return ms, chosen


@pytest.mark.slow
@pytest.mark.parametrize("dateline_end, role", [(6, "dateline"), (None, None)])
def test_assemble_places(dateline_end: int | None, role: str | None) -> None:
    doc = _doc()
    ms, chosen = _matches(False)
    dl = doc.span(0, dateline_end) if dateline_end else None
    places = assemble(doc, ms, chosen, load_gazetteer(), dl)
    assert [p.id for p in places] == ["P1", "P2", "P3"]
    assert [p.name for p in places] == ["Moscow", "Palmyra", "Syria"]
    assert places[0].role == role
    assert [m.start for m in places[1].mentions] == [37, 53]
    for p in places:
        for m in p.mentions:
            assert doc.text[m.start:m.end] == m.text


@pytest.mark.parametrize("surfaces, expect", [(["Palmyra", "PALMYRA"], "Palmyra"), (["PALMYRA"], "Palmyra"),
                                              (["Tadmur"], "Tadmur")])
def test_assemble_display_name(surfaces: list[str], expect: str) -> None:
    assert display_name(TADMUR, surfaces) == expect


@pytest.mark.parametrize("surfaces", [["U.S."], ["Syrian Arab Republic"]])
def test_assemble_countries_keep_their_name(surfaces: list[str]) -> None:
    assert display_name(SYRIA, surfaces) == "Syria"
