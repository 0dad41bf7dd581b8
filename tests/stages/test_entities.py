"""Stage `entities` end to end with the spaCy model: invented news texts, the seed article, bad input."""

from __future__ import annotations

import re
from typing import Any

import pytest

from dateline.doc import Doc, Place
from dateline.ingest import doc_from_text

from ..conftest import assert_offsets

STAGES = ["segment", "dateline", "published", "nlp", "places", "entities"]


@pytest.fixture(scope="module")
def run() -> Any:
    """run(text) -> the Doc after the stages up to `entities` (places as the pipeline has them)."""
    from dateline.config import load_settings
    from dateline.pipeline import Pipeline

    pipe = Pipeline(load_settings(pipeline__on_error="raise"), stages=STAGES)

    def go(text: str, places: list[Place] | None = None) -> Doc:
        doc = Doc(text=text, id="test")  # not through ingest, which refuses empty texts before any stage
        if places is None:
            return pipe(doc)
        # Run up to `places`, put hand-made places in, then run `entities` alone.
        for name, fn in pipe.stages:
            if name == "entities":
                doc.places = places
            fn(doc)
        return doc

    return go


def entity_with(doc: Doc, surface: str) -> Any:
    """The entity one of whose mentions is this surface."""
    return next(e for e in doc.entities if any(m.text == surface for m in e.mentions))


TEXT = ("BEIRUT, March 3 (Reuters) - Fighters of the Free Rivers Front (FRF) and the Islamic State clashed near "
        "Qartaba on Tuesday, Syrian Army officials said. The IS has lost ground since ISIS fighters and Daesh "
        "commanders fled.\n\n"
        "\"We will not leave,\" said Oleg Brunov, the FRF commander. Brunov added that U.S. officials had not "
        "called. President Vladimir Putin said the United States should leave. Putin spoke in Moscow.\n\n"
        "Jihadists are retreating, Brunov said. Nusra Front and Jabhat al-Nusra fighters also left; Nusra "
        "denied it.")


@pytest.mark.slow
def test_entities_invented_article(run: Any) -> None:
    doc = run(TEXT)
    assert_offsets(doc.to_record())
    islamic = entity_with(doc, "Islamic State")
    assert {m.text for m in islamic.mentions} == {"Islamic State", "IS", "ISIS", "Daesh"}
    nusra = entity_with(doc, "Nusra Front")
    assert {m.text for m in nusra.mentions} == {"Nusra Front", "Jabhat al-Nusra", "Nusra"}
    brunov = entity_with(doc, "Oleg Brunov")
    assert brunov.type == "PERSON" and len(brunov.mentions) == 3
    putin = entity_with(doc, "Vladimir Putin")
    assert putin.key == "PUTIN" and len(putin.mentions) == 2
    us = entity_with(doc, "U.S.")
    assert us is entity_with(doc, "United States")
    frf = entity_with(doc, "Free Rivers Front")
    assert {m.text for m in frf.mentions} == {"Free Rivers Front", "FRF"}
    assert not any(e.name == "Jihadists" for e in doc.entities)


@pytest.mark.slow
def test_entities_places_overrule_person(run: Any) -> None:
    text = "Qartaba said nothing. Troops entered Qartaba on Monday, and Qartaba was quiet."
    spans = [m.span() for m in re.finditer("Qartaba", text)]
    doc = doc_from_text(text)
    place = Place("P1", "Qartaba", 1, 34.0, 36.0, "SY", feature_code="PPL",
                  mentions=[doc.span(s, e) for s, e in spans[1:]])
    done = run(text, places=[place])
    assert not any(e.type == "PERSON" and "Qartaba" in e.name for e in done.entities)
    assert_offsets(done.to_record())


@pytest.mark.slow
@pytest.mark.parametrize("text", ["", " ", "\n\n\n", "😀 🇸🇾 ✊", "قال المتحدث إن القوات انسحبت من المدينة",
                                  "Zoe\u0301 Brunov met Jose\u0301 in Qartaba.", "A" * 20000,
                                  "Syria " * 3000, "“Quote” ‘odd’ «marks» „here“ said Brunov."])
def test_entities_bad_input(run: Any, text: str) -> None:
    doc = run(text)
    assert_offsets(doc.to_record())


@pytest.mark.dev
@pytest.mark.slow
def test_entities_seed_acceptance(seed_path: Any) -> None:
    from dateline.config import load_settings
    from dateline.pipeline import Pipeline

    text = seed_path.read_text(encoding="utf-8")
    pipe = Pipeline(load_settings(pipeline__on_error="raise"), stages=STAGES)
    doc = pipe(doc_from_text(text))
    record = doc.to_record()
    assert_offsets(record)
    kinshchak = [e for e in doc.entities if "Kinshchak" in e.name]
    assert len(kinshchak) == 1 and kinshchak[0].type == "PERSON"
    assert len(kinshchak[0].mentions) == text.count("Kinshchak")
    islamic = entity_with(doc, "Islamic State")
    assert any(m.text == "IS" for m in islamic.mentions)
    assert not any(e.type == "PERSON" and "Palmyra" in e.name for e in doc.entities)
    assert entity_with(doc, "Nusra Front") is entity_with(doc, "Jabhat al-Nusra")


@pytest.mark.slow
@pytest.mark.parametrize("agency", ["Baxter Press", "Carter Wire", "Ellis Report"])  # the NER calls these people
def test_entities_dateline_agency_is_an_organisation(run: Any, agency: str) -> None:
    text = (f"KANO, May 2 ({agency}) - Gunmen killed four traders near a market, police officer Musa Bello "
            f"told {agency} by phone.")
    doc = run(text)
    assert_offsets(doc.to_record())
    named = [e for e in doc.entities if e.name == agency]
    assert named and all(e.type == "ORG" for e in named)
    assert not any(e.type == "PERSON" and agency in e.name for e in doc.entities)
