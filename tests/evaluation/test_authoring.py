"""Gold authoring: specs with anchors become gold records; mistakes in a spec are refused, not written."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from dateline.evaluation.authoring import SpecError, build, build_record, event_date, main

TEXT = "KYIV, May 2 (Reuters) - Drones hit Kyiv on Friday, the mayor said. Kyiv was calm later."


def spec(**extra: Any) -> dict[str, Any]:
    """A small valid spec."""
    return {"id": "s", "text": TEXT, "published": "2025-05-02", "layers": ["places", "times", "quotes", "events"],
            "place": [{"name": "Kyiv", "geonameid": 703448, "lat": 50.45, "lon": 30.52, "at": ["KYIV", "Kyiv#*"]}],
            "time": [{"at": "Friday", "type": "DATE", "value": "2025-05-02"}],
            "quote": [{"at": "Drones hit Kyiv on Friday", "kind": "indirect", "speaker_mention": "the mayor",
                       "cue": "said"}],
            "event": [{"type": "ASSAULT", "evidence": "Drones hit Kyiv on Friday", "date": "2025-05-02",
                       "place": "Kyiv"}],
            **extra}


def test_authoring_build_record_resolves_anchors() -> None:
    rec = build_record(spec(dateline={"at": "KYIV, May 2 (Reuters) -", "place": "KYIV", "agency": "Reuters"}))
    assert [p["start"] for p in rec["places"]] == [0, 35, 67]
    assert all(TEXT[x["start"]:x["end"]] == x["text"] for x in rec["places"] + rec["times"] + rec["quotes"])
    assert rec["quotes"][0]["speaker"] is None and rec["quotes"][0]["cue"]["text"] == "said"
    assert rec["events"][0]["place"] == {"name": "Kyiv", "geonameid": 703448, "lat": 50.45, "lon": 30.52}
    assert rec["events"][0]["date"] == {"start": "2025-05-02", "end": "2025-05-02", "precision": "day"}
    assert rec["dateline"]["agency"] == "Reuters" and rec["dateline"]["end"] == 23


@pytest.mark.parametrize("change,message", [
    ({"layers": ["places", "speakers"]}, "unknown layers"),
    ({"time": [{"at": "Friday", "type": "WEEKDAY", "value": "x"}]}, "type"),
    ({"event": [{"type": "FIGHT", "evidence": "Drones"}]}, "bad type"),
    ({"event": [{"type": "ASSAULT", "evidence": "Drones", "place": "Lviv"}]}, "not a \\[\\[place\\]\\]"),
    ({"place": [{"name": "Kyiv", "at": "Kyiv", "places_ignore": ["x"]}]}, "unexpected keys"),
    ({"quote": [{"at": "Drones", "kind": "quoted"}]}, "kind"),
])
def test_authoring_build_record_refuses_bad_specs(change: dict[str, Any], message: str) -> None:
    with pytest.raises(SpecError, match=message):
        build_record(spec(**change))


@pytest.mark.parametrize("value,out", [("2024", {"start": "2024", "end": "2024", "precision": "year"}),
                                       ("2024-01/2024-03", {"start": "2024-01", "end": "2024-03", "precision": "month"}),
                                       (None, None)])
def test_authoring_event_date_precision_from_length(value: str | None, out: dict[str, str] | None) -> None:
    assert event_date(value) == out


def test_authoring_build_and_check_a_folder(tmp_path: Path) -> None:
    (tmp_path / "src" / "things").mkdir(parents=True)
    (tmp_path / "src" / "things" / "a.toml").write_text(
        "[[record]]\nid = 'x'\nlayers = ['times']\ntext = 'On Friday.'\n"
        "[[record.time]]\nat = 'Friday'\ntype = 'DATE'\nvalue = 'XXXX-WXX-5'\n", encoding="utf-8")
    assert main([str(tmp_path / "src"), str(tmp_path), "--check"]) == 1
    assert main([str(tmp_path / "src"), str(tmp_path)]) == 0
    assert build(tmp_path / "src", tmp_path, check=True) == []
    assert '"start": 3, "end": 9, "text": "Friday"' in (tmp_path / "things.jsonl").read_text(encoding="utf-8")
    (tmp_path / "src" / "things" / "b.toml").write_text("id = 'y'\ntext = 'z'\nlayers = []\ntime = [{at = 'q'}]\n")
    assert main([str(tmp_path / "src"), str(tmp_path)]) == 2
