"""The gazetteer file: writing, atomic replacement, lookups."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.gazetteer.store import ABBREVIATION, ALTERNATE, OFFICIAL, GazetteerReader, GazetteerWriter


def _small(path: Path) -> Path:
    w = GazetteerWriter(path)
    pid = w.add_place("Tadmur", 34.56, 38.28, geonameid=163808, country="SY", admin1="SY.11", feature_class="P",
                      feature_code="PPL", population=51015)
    assert pid == 163808
    w.add_names(pid, ["Tadmur"], OFFICIAL)
    w.add_names(pid, ["Palmyra", "Tadmor"], ALTERNATE)
    w.add_names(pid, ["Palmyra"], OFFICIAL)  # the stronger kind wins
    assert w.add_place("Tadmur again", 0, 0, geonameid=163808) is None
    base = w.add_place("T-4 airbase", 34.52, 37.63, country="SY", feature_class="S", feature_code="AIRB")
    assert base is not None and base > 10**12
    w.add_names(base, ["T-4"], ABBREVIATION)
    w.add_admin1("SY.11", "Homs", 169575)
    return w.close({"source": "test"})


@pytest.mark.parametrize("key, names", [("palmyra", ["Tadmur"]), ("tadmor", ["Tadmur"]), ("t 4", ["T-4 airbase"]),
                                        ("nowhere", [])])
def test_store_lookup(tmp_path: Path, key: str, names: list[str]) -> None:
    reader = GazetteerReader(_small(tmp_path / "g.sqlite"))
    assert [e.name for e in reader.lookup([key]).get(key, [])] == names


@pytest.mark.parametrize("key, kind", [("palmyra", OFFICIAL), ("tadmor", ALTERNATE), ("t 4", ABBREVIATION)])
def test_store_kind_kept(tmp_path: Path, key: str, kind: int) -> None:
    reader = GazetteerReader(_small(tmp_path / "g.sqlite"))
    assert reader.lookup([key])[key][0].kind == kind


@pytest.mark.parametrize("extra", [0, 2000])
def test_store_lookup_many_keys(tmp_path: Path, extra: int) -> None:
    reader = GazetteerReader(_small(tmp_path / "g.sqlite"))
    keys = [f"k{i}" for i in range(extra)] + ["palmyra"]
    assert list(reader.lookup(keys)) == ["palmyra"]


@pytest.mark.parametrize("code, name", [("SY.11", "Homs")])
def test_store_admin1_and_meta(tmp_path: Path, code: str, name: str) -> None:
    path = _small(tmp_path / "g.sqlite")
    reader = GazetteerReader(path)
    assert reader.admin1_names[code] == name
    assert reader.meta["source"] == "test" and reader.count() == 2
    assert not list(tmp_path.glob(".*tmp")), "the temporary file is moved into place"


@pytest.mark.parametrize("content", [b"", b"not a database"])
def test_store_rejects_other_files(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.sqlite"
    path.write_bytes(content)
    with pytest.raises(Exception):
        GazetteerReader(path)


@pytest.mark.parametrize("threads", [8])
def test_store_threads_share_reader(tmp_path: Path, threads: int) -> None:
    from concurrent.futures import ThreadPoolExecutor

    reader = GazetteerReader(_small(tmp_path / "g.sqlite"))
    with ThreadPoolExecutor(threads) as pool:
        results = list(pool.map(lambda _: reader.lookup(["palmyra", "t 4"]), range(200)))
    assert all(sorted(r) == ["palmyra", "t 4"] for r in results)
