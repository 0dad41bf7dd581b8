"""Helpers for the places tests: hand-made candidates and senses, and a parse-only pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.gazetteer import ALTERNATE, OFFICIAL, Entry, name_key
from dateline.places.candidates import Candidate

_IDS = iter(range(10**9, 2 * 10**9))


def entry(name: str, lat: float, lon: float, country: str | None, code: str, population: int = 0,
          admin1: str | None = None, kind: int = OFFICIAL, geonameid: int | None = None) -> Entry:
    """A gazetteer sense for tests."""
    fclass = {"PCLI": "A", "ADM1": "A", "ADM2": "A", "CONT": "L", "AIRB": "S", "RGN": "L", "STM": "H"}.get(code, "P")
    gid = geonameid if geonameid is not None else next(_IDS)
    return Entry(gid, gid, name, lat, lon, country, admin1, fclass, code, population, kind)


def cand(text: str, start: int = 0, **kw: Any) -> Candidate:
    """A candidate for tests: a proper noun in running text unless told otherwise."""
    kw.setdefault("propn", True)
    return Candidate(start, start + len(text), text, name_key(text), len(text.split()), **kw)


TADMUR = entry("Tadmur", 34.5624, 38.28402, "SY", "PPL", 51015, "SY.11", ALTERNATE, 163808)
PALMYRA_NY = entry("Palmyra", 43.06396, -77.23331, "US", "PPL", 3440, "US.NY", OFFICIAL, 5130045)
SYRIA = entry("Syria", 35.0, 38.0, "SY", "PCLI", 22_000_000, geonameid=163843)
IDLIB_CITY = entry("Idlib", 35.93062, 36.63393, "SY", "PPL", 128840, "SY.12", geonameid=169389)
IDLIB_GOV = entry("Idlib", 35.87, 36.55, "SY", "ADM1", 442917, "SY.12", geonameid=169387)
NEW_YORK = entry("New York", 43.0, -75.5, "US", "ADM1", 19_000_000, "US.NY", geonameid=5128638)
GEORGIA_C = entry("Georgia", 42.0, 43.5, "GE", "PCLI", 3_700_000, geonameid=614540)
GEORGIA_S = entry("Georgia", 32.75, -83.5, "US", "ADM1", 10_000_000, "US.GA", geonameid=4197000)
ATLANTA = entry("Atlanta", 33.749, -84.388, "US", "PPLA", 463_878, "US.GA", geonameid=4180439)


@pytest.fixture(scope="session")
def parse() -> Any:
    """A function text -> Doc parsed by segment, dateline and nlp (no places yet)."""
    from dateline.config import load_settings
    from dateline.doc import Doc
    from dateline.pipeline import Pipeline

    pipe = Pipeline(load_settings(pipeline__on_error="raise"), stages=["segment", "dateline", "published", "nlp"])
    return lambda text: pipe(Doc(text=text, id="test"))
