"""`dateline gazetteer import|info|lookup` on the GeoNames-format fixture."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.cli.main import main

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "geonames"


@pytest.mark.parametrize("name, geonameid", [("Palmyra", 163808), ("Raqqa", 172955)])
def test_gazetteer_import_then_lookup(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                                      name: str, geonameid: int) -> None:
    out = tmp_path / "g.sqlite"
    assert main(["gazetteer", "import", str(FIX / "SY.txt"), "-o", str(out), "--alternate-names",
                 str(FIX / "alternateNamesV2.txt"), "--admin1", str(FIX / "admin1CodesASCII.txt"),
                 "--country-info", str(FIX / "countryInfo.txt"), "--no-supplement"]) == 0
    assert out.exists() and "places" in capsys.readouterr().out
    monkeypatch.setenv("DATELINE_GAZETTEER_PATH", str(out))
    from dateline.gazetteer import load_gazetteer

    load_gazetteer.cache_clear()
    assert main(["gazetteer", "lookup", name]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert geonameid in {r["geonameid"] for r in rows}
    assert main(["gazetteer", "info"]) == 0
    assert json.loads(capsys.readouterr().out)["source"] == "geonames"
    load_gazetteer.cache_clear()


@pytest.mark.parametrize("missing", ["nope.txt"])
def test_gazetteer_import_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str], missing: str) -> None:
    assert main(["gazetteer", "import", str(tmp_path / missing), "-o", str(tmp_path / "g.sqlite")]) == 3
    assert "no such file" in capsys.readouterr().err
