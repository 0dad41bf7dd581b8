"""Tests for the `events` stage: registration, the whole pipeline on invented and bad input, and the seed."""

from __future__ import annotations

import json

import pytest

from dateline.events.labels import PLOVER_TYPES, STATUSES
from dateline.ingest import doc_from_text
from dateline.registry import get
from support import assert_offsets, dev_file

STORY = ("KABUL, May 5 (Reuters) - Taliban fighters attacked a police checkpoint near Jalalabad on Monday, "
         "killing three officers, a provincial spokesman said.\n\n"
         "The government has urged the insurgents to join peace talks, and officials will meet tribal elders "
         "in Kandahar next week.\n\n"
         '"We will not withdraw from the district," the governor said. '
         "The army may launch a new offensive soon.")


@pytest.mark.parametrize("name", ["events"])
def test_events_stage_registered(name: str) -> None:
    spec = get(name)
    assert spec is not None and "events" in spec.assigns and "quotes" in spec.requires


@pytest.mark.parametrize("text", [STORY])
def test_events_stage_on_a_story(pipeline, text: str) -> None:
    doc = pipeline(doc_from_text(text))
    rec = doc.to_record()
    assert_offsets(rec)
    events = rec["events"]
    assert events
    assert {e["type"] for e in events} <= set(PLOVER_TYPES)
    assert {e["status"] for e in events} <= set(STATUSES)
    datelined = {p["id"] for p in rec["places"] if p.get("role") == "dateline"}
    assert not any(e["place"] in datelined for e in events if e["place"])
    types = {e["type"] for e in events}
    assert {"ASSAULT", "REQUEST"} <= types
    offensive = next(e for e in events if "offensive" in e["evidence"]["text"])
    assert offensive["status"] == "hypothetical"


BAD = ["", "   \n\n  ", "🔥🔥 💥", "قصفت الطائرات المدينة", "Ca\u0301fe\u0301 " * 50,
       "Rebels attacked. " * 3000, '"""Police arrested\u201d \u201c', "\u202eattack\u202c"]


@pytest.mark.parametrize("text", BAD)
def test_events_stage_survives_bad_input(pipeline, text: str) -> None:
    from dateline.doc import Doc

    doc = pipeline(Doc(text=text, id="bad"))
    assert doc.error is None
    assert_offsets(doc.to_record())


@pytest.mark.dev
@pytest.mark.parametrize("_", [None])
def test_events_seed(pipeline, _: None) -> None:
    gold = json.loads(dev_file("seed/seed.gold.jsonl").read_text(encoding="utf-8").splitlines()[0])
    doc = pipeline(doc_from_text(gold["text"], published=gold.get("published")))
    rec = doc.to_record()
    assert_offsets(rec)
    found = 0
    for g in gold["events"]:
        gs, ge = g["evidence"]["start"], g["evidence"]["end"]
        found += any(e["type"] == g["type"] and e["evidence"]["start"] < ge and gs < e["evidence"]["end"]
                     for e in rec["events"])
    assert found >= 9
    moscow = {p["id"] for p in rec["places"] if p["name"].lower() == "moscow"}
    assert not any(e["place"] in moscow for e in rec["events"] if e["place"])
    head = [e for e in rec["events"] if e["evidence"]["end"] <= 100 and e["type"] == "ASSAULT"]
    assert head and head[0]["status"] == "hypothetical"
