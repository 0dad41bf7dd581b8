"""`dateline gazetteer import` on a fixture in GeoNames' own dump formats."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.gazetteer import Gazetteer, name_key
from dateline.gazetteer.geonames import ImportOptions, import_geonames

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "geonames"


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    out = tmp_path_factory.mktemp("gaz") / "geonames.sqlite"
    report = import_geonames([FIX / "SY.txt", FIX / "US.txt"], out, alternate_names=FIX / "alternateNamesV2.txt",
                             admin1=FIX / "admin1CodesASCII.txt", country_info=FIX / "countryInfo.txt",
                             opts=ImportOptions(min_population=100))
    assert report.skipped == 1  # the hamlet of 20 people
    return Gazetteer(out, str(out))


def _ids(gaz: Gazetteer, name: str) -> set[int | None]:
    return {e.geonameid for e in gaz.lookup([name_key(name)]).get(name_key(name), [])}


@pytest.mark.parametrize("name, ids", [
    ("Palmyra", {163808, 4846960, 5130045}),  # an English alternate name, and two US towns of that name
    ("Tadmur", {163808}),
    ("Raqqah", {172955, 172957}),  # the Arabic article dropped ("Ar Raqqah")
    ("Idlib", {169387, 169389}),
    ("N.Y.", {5128638}),  # an abbreviation (language "abbr")
    ("Hamlet Too Small", set()),
    ("Palmyre", set()),  # French names are left out by default
    ("PMS", set()),  # so are airport codes
    ("Idlib Old Name", set()),  # and historic names
])
def test_geonames_import_names(imported: Gazetteer, name: str, ids: set[int]) -> None:
    assert _ids(imported, name) == ids


@pytest.mark.parametrize("code, name", [("SY.12", "Idlib"), ("US.PA", "Pennsylvania"), ("XX.99", "XX.99")])
def test_geonames_import_admin1(imported: Gazetteer, code: str, name: str) -> None:
    assert imported.admin1_name(code) == name


@pytest.mark.parametrize("country, capital", [("SY", 170654)])
def test_geonames_import_capitals_and_countries(imported: Gazetteer, country: str, capital: int) -> None:
    assert imported.capitals[country].geonameid == capital
    assert imported.countries[country].feature_code == "PCLI"
    assert imported.countries[country].admin1 is None


@pytest.mark.parametrize("name", ["T-4 airbase", "Strait of Hormuz"])
def test_geonames_import_keeps_supplement(imported: Gazetteer, name: str) -> None:
    assert imported.lookup([name_key(name)]).get(name_key(name))


@pytest.mark.parametrize("languages, expect", [(frozenset({"fr"}), {163808}), (frozenset({"en"}), set())])
def test_geonames_import_languages(tmp_path: Path, languages: frozenset[str], expect: set[int]) -> None:
    out = tmp_path / "g.sqlite"
    import_geonames([FIX / "SY.txt"], out, alternate_names=FIX / "alternateNamesV2.txt",
                    opts=ImportOptions(languages=languages, include_supplement=False))
    assert _ids(Gazetteer(out), "Palmyre") == expect


@pytest.mark.parametrize("classes, present, absent", [(frozenset("P"), "Tadmur", "Syria"),
                                                       (frozenset("A"), "Syria", "Tadmur")])
def test_geonames_import_classes(tmp_path: Path, classes: frozenset[str], present: str, absent: str) -> None:
    out = tmp_path / "g.sqlite"
    import_geonames([FIX / "SY.txt"], out, opts=ImportOptions(classes=classes, include_supplement=False))
    gaz = Gazetteer(out)
    assert _ids(gaz, present) and not _ids(gaz, absent)


@pytest.mark.parametrize("alias", ["Tadmor", "Idleb"])
def test_geonames_import_row_alternates_without_v2(tmp_path: Path, alias: str) -> None:
    out = tmp_path / "g.sqlite"
    import_geonames([FIX / "SY.txt"], out, opts=ImportOptions(include_supplement=False))
    assert _ids(Gazetteer(out), alias)
