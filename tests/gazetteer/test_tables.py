"""The shipped tables: countries, divisions, supplement, continents, demonyms."""

from __future__ import annotations

import pytest

from dateline.gazetteer.tables import (FEATURE_CLASS, demonyms, read_admin, read_continents, read_countries,
                                       read_supplement)


@pytest.mark.parametrize("iso, lat, lon", [("SY", 35.0, 38.0), ("RU", 60.0, 100.0), ("US", 39.76, -98.5)])
def test_tables_country_points(iso: str, lat: float, lon: float) -> None:
    c = next(c for c in read_countries() if c.iso2 == iso)
    assert (c.lat, c.lon) == (lat, lon)


@pytest.mark.parametrize("table", ["countries", "admin1.tsv", "admin2.tsv.gz", "supplement", "continents"])
def test_tables_coordinates_valid(table: str) -> None:
    rows = {"countries": read_countries, "supplement": lambda: list(read_supplement()),
            "continents": read_continents}.get(table, lambda: list(read_admin(table)))()
    assert len(rows) > 5
    for r in rows:
        assert -90 <= r.lat <= 90 and -180 <= r.lon <= 180, r


@pytest.mark.parametrize("demonym, iso", [("Syrian", "SY"), ("Syrians", "SY"), ("Iraqis", "IQ"), ("British", "GB"),
                                          ("Chinese", "CN"), ("American", "US")])
def test_tables_demonyms(demonym: str, iso: str) -> None:
    assert demonyms()[demonym] == iso


@pytest.mark.parametrize("name", ["Myanmar", "Djibouti"])
def test_tables_a_country_name_is_no_demonym(name: str) -> None:
    # "the Myanmar military" uses the name as an adjective; the name still names the country
    assert name not in demonyms()
    assert any(r.name == name for r in read_countries())


@pytest.mark.parametrize("field", ["feature_code"])
def test_tables_supplement_codes_known(field: str) -> None:
    for s in read_supplement():
        assert getattr(s, field) in FEATURE_CLASS, s.name
        assert s.name and all(n.strip() == n for n in s.names)
