"""Cross-article event merging: one real-world event, many sources; conflicting details kept per source."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from dateline.doc import Doc
from dateline.store import open_store


@pytest.mark.parametrize("batch_size", [1, 2, 32])
def test_merge_three_stories_one_event(store_path: Path, attack_corpus: list[Doc], batch_size: int) -> None:
    with open_store(store_path) as store:
        stats = store.ingest(attack_corpus, batch_size=batch_size)
        events = {tuple(sorted({m["article_id"] for m in store.mentions(e["id"])})): e for e in store.events()}
    assert stats.event_mentions == 5
    assert set(events) == {("paper-b", "site-c", "wire-a"), ("other-protest",), ("other-attack",)}
    bombing = events[("paper-b", "site-c", "wire-a")]
    assert bombing["n_articles"] == 3 and bombing["n_mentions"] == 3 and bombing["n_sources"] == 3
    assert bombing["type"] == "ASSAULT" and bombing["place"] == "Kandahar"


def test_merge_conflicting_details_kept_per_source(store_path: Path, attack_corpus: list[Doc]) -> None:
    with open_store(store_path) as store:
        store.ingest(attack_corpus)
        bombing = next(e for e in store.events() if e["n_articles"] == 3)
        mentions = {m["article_id"]: m for m in store.mentions(bombing["id"])}
    assert {m["fatalities"] for m in mentions.values()} == {12, 14}
    assert (bombing["fatalities"], bombing["fatalities_max"], bombing["fatalities_conflict"]) == (12, 14, True)
    assert str(mentions["site-c"]["date_start"]) == "2024-03-11" and str(mentions["wire-a"]["date_start"]) == "2024-03-10"
    assert bombing["dates_conflict"] is True
    assert str(bombing["date_start"]) == "2024-03-10" and str(bombing["date_end"]) == "2024-03-11"
    for m in mentions.values():  # each source keeps its own sentence to audit
        assert m["evidence"] and m["evidence"] in next(d.text for d in attack_corpus if d.id == m["article_id"])


@pytest.mark.parametrize("order", [[0, 1, 2], [2, 1, 0], [1, 0, 2]])
def test_merge_order_of_arrival_does_not_split_the_event(store_path: Path, attack_corpus: list[Doc],
                                                          order: list[int]) -> None:
    with open_store(store_path) as store:
        store.ingest([attack_corpus[i] for i in order])
        assert len(store.events()) == 1


@pytest.mark.parametrize("change, merged", [
    ({"date": "2024-03-20"}, False),  # ten days later: another attack
    ({"date": "2024-03-11"}, True),  # a day's difference is reporting noise
    ({"lat": 34.4265, "lon": 70.4515}, False),  # 400 km away
    ({"lat": 31.70, "lon": 65.80}, True),  # 13 km away
    ({"type": "COERCE"}, False),
    ({"status": "hypothetical"}, False),
])
def test_merge_compatibility(store_path: Path, builders: Any, change: dict[str, object], merged: bool) -> None:
    Ent, Ev, Loc, make_doc = builders.Ent, builders.Ev, builders.Loc, builders.doc

    texts = {"first": "Militants stormed a checkpoint near the city, killing four soldiers.",
             "second": "Four soldiers died when insurgents overran an army post outside the provincial capital."}

    def doc(doc_id: str, **kw: object) -> Doc:
        text = texts[doc_id]
        place = Loc("P1", "Kandahar", float(kw.get("lat", 31.6133)), float(kw.get("lon", 65.7101)), "AF",  # type: ignore[arg-type]
                    [])
        ev = Ev("V1", str(kw.get("type", "ASSAULT")), text[:-1], ["E1"], [], "P1", str(kw.get("date", "2024-03-10")),
                status=str(kw.get("status", "asserted")))
        return make_doc(doc_id, text, "2024-03-10", doc_id, [Ent("E1", "Taliban", [text.split()[0]], key="taliban")],
                        [place], [ev])

    with open_store(store_path) as store:
        store.ingest([doc("first"), doc("second", **change)])
        assert (len(store.events()) == 1) == merged


def test_merge_duplicate_article_adds_a_source_not_an_event(store_path: Path, attack_corpus: list[Doc]) -> None:
    original = attack_corpus[0]
    copy = Doc(text="WIRE SERVICE REPORT\n\n" + original.text + "\n\n(c) Wire. All rights reserved.",
               id="copy", source="Reprint")
    shift = copy.text.index(original.text)
    copy.entities, copy.places = [], []
    for e in original.entities:
        e2 = type(e)(id=e.id, name=e.name, type=e.type, key=e.key, sector=e.sector,
                     mentions=[copy.span(m.start + shift, m.end + shift) for m in e.mentions])
        copy.entities.append(e2)
    ev = original.events[0]
    copy.events = [type(ev)(id="V1", type=ev.type, evidence=copy.span(ev.evidence.start + shift, ev.evidence.end + shift),
                            confidence=ev.confidence, actors=ev.actors)]  # no place, no date: only the copy links it
    with open_store(store_path) as store:
        stats = store.ingest([original, copy])
        events = store.events()
        mentions = store.mentions()
    assert stats.duplicates == 1 and len(events) == 1
    assert events[0]["n_mentions"] == 2 and events[0]["n_articles"] == 1  # a copy is not a second article
    assert {m["article_id"]: m["copied"] for m in mentions} == {original.id: False, "copy": True}


@pytest.mark.parametrize("places, expected", [
    (["Kandahar"], "sentence"),  # named in the evidence
    (["Herat"], "article"),  # the article's only place
    (["Herat", "Kabul"], None),  # several places, none in the sentence
])
def test_merge_place_fallback(store_path: Path, builders: Any, places: list[str], expected: str | None) -> None:
    coords = {"Kandahar": (31.61, 65.71), "Herat": (34.35, 62.2), "Kabul": (34.53, 69.17)}
    sentence = "A bomb exploded near a police station in Kandahar."
    text = sentence + " " + " ".join(f"Officials in {p} condemned it." for p in places if p != "Kandahar")
    locs = [builders.Loc(f"P{i}", p, *coords[p], "AF", [p]) for i, p in enumerate(places)]
    doc = builders.doc("d", text, "2024-03-10", "Wire", [], locs, [builders.Ev("V1", "ASSAULT", sentence)])
    with open_store(store_path) as store:
        store.ingest([doc])
        mention = store.mentions()[0]
    assert mention["place_source"] == expected
    assert (mention["place_name"] is None) == (expected is None)


def test_merge_uses_entities_of_the_sentence_when_actors_are_missing(store_path: Path, builders: Any) -> None:
    texts = ["Al-Shabaab fighters ambushed a convoy on the main road, residents said.",
             "A military convoy came under fire from Al-Shabaab militants, the army confirmed."]
    docs = [builders.doc(f"d{i}", t, "2024-03-10", f"S{i}",
                         [builders.Ent("E1", "Al-Shabaab", ["Al-Shabaab"], key="al_shabaab")], [],
                         [builders.Ev("V1", "ASSAULT", t, date="2024-03-09")]) for i, t in enumerate(texts)]
    with open_store(store_path) as store:
        store.ingest(docs)
        events = store.events()
        mentions = store.mentions()
    assert len(events) == 1 and events[0]["n_articles"] == 2
    assert {m["evidence_entities"][0]["key"] for m in mentions} == {"al_shabaab"}
    assert events[0]["actors"] == []  # the fallback matches; it does not invent actors
